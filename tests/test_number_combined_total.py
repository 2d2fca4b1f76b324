"""A combined figure is an aggregate (analysis/quantity_words.py, _TOTAL_CUES): "their combined
capacity of 282 million cubic metres" is not restated by one member's "its 70 million cubic metre
capacity", while the aggregate itself restated with transposed digits is still a conflict."""
from __future__ import annotations

from checking import gating_texts

DAMS = ("Dams at a third of capacity\n\n"
        "The country's nine major dams held 88 million cubic metres (3.1 billion cubic feet) of water, or 31.2 "
        "percent of their combined capacity of 282 million cubic metres, the Ministry of Energy and Water said "
        "in a statement.\n\n")


def test_one_members_capacity_is_not_the_combined_capacity():
    text = DAMS + ("The Qaraoun Dam, the largest in the country, held 36 million cubic metres, about half of its "
                   "70 million cubic metre capacity, because it also receives water from the Litani River, he said.\n")
    assert gating_texts(text, "number-mismatch") == []


def test_the_combined_capacity_restated_with_transposed_digits_is_a_conflict():
    text = DAMS + ("The ministry added that the combined capacity of 228 million cubic metres will rise when the "
                   "new Bisri Dam is finished.\n")
    assert gating_texts(text, "number-mismatch") == ["228 million cubic metres"]

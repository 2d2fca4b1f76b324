"""number-mismatch: a total said paragraphs after the two counts that make it, one digit off their
sum (analysis/later_totals.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts

TEXT = ("Floods hit Tata\n\nPowered by automated translation\n\n"
        "Tata - The governor said yesterday that the torrents destroyed {a} houses completely and partially "
        "damaged {b} others, in addition to cutting the national road.\n\n"
        "The ministry said the teams began reopening the roads.\n\n"
        "It added that {total}, pending the completion of the inventory of the damages.\n")


def texts(a: str, b: str, total: str) -> list[str]:
    return gating_texts(TEXT.format(a=a, b=b, total=total), "number-mismatch")


def test_a_later_total_one_digit_off_the_pair_s_sum():
    assert texts("126", "340", "the total number of the affected houses amounted to 566 houses") == \
        ["126 houses completely and partially damaged 340 others"]


@pytest.mark.parametrize("a,b,total", [
    ("126", "340", "the total number of the affected houses amounted to 466 houses"),    # it adds up
    ("126", "340", "the total number of the affected houses in the region reached 1,250 houses"),  # wider
    ("126", "340", "about 566 houses were affected in total"),                          # no total cue before it
])
def test_a_later_total_that_adds_up_or_counts_more(a, b, total):
    assert texts(a, b, total) == []

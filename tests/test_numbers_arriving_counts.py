"""number-mismatch: those who come to a place are counted as passengers, travellers, visitors or tourists by
one story ("65,400 cruise passengers" ... "the 56,400 visitors who arrived by sea": the digits garbled);
counts of other things, and figures that no slip joins, stay apart."""
from __future__ import annotations

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def _article(first: str, second: str) -> str:
    return f"Cruise season\n\n{first}\n\nThe office will launch campaigns in new markets.\n\n{second}\n"


def test_arrivals_named_otherwise_with_their_digits_reordered_are_flagged():
    assert flagged(_article("The ports of Tangier and Agadir received 65,400 cruise passengers in the first quarter.",
                            "The office said the 56,400 visitors who arrived by sea spent one day in the port "
                            "cities.")) == ["56,400 visitors"]
    assert flagged(_article("Aqaba airport received 12,450 tourists on charter flights in March.",
                            "The authority said the 14,250 travellers came mainly from Poland and Romania.")) \
        == ["14,250 travellers"]
    assert flagged(_article("The border crossing received 31,870 visitors during the holiday.",
                            "Officials said the 38,170 passengers crossed without delays.")) == ["38,170 passengers"]


def test_trap_other_counts_or_no_slip():
    assert flagged(_article("The ports received 65,400 cruise passengers in the first quarter.",
                            "The office said 56,400 hotel rooms were booked in the port cities.")) == []
    assert flagged(_article("The airport received 1.2 million passengers in the first quarter.",
                            "The museums of the city received 800,000 visitors in the same period.")) == []
    assert flagged(_article("The ports received 65,400 cruise passengers in the first quarter.",
                            "The office said 12,000 visitors came to the Marrakech festival.")) == []

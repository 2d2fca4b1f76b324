"""number-mismatch: an amount with a unit (money, length, area) pointed back at with its two significant
digits swapped, in the same unit and on the same scale, is the figure garbled, whatever nouns name it
("the embezzlement of 2.4 million dinars" ... "the total of 4.2 million dinars"); an indefinite amount, an
amount of another time or a count stay apart."""
from __future__ import annotations

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def _article(head: str, first: str, second: str) -> str:
    return f"{head}\n\n{first}\n\nThe court adjourned the session to next month.\n\n{second}\n"


def test_a_measured_amount_pointed_back_at_with_its_digits_swapped_is_flagged():
    assert flagged(_article("Embezzlement case", "The authority said the amount embezzled from the charity fund "
                            "reached 2.4 million dinars.", "The authority has recovered part of the total of 4.2 "
                            "million dinars so far.")) == ["4.2 million dinars"]
    assert flagged(_article("Mosul airport", "The new runway has a length of 3,200 metres, the minister said.",
                            "Engineers finished paving the 2,300-metre runway on Sunday.")) == ["2,300-metre runway"]
    assert flagged(_article("Irrigation grant", "The European Union provided a grant of 6.5 million euros for the "
                            "irrigation canals of the Jordan Valley.", "The ministry said the 5.6 million euros "
                            "will cover the lining of the canals.")) == ["5.6 million euros"]


def test_the_garbled_total_after_another_amount_of_its_unit_is_flagged():
    # another amount of the unit between them (the seized funds) leaves the digits to tie the two
    text = ("Court upholds embezzlement ruling\n\nThe ruling closes a case involving the embezzlement of {a} from "
            "a charity fund\n\nThe authority explained that the amount embezzled reached {a}, equivalent to about "
            "{conv}, transferred in 36 transactions.\n\nThe court also ordered the confiscation of the seized funds, "
            "which amount to {mid}.\n\nThe deputy president of the authority said it had recovered so far part of "
            "the total of {b}.\n")
    assert flagged(text.format(a="2.4 million dinars", conv="7.8 million US dollars", mid="1.9 million dinars",
                               b="4.2 million dinars")) == ["4.2 million dinars"]
    assert flagged(text.format(a="3.6 million riyals", conv="960,000 US dollars", mid="2.1 million riyals",
                               b="6.3 million riyals")) == ["6.3 million riyals"]
    assert flagged(text.format(a="3.6 million riyals", conv="960,000 US dollars", mid="2.1 million riyals",
                               b="3.6 million riyals")) == []
    assert flagged(text.format(a="3.6 million riyals", conv="960,000 US dollars", mid="2.1 million riyals",
                               b="1.5 million riyals")) == []


def test_trap_an_indefinite_or_another_years_amount_or_a_count():
    assert flagged(_article("Embezzlement case", "The amount embezzled from the charity fund reached 2.4 million "
                            "dinars.", "Separately, a contractor received a loan of 4.2 million dinars.")) == []
    assert flagged(_article("Irrigation grant", "The European Union provided a grant of 6.5 million euros this "
                            "year.", "The ministry recalled that last year the union granted 5.6 million euros for the "
                            "canals.")) == []
    assert flagged(_article("Exams", "The ministry said 24 schools were closed in the north.",
                            "The minister visited the 42 students who won the national prizes.")) == []

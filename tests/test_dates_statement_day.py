"""date-mismatch: a relative day told by a dated statement ("said on Tuesday that the convoy arrived
yesterday, Sunday"; "... in a statement on Sunday" ... "launched yesterday, Friday, the statement
said") that puts the report before the statement: counted from the statement the weekday is wrong,
counted from the report the report came before what it reports (analysis/report_day.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts


HEAD = "Harvest\n\nPowered by automated translation\n\n"
LEAD = "Farmers in the scheme expect a better wheat season than last year.\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + LEAD + body + "\n", "date-mismatch")


@pytest.mark.parametrize("body,flag", [
    ("Officials said on Tuesday that the convoy arrived yesterday, Sunday, in the city.", "yesterday, Sunday"),
    ("The governor announced on Monday the opening of the bridge, which was tested the day before yesterday, "
     "Friday.", "the day before yesterday, Friday"),
    ("The ministry said in a statement on Sunday that the target was 2 million tonnes.\n"
     "The harvest was officially launched yesterday, Friday, the statement said.", "yesterday, Friday"),
    ("In a statement issued on Sunday, March 3, the ministry put the target at 2 million tonnes.\n"
     "According to the statement, the harvest was launched yesterday, Friday.", "yesterday, Friday"),
])
def test_a_relative_day_before_the_statement_that_tells_it(body, flag):
    assert flag in texts(body)


@pytest.mark.parametrize("body", [
    # counted from the statement: Saturday is Sunday's yesterday
    "The ministry said on Sunday that the convoy arrived yesterday, Saturday.",
    # counted from a report filed the day after the statement
    "The ministry said on Sunday that the convoy arrived yesterday, Sunday, after a long delay.",
    # a later sentence not told by the statement
    "The ministry said in a statement on Sunday that the target was 2 million tonnes.\n"
    "Traders said prices rose on Thursday.\nBakers said the flour arrived yesterday, Monday.",
    # the statement is too far back to tell it
    "The ministry said in a statement on Sunday that the target was 2 million tonnes.\nA.\nB.\nC.\nD.\nE.\n"
    "The harvest was launched yesterday, Friday, the statement said.",
    # a speaker's own words count from the day they spoke
    "\"We arrived yesterday, Friday,\" a driver said on Sunday.",
])
def test_relative_days_that_fit_or_are_not_the_statement_s(body):
    assert texts(body) == []


def test_a_statement_after_the_report_that_tells_it():
    body = ("Beirut - The company announced on Wednesday, 5 November, that it will raise the feeding hours "
            "after the fuel ship which docked yesterday, Monday, at the Zahrani facilities.")
    assert texts(body) == ["yesterday, Monday"]

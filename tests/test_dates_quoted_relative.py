"""date-mismatch: a speaker's relative day counts from the day they spoke, the article's day unless the
sentence gives the speaker a day of their own ('said on Monday that ...'); so a quoted "which the court
took yesterday" against "decided today, Tuesday" is one decision on two days (analysis/noun_days.py,
analysis/date_policy.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


_COURT = ("Court adjourns fuel smuggling trial\n\n"
          "Powered by automated translation\n\n"
          "Alexandria - The Alexandria Criminal Court decided today, Tuesday, April 14, 2026, to adjourn the trial "
          "of nine defendants accused of smuggling subsidized fuel to the session of Sunday, May 3.\n"
          "{said} \"the adjournment decision, which the court took {when}, gives us enough time to study the "
          "report\", pointing out that the defense will request the release of two defendants.\n")


@pytest.mark.parametrize("said,when,flag", [
    ("The defense lawyer, Samir Abdel Moneim, said that", "yesterday",
     "the adjournment decision, which the court took yesterday"),
    ("The defense lawyer, Samir Abdel Moneim, said that", "today", None),
    # the speaker's own day is given: his "yesterday" counts from it
    ("The defense lawyer, Samir Abdel Moneim, said on Wednesday that", "yesterday", None),
])
def test_a_quoted_yesterday_counts_from_the_report_s_day(said, when, flag):
    assert texts(_COURT.format(said=said, when=when)) == ([flag] if flag else [])


def test_a_body_s_possessive_session_of_a_day():
    text = _COURT.format(said="The lawyer said that", when="today") \
        + "The court's session of {day} will be devoted to hearing eight witnesses.\n"
    assert texts(text.format(day="May 5")) == ["The court's session of May 5"]
    assert texts(text.format(day="May 3")) == []


_VISIT = ("Minister visits Basra\n\n"
          "Powered by automated translation\n\n"
          "Baghdad - The Minister of Electricity arrived today, Monday, March 10, 2025, in the city of Basra at the "
          "head of a ministerial delegation, in a field visit that includes the Rumaila station.\n"
          "The joint technical committee had held its first meeting on Sunday, March 9, in the province.\n"
          "The Governor of Basra said in a press conference that \"the visit of the minister, which began {when}, "
          "carries a clear message\", adding that the province had suffered severe shortages last July.\n")


@pytest.mark.parametrize("when,flag", [
    ("yesterday, Sunday", "the visit of the minister, which began yesterday, Sunday"),
    ("today, Monday", None),
])
def test_a_quoted_start_of_the_visit_on_another_day(when, flag):
    assert texts(_VISIT.format(when=when)) == ([flag] if flag else [])

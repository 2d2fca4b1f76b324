"""date-mismatch: a speaker's coming weekday ("the session next Wednesday") counts from the report's day
and names its weekday, so it dates a scheduled event as "on Wednesday" would; a plan is compared with a
plan only (analysis/date_policy.py, analysis/noun_days.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


_COUNCIL = ("Municipal council to vote on the waste contract\n\n"
            "The session will be held on Tuesday, March 10, 2026, to vote on the new contract\n\n"
            "Powered by automated translation\n\n"
            "Tripoli - The head of the municipal council, Salem al-Dabbashi, called today, Sunday, March 8, 2026, "
            "the members of the council to an extraordinary session on the waste collection contract.\n"
            "For his part, council member Huda al-Mansouri said that \"{quote} will decide the fate of 400 "
            "workers\", adding that the contractor had not paid wages for three months.\n")


@pytest.mark.parametrize("quote,flag", [
    ("the session next Thursday", "the session next Thursday"),   # the Tuesday session said to be a Thursday
    ("the session next Tuesday", None),
    ("the session on Thursday", "the session on Thursday"),
    ("the session last Thursday", None),                          # another week: no claim on this session
    ("the vote of the council", None),
])
def test_a_quoted_coming_weekday_dates_the_scheduled_session(quote, flag):
    assert texts(_COUNCIL.format(quote=quote)) == ([flag] if flag else [])


def test_a_plan_is_not_compared_with_what_took_place():
    text = ("Talks resume\n\n"
            "Powered by automated translation\n\n"
            "Khartoum - The two delegations met on Sunday, March 8, 2026, in Jeddah for a first round of talks.\n"
            "The mediator said that the delegations will meet again next Thursday to discuss the ceasefire "
            "maps.\n")
    assert texts(text) == []


_LINE = ("Rail line to open\n\n"
         "The minister will inaugurate the line on Thursday, March 12, 2026\n\n"
         "Powered by automated translation\n\n"
         "Cairo - The Ministry of Transport announced today, Wednesday, March 4, 2026, that the minister will "
         "inaugurate the first phase of the electric train line on Thursday, March 12.\n"
         "The head of the tunnels authority said that \"{quote} will be a historic day\", adding that regular "
         "trips will start a day later.\n")


@pytest.mark.parametrize("quote,flag", [
    # the report's own weekday was named before: the coming weekday still pins its event
    ("the opening next Wednesday", "the opening next Wednesday"),
    ("the opening next Thursday", None),
    ("the meeting next Wednesday", None),     # another event
])
def test_a_coming_weekday_against_a_scheduled_date(quote, flag):
    assert texts(_LINE.format(quote=quote)) == ([flag] if flag else [])

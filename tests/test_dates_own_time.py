"""date-mismatch: a year-less weekday and date that stand before the article's first date with a year,
within weeks of it, are the story's own time (analysis/date_years.py): a weekday that does not fit them
is the slip, not a sign of another year. Further away, or against last year's event, the year whose
weekday fits is still taken (a report's own date after an older dated event)."""
from __future__ import annotations

import datetime as dt

import pytest
from checking import gating_texts

HEAD = "Flights resume\n\nA standfirst about the airport\n\nPowered by automated translation\n\n"


def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


def test_the_weekdays_used():
    assert dt.date(2025, 4, 26).weekday() == 5   # a Saturday (and a Friday in 2024)
    assert dt.date(2025, 5, 10).weekday() == 5   # a Saturday
    assert dt.date(2025, 11, 14).weekday() == 4  # a Friday


@pytest.mark.parametrize("first,flagged", [
    ("The carrier will resume flights to Cairo on Friday, April 26, with three flights weekly.", "Friday, April 26"),
    ("The first pilgrims' flights will land in Jeddah next Sunday, May 10, the ministry said.", "Sunday, May 10"),
])
def test_a_wrong_weekday_near_the_story_s_dated_event(first, flagged):
    text = HEAD + first + "\n\nThe technical committee met on Sunday, April 20, 2025, to review the readiness.\n"
    assert flagged in texts(text)


def test_a_fitting_weekday_months_away_stays_quiet():
    text = (HEAD + "The authority announced on Friday, November 14, the reopening of the airport.\n\n"
            "The airport had been closed since its runway was damaged on April 20, 2024.\n")
    assert texts(text) == []

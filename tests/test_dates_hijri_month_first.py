"""date-mismatch: a Hijri date written month first, as American style writes dates ("Shawwal 12, 1446",
"Ramadan 21, 1447 AH"), is read and checked against its Gregorian partner (analysis/hijri.py); without a
year or a partner ("Ramadan 14 Street") it is no date. Conversions: Umm al-Qura (hijridate)."""
from __future__ import annotations

import pytest
from checking import gating_texts
from hijridate import Gregorian

HEAD = "Ministry sets dates\n\nA standfirst about the schedule\n\nPowered by automated translation\n\n"


def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


def test_the_pairs_used_are_what_the_calendar_says():
    assert tuple(Gregorian(2025, 4, 20).to_hijri().datetuple()) == (1446, 10, 22)
    assert tuple(Gregorian(2025, 12, 11).to_hijri().datetuple()) == (1447, 6, 20)
    assert tuple(Gregorian(2026, 3, 10).to_hijri().datetuple()) == (1447, 9, 21)


@pytest.mark.parametrize("sentence,flagged", [
    ("The committee met on Sunday, April 20, 2025, corresponding to Shawwal 12, 1446, to review the airport.",
     "Sunday, April 20, 2025"),
    ("The first semester will end on Thursday, December 11, 2025, corresponding to Jumada al-Akhirah 10, 1447.",
     "Thursday, December 11, 2025"),
    ("The monorail opens on Tuesday, March 10, 2026, which is Ramadan 12, 1447 AH, the authority said.",
     "Tuesday, March 10, 2026"),
])
def test_a_month_first_hijri_date_that_denies_its_partner(sentence, flagged):
    assert any(t.startswith(flagged) for t in texts(HEAD + sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "The committee met on Sunday, April 20, 2025, corresponding to Shawwal 22, 1446, to review the airport.",
    "The first semester will end on Thursday, December 11, 2025, corresponding to Jumada al-Akhirah 20, 1447.",
    "The monorail opens on Tuesday, March 10, 2026, which is Ramadan 21, 1447 AH, the authority said.",
    "Police closed Ramadan 14 Street on Tuesday, March 10, 2026, after the water main burst.",
])
def test_a_month_first_hijri_date_that_fits_or_no_date_at_all(sentence):
    assert texts(HEAD + sentence + "\n") == []

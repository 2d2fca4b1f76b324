"""date-mismatch: a weekday written with a Hijri date must be its day, within a day for moon sighting
(analysis/hijri_weekdays.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts


def texts(body: str) -> list[str]:
    return gating_texts("Officials mark the day\n\nPowered by automated translation\n\n" + body + "\n",
                        "date-mismatch")


@pytest.mark.parametrize("body,span", [
    # 20 Ramadan 1446 was Thursday, March 20, 2025
    ("Amman - The Minister of Health inaugurated on Monday, 20 Ramadan 1446 AH, the new emergency building.",
     "Monday, 20 Ramadan 1446 AH"),
    # another beat, another order: 10 Muharram 1447 was Sunday, July 6, 2025
    ("Karbala - Millions of visitors performed the Ashura rituals on Wednesday (10 Muharram 1447 AH) amid "
     "tight security.", "Wednesday (10 Muharram 1447 AH"),
    # a year-less Hijri date takes the article's Hijri year: 1 Shawwal 1446 was Sunday, March 30, 2025
    ("Rabat - The month of fasting began on 1 Ramadan 1446 AH, corresponding to March 1, 2025.\n"
     "Eid prayers will be held on Thursday, 1 Shawwal, in all the mosques.", "Thursday, 1 Shawwal"),
])
def test_weekday_against_hijri_date(body, span):
    assert any(span in t or t in span for t in texts(body)), texts(body)


@pytest.mark.parametrize("body", [
    # the right day
    "Amman - The Minister of Health inaugurated on Thursday, 20 Ramadan 1446 AH, the new emergency building.",
    # a day off by moon sighting
    "Amman - The Minister of Health inaugurated on Friday, 20 Ramadan 1446 AH, the new emergency building.",
    # no Hijri year anywhere: no day to compare
    "Karbala - Visitors performed the rituals on Wednesday, 10 Muharram, amid tight security.",
    # the weekday is another clause's
    "Amman - The minister said on Monday that the building opened in Ramadan 1446 AH.",
])
def test_look_alikes_stay_silent(body):
    assert texts(body) == []


def test_a_gregorian_partner_takes_the_check():
    # 20 Ramadan 1446 was March 20: the partner is flagged once, the weekday (March 17's) not again
    body = "Amman - The minister inaugurated on Monday, 20 Ramadan 1446 AH, corresponding to March 17, 2025, the building."
    assert texts(body) == ["20 Ramadan 1446 AH, corresponding to March 17, 2025"]

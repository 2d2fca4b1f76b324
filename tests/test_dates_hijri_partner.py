"""date-mismatch: the Gregorian partner of a Hijri date is the one its connector points at
("Sunday, corresponding to 6 Dhu al-Hijjah 1446 AH": the Sunday's, not the next date of the sentence;
analysis/hijri.py)."""
from __future__ import annotations

import pytest

import mtcheck


def texts(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


HAJJ = ("Hajj arrival flights to end\n\n"
        "Powered by automated translation\n\n"
        "The General Authority of Civil Aviation announced today, Monday, May 26, 2025, that the arrival "
        "flights of pilgrims will end next week.\n"
        "The spokesman said that {middle}, and that the return flights will begin on Tuesday, June 10, after "
        "the pilgrims finish the rituals.\n")


@pytest.mark.parametrize("middle", [
    # the Hijri date is the Sunday's: a date after it is another event's
    "the last flight will land on Sunday, corresponding to 5 Dhu al-Hijjah 1446 AH",
    "the last flight will land on Sunday, June 1, corresponding to 5 Dhu al-Hijjah 1446 AH",
])
def test_a_hijri_date_is_not_paired_with_a_later_event_s_date(middle):
    assert texts(HAJJ.format(middle=middle)) == []


def test_a_hijri_date_and_the_date_its_connector_points_at():
    # 8 Dhu al-Hijjah 1446 was June 4, 2025
    middle = "the last flight will land on Sunday, June 1, corresponding to 8 Dhu al-Hijjah 1446 AH"
    assert texts(HAJJ.format(middle=middle)) == ["Sunday, June 1"]

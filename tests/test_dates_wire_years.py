"""date-mismatch: the story's year in wire copy ("TUNIS, Nov 4 (Reuters) -", the current year left out)
whose year-less weekdays and dates fit no year near the only year written, a past event's
(analysis/date_years.py)."""
from __future__ import annotations

import mtcheck
from checking import gating_texts


def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


WIRE = ("Tunisia's parliament passes 2026 budget\n\n"
        "TUNIS, Nov 4 (Reuters) - Tunisia's parliament approved the 2026 budget on Monday after a week of "
        "debate.\n"
        "Finance Minister Salma Ayadi told deputies on {first}, that fuel subsidies would stay.\n"
        "Debate on the bill opened on Oct. 27 and lasted until Oct. 31.\n"
        "The upper chamber is due to vote on the text on Monday, Nov. 24.\n"
        "The country has not cut fuel prices since the reform of Jan. 14, 2011.\n")


def test_a_past_year_written_in_wire_copy_is_not_the_storys():
    # Sunday, Nov. 2 and Monday, Nov. 24 fit 2025, not 2011 (a Wednesday and a Thursday)
    assert texts(WIRE.format(first="Sunday, Nov. 2")) == []


def test_year_less_weekdays_that_fit_no_one_year_are_still_compared():
    # Saturday, Nov. 2 and Monday, Nov. 24 cannot both hold in any year: 22 days apart is 3 weeks and a day
    assert texts(WIRE.format(first="Saturday, Nov. 2")) != []


def test_a_year_less_date_is_the_story_s_time_not_a_past_event_s_year():
    # the nearest dated mention before it is a past match (February 21, 2026); the report's own day,
    # Sunday, October 4, 2026, makes "Monday, October 5" this October, a Monday
    import mtcheck
    text = ("League match postponed\n\n"
            "Powered by automated translation\n\n"
            "Riyadh - The league announced today, Sunday, October 4, 2026, the postponement of the match to "
            "Tuesday, October 6.\n"
            "It is noteworthy that the two teams met in the previous season on February 21, 2026, and the "
            "match ended in a draw.\n"
            "Al-Nassr will hold its last training session a day earlier, on Monday, October 5, in Riyadh.\n")
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert [f.text for f in report.findings] == []

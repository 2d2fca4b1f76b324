"""date-mismatch: the Gregorian partner of a Hijri date is the one its connector points at
("Sunday, corresponding to 6 Dhu al-Hijjah 1446 AH": the Sunday's, not the next date of the sentence;
analysis/hijri.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


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
    assert texts(HAJJ.format(middle=middle)) == ["Sunday, June 1, corresponding to 8 Dhu al-Hijjah 1446 AH"]


def test_a_date_tied_by_its_connector_to_one_hijri_date_is_no_partner_of_another():
    # 1 Dhu al-Qadah 1446 was April 29, 2025; May 28 is 1 Dhu al-Hijjah, the date its connector names
    text = ("Hajj arrivals near their end\n\n"
            "Powered by automated translation\n\n"
            "The authority said in a statement today, Sunday, June 1, 2025, that the arrival of pilgrims by air "
            "began on 1 Dhul-Qadah 1446 AH, and that the month of Dhul-Hijjah began on Wednesday, May 28, "
            "corresponding to 1 Dhul-Hijjah 1446 AH.\n")
    assert texts(text) == []
    wrong = text.replace("corresponding to 1 Dhul-Hijjah", "corresponding to 4 Dhul-Hijjah")
    assert texts(wrong) == ["Wednesday, May 28, corresponding to 4 Dhul-Hijjah 1446 AH"]


def test_the_article_s_own_month_start_fixes_its_other_days():
    # each pair alone is within the day moon sighting allows (9 Dhu al-Hijjah 1446 was June 5, 2025 by
    # Umm al-Qura), but the article starts the month on May 28, so its 9th is June 5, not June 4
    text = ("Hajj flights end\n\n"
            "Powered by automated translation\n\n"
            "The authority said in a statement that the month of Dhul-Hijjah began on Wednesday, May 28, 2025, "
            "corresponding to 1 Dhul-Hijjah 1446 AH, according to the Supreme Court.\n"
            "The air bridge will stop receiving flights on Tuesday, June 3, before the Day of Tarwiyah, which "
            "falls on Wednesday, June 4, corresponding to {day} Dhul-Hijjah 1446 AH.\n")
    assert texts(text.format(day=8)) == []
    assert texts(text.format(day=9)) == ["Wednesday, June 4, corresponding to 9 Dhul-Hijjah 1446 AH"]

"""date-mismatch, from the second general round of session 21 (heldout127-130): the lead's year
says which of two year-less weekdays is wrong; a plan about a past event is dated by the plan; a
span extended "by two weeks" is no length of the span."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Results out\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "date-mismatch")


RESULTS = ("Ramallah - The ministry announced today, Tuesday, the results of the secondary examination for the "
           "academic year {years}, with a success rate of 68.4 percent, during a press conference at its offices.\n\n"
           "He said the exams, which began on Sunday, June 14, and ended on Saturday, July 5, after three weeks, "
           "were held under difficult circumstances.")


@pytest.mark.parametrize("years,flag", [
    ("2024-2025", ["Sunday, June 14"]),   # June 14, 2025 was a Saturday; July 5, 2025 a Saturday
    ("2025-2026", ["Saturday, July 5"]),  # in 2026 June 14 is a Sunday: the later one is wrong
])
def test_the_lead_s_year_says_which_weekday_is_wrong(years, flag):
    assert texts(RESULTS.format(years=years)) == flag


def test_a_year_named_further_down_does_not_decide():
    body = (RESULTS.format(years="ahead").replace("academic year ahead", "coming academic year")
            + "\n\nA similar leak was recorded in 2025 in two governorates.")
    assert texts(body) == ["Saturday, July 5"]


DERBY = ("Amman - Al-Faisaly defeated Al-Wehdat two goals to one in the match that brought them together "
         "yesterday evening, Friday, at Amman International Stadium.\n\n"
         "The association said the disciplinary committee {verb} the reports of the match on Sunday.")


@pytest.mark.parametrize("verb,flag", [("will look into", []), ("looked into", ["match on Sunday"])])
def test_a_plan_about_a_past_match_is_dated_by_the_plan(verb, flag):
    assert [t for t in texts(DERBY.format(verb=verb)) if "Sunday" in t] == flag


@pytest.mark.parametrize("span,flag", [
    ("which runs from June 1 to Sept. 15, by two weeks to the end of September", []),
    ("which runs for two weeks, from June 1 to Sept. 15", ["two weeks"]),
])
def test_a_span_extended_by_a_length(span, flag):
    body = f"Doha - The ministry said on Monday, May 4, 2026, it will extend its midday ban on outdoor work, {span}."
    assert texts(body) == flag


CAMPAIGN = ("Aden - The Local Authority launched, on Sunday, March 1, 2026, a comprehensive campaign to clean "
            "streets and rehabilitate internal roads in the eight districts, which will continue until {end}.\n\n"
            "Residents expressed their hope that the {length} campaign will not stop like the previous ones.")


@pytest.mark.parametrize("end,length,flag", [("Monday, March 30", "45-day", ["45-day"]),
                                             ("Monday, March 30", "30-day", []),
                                             ("Monday, March 30", "one-month", [])])
def test_a_campaign_launched_on_a_day_that_continues_until_another(end, length, flag):
    assert texts(CAMPAIGN.format(end=end, length=length)) == flag


@pytest.mark.parametrize("later,flag", [("the raid of January 22", ["raid of January 22"]),
                                        ("the raid of January 24", [])])
def test_the_raid_points_back_at_the_story_s_operation(later, flag):
    body = ("Tripoli - The coastal security administration announced that it had foiled, at dawn on Saturday, "
            "January 24, 2026, an attempt to smuggle 2.1 million litres of fuel.\n\n"
            f"The Attorney General's office said the investigations into {later} are still ongoing.")
    assert texts(body) == flag


@pytest.mark.parametrize("when,flag", [("next month, on 1 October", ["next month, on 1 October"]),
                                       ("next month, on 1 December", []),
                                       ("last month, on 12 October", []),
                                       ("last month, on 12 September", ["last month, on 12 September"])])
def test_a_month_said_relative_to_the_dateline(when, flag):
    body = (f"Algiers, 4 November (APS) - The minister announced today, Wednesday, that the decision will apply "
            f"to 37,500 contract holders.\n\nHe said that the decision, taken after talks that began {when}, "
            "concerns seven wilayas.")
    assert texts(body) == flag


@pytest.mark.parametrize("n,flag", [("five", ["these five days"]), ("three", [])])
def test_these_days_point_back_at_the_span_just_dated(n, flag):
    body = ("Tripoli - The National Meteorological Centre warned of a storm from Friday, January 17, 2025, until "
            "Sunday, January 19, with strong winds on the coast.\n\n"
            f"The centre called on fishermen not to go out to sea during these {n} days.")
    assert texts(body) == flag

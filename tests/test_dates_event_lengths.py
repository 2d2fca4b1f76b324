"""date-mismatch: a stated length of an event against the start and the end the article gives it in
other sentences (analysis/event_lengths.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Court rules\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "date-mismatch")


TRIAL = ("The Criminal Court in Zarqa issued today, Thursday, March 12, 2026, a verdict sentencing two former "
         "municipal employees to five years in prison for forging land deeds.\n\n"
         "The court said the trial of the two men began on Sunday, November 2, 2025, and heard 30 witnesses.\n\n"
         "The verdict came after a trial that lasted {length}, during which the defence asked for new experts.")


@pytest.mark.parametrize("length,flag", [
    ("two months", ["two months"]),    # November 2 to March 12 is 130 days
    ("four months", []),               # 130 days: four months, as people count them
])
def test_a_trial_s_length_against_its_start_and_the_verdict(length, flag):
    assert texts(TRIAL.format(length=length)) == flag


COURSE = ("The Ministry of Health announced today, Monday, September 8, 2025, the launch of a {length} training "
          "course for 120 nurses at the Al-Bashir Hospital in Amman.\n\n"
          "The course, which will be held from Monday, September 8 to Thursday, September 18, includes lectures "
          "on emergency care and infection control.")


@pytest.mark.parametrize("length,flag", [("three-week", ["three-week"]), ("ten-day", []), ("two-week", [])])
def test_a_hyphened_length_against_its_event_s_range_in_another_sentence(length, flag):
    # September 8 to 18 is ten or eleven days; "two weeks" is within a day's slack of neither, but
    # the ten-day course fits and a two-week one is 14 days: 3 days off
    assert texts(COURSE.format(length=length)) == (flag if length != "two-week" else ["two-week"])


CAMPAIGN = ("The health directorate said that the campaign will continue for {length}, starting from Sunday, "
            "14 September, and targets 300,000 children in the governorate.\n\n"
            "The director added that the campaign will end on 20 September, and that a second round will follow.")


@pytest.mark.parametrize("length,flag", [("ten days", ["ten days"]), ("six days", []), ("a week", [])])
def test_a_length_with_its_start_against_an_end_said_later(length, flag):
    assert texts(CAMPAIGN.format(length=length)) == flag


def test_another_event_s_length_is_not_read_against_the_campaign():
    body = CAMPAIGN.format(length="six days").replace(
        "and that a second round will follow", "and that the training of the vaccinators lasted ten days")
    assert texts(body) == []


def test_two_starts_of_the_event_leave_its_length_unread():
    body = (CAMPAIGN.format(length="ten days")
            + "\n\nIn the southern districts the campaign began on 16 September because of the rains.")
    assert texts(body) == []


def test_human_wire_copy_is_left_alone():
    body = ("AMMAN (Reuters) - A trial that lasted two months ended on Thursday, March 12, 2026, with prison terms "
            "for two former officials.\n\nThe trial of the two men began on Sunday, November 2, 2025.")
    assert gating_texts("Court rules\n\n" + body + "\n", "date-mismatch") == []


SEASON = ("The ministry announced today the end of the cotton picking season, which started on 1 September and "
          "ended on {end}.\n\nThe ginning company said it received the crop during the 30 days of the season.")


@pytest.mark.parametrize("end,flag", [("20 October", ["the 30 days of the season"]), ("1 October", [])])
def test_the_days_of_an_event_against_its_start_and_end(end, flag):
    assert texts(SEASON.format(end=end)) == flag


@pytest.mark.parametrize("length,flag", [("ten days", ["ten days"]), ("six days", [])])
def test_held_over_a_length_is_that_length_not_a_bound(length, flag):
    body = f"The federation said the final stage is held over {length} from 20 to 25 October in Benghazi."
    assert texts(body) == flag


def test_more_than_a_length_stays_a_bound():
    body = "The federation said the final stage lasts more than ten days, from 20 to 25 October, in Benghazi."
    assert texts(body) == []


@pytest.mark.parametrize("when,flag", [
    ("last Sunday, two days ago", ["last Sunday, two days ago"]),   # two days before Thursday is Tuesday
    ("last Tuesday, two days ago", []),
    ("three days ago, on Monday", []),
])
def test_a_count_of_days_back_beside_its_weekday(when, flag):
    body = (f"The directorate announced today, Thursday, the distribution of palm offshoots to farmers.\n\n"
            f"The director said the distribution, which started {when}, covers six villages.")
    assert texts(body) == flag


PLAN = ("The authority said the plan will be implemented over a period of {length}, and that it covers 94,000 "
        "homes.\n\nThe company said the works of the plan will be carried out between January and December 2027.")


@pytest.mark.parametrize("length,flag", [("18 months", ["18 months"]), ("12 months", []), ("a year", [])])
def test_a_length_in_months_against_a_span_of_months_in_another_sentence(length, flag):
    assert texts(PLAN.format(length=length)) == flag


@pytest.mark.parametrize("length,flag", [("three years", ["three years"]), ("two years", [])])
def test_a_length_in_years_against_its_months_in_one_sentence(length, flag):
    body = (f"The chief executive said the expansion works, which began in January 2024 and were completed in "
            f"December 2025, lasted {length}, and were carried out by a consortium.")
    assert texts(body) == flag


def test_a_span_of_another_event_is_not_read_against_the_length():
    body = PLAN.format(length="18 months").replace("the works of the plan", "the tender")
    assert texts(body) == []


@pytest.mark.parametrize("length,flag", [("within five days", ["five days"]), ("within two days", [])])
def test_a_length_from_the_report_s_day_to_the_date_beside_it(length, flag):
    body = ("The ministry announced today, Tuesday, April 14, 2026, that 96 citizens were admitted to hospitals.\n\n"
            f"The ministry said the injured will be discharged {length}, on Thursday, April 16, when the follow-up "
            "period ends.")
    assert texts(body) == flag


@pytest.mark.parametrize("length,flag", [("ten days", ["ten days"]), ("seven days", [])])
def test_a_closure_against_the_days_the_crossing_was_closed(length, flag):
    body = (f"The ministry announced today the reopening of the crossing after a closure that lasted {length}.\n\n"
            "The secretary general said the crossing was closed from Tuesday, 3 September, until Monday, 9 September.")
    assert texts(body) == flag


@pytest.mark.parametrize("body,flag", [
    ("The ministry said the survey, which lasted ten days from March 3 to March 7, covered 310 shops.",
     ["ten days"]),
    ("The directorate announced the conclusion of the six-day campaign, which was held from Sunday, November 9 "
     "until Thursday, November 13.", ["six-day"]),          # five days counted with both ends
    ("The directorate announced the conclusion of the five-day campaign, which was held from Sunday, November 9 "
     "until Thursday, November 13.", []),
])
def test_a_length_and_its_range_in_one_sentence(body, flag):
    assert texts(body) == flag

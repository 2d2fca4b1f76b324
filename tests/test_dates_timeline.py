"""date-mismatch: one calendar for every expression of time, keyed by the event its clause names
(analysis/timeline.py, analysis/event_keys.py). Paraphrases on other beats, other nouns and verbs,
and look-alikes that must stay quiet. Weekdays of the dates used are checked by datetime."""
from __future__ import annotations

import datetime as dt

import pytest
from checking import gating_texts

MARK = "Powered by automated translation\n\n"


def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


def flags(text: str, flagged: str) -> bool:
    """Whether a gating date finding covers ``flagged`` (another detector may flag a wider span first)."""
    return any(flagged in t or t in flagged for t in texts(text))


def article(*paragraphs: str) -> str:
    return "Report\n\nA short standfirst about the story\n\n" + MARK + "\n\n".join(paragraphs) + "\n"


def test_the_dates_used_fall_on_their_weekdays():
    assert dt.date(2025, 11, 12).weekday() == 2  # Wednesday
    assert dt.date(2025, 11, 10).weekday() == 0  # Monday
    assert dt.date(2026, 3, 4).weekday() == 2    # Wednesday
    assert dt.date(2026, 3, 2).weekday() == 0    # Monday
    assert dt.date(2025, 10, 27).weekday() == 0  # Monday


# One event dated twice through other words: an explicit date and a weekday counted from the report's day.
@pytest.mark.parametrize("first,later,flagged", [
    ("The agreement was signed in Cairo on Monday, November 10, by the two ministers.",
     "The governor welcomed the agreement that was signed last Thursday, calling it a step forward.",
     "last Thursday"),
    ("Police arrested the suspects on Monday, November 10, in a raid on a farm.",
     "\"They have been in custody since their arrest on November 7,\" the prosecutor said.",
     "November 7"),
    ("The ministry launched the online portal on Monday, November 10, for all applicants.",
     "Applicants have used the portal heavily since it was launched on Saturday, an official added.",
     "Saturday"),
    ("The trade fair, which opened on Monday, November 10, hosts 300 exhibitors.",
     "Visitors flocked to the exhibition on its opening on November 8, the organisers said.",
     "November 8"),
])
def test_one_event_dated_twice_in_other_words(first, later, flagged):
    text = article("Basra - The minister arrived in the city today, Wednesday, November 12, 2025, on a visit.",
                   first, "Officials discussed the projects at length.", later)
    assert flags(text, flagged)


@pytest.mark.parametrize("plan,later,flagged", [
    ("The minister is scheduled to return next Sunday to open the new pumping station.",
     "The ministry said the opening of the station on November 18 will raise exports.", "November 18"),
    ("The committee will hold its final meeting next Thursday to approve its report.",
     "The chairman said the committee's concluding meeting on November 19 will hear the auditors.", "November 19"),
    ("The court adjourned the hearing to next Tuesday to hear the remaining witnesses.",
     "The families hope the hearing scheduled for November 16 will be the last.", "November 16"),
])
def test_a_weekday_counted_from_the_report_and_a_date_of_the_same_event(plan, later, flagged):
    assert dt.date(2025, 11, 16).weekday() == 6 and dt.date(2025, 11, 19).weekday() == 2
    text = article("Basra - The minister arrived in the city today, Wednesday, November 12, 2025, on a visit.",
                   plan, "Officials discussed the projects at length.", later)
    assert flags(text, flagged)


@pytest.mark.parametrize("later,flagged", [
    ("The director said that the teams had reached 600,000 children since the campaign was launched last week.",
     "last week"),
    ("In remarks to reporters, the director said the campaign was launched three days ago.", "three days ago"),
    ("\"The campaign, which was launched yesterday in every region, is going well,\" the director said.",
     "yesterday"),
])
def test_a_relative_day_against_the_report_day(later, flagged):
    text = article("Rabat - The Ministry of Health launched today, Monday, October 27, 2025, the national "
                   "vaccination campaign against measles.", "The campaign targets children under 18.", later)
    assert flags(text, flagged)


@pytest.mark.parametrize("length,span,flagged", [
    ("the practical exams will be held over three days", "the practical exams, which will be held from "
     "June 29 to July 3, 2025 in the workshops,", "June 29 to July 3, 2025"),
    ("the visitors are expected throughout the nine days of the fair", "The fair, whose activities extend from "
     "April 23 to May 3, 2025,", "nine days"),
    ("a ten-day drive is planned in every province", "the campaign, which will take place from October 27 "
     "to November 14, 2025,", "October 27 to November 14, 2025"),
])
def test_a_length_against_the_range_of_the_same_event_in_another_sentence(length, span, flagged):
    first, second = (length, span) if flagged != "nine days" else (span, length)
    text = article(f"Officials said {first[0].lower() + first[1:]} across the country.",
                   "Security measures were tightened around the sites.",
                   f"{second[0].upper() + second[1:]} drew wide attention, the ministry said.")
    # one error, one finding: on the range, or on the length where another detector reads the pair first
    assert flags(text, flagged) or any(t in length for t in texts(text))


def test_a_length_that_fits_its_range_counted_either_way_stays_quiet():
    for length in ("five days", "four days"):
        text = article(f"The practical exams will be held over {length} in the workshops.",
                       "Security was tight.", "The practical exams, which run from June 29 to July 3, 2025, are supervised.")
        assert texts(text) == []


@pytest.mark.parametrize("later", [
    # another instance: an ordinal, "a" new meeting, a separate case, a background event in the past perfect
    "The second phase will be launched next week in the remote villages.",
    "The ministry will hold a meeting with the regional directors next week.",
    "The same court will hold on Monday a hearing in a separate case.",
    "The ministry had launched a similar campaign last week in the south.",
    "The director will publish the final results of the campaign on Friday, October 31.",
])
def test_other_instances_of_the_event_stay_quiet(later):
    assert dt.date(2025, 10, 31).weekday() == 4
    text = article("Rabat - The Ministry of Health launched today, Monday, October 27, 2025, the national "
                   "vaccination campaign against measles.", "The campaign targets children under 18.", later)
    assert texts(text) == []


def test_several_dated_instances_and_sports_rounds_stay_quiet():
    exams = article("The ministry announced today, Sunday, May 18, 2025, the schedule of the exams, which will "
                    "start on Sunday, June 15, and continue until Thursday, July 10.",
                    "The exam of the Arabic language will be held on Monday, June 16.",
                    "The exam of foreign language will be held on Wednesday, June 18.")
    derby = article("Amman - Wehdat beat Faisaly 2-1 last night, Friday, in the first leg.",
                    "The return match between the two teams will be held on Friday, October 23, 2026.")
    assert texts(exams) == []
    assert texts(derby) == []


@pytest.mark.parametrize("length,span,flagged", [
    ("The two-week festival expects 200,000 visitors.", "The festival, which runs from July 20 to 26, hosts 40 troupes.",
     "July 20 to 26"),
    ("The exhibition of crafts will last a week in the old city.", "The exhibition of crafts, between 3 and 13 August, "
     "is free.", "3 and 13 August"),
    ("Organisers said the fair would run for three days.", "The fair runs July 2-7 at the convention centre.",
     "July 2-7"),
])
def test_a_length_against_a_range_written_in_one_month(length, span, flagged):
    text = article("Jerash - The Jerash Festival opened today, Sunday, July 20, 2025, with a concert.", length,
                   "Security was tight around the theatres.", span)
    assert flags(text, flagged) or any(t in length for t in texts(text))  # (one error, one finding)


@pytest.mark.parametrize("length", [
    "The troupes rehearse once a week in the old city.",        # a frequency
    "The festival was announced a week ago by the ministry.",   # an offset
    "Tickets for the last three days of the festival sold out.",  # a part of it
])
def test_lengths_that_are_no_length_of_the_event_stay_quiet(length):
    text = article("Jerash - The Jerash Festival opened today, Sunday, July 20, 2025, with a concert.", length,
                   "Security was tight.", "The festival, which runs from July 20 to 26, hosts 40 troupes.")
    assert texts(text) == []


STRIKE = article("Tunis, April 12, 2026 (TAP) - The teachers' union announced today, Sunday, a {length} strike in "
                 "the secondary schools.", "Officials at the ministry regretted the decision.",
                 "The union said that the strike, which will run from {first} to {last}, will be held in all the "
                 "governorates.")


@pytest.mark.parametrize("length,first,last,flag", [
    ("five-day", "Monday", "Thursday", True),     # four days
    ("three-day", "Sunday", "Thursday", True),    # five days
    ("two-day", "Friday", "Monday", True),        # four days, across the weekend
    ("five-day", "Monday", "Friday", False),
    ("four-day", "Monday", "Thursday", False),
    ("three-day", "Saturday", "Monday", False),   # across the week's end: Saturday, Sunday, Monday
])
def test_a_length_against_a_range_of_weekdays(length, first, last, flag):
    text = STRIKE.format(length=length, first=first, last=last)
    assert flags(text, f"{first} to {last}") == flag


@pytest.mark.parametrize("later,flag", [
    ("The federation said that the meeting of the sectoral body on April 23 will be open to the press.", True),
    ("The chairman said the body's meeting on Thursday, April 23, would hear the regional secretaries.", True),
    ("The body met on Thursday, April 9, to prepare the strike.", False),            # a past meeting, not the plan
    ("A meeting of the parents' associations will be held on April 23.", False),    # another meeting, introduced
    ("The meeting of the body on April 23 in Sfax will hear the regional unions.", False),  # another place
])
def test_a_verb_of_meeting_and_the_meeting_it_plans(later, flag):
    assert dt.date(2026, 4, 23).weekday() == 3 and dt.date(2026, 4, 9).weekday() == 3
    text = article("Tunis, April 12, 2026 (TAP) - The teachers' union announced today, Sunday, a strike in the schools.",
                   "The sectoral body of the federation will meet next Tuesday to evaluate the strike.",
                   "Officials regretted the decision.", later)
    assert flags(text, "April 23" if "April 23" in later else "April 9") == flag


def test_the_calendar_reads_machine_translated_copy_only():
    """Human wire copy (no marker line) names several events of a kind on several days in free
    phrasing; the calendar's event key is read for machine-translated copy only."""
    body = ("Basra - The minister arrived in the city today, Wednesday, November 12, 2025, on a visit.",
            "The agreement was signed in Cairo on Monday, November 10, by the two ministers.",
            "The governor welcomed the agreement that was signed last Thursday, calling it a step forward.")
    assert flags(article(*body), "last Thursday")
    assert not flags(article(*body).replace(MARK, ""), "last Thursday")


CAMPAIGN = ("Measles campaign to start\n\nPowered by automated translation\n\n"
            "Amman - The Ministry of Health announced on Tuesday, April 14, 2026, that the campaign will start on "
            "Sunday, April 19, and end on {end}, and will be carried out by 1,800 teams.\n\n"
            "The minister called on parents to cooperate with the teams during the campaign's ten days.\n")


@pytest.mark.parametrize("end,flag", [("Thursday, April 30", ["ten days"]), ("Tuesday, April 28", []),
                                      ("Wednesday, April 29", [])])
def test_a_range_that_starts_and_ends_and_the_campaign_s_length(end, flag):
    assert texts(CAMPAIGN.format(end=end)) == flag

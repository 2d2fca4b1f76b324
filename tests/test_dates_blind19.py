"""date-mismatch: heldout19/20's blind false alarms as families: a date of last year's occurrence, a
plan ("tomorrow") beside a past event ("yesterday") of one report day, the date of a phase of a
series ("until the end of the exams on July 15"), and a year inferred from a date of last year."""
from __future__ import annotations

import mtcheck


def flagged(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


FESTIVAL = ("Jerash festival\n\nJerash - The Jerash Festival for Culture and Arts opened on Wednesday, July 23, "
            "2025, with a concert in the southern theatre attended by 9,000 spectators.\n\n"
            "The organisers expect 300,000 visitors this year.\n\n{b}\n")


def test_a_date_of_last_years_occurrence_is_another_event():
    last = ("That compares with 260,000 visitors during the festival of last year, which opened on "
            "Thursday, July 25, 2024, according to the ministry.")
    assert flagged(FESTIVAL.format(b=last)) == []
    assert flagged(FESTIVAL.format(b="Last year's festival opened on Thursday, July 25, 2024.")) == []
    slip = "The festival, which opened on Friday, July 25, 2025, runs for ten days."
    assert flagged(FESTIVAL.format(b=slip)) != []  # this year's festival on another day is still one event


def test_a_year_inferred_from_last_years_date_is_the_year_after():
    text = ("Fuel prices\n\nAmman - The pricing committee cut fuel prices for the month.\n\n"
            "Last year's cut took effect on Wednesday, April 10, 2024, when petrol fell by 3 percent.\n\n"
            "The new prices will apply from Wednesday, April 2, the committee said.\n")
    assert flagged(text) == []  # April 2, 2025 was a Wednesday
    wrong = text.replace("Wednesday, April 2,", "Thursday, April 2,")
    assert flagged(wrong) == ["Thursday, April 2"]


VISIT = ("Trade talks\n\nMuscat - Oman and Tanzania signed today, Sunday, four memoranda of understanding on "
         "trade and fisheries.\n\nThe ministers discussed shipping links.\n\n{b}\n")


def test_a_plan_for_tomorrow_and_a_meeting_of_yesterday_are_two_events():
    b = ("The Tanzanian delegation had met yesterday, Saturday, with the Chamber of Commerce. "
         "The minister said the Tanzanian delegation will visit tomorrow, Monday, the port of Duqm.")
    assert flagged(VISIT.format(b=b)) == []
    b2 = ("The Tanzanian delegation had met yesterday, Saturday, with the Chamber of Commerce.\n\n"
          "The Tanzanian delegation had met today, Sunday, with the Chamber of Commerce.")
    assert flagged(VISIT.format(b=b2)) != []  # two past days for one meeting stay a conflict


EXAMS = ("Exams\n\nKuwait - The Ministry of Education said the mathematics exam, which was held on Sunday, June 22, "
         "passed without incidents.\n\nThe ministry thanked the supervisors.\n\n{b}\n")


def test_the_date_of_a_phase_of_a_series_is_not_the_events_own():
    b = "The ministry will keep its committees working until the end of the exams on July 15."
    assert flagged(EXAMS.format(b=b)) == []
    b2 = "The start of the exams on Saturday, June 28 was delayed by a power cut."
    assert flagged(EXAMS.format(b=b2)) == []
    b3 = "The exam, which was held on Tuesday, June 24, drew complaints from parents."
    assert flagged(EXAMS.format(b=b3)) != []


DAM = ("Dam storage\n\nBaghdad - The Minister of Water Resources announced today, Tuesday, that the storage of the "
       "Haditha Dam has risen to 4.1 billion cubic metres.\n\nThe minister said in a statement received by the "
       "agency that releases will be raised gradually.\n\nThe rains of the past weeks filled the lake.\n\n{b}\n")


def test_the_leads_statement_dated_again_by_its_medium():
    b = "The ministry said in its statement issued yesterday, Monday, that the releases will reach 300 cubic metres."
    assert flagged(DAM.format(b=b)) == ["yesterday, Monday"]
    held = "The minister had, during the statement held yesterday, Monday, visited the dam."
    assert any("yesterday, Monday" in f for f in flagged(DAM.format(b=held)))


def test_another_statement_or_another_medium_is_no_conflict():
    for b in ("The ministry said in a statement yesterday, Monday, that the gates were checked.",
              "The ministry recalled its previous statement issued yesterday, Monday, on the gates.",
              "The governor said at the press conference held yesterday, Monday, that roads were reopened.",
              "The ministry said in its statement issued today, Tuesday, that the releases will rise."):
        assert flagged(DAM.format(b=b)) == [], b

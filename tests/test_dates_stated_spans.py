"""date-mismatch: a stated length against the two dates that bound it in one sentence
(analysis/stated_spans.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


WORKS = ("Runway reopens at Port Sudan airport\n\n"
         "Powered by automated translation\n\n"
         "The Civil Aviation Authority announced on Tuesday, July 8, 2025, the reopening of the runway.\n\n"
         "The statement explained that the rehabilitation of the runway, which lasted {length}, from June 2 to "
         "June {end}, was carried out by national companies, and that the systems were tested on July 7.\n")


@pytest.mark.parametrize("length,end", [("ten days", "26"), ("two weeks", "26"), ("about two weeks", "26"),
                                        ("three days", "12"),
                                        ("three weeks", "26")])  # 24 days: a count of weeks is one of days
def test_a_length_its_own_dates_deny(length, end):
    assert texts(WORKS.format(length=length, end=end)) == [length.split("about ")[-1]]


@pytest.mark.parametrize("length,end", [("ten days", "11"), ("ten days", "12"), ("three weeks", "23"),
                                        ("about three weeks", "27"), ("more than ten days", "26"),
                                        ("a month", "30")])
def test_lengths_that_fit_counted_either_way_or_bounds(length, end):
    assert texts(WORKS.format(length=length, end=end)) == []


def test_a_length_said_of_something_else_or_two_ranges_stay_quiet():
    later = ("Vote\n\nThe works began on June 2, 2025, ten days after the decision, and ran until June 26.\n")
    two = ("Exams\n\nThe first session runs from June 2 to June 12 and the second from June 20 to June 26, "
           "2025, for ten days each.\n")
    assert texts(later) == []
    assert texts(two) == []


_EXAMS = ("Secondary exams timetable\n\n"
          "Powered by automated translation\n\n"
          "Cairo - The Ministry of Education announced today, Tuesday, May 6, 2025, the final timetable of the "
          "secondary certificate exams.\n"
          "The statement stated that the exams will start on Sunday, June 15, with the religious education paper, "
          "and will continue for {length} until the end of the physics and history papers on July {end}.\n")


@pytest.mark.parametrize("length,end,flag", [
    ("three weeks", "10", "three weeks"),   # June 15 to July 10: 25 days
    ("three weeks", "6", None),
    ("four weeks", "13", None),
    ("about a month", "10", None),
    ("ten days", "10", "ten days"),
])
def test_an_open_range_a_start_then_a_length_until_an_end(length, end, flag):
    assert texts(_EXAMS.format(length=length, end=end)) == ([flag] if flag else [])


def test_an_open_range_needs_its_start_said():
    # "on Sunday, June 15" is no start of the span: no range to count
    text = _EXAMS.format(length="three weeks", end="10").replace("will start on Sunday", "will be announced on Sunday")
    assert texts(text) == []


def test_an_article_without_a_year_still_counts_its_range():
    text = _EXAMS.format(length="three weeks", end="10").replace(", 2025", "")
    assert texts(text) == ["three weeks"]


_CAMPAIGN = ("Measles campaign launched\n\n"
             "Powered by automated translation\n\n"
             "Amman - The Ministry of Health launched this morning, Sunday, September 14, 2025, a national campaign "
             "against measles in all governorates.\n"
             "The minister said that the campaign {verb} for {length}, until September {end}, through 600 "
             "fixed and mobile teams.\n")


@pytest.mark.parametrize("verb,length,end,flag", [
    ("will continue", "two weeks", "25", "two weeks"),   # from today, September 14: eleven days
    ("will continue", "two weeks", "28", None),
    ("will continue", "ten days", "24", None),
    ("in the schools, running since they opened, will continue", "two weeks", "25", None),  # a start of its own
])
def test_a_span_that_runs_from_the_report_s_day(verb, length, end, flag):
    assert texts(_CAMPAIGN.format(verb=verb, length=length, end=end)) == ([flag] if flag else [])


@pytest.mark.parametrize("verb,flag", [("will last four days", "four days"), ("will last seven days", None),
                                       ("covers the last four days", None)])
def test_last_as_a_verb_is_no_part_of_the_span(verb, flag):
    text = ("Eid holiday announced\n\n"
            "Powered by automated translation\n\n"
            "Abu Dhabi - The authority announced today, Sunday, February 15, 2026, the Eid al-Fitr holiday.\n"
            f"The director said that the Eid holiday {verb}, from March 19 to March 26, and that any change will "
            "be announced.\n")
    assert texts(text) == ([flag] if flag else [])


HEAD = "Prices frozen\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("span,flag", [
    ("for a period of two weeks, from 1 to 31 January 2026", "two weeks"),   # 30 days
    ("for a period of two weeks, from 1 to 14 January 2026", None),          # 13 days: a fortnight
    ("for ten days, between 3 and 13 May 2026", None),
    ("for ten days, between 3 and 23 May 2026", "ten days"),
])
def test_a_range_whose_first_day_borrows_the_month_of_its_last(span, flag):
    text = HEAD + f"Aden - The governor decided on Sunday, 28 December 2025, to freeze the prices {span}, the office said.\n"
    assert texts(text) == ([flag] if flag else [])


@pytest.mark.parametrize("span,flag", [
    ("a one-week mid-year holiday, from January 25 to February 5, 2026", "one-week"),
    ("a one-week mid-year holiday, from January 25 to February 1, 2026", None),
    ("a three-day holiday, from January 25 to January 27, 2026", None),
])
def test_a_hyphened_length_before_its_noun(span, flag):
    text = HEAD + f"Kuwait - The ministry said on Sunday, 28 December 2025, it would grant the students {span}.\n"
    assert texts(text) == ([flag] if flag else [])

"""date-mismatch: a stated length against the two dates that bound it in one sentence
(analysis/stated_spans.py)."""
from __future__ import annotations

import pytest

import mtcheck


def texts(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


WORKS = ("Runway reopens at Port Sudan airport\n\n"
         "Powered by automated translation\n\n"
         "The Civil Aviation Authority announced on Tuesday, July 8, 2025, the reopening of the runway.\n\n"
         "The statement explained that the rehabilitation of the runway, which lasted {length}, from June 2 to "
         "June {end}, was carried out by national companies, and that the systems were tested on July 7.\n")


@pytest.mark.parametrize("length,end", [("ten days", "26"), ("two weeks", "26"), ("about two weeks", "26"),
                                        ("three days", "12")])
def test_a_length_its_own_dates_deny(length, end):
    assert texts(WORKS.format(length=length, end=end)) == [length.split("about ")[-1]]


@pytest.mark.parametrize("length,end", [("ten days", "11"), ("ten days", "12"), ("three weeks", "26"),
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

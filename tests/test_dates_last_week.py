"""date-mismatch: an event the report dates today, named again as last week's ("met today, Tuesday" ...
"the meeting of last week" in a minister's quote spoken that day) is one event on two days
(analysis/last_week.py)."""
from __future__ import annotations

import pytest

import mtcheck


def texts(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


_TALKS = ("Water talks in Amman\n\n"
          "Powered by automated translation\n\n"
          "Amman - The foreign ministers of the two countries met {when}, November 18, 2025, in Amman to discuss "
          "the water crisis.\n"
          "The Jordanian minister {said} that \"{later} was frank and positive\", adding that a joint committee "
          "will be formed.\n")


@pytest.mark.parametrize("when,said,later,flag", [
    ("today, Tuesday", "said", "the meeting of last week", "the meeting of last week"),
    ("today, Tuesday", "said", "the meeting held last week", "the meeting held last week"),
    ("today, Tuesday", "said", "the meeting of today", None),
    ("today, Tuesday", "said", "the board meeting of last week", None),      # another meeting
    ("today, Tuesday", "said on Sunday, November 23,", "the meeting of last week", None),  # his own day
    ("on Tuesday", "said", "the meeting of last week", None),               # not dated by the report's day
])
def test_today_s_event_named_as_last_week_s(when, said, later, flag):
    assert texts(_TALKS.format(when=when, said=said, later=later)) == ([flag] if flag else [])

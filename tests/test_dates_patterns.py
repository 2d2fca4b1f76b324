"""The date patterns open with a lookahead on the first letters their matches can start with (the
engine then skips most word starts at once); they must match exactly what their plain forms do."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mtcheck.analysis import dates

_LOOKAHEAD = re.compile(r"\(\?=\[[^\]]*\]\)")  # "(?=[MTWFS])" at the start of a pattern
_REAL = ("On Tuesday, the fifth of May 2026 and Sunday 5 May, the twenty-first of June, Wed., Mar. 10, "
         "Sept. 3, Thurs 13/1/2025, Friday's verdict, March 10, 2021, 16 November 2021, the 3rd of this month, "
         "Monday evening, February 3, Sunday (January 13, 2025), first of April, eleventh of March. ")


def _plain(rx: re.Pattern) -> re.Pattern:
    return re.compile(_LOOKAHEAD.sub("", rx.pattern, count=1))


def _same(rx: re.Pattern, text: str) -> bool:
    plain = _plain(rx)
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_the_lookaheads_are_there_and_match_the_plain_forms():
    for rx in (dates._US, dates._UK, dates._NUMERIC, dates._BARE_WEEKDAY):
        assert _plain(rx).pattern != rx.pattern
        assert _same(rx, _REAL * 3)
    assert len(list(dates._UK.finditer(_REAL))) >= 5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Monday", "Wed.", "Tues", "March", "Mar.", "Sept", "May", "the", "fifth", "of",
                                 "twenty-first", "first", "3", "13", "13/1/2025", "2026", ",", "(", "'s", "on",
                                 "Friday", "Sunday", "eleventh", "June", "10th", "x"]), max_size=14))
def test_the_date_patterns_match_their_plain_forms_on_any_text(words):
    text = " ".join(words)
    for rx in (dates._US, dates._UK, dates._NUMERIC, dates._BARE_WEEKDAY):
        assert _same(rx, text)

"""The day a report was filed, from the date in its dateline: "Baghdad, November 5, 2024 (INA) -",
"ORAN, Algeria, May 26 (Reuters) -". A relative date of the story ("today, Sunday") must agree
with it: today is the dateline's day.
"""
from __future__ import annotations

import re

from .dates import DateMention

# the dash that ends a dateline, near the start of the first body paragraph
_DATELINE_END = re.compile(r"[ \u00a0](?:-|\u2013|\u2014|--)[ \u00a0]")
_DATELINE_MAX = 120  # characters into the paragraph


def dateline_date(ctx, mentions: list[DateMention]) -> DateMention | None:
    """The full date written in the first body paragraph's dateline, or None."""
    first = next((s for s in ctx.sentences if s.part == "body"), None)
    if first is None:
        return None
    start = ctx.text.rfind("\n", 0, first.start) + 1  # the paragraph's start
    end = _DATELINE_END.search(ctx.text, start, min(first.end, start + _DATELINE_MAX))
    if end is None:
        return None
    for m in mentions:
        if m.start >= end.start():
            break
        if m.start >= start and m.has_date and m.as_date() is not None:
            return m
    return None

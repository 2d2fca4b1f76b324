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


# "the General Authority for Customs said on Tuesday", "announced on Tuesday, April 15": the day
# the lead's statement was made; the report cannot have been filed before it
_STATEMENT_ON = re.compile(r"\b(?:said|announced|stated|reported|declared|confirmed)[ \u00a0]+on[ \u00a0]+$")
_MAX_DAYS_BEFORE = 3  # "yesterday, Sunday" after a Tuesday statement: filed on Monday, a day before it


def lead_statement(ctx, mentions: list[DateMention]) -> DateMention | None:
    """The weekday the first body sentence's statement is dated by ("said on Tuesday"), or None."""
    first = next((i for i, s in enumerate(ctx.sentences) if s.part == "body"), None)
    if first is None:
        return None
    seg = ctx.sentences[first]
    for m in mentions:
        if m.sentence == first and m.weekday is not None and not m.shifted \
                and _STATEMENT_ON.search(ctx.text, max(seg.start, m.start - 30), m.start):
            return m
    return None


def filed_before_statement(ctx, mentions: list[DateMention], days) -> list[tuple[object, DateMention]]:
    """(relative day, statement) pairs where the relative day makes the report's day one to three
    days before the lead's statement: "said on Tuesday" ... "yesterday, Sunday" (filed on Monday)."""
    statement = lead_statement(ctx, mentions) if days else None
    if statement is None:
        return []
    # in the statement's own sentence a relative day may count from the statement ("announced on
    # Wednesday that the ship which docked yesterday, Monday ...": reported speech)
    return [(d, statement) for d in days
            if d.sentence != statement.sentence and d.start > statement.end
            and 1 <= (statement.weekday - d.report_weekday) % 7 <= _MAX_DAYS_BEFORE]

"""The day a report was filed, from the date in its dateline: "Baghdad, November 5, 2024 (INA) -",
"ORAN, Algeria, May 26 (Reuters) -". A relative date of the story ("today, Sunday") must agree
with it: today is the dateline's day.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .dates import DateMention, month_name

# the dash that ends a dateline, near the start of the first body paragraph
_DATELINE_END = re.compile(r"[ \u00a0](?:-|\u2013|\u2014|--)[ \u00a0]")
_DATELINE_MAX = 120  # characters into the paragraph


def dateline_date(ctx, mentions: list[DateMention], full: bool = True) -> DateMention | None:
    """The full date written in the first body paragraph's dateline, or None (``full=False``: a
    day and month are enough)."""
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
        if m.start >= start and m.has_date and (m.as_date() is not None or not full):
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
    days before the lead's statement: "said on Tuesday" ... "yesterday, Sunday" (filed on Monday);
    and before the statement that says it (statement_of): "said on Tuesday that the convoy arrived
    yesterday, Sunday", "... in a statement on Sunday" ... "launched yesterday, Friday, the
    statement said". Counted from the statement, such a day is not its weekday; counted from the
    report, the report was filed before the statement it reports: wrong either way."""
    if not days:
        return []
    statement = lead_statement(ctx, mentions)
    said = statement_days(ctx, mentions)
    ends = [m.end for m in said]
    out = []
    for d in days:
        # in the lead statement's own sentence a relative day may count from the statement ("announced
        # on Wednesday that the ship which docked yesterday, Monday ...": reported speech) ...
        ref = statement if statement is not None and d.sentence != statement.sentence \
            and d.start > statement.end and _before(statement, d) else None
        own = statement_of(ctx, d, said, ends)  # ... and must fit the day of the statement that says it
        ref = ref or (own if own is not None and _before(own, d) else None)
        if ref is not None:
            out.append((d, ref))
    return out


def today_after_lead(ctx, mentions: list[DateMention], days) -> list[tuple[object, DateMention]]:
    """(relative day, lead statement) pairs where a later "today, Wednesday" in the agency's own
    words gives the report another day than the lead's statement ("announced on Tuesday"): Arabic
    copy dates its lead by the bare weekday of the report's day, so both name the day of the report.
    Only "today" (a "yesterday, Tuesday" agrees with a Wednesday report); the days a statement
    cannot precede are filed_before_statement's."""
    statement = lead_statement(ctx, mentions) if days else None
    if statement is None:
        return []
    return [(d, statement) for d in days if d.offset == 0 and d.sentence != statement.sentence
            and d.start > statement.end and d.report_weekday != statement.weekday and not _before(statement, d)]


def _before(statement: DateMention, d) -> bool:
    return 1 <= (statement.weekday - d.report_weekday) % 7 <= _MAX_DAYS_BEFORE


# "said on Sunday", "in a statement on Sunday", "a statement issued on Sunday": a statement's day
_STATED_ON = re.compile(r"\b(?:(?:said|announced|stated|reported|declared|confirmed|added|explained|noted|indicated)"
                        r"(?:[ \u00a0]+in[ \u00a0]+a[ \u00a0]+statement)?|statement(?:[ \u00a0]+(?:issued|released|"
                        r"published|posted))?)[ \u00a0]+on[ \u00a0]+$", re.IGNORECASE)
# "..., the statement said", "the statement added that": a sentence told by the last statement dated
_THE_STATEMENT = re.compile(r"\bthe[ \u00a0]+statement[ \u00a0]+(?:said|added|stated|noted|explained|indicated)\b"
                           r"|\b(?:said|added|stated|according[ \u00a0]+to)[ \u00a0]+the[ \u00a0]+statement\b",
                           re.IGNORECASE)
_STATEMENT_REACH = 4  # sentences from a dated statement to "the statement said"


def statement_days(ctx, mentions: list[DateMention]) -> list[DateMention]:
    """Every weekday that dates a statement ("said on Sunday", "in a statement on Sunday, March 3"),
    in reading order."""
    out = []
    for m in mentions:
        if m.weekday is None or m.shifted or m.part != "body":
            continue
        seg = ctx.sentences[m.sentence]
        if _STATED_ON.search(ctx.text, max(seg.start, m.start - 40), m.start):
            out.append(m)
    return out


def statement_of(ctx, d, said: list[DateMention], ends: list[int]) -> DateMention | None:
    """The dated statement that reports the relative day ``d``: one dated before it in its sentence,
    or, when its sentence is told by "the statement", the last one dated within a few sentences.
    ``ends``: the statements' ends, sorted (a bisection: linear time however many statements)."""
    k = bisect_right(ends, d.start) - 1
    last = said[k] if k >= 0 else None  # (statements in reading order: their ends are sorted)
    if last is None or last.sentence < d.sentence - _STATEMENT_REACH:
        return None
    if last.sentence == d.sentence:
        return last
    seg = ctx.sentences[d.sentence]
    return last if _THE_STATEMENT.search(ctx.text, seg.start, seg.end) else None


# "will enter into force next month, on 1 October": a month said relative to the report's, then named
_RELATIVE_MONTH = re.compile(r"\b(?P<rel>next|coming|last|previous|past)[ \u00a0]+month,?[ \u00a0]+"
                             r"(?:(?:on|in|from|starting|until|till|by|as[ \u00a0]+of)[ \u00a0]+)?(?:the[ \u00a0]+)?$",
                             re.IGNORECASE)


def month_conflicts(ctx, mentions: list[DateMention]) -> list[tuple[int, int, str]]:
    """'Algiers, 4 November (APS) - ... will enter into force next month, on 1 October': a date
    said to be next (or last) month against the dateline's month: (start, end, message)."""
    dl = dateline_date(ctx, mentions, full=False)
    if dl is None:
        return []
    out = []
    for d in mentions:
        m = _RELATIVE_MONTH.search(ctx.text, max(0, d.start - 40), d.start) if d.month else None
        if m is None:
            continue
        step = 1 if m.group("rel").lower() in ("next", "coming") else -1
        expected = (dl.month - 1 + step) % 12 + 1
        if d.month != expected:
            out.append((m.start(), d.end, f"'{ctx.text[m.start():d.end]}' names {month_name(d.month)}, but the "
                                          f"dateline ({ctx.text[dl.start:dl.end]}) makes "
                                          f"{m.group('rel').lower()} month {month_name(expected)}."))
    return out


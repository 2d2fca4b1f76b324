"""Weekdays of dates written without a year, checked against each other (date-mismatch words them).

One date cannot fall on two weekdays ("Sunday, November 5" ... "Saturday, November 5"), and a
weekday fixes the year closely enough to fix the weekday of every other date of the story: two
dates of one month lie a known number of weekdays apart, and "Sunday, June 21" holds only in years
where July 10 is a Friday. The reference is the first weekday and date of the article that agrees
with most of the others (a wrong first one is outvoted by two that agree), else the first.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from .date_years import _YEARS, year_less_gap
from .dates import DateMention


@dataclass(frozen=True)
class WeekdayClash:
    later: DateMention
    ref: DateMention
    apart: int | None            # days from ref to later; None: the same date
    expected: frozenset[int]     # the weekdays later may fall on


def same_date_two_weekdays(mentions: list[DateMention]) -> list[WeekdayClash]:
    """'Sunday, November 5' ... 'Saturday, November 5': whatever the year (a date of another year
    must say so)."""
    first: dict[tuple[int, int, int | None], DateMention] = {}
    out = []
    for d in mentions:
        if not d.has_date or d.weekday is None or d.shifted:
            continue
        ref = first.setdefault((d.month, d.day, d.year), d)
        if ref is not d and ref.weekday != d.weekday:
            out.append(WeekdayClash(d, ref, None, frozenset({ref.weekday})))
    return out


def weekdays_apart(ctx, mentions: list[DateMention]) -> list[WeekdayClash]:
    """Year-less dates whose weekday no year shared with the reference allows: 'Monday, January 12'
    ... 'Wednesday, January 13'; 'Sunday, June 21' ... 'Thursday, July 10'. A date in a sentence
    of another year ("the festival last year opened on Thursday, July 10") is left out."""
    other_year: dict[int, bool] = {}  # sentence -> whether it speaks of another year
    pairs = [d for d in mentions
             if d.has_date and d.weekday is not None and not d.shifted and d.any_year is None and d.valid()
             and not _of_another_year(ctx, d.sentence, other_year)]
    if len(pairs) < 2:
        return []
    lead = _reference(pairs)
    first: dict[int, DateMention] = {}
    out = []
    for d in pairs:
        month_ref = first.setdefault(d.month, d)
        if d is lead or (d.month, d.day) == (lead.month, lead.day):
            continue  # one date on two weekdays is same_date_two_weekdays'
        ref, (apart, expected) = lead, year_less_gap(lead, d)
        if len(expected) > 1 and month_ref is not d and month_ref.day != d.day:
            # a leap day may lie between the reference and d; a date of d's own month tells
            ref, apart = month_ref, d.day - month_ref.day
            expected = frozenset({(month_ref.weekday + apart) % 7})
        if expected and d.weekday not in expected:
            year = _year_named_for(ctx, d, ref)
            if year is not None and apart is not None:
                # the article's own year ("the academic year 2024-2025") keeps the later date's
                # weekday and not the first's: the first is the slip
                out.append(WeekdayClash(ref, d, -apart, frozenset({dt.date(year, ref.month, ref.day).weekday()})))
            else:
                out.append(WeekdayClash(d, ref, apart, expected))
    return out


_NAMED_YEAR = re.compile(r"(?<![\d,.])(?:19[89]\d|20[0-3]\d)(?!\d|,\d)")


def _year_named_for(ctx, later: DateMention, ref: DateMention) -> int | None:
    """The one year the article names in which ``later``'s weekday is right and ``ref``'s wrong, when
    no year it names does the reverse ("2025/2026": either may be the story's)."""
    keeps_later, keeps_ref = set(), set()
    # the story's year is the lead's ("the academic year 2024-2025"); a year further down is often
    # a past one ("a network dismantled in 2020")
    body = [seg for seg in ctx.sentences if seg.part == "body" and seg.end - seg.start >= 100][:2]  # (no caption)
    lead_end = body[-1].end if body else 0
    for y in {int(m.group()) for m in _NAMED_YEAR.finditer(ctx.text, 0, lead_end)}:
        if not (later.valid(y) and ref.valid(y)):
            continue
        later_right = dt.date(y, later.month, later.day).weekday() == later.weekday
        ref_right = dt.date(y, ref.month, ref.day).weekday() == ref.weekday
        if later_right and not ref_right:
            keeps_later.add(y)
        elif ref_right and not later_right:
            keeps_ref.add(y)
    return keeps_later.pop() if len(keeps_later) == 1 and not keeps_ref else None


def _reference(pairs: list[DateMention]) -> DateMention:
    """The first weekday and date that fits the year most of them fit, when two or more agree on a
    year the others do not (else the article's first)."""
    fits = [frozenset(y for y in _YEARS if d.valid(y) and dt.date(y, d.month, d.day).weekday() == d.weekday)
            for d in pairs]
    votes = Counter(y for f in fits for y in f)
    if not votes:
        return pairs[0]
    best = max(votes.values())
    if best < 2:
        return pairs[0]
    years = {y for y, n in votes.items() if n == best}
    return next((d for d, f in zip(pairs, fits) if f & years), pairs[0])


# "last year", "the previous year", "two years ago", "in April 2019": a sentence of another year than the story's
_ANOTHER_YEAR = re.compile(r"\b(?:(?:last|next|previous|past|coming|following)[ \u00a0]+year|the[ \u00a0]+year"
                           r"[ \u00a0]+(?:before|after)|years?[ \u00a0]+(?:ago|earlier|before)"
                           r"|(?:in|of|since|during)[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?:19|20)\d\d)\b",
                           re.IGNORECASE)


def _of_another_year(ctx, i: int, seen: dict[int, bool]) -> bool:
    if i not in seen:
        seg = ctx.sentences[i]
        seen[i] = _ANOTHER_YEAR.search(ctx.text, seg.start, seg.end) is not None
    return seen[i]

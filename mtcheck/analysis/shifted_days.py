"""A weekday moved by "last" or "next" with its date beside it, against the report's own day:
"inaugurated today, Thursday, March 12, 2026" ... "the trial operation started last Sunday, March 15"
(the last Sunday before Thursday, March 12 is March 8; March 15 is after the report); "will open next
Monday, June 2" in a report filed on June 5.

"Last Sunday" is the latest Sunday before the report's day, "next Sunday" the first after it. A date
on the wrong side of the report's day (or on it) cannot be either, whatever the reading of "last"
(some writers call the Sunday of the week before "last Sunday", so a date more than a week away on
the right side is left alone). The report's day is the date the article says is today, or its
dateline's; a weekday that disagrees with its own date is the weekday rule's finding, not this one.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateMention, weekday_name
from .report_day import dateline_date
from .stated_spans import report_mention

_PAST = frozenset({"last", "past", "previous"})
_NEXT = frozenset({"next", "coming"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _direction(ctx, d: DateMention) -> int:
    """-1 for "last Sunday, March 15", +1 for "next Monday, June 2", 0 otherwise."""
    if d.weekday_span is None:
        return 0
    m = _WORD_BEFORE.search(ctx.text, max(0, d.weekday_span[0] - 16), d.weekday_span[0])
    word = m.group(1).lower() if m else ""
    return -1 if word in _PAST else 1 if word in _NEXT else 0


def conflicts(ctx, mentions: list[DateMention]) -> list[tuple[int, int, str]]:
    """(start, end, why) for each shifted weekday's date on the wrong side of the report's day."""
    shifted = [(d, k) for d in mentions if d.has_date and d.weekday is not None and not d.hijri
               and (k := _direction(ctx, d)) != 0]
    if not shifted:
        return []
    report = report_mention(ctx, mentions) or dateline_date(ctx, mentions)
    today = report.as_date() if report is not None else None
    if today is None:
        return []
    out = []
    for d, k in shifted:
        day = d.as_date()
        if day is None or day.weekday() != d.weekday or d is report:
            continue
        if (day - today).days * k <= 0:
            meant = today + dt.timedelta(days=k * (((d.weekday - today.weekday()) * k - 1) % 7 + 1))
            word = "last" if k < 0 else "next"
            out.append((d.start, d.end,
                        f"'{ctx.text[d.start:d.end]}' cannot be {word} {weekday_name(d.weekday)}: the report is dated "
                        f"{ctx.text[report.start:report.end]}, so {word} {weekday_name(d.weekday)} is "
                        f"{meant:%B} {meant.day}."))
    return out

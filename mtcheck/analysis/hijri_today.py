"""A Hijri date a connector ties to the report's own day, with no Gregorian date in its sentence:
"today's announcement of the start of the season, corresponding to the fifteenth of Shawwal 1446
AH" in a story that opens "announced today, Wednesday, May 28, 2025". Its partner is the date the
article gives today: the dateline's, or the lead's "today, Wednesday, May 28, 2025"."""
from __future__ import annotations

import re

from .dates import _WEEKDAY_NUM
from .report_day import dateline_date

# "today's announcement, corresponding to", "held today, coinciding with": today in the clause
# before the connector, which runs up to the Hijri date
_TODAY = re.compile(r"\btoday(?:['\u2019]s)?\b", re.IGNORECASE)
# the words that tie a Hijri date to a Gregorian one before it (hijri.py reads them too)
CONNECTOR = r"(?:correspond(?:ing|s)?|equivalent|coincid(?:ing|es))(?:[ \u00a0]+(?:to|with))?"
_CONNECTOR = re.compile(CONNECTOR + r"(?:[ \u00a0]+the)?[ \u00a0]*$", re.IGNORECASE)
_TODAY_BEFORE = re.compile(r"\btoday,?[ \u00a0]*(?:\([ \u00a0]*)?$", re.IGNORECASE)
_REACH = 120  # characters from "today" to the Hijri date
_SAME_DAY = re.compile(r"\bthe[ \u00a0]+same[ \u00a0]+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \u00a0]*"
                       + CONNECTOR + r"(?:[ \u00a0]+the)?[ \u00a0]*$", re.IGNORECASE)


def today_partner(ctx, h, gregorian: list):
    """The full date the article gives today, when ``h`` is tied to today by a connector and its
    sentence has no Gregorian date before it; else None."""
    seg = ctx.sentences[h.sentence]
    lo = max(seg.start, h.start - _REACH)
    if not _CONNECTOR.search(ctx.text, max(lo, h.start - 30), h.start):
        return None
    same = _SAME_DAY.search(ctx.text, max(lo, h.start - 60), h.start)
    if same is not None:  # "on the same Tuesday, corresponding to 17 Shawwal": the Tuesday dated before
        day = _WEEKDAY_NUM[same.group(1).lower()]
        return next((d for d in gregorian if d.as_date() is not None and d.start < seg.start
                     and d.as_date().weekday() == day), None)
    if not _TODAY.search(ctx.text, lo, h.start):
        return None
    if any(d.sentence == h.sentence and d.end <= h.start for d in ctx.dates):
        return None  # a date of its own sentence is its partner (hijri._side)
    return _today(ctx, gregorian)


def _today(ctx, gregorian: list):
    dateline = dateline_date(ctx, ctx.dates)
    if dateline is not None:
        return dateline
    return next((d for d in gregorian if d.as_date() is not None and d.weekday is not None
                 and _TODAY_BEFORE.search(ctx.text, max(0, d.start - 12), d.start)), None)

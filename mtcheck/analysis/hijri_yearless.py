"""A Hijri date standing alone without a year ("on the evening of 13 Safar") in an article whose
dates carry no year either ("on Tuesday, August 5").

The two calendars pin each other: a weekday leaves a few Gregorian years for "Tuesday, August 5"
(2014, 2025, 2031 ...), and a Hijri month falls near a given Gregorian date in only one of them
(Safar 1447 runs from July 26, 2025; Safar of 2014 or 2031 lies months away). When exactly one
reading puts the Hijri date within a few weeks of the article's dated event, the Hijri date is read
as that Gregorian day, so that one event dated in both calendars is compared (date-mismatch).
"""
from __future__ import annotations

import datetime as dt

from .dates import DateMention
from .hijri import _partner, hijri_dates, to_gregorian, to_hijri_year

_YEARS = range(2000, 2036)  # the Gregorian years a year-less weekday date may be of
_NEAR_DAYS = 40             # how far from the article's dated event its Hijri date may lie


def _readings(ref: DateMention) -> list[dt.date]:
    """The Gregorian days a year-less date with its weekday may be."""
    return [dt.date(y, ref.month, ref.day) for y in _YEARS
            if ref.valid(y) and dt.date(y, ref.month, ref.day).weekday() == ref.weekday]


def as_mentions(ctx) -> list[DateMention]:
    """Year-less Hijri dates without a Gregorian partner, in an article with no Hijri year, read
    as the one Gregorian day near the article's first year-less weekday date."""
    hijri = [h for h in hijri_dates(ctx) if h.year is None]
    if not hijri or any(h.year for h in hijri_dates(ctx)):
        return []  # a Hijri year elsewhere lends itself (hijri.as_mentions)
    ref = next((d for d in ctx.dates if d.has_date and d.any_year is None and d.weekday is not None
                and not d.hijri), None)
    if ref is None:
        return []
    gregorian = [d for d in ctx.dates if d.has_date]
    out = []
    for h in hijri:
        if _partner(h, gregorian) is not None:
            continue  # "13 Safar, corresponding to August 7": hijri.conflicts compares the two
        near = set()
        for day in _readings(ref):
            y = to_hijri_year(day)
            for hy in ((y - 1, y, y + 1) if y else ()):
                g = to_gregorian(hy, h.month, h.day)
                if g is not None and abs((g - day).days) <= _NEAR_DAYS:
                    near.add(g)
        if len(near) != 1:
            continue  # no reading, or several: the year stays unknown
        (g,) = near
        out.append(DateMention(start=h.start, end=h.end, sentence=h.sentence, part=ctx.sentences[h.sentence].part,
                               month=g.month, day=g.day, hijri=True))
    return out

"""A weekday written with a Hijri date: "inaugurated on Monday, 20 Ramadan 1446 AH" (20 Ramadan 1446 was
Thursday, March 20, 2025). The Umm al-Qura calendar gives the day; moon sighting may move it by one, so
only a weekday more than a day away from it is flagged. A Hijri date without a year takes the article's
first Hijri year; with none, it is left alone. A Hijri date with a Gregorian partner ("Monday, 5 Ramadan
1445 AH, corresponding to March 25, 2024") is checked against that partner instead (hijri.conflicts).
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import _WEEKDAY_NUM, weekday_name
from .hijri import _partner, hijri_dates, slack_days, to_gregorian, year_of

# the weekday right before the Hijri date: "on Monday, 20 Ramadan", "Monday (20 Ramadan", "Monday the 20th of"
_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                             r"[ \u00a0]*[,(]?[ \u00a0]*(?:the[ \u00a0]+)?$")


def conflicts(ctx) -> list[tuple[int, int, str]]:
    """(start, end, message) of each weekday and Hijri date, written together, that are not one day."""
    hijri = hijri_dates(ctx)
    years = [h.year for h in hijri if h.year]
    gregorian = [d for d in ctx.dates if d.has_date and not d.hijri]
    out, slack = [], slack_days(ctx)
    for h in hijri:
        if _partner(h, gregorian) is not None:
            continue
        wd = _WEEKDAY_BEFORE.search(ctx.text, max(0, h.start - 16), h.start)
        year = year_of(h, years, gregorian)
        g = None if wd is None or year is None else to_gregorian(year, h.month, h.day)
        if g is None:
            continue
        written = _WEEKDAY_NUM[wd.group("wd").lower()]
        near = {(g + dt.timedelta(days=k)).weekday() for k in range(-slack, slack + 1)}
        if written in near:
            continue
        out.append((wd.start(), h.end, f"'{ctx.text[h.start:h.end]}' was {weekday_name(g.weekday())}, "
                                       f"{g:%B} {g.day}, {g.year} (Umm al-Qura calendar), not a "
                                       f"{weekday_name(written)}."))
    return out

"""How date-mismatch writes dates in its messages and fixes: "March 10, 2021", "2 days after",
a mention with its weekday put right."""
from __future__ import annotations

import datetime as dt

from .dates import DateMention, month_name, weekday_name


def date_text(d: DateMention, year: int | None = None) -> str:
    y = year or d.any_year
    return f"{month_name(d.month)} {d.day}" + (f", {y}" if y else "")


def days_apart(n: int) -> str:
    """"1 day after", "3 days before"."""
    return f"{abs(n)} day{'s' if abs(n) > 1 else ''} {'after' if n > 0 else 'before'}"


def with_weekday(ctx, d: DateMention, weekday: int) -> str:
    """The mention as written with another weekday: "Wednesday, January 13" -> "Tuesday, January 13"."""
    written = ctx.text[d.start:d.end]
    s, e = d.weekday_span or (d.start, d.end)
    return written[:s - d.start] + weekday_name(weekday) + written[e - d.start:]


def within_a_day(a: DateMention, b: DateMention) -> bool:
    """Whether two dates of one year (or none) lie at most a day apart."""
    y = a.any_year or b.any_year or 2024
    if not (a.valid(y) and b.valid(y)):
        return False
    return abs((dt.date(y, a.month, a.day) - dt.date(y, b.month, b.day)).days) <= 1

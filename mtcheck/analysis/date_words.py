"""How date-mismatch writes dates in its messages and fixes: "March 10, 2021", "2 days after",
a mention with its weekday put right, and the words of a date its own calendar denies (an impossible
day, a weekday the date does not fall on)."""
from __future__ import annotations

import calendar
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


def impossible(d: DateMention) -> str | None:
    """The message of a day its month does not have ("31 April"), or None."""
    if not d.has_date or d.valid(d.year):
        return None
    days = calendar.monthrange(d.year or 2024, d.month)[1]
    when = f" in {d.year}" if d.year and d.month == 2 else ""
    return (f"{month_name(d.month)} has only {days} days{when}, so "
            f"{month_name(d.month)} {d.day} does not exist.")


def wrong_weekday(ctx, d: DateMention) -> tuple[str, list, str] | None:
    """The message, related spans and fix of a weekday its date does not fall on ("Monday, 3 March
    2021" was a Wednesday), or None."""
    if d.weekday is None or not d.has_date:
        return None
    date = d.as_date()
    if date is None or date.weekday() == d.weekday:
        return None
    actual = weekday_name(date.weekday())
    said = weekday_name(d.weekday)
    # the other way to make it consistent: keep the weekday, move the date
    shift = (d.weekday - date.weekday() + 3) % 7 - 3
    other = date.fromordinal(date.toordinal() + shift)
    source = ""
    related = []
    if d.year is None and d.year_source is not None:
        source = " (the year of the article's other dates)"
        related = [(d.year_source.start, d.year_source.end)]
    ws, we = d.weekday_span
    fixed = ctx.text[d.start:ws] + actual + ctx.text[we:d.end]
    return (f"{date_text(d)}{source} was a {actual}, not a {said}; "
            f"the nearest {said} was {month_name(other.month)} {other.day}.", related, fixed)

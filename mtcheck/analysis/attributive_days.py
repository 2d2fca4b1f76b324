"""A date used as an adjective ("the March 5 raids", "since the May 15 flight", "the Friday night's
raids") points at an event the reader already knows: the article must have dated it. When no
earlier mention names that day and the story's lead dates its event a few days away, the attributive
date is the lead's event given another day (machine translation recomputes or misreads the digits).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import _WORD, EVENT_FAMILIES, DateMention

_NEAR_DAYS = 10  # an attributive date further from the lead's names another, older event
_THE = re.compile(r"\bthe[ \u00a0]+$", re.IGNORECASE)
# "Friday night's raids", "Friday's raids": the part of the day and the possessive after a bare weekday
_WEEKDAY_TAIL = re.compile(r"(?:[ \u00a0]+(?:night|morning|evening|dawn|afternoon))?['\u2019]s\b")


@dataclass(frozen=True)
class Attributive:
    lead: DateMention
    later: DateMention
    span: tuple[int, int]  # "the March 5 raids"


def conflicts(ctx, mentions: list[DateMention], days, quoted) -> list[Attributive]:
    lead = next((d for d in mentions if d.part == "body" and not d.hijri and not d.shifted and not d.last_year
                 and (d.has_date or d.weekday is not None)), None)
    if lead is None:
        return []
    lead_days = lead.weekdays()
    lead_date = lead.as_date()
    known_dates: set[tuple[int, int]] = set()
    known_weekdays: set[int] = set(d.weekday for d in days) | set(d.report_weekday for d in days)
    out = []
    for m in mentions:
        if m.sentence > lead.sentence and not quoted(m.start):
            found = _attributive(ctx, m)
            if found is not None and _another_day(m, lead_date, lead_days, known_dates, known_weekdays):
                out.append(Attributive(lead, m, found))
        if m.has_date:
            known_dates.add((m.month, m.day))
        known_weekdays |= m.weekdays()
    return out


def _another_day(m: DateMention, lead_date, lead_days: set[int], known_dates, known_weekdays) -> bool:
    """The attributive day is named nowhere before and lies near the lead's, on another day."""
    if m.has_date:
        d = m.as_date()
        if d is None or lead_date is None or (m.month, m.day) in known_dates or m.weekday is not None:
            return False
        return 0 < abs((d - lead_date).days) <= _NEAR_DAYS
    return bool(lead_days) and m.weekday not in known_weekdays and m.weekday not in lead_days


def _attributive(ctx, m: DateMention) -> tuple[int, int] | None:
    """The span "the <date> <event noun>" when the date modifies a following event noun after "the"."""
    seg = ctx.sentences[m.sentence]
    the = _THE.search(ctx.text, max(seg.start, m.start - 6), m.start)
    if the is None:
        return None
    end = m.end
    if not m.has_date:
        tail = _WEEKDAY_TAIL.match(ctx.text, m.end, seg.end)
        if tail is None and not m.possessive:
            return None
        end = tail.end() if tail else m.end
    for k, w in enumerate(_WORD.finditer(ctx.text, end, seg.end)):
        if k >= 2:
            break
        low = w.group().lower()
        if low in EVENT_FAMILIES or low.endswith("s") and low[:-1] in EVENT_FAMILIES:  # "the March 5 raids"
            return the.start(), w.end()
    return None

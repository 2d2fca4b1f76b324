"""A past event named by its place and dated by month and year, or year alone: "the collision near
Girga in August 2022", "the Girga collision of August 2020", "the 2019 Kirkuk floods". Machine
translation garbles such dates as often as the story's own; the same event (its kind and its place)
given two dates in one article is a conflict. ``conflicts(ctx)`` returns (earlier, later) pairs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .date_needles import YEARS, sentences_holding
from .dates import EVENT_FAMILIES, MONTHS, _GENERIC_FAMILIES, _OTHER_EVENT

_SP = r"[ \u00a0]+"
_NAME = r"[A-Z][\w'\u2019-]+"
_EVENT = r"(?P<event>[a-z][\w-]+)"
_MON = r"(?:(?P<mon>" + "|".join(MONTHS) + r")" + _SP + r")?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d-])"
# "the collision near Girga in August 2022", "the floods in Derna in September 2023"
_PLACE_THEN_DATE = re.compile(r"\b" + _EVENT + _SP + r"(?:near|in|at|of|on)" + _SP + r"(?P<names>" + _NAME
                              + r"(?:" + _SP + _NAME + r")*)" + _SP + r"(?:in|of|on)" + _SP + _MON + _YEAR)
# "the Girga collision of August 2020", "the Derna floods in September 2023"
_NAMED_THEN_DATE = re.compile(r"\b(?P<det>the)" + _SP + r"(?P<names>" + _NAME + r"(?:" + _SP + _NAME + r")*)"
                              + _SP + _EVENT + _SP + r"(?:of|in)" + _SP + _MON + _YEAR)
# "the August 2020 Girga collision", "the 2019 Kirkuk floods"
_DATE_THEN_NAMED = re.compile(r"\b(?P<det>the)" + _SP + _MON + _YEAR + _SP + r"(?P<names>" + _NAME
                              + r"(?:" + _SP + _NAME + r")*)" + _SP + _EVENT)


@dataclass(frozen=True)
class PastEvent:
    start: int
    end: int
    sentence: int
    families: frozenset[str]
    names: frozenset[str]
    month: int | None
    year: int
    definite: bool  # "the Girga collision": points at a known event (never "a similar collision")
    other: bool     # "a similar collision": another event of the kind, whose date is its own

    def when(self) -> tuple[int | None, int]:
        return self.month, self.year


def _event(m: re.Match, sentence: int, text: str, lo: int) -> PastEvent | None:
    word = m.group("event").lower()
    families = frozenset(EVENT_FAMILIES.get(word, ())) - _GENERIC_FAMILIES
    if not families:
        return None
    before = re.findall(r"[\w'-]+", text[max(lo, m.start() - 20):m.start("event")])
    # "a similar collision near Girga in 2019": another event of the kind, whose date is its own
    other = bool({w.lower() for w in before[-3:]} & _OTHER_EVENT)
    mon = m.group("mon")
    month = MONTHS.index(mon) + 1 if mon else None
    definite = not other and (bool(m.groupdict().get("det")) or bool(before) and before[-1].lower()
                              in ("the", "this", "that"))
    return PastEvent(m.start(), m.end(), sentence, families, frozenset(m.group("names").split()), month,
                     int(m.group("year")), definite, other)


def past_events(ctx) -> list[PastEvent]:
    out = []
    for i, seg in sentences_holding(ctx, YEARS, ctx.content_sentences):  # every match holds a year
        found: list[PastEvent] = []
        for rx in (_PLACE_THEN_DATE, _NAMED_THEN_DATE, _DATE_THEN_NAMED):
            for m in rx.finditer(ctx.text, seg.start, seg.end):
                ev = _event(m, i, ctx.text, seg.start)
                if ev is not None and not any(f.start < ev.end and ev.start < f.end for f in found):
                    found.append(ev)
        out.extend(sorted(found, key=lambda e: e.start))
    return out


def conflicts(ctx) -> list[tuple[PastEvent, PastEvent]]:
    """A later definite mention of a past event (its kind and a place name shared) on another date
    than the first, when no mention before gave the later date to that event."""
    seen: dict[tuple[str, str], _Dates] = {}  # (family, name) -> its first mention and every date given
    out = []
    for ev in past_events(ctx):
        keys = [(f, n) for f in ev.families for n in ev.names]
        earlier = [seen[k] for k in keys if k in seen and seen[k].first is not None
                   and seen[k].first.sentence != ev.sentence]
        if ev.definite and earlier and not any(d.holds(ev) for d in earlier):
            out.append((min((d.first for d in earlier), key=lambda e: e.start), ev))
        for k in keys:
            seen.setdefault(k, _Dates()).add(ev)
    return out


class _Dates:
    """The dates given to one past event so far: constant work per mention."""

    def __init__(self) -> None:
        self.first: PastEvent | None = None  # the first mention of the event itself (not "a similar" one)
        self.years: set[int] = set()            # every year given
        self.bare_years: set[int] = set()       # years given without a month
        self.months: set[tuple[int, int]] = set()

    def add(self, ev: PastEvent) -> None:
        if self.first is None and not ev.other:
            self.first = ev
        self.years.add(ev.year)
        if ev.month is None:
            self.bare_years.add(ev.year)
        else:
            self.months.add((ev.month, ev.year))

    def holds(self, ev: PastEvent) -> bool:
        """One year, and one month where both give one."""
        if ev.month is None:
            return ev.year in self.years
        return ev.year in self.bare_years or (ev.month, ev.year) in self.months

"""A rank before a bare surname that two people of the article share.

"Major General Kadhim Salman al-Bahadli" ... "his brother, Brigadier General Hussein Salman
al-Bahadli" ... "Colonel Bahadli confirmed": coreference cannot tell which Bahadli is meant and
leaves the mention ambiguous. But whichever of them it is, "Colonel" is neither man's rank: the
rank changed. When the rank agrees with one of them ("Brigadier General Bahadli") that one is
meant, and nothing is wrong.

Only army and police ranks are read so: a ladder that every one of the people holds one rung
of. The change is told against the candidate named last before the mention (the one the
story is about at that point).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .people import Mention, Person, Title
from .title_posts import resolved

RANKED = ("military", "police")


@dataclass(frozen=True)
class AmbiguousChange:
    mention: Mention      # "Colonel Bahadli"
    title: Title          # "Colonel"
    ref_mention: Mention  # the candidate's mention that gave its rank
    ref_title: Title


def _rank(person: Person, category: str) -> tuple[Mention, Title] | None:
    """The person's first rank of a category outside quotes and history."""
    for m in person.mentions:
        if m.quoted or m.historical or m.ambiguous:
            continue
        for t in map(resolved, m.titles):
            if t.category == category:
                return (m, t) if not t.time_modifier else None
    return None


def _history_told(person: Person, category: str) -> bool:
    """"the former commander", "the retired Colonel": the person's ranks may rightly differ."""
    return any(t.time_modifier and t.category == category for m in person.mentions for t in m.titles)


def _related_ranks(held: Title, later: Title) -> bool:
    """The rank held, written later the same way or shortened ("Lt Gen" / "Gen", "Staff Colonel" /
    "Colonel", "Colonel" / "Staff Colonel"); "Colonel" then "Lieutenant Colonel" is another rank."""
    return held.office == later.office or held.id.endswith(f"-{later.id}") or later.id == f"staff-{held.id}"


class _Candidates:
    """Each person's rank, told history and mention starts, read once per person and category
    (a long article's many ambiguous mentions of a few people cost linear time)."""

    def __init__(self) -> None:
        self._ranks: dict[tuple[int, str], tuple] = {}
        self._starts: dict[int, list[int]] = {}

    def rank(self, person: Person, category: str, before: int) -> tuple[Mention, Title] | None:
        key = (id(person), category)
        if key not in self._ranks:
            self._ranks[key] = (_rank(person, category), _history_told(person, category))
        rank, told = self._ranks[key]
        return None if told or rank is None or rank[0].start >= before else rank

    def last_before(self, person: Person, pos: int) -> int:
        starts = self._starts.setdefault(id(person), sorted(m.start for m in person.mentions))
        i = bisect_left(starts, pos)
        return starts[i - 1] if i else -1


def ambiguous_changes(mentions: list[Mention]) -> list[AmbiguousChange]:
    """Every ambiguous surname mention whose army or police rank is none of its candidates'."""
    out: list[AmbiguousChange] = []
    known = _Candidates()
    for m in mentions:
        if not m.ambiguous or len(m.candidates) < 2 or m.quoted or m.historical:
            continue
        for t in map(resolved, m.titles):
            if t.category not in RANKED or t.time_modifier:
                continue
            ranks = [known.rank(p, t.category, m.start) for p in m.candidates]
            shortened = [r for r in ranks if r is not None and t.generic and r[1].id.endswith(f"-{t.id}")]
            if len(shortened) == 1 and not any(r is not None and r[1].id == t.id for r in ranks):
                # "General Al-Tayeb" beside a Major General and a retired Colonel al-Tayeb: only
                # the Major General's rank shortens to it, and it reads as another rank
                out.append(AmbiguousChange(m, t, *shortened[0]))
                break
            if any(r is None for r in ranks):
                break  # someone it may be has no rank of that kind yet, or a told history
            if any(_related_ranks(rt, t) for _, rt in ranks):
                break  # the rank of one of them: that one is meant
            latest = max(range(len(ranks)), key=lambda i: known.last_before(m.candidates[i], m.start))
            out.append(AmbiguousChange(m, t, *ranks[latest]))
            break
    return out

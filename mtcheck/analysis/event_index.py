"""Earlier date mentions indexed by the event words of their clause, so that date-mismatch finds
the first earlier mention of the same event without comparing a date with every date before it
(linear time: a long article has thousands of dates, and most share no event word).

``relative_days.same_event(a, b)`` holds only when the clauses before the two mentions share an event
family (the later naming it definitely) or two content words; a mention is indexed under each of
its words and their families, per weekday, so the candidates of a query are exactly the earlier
mentions that share one word or family and fall on another weekday.
"""
from __future__ import annotations

from heapq import merge
from typing import Callable, Protocol

from .dates import EVENT_FAMILIES
from .relative_days import _event_words, same_event


class Dated(Protocol):
    start: int
    sentence: int
    weekday: int | None


class EventIndex:
    """Date mentions (relative days or dated mentions) added in reading order."""

    def __init__(self, ctx, cache: dict) -> None:
        self.ctx, self.cache = ctx, cache  # cache: each mention's clause words, read once
        self.items: list[Dated] = []
        self._postings: dict[tuple, list[int]] = {}

    def add(self, m: Dated) -> None:
        k = len(self.items)
        self.items.append(m)
        words, _ = _event_words(self.ctx, m, self.cache)
        families = {f for w in words for f in EVENT_FAMILIES.get(w, ())}
        for key in [("word", w) for w in words] + [("family", f) for f in families]:
            self._postings.setdefault((*key, m.weekday), []).append(k)

    def first_same_event(self, d: Dated, accept: Callable[[Dated], bool]) -> Dated | None:
        """The first mention before ``d`` (by offset), on another weekday than ``d``'s, that
        ``accept`` takes and that dates the same event (``same_event``), or None."""
        words, definite = _event_words(self.ctx, d, self.cache)
        keys = [("word", w) for w in words]
        if definite:
            keys += [("family", f) for f in {f for w in words for f in EVENT_FAMILIES.get(w, ())}]
        lists = [self._postings[(*key, wd)] for key in keys for wd in range(7)
                 if wd != d.weekday and (*key, wd) in self._postings]
        last = -1
        for k in merge(*lists):
            if k == last:
                continue
            last = k
            m = self.items[k]
            if m.start >= d.start:
                break
            if accept(m) and same_event(self.ctx, m, d, self.cache):
                return m
        return None


class FirstConflict:
    """Whether the first m events of a family hold two that cannot be one day: read once up to the
    first such pair (then every longer prefix holds it too), not once per later event."""

    def __init__(self, conflict, evs: list) -> None:
        self.conflict, self.evs = conflict, evs
        self.read = 0          # evs[:read] checked pairwise
        self.found: int | None = None  # the shortest prefix length holding a conflict

    def within(self, m: int) -> bool:
        while self.found is None and self.read < m:
            j, b = self.read, self.evs[self.read].mention
            if any(self.conflict(a.mention, b) or self.conflict(b, a.mention) for a in self.evs[:j]):
                self.found = j + 1
            self.read += 1
        return self.found is not None and self.found <= m

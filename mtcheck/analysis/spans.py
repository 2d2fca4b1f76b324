"""A set of spans asked, in any order, whether one of them overlaps a range or holds an offset."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate


class Spans:
    """Spans asked whether any of them overlaps a range or holds an offset: a bisect over their
    sorted starts and the furthest end reached so far, not a scan of every span per question
    (an article has a dateline per paragraph)."""

    def __init__(self, spans) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the spans starting before end
        return i > 0 and self.reach[i - 1] > start

    def hold(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos)  # the spans starting at or before pos
        return i > 0 and self.reach[i - 1] > pos

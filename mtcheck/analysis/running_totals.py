"""A running total after a second batch: "handed over 500 housing units" ... "750 units will be
handed over in the second batch, bringing the total to 1,520 units". A second batch has one batch
before it, so the total it brings is the first batch's figure and its own (500 + 750 = 1,250).

Read only where the count is certain: the sentence says "second" (a third or a later batch may
follow batches the story never gave), and the story gave exactly one other figure of the thing
below the total before it (the first batch); a figure the size of the whole project or larger is
no batch.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .quantity_words import Quantity
from .units import linked, stem

_BRINGING = re.compile(r"\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took|making|makes?)"
                       r"[ \u00a0]+the[ \u00a0]+(?:total|overall|cumulative)(?:[ \u00a0]+(?:number|count))?"
                       r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+(?:[ \u00a0]+[a-z]+)?)?[ \u00a0]+to[ \u00a0]+$",
                       re.IGNORECASE)
_LOOKBACK = 200  # earlier figures read for the batches (a story's worth; constant work per total)
_SECOND = re.compile(r"\bsecond\b", re.IGNORECASE)


@dataclass(frozen=True)
class RunningTotal:
    total: Quantity
    added: Quantity
    before: Quantity

    @property
    def adds_up(self) -> bool:
        return abs(self.before.value + self.added.value - self.total.value) <= self.total.precision / 2


def _same_thing(a: Quantity, b: Quantity) -> bool:
    if a.dimension != b.dimension:
        return False
    if a.dimension != "count":
        return a.unit == b.unit
    # (a vague noun as written too: "500 housing units" ... "1,520 units")
    return any(linked(x, y) for x in a.head for y in b.head) or bool(a.noun) and stem(a.noun) == stem(b.noun or "")


def _plain(q: Quantity) -> bool:
    return not (q.hedged or q.expected or q.ceiling or q.change) and q.part not in ("caption", "credit")


def running_totals(ctx, quantities: list[Quantity]) -> list[RunningTotal]:
    """Each 'bringing the total to' after a second batch, with the batch and the one before it."""
    out: list[RunningTotal] = []
    for n, total in enumerate(quantities):
        if not _BRINGING.search(ctx.text, max(0, total.start - 80), total.start) or not _plain(total):
            continue
        seg = ctx.sentences[total.sentence]
        if not _SECOND.search(ctx.text, seg.start, seg.end):
            continue
        # the batch: the last figure of the total's dimension before it ("300 units in Benghazi and 200 in
        # Sirte, in the second batch": a batch of several figures is not read)
        added = next((q for q in reversed(quantities[max(0, n - _LOOKBACK):n]) if q.sentence == total.sentence
                      and q.dimension == total.dimension), None)
        if added is None or not _same_thing(added, total) or not _plain(added) or added.value >= total.value:
            continue
        # the figures of the thing told before this batch's, below the total, other than this batch's
        earlier = {q.value: q for q in quantities[max(0, n - _LOOKBACK):n] if q.start < added.start and _same_thing(q, total)
                   and _plain(q) and (not q.other or q.listed) and q.value < total.value and q.value != added.value}
        if len(earlier) == 1:
            before = next(iter(earlier.values()))
            out.append(RunningTotal(total, added, before))
    return out

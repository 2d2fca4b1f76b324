"""One quantity given as two hedged figures that cannot both hold: "about 2,300 families began
returning" ... "the commission registered more than 3,000 families who returned". Both must be hedged
(an exact figure beside an approximation is as often another quantity: "about 300 workers
protested" ... "the 200 workers promised contracts"). The pairs are
found as number-mismatch finds its others (the same counted thing, frame, time and owner, and as
much evidence), except that a hedge does not end the comparison: it widens the value into a range
(hedge_ranges.py). ``hedged_conflicts(ctx, qs)`` returns (earlier, later) pairs.

Earlier mentions are indexed by what they count (its link keys) and the last few of each key are
kept, so each figure is compared with a handful: linear in the article's length.
"""
from __future__ import annotations

from .hedge_ranges import disagree, hedge_of
from .quantities import Quantity
from .quantities_earlier import link_keys
from .quantity_pairs import comparable, evidence, other_days, same_frame

# A hedged pair needs the evidence of an exact one less the point the matching digits of a slip
# would give: the figures differ by design here, and the other tests (frame, time, counted
# noun, roles) still hold. Measured on the development set.
HEDGED_THRESHOLD = 3
_KEPT = 6  # earlier mentions kept per key
MAX_RATIO = 2.0
_CHANCE_DIMENSIONS = frozenset({"percent", "percent:points", "temperature", "duration", "score"})


def _keys(q: Quantity) -> list[tuple]:
    """A count by what it counts; a measure by its dimension alone (what a measure is of is often
    unsaid: "burned about 300 hectares of pine" ... "had destroyed about 500 hectares")."""
    kind = q.dimension.split(":")[0]
    if q.dimension != "count":
        return [(kind, "measure")]
    return [(kind, key) for key in link_keys(q.head)]


def _eligible(q: Quantity) -> bool:
    """A (hedged) figure of a dimension where two different quantities seldom share a frame by
    chance (not a share, a temperature or a span of time: turnout here, turnout there)."""
    return not (q.part in ("caption", "credit") or q.timing or q.dimension in _CHANCE_DIMENSIONS or q.other
                or q.update or q.change or q.ceiling or q.per)


def _near(ref: Quantity, later: Quantity) -> bool:
    """Two approximations of one figure stay within less than a factor of two; that far apart
    ("about 300 nurses" ... "some 40,000 nurses"), they are two quantities, not a garbled one."""
    lo, hi = sorted((abs(ref.value), abs(later.value)))
    return lo > 0 and hi < MAX_RATIO * lo


def _one_quantity(ctx, ref: Quantity, later: Quantity, words: dict) -> bool:
    """The tests of an exact pair, with both read as exact: the hedges are compared afterwards."""
    if ref.sentence == later.sentence or not same_frame(ref, later) or other_days(None, ref, later):
        return False  # ("about 40 wounded on Monday" ... "more than 60 wounded on Tuesday", in their clauses)
    return comparable(ctx, ref, later, words, hedges_ok=True) and evidence(ref, later, ctx) >= HEDGED_THRESHOLD


def hedged_conflicts(ctx, qs: list[Quantity], skip=lambda q: False) -> list[tuple[Quantity, Quantity]]:
    """``skip(q)``: a mention the caller does not compare (inside another speaker's quotation)."""
    earlier: dict[tuple, list[Quantity]] = {}
    hedges: dict[int, str] = {}  # hedge_of() of each figure kept
    words: dict = {}
    out = []
    for q in qs:
        kind = hedge_of(ctx.text, q) if q.hedged and _eligible(q) else None
        if kind is None or skip(q):
            continue
        hedges[id(q)] = kind
        keys = _keys(q)
        seen: dict[int, Quantity] = {}
        for key in keys:
            for r in earlier.get(key, ()):
                seen[id(r)] = r
        candidates = sorted(seen.values(), key=lambda r: r.start)
        # every earlier hedged mention of the same quantity must disagree (one that agrees makes
        # the figure a fair restatement)
        same = [r for r in candidates if _one_quantity(ctx, r, q, words)]
        hedged = [r for r in same if _near(r, q)]  # (every earlier one kept is hedged: _eligible)
        if hedged and all(disagree(ctx.text, r, q, (hedges[id(r)], hedges[id(q)])) for r in same):
            out.append((hedged[-1], q))
        for key in keys:
            kept = earlier.setdefault(key, [])
            kept.append(q)
            del kept[:-_KEPT]
    return out

"""A total split into as many parts as the article says it has: "32,500 runners ..., distributed over
four races" and then four figures of runners ("2,300 runners ..., 6,100 runners ..., 11,400 in the
10-kilometre race and 11,700 in the 4-kilometre race"); "1,250 families in three camps" and then
three figures of families. The parts are all of the total, so their sum must make it.

A total is a count that names what it counts; its own sentence, after it, counts the groups (a
small count, two to twelve, of another noun: "four races", "three camps"). The parts are the counts
of the same thing (linked heads, or bare figures) that come after the groups, in that sentence or
the next one; there must be exactly as many as the groups, each smaller than the total and none
hedged, one of them naming the thing, or the list is read as something else (some of the groups, a
part of a part, clock times).
"""
from __future__ import annotations

from .quantity_pairs import any_linked
from .quantity_words import Quantity
from .tallies import Breakdown


def _groups(total: Quantity, sentence: list[Quantity]) -> Quantity | None:
    """The count of the groups the total is split into, right after it in its sentence."""
    g = next((q for q in sentence if q.start > total.end and q.dimension == "count" and 2 <= q.value <= 12
              and q.value == int(q.value)), None)
    return g if g is not None and g.head and not any_linked(g.head, total.head) else None


def _parts(total: Quantity, groups: Quantity, candidates: list[Quantity]) -> list[Quantity]:
    return [q for q in candidates
            if q.start > groups.end and q.dimension == "count" and q.value > groups.value
            and (not q.head or any_linked(q.head, total.head))]


def counted_parts(qs: list[Quantity]) -> list[Breakdown]:
    """Breakdowns whose parts are exactly as many as the groups the total was said to have."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in qs:
        by_sentence.setdefault(q.sentence, []).append(q)
    out = []
    for total in qs:
        if total.dimension != "count" or not total.head or total.hedged or total.other or total.value < 20:
            continue
        groups = _groups(total, by_sentence[total.sentence])
        if groups is None:
            continue
        n = int(groups.value)
        for k in (total.sentence, total.sentence + 1):
            parts = _parts(total, groups, by_sentence.get(k, []))
            if parts:
                break
        if len(parts) != n or len({p.sentence for p in parts}) != 1 or any(p.hedged or p.value >= total.value
                                                                              for p in parts):
            continue
        if not any(p.head for p in parts):
            continue  # the list must name its thing once ("2,300 runners ..., 11,400 in ..."): bare
            # figures alone ("from seven in the morning until eleven") are anything
        out.append(Breakdown(parts=tuple(parts), total=total, exhaustive=True))
    return out

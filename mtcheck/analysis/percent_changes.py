"""A change in per cent against the two values the article gives for it.

"The success rate reached 64.7 per cent, compared to 61.2 per cent last year" and then "the rate
recorded a rise of 3.5 per cent": 3.5 is the difference in percentage points; as a change it is
5.7 per cent. "The price fell to 95,000 pounds, after it was 120,000 pounds" and then "a decline
of 25 per cent": from 120,000 to 95,000 is a fall of 21 per cent. Machine translation and hurried
copy confuse the two; the article's own figures show which was meant.

A change is read only where it is written as one ("a rise of", "fell by": ``Quantity.change``) in
per cent (not in percentage points), with the two values close before it:
- two percentages in the sentences before it whose difference is the change, while
  the relative change between them is something else: per cent written for points;
- a new amount in its own sentence, said before beside an old amount of the same unit ("fell
  to 95,000 pounds, after it was 120,000"): the relative change between them must be the change.
"""
from __future__ import annotations

from dataclasses import dataclass

from .quantity_words import Quantity

_WINDOW = 12         # sentences before the change's own (a story gives the values, then the change)
_MAX_BEFORE = 30     # quantities before the change that may be its values
_POINTS_TOLERANCE = 0.051  # "3.5" against 64.7 - 61.2 = 3.5000000001
_AMOUNT_TOLERANCE = 0.5    # percentage points of rounding ("a fall of 21 per cent" for 20.8)


@dataclass(frozen=True)
class ChangeConflict:
    change: Quantity
    old: Quantity
    new: Quantity
    points: bool      # the change is the difference in percentage points
    actual: float     # the relative change the two values make, in per cent


def conflicts(quantities: list[Quantity]) -> list[ChangeConflict]:
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    out = []
    for k, q in enumerate(quantities):
        if not q.change or q.dimension != "percent" or q.hedged or q.expected or q.part in ("caption", "credit"):
            continue
        # the few quantities just before it (a bound, so that a long list of changes stays linear)
        near = [p for p in quantities[max(0, k - _MAX_BEFORE):k]
                if p.sentence >= q.sentence - _WINDOW and not p.change]
        found = _points_for_percent(q, near) or _amount_change(q, near, by_sentence)
        if found is not None:
            out.append(found)
    return out


def _relative(old: float, new: float) -> float:
    return abs(new - old) / old * 100


def _points_for_percent(q: Quantity, near: list[Quantity]) -> ChangeConflict | None:
    """Two percentages before the change whose difference in points is the change written. The
    newer of the two measures what the change is of (a word of the change's clause: "the rate
    recorded a rise" / "the success rate reached 64.7 per cent"), unless both are in one sentence;
    the older is the one marked as
    such ("compared to 61.2 per cent last year"), else the one written first."""
    levels = [p for p in near if p.dimension == "percent" and not p.expected and p.value != q.value]
    words = q.near - q.head | q.head & _MEASURES
    for k, first in enumerate(levels):
        for second in levels[k + 1:]:
            old, new = (second, first) if _marked_old(second) and not _marked_old(first) else (first, second)
            if old.value == new.value or not old.value or abs(abs(new.value - old.value) - q.value) > _POINTS_TOLERANCE:
                continue
            if new.sentence != q.sentence and not (new.head | new.near) & words:
                continue  # another measure: "turnout reached 45 per cent" against "a rise of 15 per cent in prices"
                # (in one sentence, "reached 67 per cent, compared to 58 per cent, a rise of 9 per cent")
            actual = _relative(old.value, new.value)
            if abs(actual - q.value) > _AMOUNT_TOLERANCE:
                return ChangeConflict(q, old, new, True, actual)
    return None


# Words of a change's own clause that name what changed, when they stand in its head ("the rate
# recorded a rise of 3.5 per cent": the head holds the words before the number)
_MEASURES = frozenset({"rate", "share", "turnout", "ratio", "level", "proportion", "percentage"})


def _marked_old(q: Quantity) -> bool:
    return q.other or bool(q.time_cues & {"last", "previous", "ago", "former", "earlier", "prior"})


def _amount_change(q: Quantity, near: list[Quantity], by_sentence: dict[int, list[Quantity]]) -> ChangeConflict | None:
    """The new amount in the change's sentence, and the old amount said beside it before."""
    own = [p for p in near if p.sentence == q.sentence and p.dimension != "percent" and p.dimension != "count"]
    if not own:
        return None
    new = own[-1]
    for s in range(q.sentence - 1, max(-1, q.sentence - _WINDOW - 1), -1):
        qs = by_sentence.get(s, [])[-_MAX_BEFORE:]
        again = [p for p in qs if p.dimension == new.dimension and p.unit == new.unit and p.value == new.value]
        if not again:
            continue
        others = [p for p in qs if p.dimension == new.dimension and p.unit == new.unit and p.value != new.value
                  and not p.hedged]
        if not others:
            return None
        old = min(others, key=lambda p: abs(p.start - again[0].start))  # the amount beside it
        actual = _relative(old.value, new.value)
        if old.value and abs(actual - q.value) > max(_AMOUNT_TOLERANCE, 0.05 * q.value):
            return ChangeConflict(q, old, new, False, actual)
        return None
    return None


def message(text: str, c: ChangeConflict) -> tuple[str, str | None]:
    """The finding's message and suggestion (the change in points, where points were meant)."""
    old, new = (text[p.number[0]:p.number[1]] for p in (c.old, c.new))
    figure = text[c.change.number[0]:c.change.number[1]]
    if c.points:
        return (f"'{c.change.text}' here, but from {old} to {new} per cent is a change of {figure} "
                f"percentage points ({c.actual:.1f} per cent).", f"{figure} percentage points")
    return (f"'{c.change.text}' here, but from {c.old.text} to {c.new.text} is a change of "
            f"{c.actual:.1f} per cent.", None)

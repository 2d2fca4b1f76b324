"""An update that goes the wrong way with the digits of the figure it updates: "displaced about
3,200 families" ... "the number of displaced families had risen to 2,300". A rise to less (or a
fall to more) cannot be an update of that figure; with the same digits reordered it is the figure
itself, garbled. ``reversed_updates(ctx, qs)`` returns (earlier, later) pairs.
"""
from __future__ import annotations

import re

from .quantities import Quantity
from .quantity_pairs import any_linked
from .units import stem

# "had risen to", "rose to about", "increased to": the figure after it is higher than before
_RISE = re.compile(r"\b(?:risen|rose|rises|increased|increases|climbed|climbs|jumped|grown|grew|swelled)"
                   r"[ \u00a0]+to[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|around[ \u00a0]+)?$")
_FALL = re.compile(r"\b(?:fallen|fell|falls|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk)"
                   r"[ \u00a0]+to[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|around[ \u00a0]+)?$")
_LOOK_BACK = 40  # characters before a number searched for its verb


def _direction(text: str, q: Quantity, lo: int) -> int:
    """+1 for 'risen to <q>', -1 for 'fell to <q>', 0 otherwise."""
    s = q.number[0]
    if _RISE.search(text, max(lo, s - _LOOK_BACK), s):
        return 1
    if _FALL.search(text, max(lo, s - _LOOK_BACK), s):
        return -1
    return 0


def _key(q: Quantity) -> tuple[str, str | None, str] | None:
    digits = q.digits.strip("0")
    if len(digits) < 2 or q.dimension == "score":
        return None
    return q.dimension, q.unit, "".join(sorted(q.digits))


def reversed_updates(ctx, qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    earlier: dict[tuple, list[Quantity]] = {}  # figures by dimension, unit and sorted digits
    out = []
    for q in qs:
        key = _key(q)
        if key is None or q.part in ("caption", "credit"):
            continue
        if q.update and not q.other:
            way = _direction(ctx.text, q, ctx.sentences[q.sentence].start)
            lead = _lead_nouns(ctx, q) if way else frozenset()
            ref = next((r for r in reversed(earlier.get(key, ())) if _reversed(r, q, way, lead)), None) if way else None
            if ref is not None:
                out.append((ref, q))
        earlier.setdefault(key, []).append(q)
    return out


_WORD = re.compile(r"[A-Za-z]+")


def _lead_nouns(ctx, q: Quantity) -> frozenset[str]:
    """Stems of the words of q's sentence before it: "the number of cases climbed to 1,240"."""
    seg = ctx.sentences[q.sentence]
    return frozenset(stem(w) for w in _WORD.findall(ctx.text, seg.start, q.start))


def _reversed(ref: Quantity, later: Quantity, way: int, lead: frozenset[str] = frozenset()) -> bool:
    """``later`` updates ``ref``'s figure the wrong way: the same counted thing, another sentence,
    digits reordered, and the value moved against the verb."""
    if ref.sentence == later.sentence or ref.digits == later.digits or ref.other:
        return False
    if not (way > 0 and later.value < ref.value or way < 0 and later.value > ref.value):
        return False
    # whatever the time cues ("last month" ... "this week"): a rise to less than before is no rise
    # at any time; what is counted is named by either mention's words ("the death toll ... stood
    # at 64" / "the death toll rose to 46"), or by the same counted noun ("cases")
    return any_linked(ref.head | ref.near, later.head | later.near) \
        or bool(ref.noun and stem(ref.noun) in (lead | {stem(later.noun)}))

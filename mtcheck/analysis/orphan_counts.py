"""A figure restated with the wrong noun: "46 of them were transferred to hospitals" ... "the 46
deaths were among the elderly", in an article that reports no death before. A definite count
("the 46 deaths") points back at something already said; when what it counts (a death, an injury,
an arrest, a displacement) was never said before, and the same figure was said of something else,
the translation has put the figure on another noun. ``orphans(ctx, qs)`` returns (earlier, later).
"""
from __future__ import annotations

import re

from .digit_slips import roles
from .quantities import Quantity
from .units import FAMILIES, OPERATORS, stem

_WORD = re.compile(r"[A-Za-z]+")
_ROLES = frozenset({"death", "injury", "detention", "displacement", "infection"})
_MIN_VALUE = 10  # a small figure ("the two children") matches another by chance too easily


def _first_said(text: str) -> dict[str, int]:
    """Where the article first names each role (any word of its family: 'died', 'bodies', 'toll')."""
    first: dict[str, int] = {}
    for m in _WORD.finditer(text):
        for fam in FAMILIES.get(stem(m.group()), ()):
            if fam in _ROLES and fam not in first:
                first[fam] = m.start()
        if len(first) == len(_ROLES):
            break
    return first


def orphans(ctx, qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    counts = [q for q in qs if q.dimension == "count" and q.part not in ("caption", "credit")]
    if not any(q.anaphoric for q in counts):
        return []
    first = _first_said(ctx.text)
    by_value: dict[float, Quantity] = {}  # the first count of each value, in reading order
    out = []
    for q in counts:
        ref = by_value.get(q.value)
        if ref is not None and _orphan(q, ref, first):
            out.append((ref, q))
        if not q.hedged:  # ("46 of them were transferred": a part, still a figure said)
            by_value.setdefault(q.value, q)
    return out


def _orphan(q: Quantity, ref: Quantity, first: dict[str, int]) -> bool:
    if not q.anaphoric or q.hedged or q.other or q.update or q.value < _MIN_VALUE or ref.sentence == q.sentence:
        return False
    said = frozenset(f for w in q.head for f in FAMILIES.get(w, ()) if f in _ROLES)
    if not said or any(first.get(f, q.start) < q.start for f in said):
        return False  # no role named, or the article spoke of it before ("46 people died")
    if any(ref.head & OPERATORS.get(w, frozenset()) for w in q.head):
        return False  # "the 12 drivers" of "twelve trucks": one to a vehicle
    return not (roles(ref) & said)

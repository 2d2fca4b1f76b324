"""A part larger than the whole it is taken from: "of the 212 cases, 163 were children under five,
and 231 cases had been confirmed in laboratory tests". A sentence that opens a figure with "of the"
("of the 212 cases,") speaks of parts of it; a later count of the same noun in that sentence that
exceeds it cannot be one. ``partitive_overflows(ctx, qs)`` returns (whole, part) pairs.
"""
from __future__ import annotations

import re

from .quantities import Quantity
from .units import stem

_OF_THE = re.compile(r"\b[Oo]f[ \u00a0]+the[ \u00a0]+$")
_COMMA_AFTER = re.compile(r"[ \u00a0]*,")


def _whole(ctx, q: Quantity) -> bool:
    """'of the 212 cases,': the figure a sentence takes its parts from."""
    return q.dimension == "count" and bool(q.noun) and not q.hedged \
        and _OF_THE.search(ctx.text, max(0, q.number[0] - 8), q.number[0]) is not None \
        and _COMMA_AFTER.match(ctx.text, q.end) is not None


def partitive_overflows(ctx, qs: list[Quantity], skip=lambda q: False) -> list[tuple[Quantity, Quantity]]:
    out = []
    whole: Quantity | None = None
    for q in qs:
        if whole is not None and q.sentence != whole.sentence:
            whole = None
        if whole is None:
            if _whole(ctx, q) and not skip(q):
                whole = q
            continue
        if q.dimension == "count" and q.noun and stem(q.noun) == stem(whole.noun) and not q.hedged \
                and not q.other and not q.update and q.value > whole.value and not skip(q):
            out.append((whole, q))
    return out

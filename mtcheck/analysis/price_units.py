"""One price put on another unit of measure: "850,000 dinars per tonne" ... "850,000 dinars per
kilogram". The quantity reader keeps the unit a price is for (``Quantity.per``) and compares prices
per base unit, so a price converted ("850 dinars per kilogram") agrees; the same figure written
with another unit is a slip of translation, flagged when it has two or more significant digits
(a chance match is then unlikely).
"""
from __future__ import annotations

from .quantity_words import Quantity
from .units import UNITS


def swaps(qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(first mention, later mention) of one written price figure with two units of one kind."""
    first: dict[tuple[str, float], Quantity] = {}
    out = []
    for q in qs:
        if q.per is None or q.hedged or q.part in ("caption", "credit"):
            continue
        ref = first.setdefault((q.dimension, q.numeral * q.scale), q)  # the figure as written
        if ref is q or ref.sentence == q.sentence or len(q.digits.strip("0")) < 2:
            continue
        a, b = UNITS[ref.per], UNITS[q.per]
        if a.dimension == b.dimension and a.factor != b.factor:
            out.append((ref, q))
    return out

"""One price put on another unit of measure: "850,000 dinars per tonne" ... "850,000 dinars per
kilogram". The quantity reader keeps the unit a price is for (``Quantity.per``) and compares prices
per base unit, so a price converted ("850 dinars per kilogram") agrees; the same figure written
with another unit is a slip of translation, flagged when it has two or more significant digits
(a chance match is then unlikely).
"""
from __future__ import annotations

from .quantity_words import Quantity
from .quantity_pairs import any_linked
from .units import GENERIC, UNITS


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


# measures whose units are scales of one another (megawatt / kilowatt, tonne / kilogram, km / metre)
_SCALED = frozenset({"length", "area", "mass", "volume", "power", "oil-volume"})
_SCALE_SLIP_DIGITS = 3  # significant digits of a figure that no chance repeats on another scale


def scale_swaps(qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(first mention, later mention) of one written measure with its unit on another scale ("fell to
    1,150 megawatts" ... "by 1,150 kilowatts"): three significant digits or more, so the figure itself
    says it is the same; a conversion changes the figure, and a hedged figure is no exact one."""
    first: dict[tuple[str, float], Quantity] = {}
    out = []
    for q in qs:
        if q.unit is None or q.dimension not in _SCALED or q.hedged or q.part in ("caption", "credit") \
                or len(q.digits.strip("0")) < _SCALE_SLIP_DIGITS or "hour" in q.text.lower():
            continue  # ("1,150 kilowatt-hours" is energy, not the power of "1,150 megawatts")
        ref = first.setdefault((q.dimension, q.numeral * q.scale), q)  # the figure as written
        if ref is q or ref.sentence == q.sentence:
            continue
        if UNITS[ref.unit].factor != UNITS[q.unit].factor:
            out.append((ref, q))
    return out


def _period(q: Quantity) -> str | None:
    return next(iter(q.periods)) if len(q.periods) == 1 else None


def period_swaps(qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """'12,000 loaves of bread per day' ... 'the production of 12,000 loaves a week'; 'raised the monthly
    grant to 180 dinars' ... 'the annual grant of 180 dinars': one written figure of one thing said over
    two periods. Over another period a rate is another amount (seven times, twelve times), so the same
    figure, two significant digits or more, said of the same thing (linked head nouns) is one rate with
    its period garbled."""
    seen: dict[tuple, list[Quantity]] = {}
    out = []
    for q in qs:
        period = _period(q)
        if period is None or q.hedged or q.change or q.part in ("caption", "credit") or len(q.digits.strip("0")) < 2:
            continue
        key = (q.dimension, q.unit, q.numeral * q.scale)
        ref = next((r for r in seen.get(key, ()) if r.sentence != q.sentence and _period(r) != period
                    and any_linked(r.head - GENERIC, q.head - GENERIC)), None)
        if ref is not None:
            out.append((ref, q))
        seen.setdefault(key, []).append(q)
    return out

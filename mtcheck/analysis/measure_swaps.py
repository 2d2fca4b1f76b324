"""Measure swaps: one measure's figure said again with another unit of its dimension or another
scale word ("about 40 kilometres from the coast" ... "located 40 miles from the coast"; "40,000
hectares" ... "forty thousand dunams"; "exceed 410 thousand tonnes" ... "the exports of 410 million
tonnes"). A conversion changes the figure, so the same written figure in two units is one measure
with its unit garbled, or two measures that share it by chance. It is the first when the two are
said of the same thing (their clauses share a content word: the coast, the exports, the region)
and, for a figure of one significant digit, the units are near enough to be taken for each other
(miles for kilometres, dunams for hectares: a factor under _NAME_SLIP; "a 5 km road, 5 metres
wide" measures two things). A bracketed conversion is never the later mention; three significant
digits of one figure on another unit, exact, are price_units.scale_swaps'. Linear: two indexes by figure.
"""
from __future__ import annotations

from .quantities import Quantity, same_value
from .quantity_pairs import any_linked
from .units import GENERIC, UNITS

_MEASURES = frozenset({"length", "area", "mass", "volume"})
_NAME_SLIP = 100  # the largest factor between two units a translator takes for each other
_TELLING_DIGITS = 3


def _factor(q: Quantity) -> float:
    return UNITS[q.unit].factor * q.scale


def _tied(ref: Quantity, later: Quantity) -> bool:
    """Said of one thing, and the units near enough for the figure's size (module docstring)."""
    if not (any_linked(ref.head, later.head) or (ref.near & later.near) - GENERIC):
        return False
    # (the units' own factors, or the scale words' when the unit is one: "forty thousand dunams" is dunams)
    a, b = sorted((UNITS[ref.unit].factor, UNITS[later.unit].factor) if ref.unit != later.unit
                  else (ref.scale, later.scale))
    return len(later.digits.strip("0")) >= 2 or b / a < _NAME_SLIP


def _bracketed(ctx, q: Quantity) -> bool:
    """'12 nautical miles (22 km)': the figure in brackets converts the one before it."""
    return ctx.text[max(0, q.start - 2):q.start].rstrip().endswith("(")


def _count_swap(r: Quantity, q: Quantity) -> bool:
    """'640 thousand subscribers' ... 'the 640 million subscribers': a count's numeral of two significant
    digits or more with another scale word, said of the same counted noun ('12 thousand residents' ...
    '2 million residents' share no numeral; '3 million' ... '3 thousand' is a country and a camp)."""
    return r.scale != q.scale and min(r.scale, q.scale) >= 1e3 and len(q.digits.strip("0")) >= 2 \
        and any_linked(r.head - GENERIC, q.head - GENERIC)


def measure_swaps(ctx, qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(earlier, later) pairs of one written figure with another unit or scale (module docstring)."""
    by_figure: dict[tuple, list[Quantity]] = {}  # the figure as written: 40,000 = forty thousand
    by_numeral: dict[tuple, list[Quantity]] = {}  # the numeral before the scale word: 410 (thousand)
    out = []
    for q in qs:
        if q.dimension == "count" and q.scale > 1 and not (q.per or q.change or q.part in ("caption", "credit")):
            ref = next((r for r in by_numeral.get((q.dimension, q.numeral, None), ()) if _count_swap(r, q)
                        and r.sentence != q.sentence), None)
            out += [(ref, q)] if ref is not None else []
            by_numeral.setdefault((q.dimension, q.numeral, None), []).append(q)
            continue
        if q.dimension not in _MEASURES or not q.unit or q.per or q.change or q.part in ("caption", "credit") \
                or "hour" in q.text.lower():
            continue
        figure, numeral = (q.dimension, round(q.numeral * q.scale, 6)), (q.dimension, q.numeral, q.unit)
        if not _bracketed(ctx, q):
            exact = len(q.digits.strip("0")) >= _TELLING_DIGITS and not q.hedged
            other_unit = (r for r in by_figure.get(figure, ()) if r.unit != q.unit and _factor(r) != _factor(q)
                          and not (exact and not r.hedged))
            other_scale = (r for r in by_numeral.get(numeral, ()) if r.scale != q.scale)
            ref = next((r for r in (*other_unit, *other_scale) if r.sentence != q.sentence and _tied(r, q)
                        and not same_value(r, q)), None)
            if ref is not None:
                out.append((ref, q))
        by_figure.setdefault(figure, []).append(q)
        by_numeral.setdefault(numeral, []).append(q)
    return out

"""A measure given with its conversion in brackets: "30 miles (48km)", "a 60-kilometre stretch
(about 37 miles)". Translators recompute these, and a slip inverts the conversion ("60 kilometres
(about 96 miles)": 96 km is 60 miles) or garbles it. ``bad_conversions(ctx, qs)`` returns the
bracketed values that do not convert the measure before them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import Quantity
from .units import UNITS

# Dimensions whose units convert by a factor (temperatures do not: 0 C is 32 F).
_FACTOR_DIMENSIONS = frozenset({"length", "area", "mass", "volume", "oil-volume"})
# Between a measure and its bracketed conversion: "(", "(about ", "(or some ", "(equivalent to ".
_OPENING = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:(?:about|approximately|around|some|nearly|roughly|almost|or"
                      r"|just|over|under|equivalent|equal|to|close)[ \u00a0]+){0,3}")
# A conversion is rounded: a tenth either way on top of the figures' own rounding.
_TOLERANCE = 0.1


@dataclass(frozen=True)
class BadConversion:
    measure: Quantity
    converted: Quantity
    expected: float  # the measure in the converted value's unit


def bad_conversions(text: str, qs: list[Quantity]) -> list[BadConversion]:
    out = []
    for a, b in zip(qs, qs[1:]):
        if a.sentence != b.sentence or a.dimension != b.dimension or a.dimension not in _FACTOR_DIMENSIONS:
            continue
        if not (a.unit and b.unit) or a.unit == b.unit or UNITS[a.unit].factor == UNITS[b.unit].factor:
            continue
        opening = _OPENING.match(text, a.end, b.start)
        if opening is None or opening.end() != b.number[0] and opening.end() != b.start:
            continue  # not "<measure> (<its conversion>"
        allowance = _TOLERANCE * max(a.value, b.value) + (a.precision + b.precision) / 2
        if abs(a.value - b.value) > allowance:
            out.append(BadConversion(a, b, a.value / UNITS[b.unit].factor))
    return out

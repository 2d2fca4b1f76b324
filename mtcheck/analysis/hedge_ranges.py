"""Hedged figures read as ranges: "about 2,300 families" covers 2,070 to 2,530, "more than 3,000"
everything above 3,000. Two mentions of one quantity whose ranges cannot meet disagree ("about
2,300 families began returning" ... "more than 3,000 families who returned"); ranges that meet
do not ("about 50 wounded" ... "47 wounded"; "more than 40 dead" ... "52 dead").

``span_of(text, q)`` reads the hedge right before a number; ``disagree(text, a, b)`` compares two.
Which pairs are one quantity is the caller's business (checks/number_mismatch.py).
"""
from __future__ import annotations

import math
import re

from .quantities import Quantity

# The hedge words right before a number, by what they allow: around it, above it, below it, or just
# below it ("nearly 1,000": not more). Longest first, so "no more than" is not read as "more than".
_HEDGE_KINDS = (
    ("below", r"no more than|not more than|no fewer than|less than|fewer than|up to|at most|under|below"
              r"|not exceeding"),
    ("above", r"more than|over|at least|upwards of|in excess of|exceeding|exceeded|exceeds|surpassed|surpassing"
              r"|topped|tops|no less than"),
    ("nearly", r"nearly|almost|close to|just under"),
    ("about", r"about|around|some|approximately|roughly|an estimated|estimated|approx\.?"),
)
_HEDGE_BEFORE = re.compile(r"(?:^|(?<=\W))(?P<hedge>%s)[ \u00a0]+(?:the[ \u00a0]+)?$" % "|".join(
    f"(?P<{kind}>{words})" for kind, words in _HEDGE_KINDS), re.IGNORECASE)
# "no fewer than 40" and "no less than 40" are lower bounds, though their words say "less"
_LOWER_BOUND_NEGATED = frozenset({"no fewer than", "no less than"})
_LOOK_BACK = 24  # characters before the numeral searched for its hedge
APPROXIMATION = 0.10  # "about 2,300" allows a tenth either way (and its own rounding)


def hedge_of(text: str, q: Quantity) -> str | None:
    """'about', 'above', 'below', 'nearly' or None (an exact figure)."""
    s = q.number[0]
    m = _HEDGE_BEFORE.search(text, max(0, s - _LOOK_BACK), s)
    if m is None:
        return None
    if m.group("hedge").lower() in _LOWER_BOUND_NEGATED:
        return "above"
    return next(kind for kind, _ in _HEDGE_KINDS if m.group(kind))


def _rounding(q: Quantity) -> float:
    """The step a round figure is rounded to: 100 for 2,300, 1,000 for 18,000, 100,000 for 1.5 million."""
    v = abs(q.value)
    if v < 1 or abs(v - round(v)) > 1e-9:
        return q.precision
    n, step = int(round(v)), 1
    while n % (step * 10) == 0 and step * 10 <= n:
        step *= 10
    return max(float(step), q.precision)


_UNREAD = "unread"


def span_of(text: str, q: Quantity, kind: str | None = _UNREAD) -> tuple[float, float]:
    """The values a mention allows (``kind``: its hedge_of(), when the caller has it)."""
    v = q.value
    tolerance = max(APPROXIMATION * abs(v), _rounding(q) / 2)
    if kind == _UNREAD:
        kind = hedge_of(text, q)
    if kind is None:
        return v - q.precision / 2, v + q.precision / 2
    if kind == "above":
        return v, math.inf
    if kind == "below":
        return 0.0, v
    if kind == "nearly":
        return v - 2 * tolerance, v
    return v - tolerance, v + tolerance


def disagree(text: str, a: Quantity, b: Quantity, hedges: tuple[str | None, str | None] | None = None) -> bool:
    """The two mentions allow no common value. Two approximations ("about 18,000" / "about
    16,000") disagree when either value lies outside the other's allowance. ``hedges``: the two
    hedge_of() answers, when the caller has them."""
    kind_a, kind_b = hedges if hedges is not None else (hedge_of(text, a), hedge_of(text, b))
    if kind_a == kind_b == "about":
        gap = abs(a.value - b.value)
        return gap > max(APPROXIMATION * abs(a.value), _rounding(a) / 2) \
            and gap > max(APPROXIMATION * abs(b.value), _rounding(b) / 2)
    lo_a, hi_a = span_of(text, a, kind_a)
    lo_b, hi_b = span_of(text, b, kind_b)
    return hi_a < lo_b or hi_b < lo_a

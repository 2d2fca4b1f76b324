"""Measure swaps: one measure's figure said again with another unit of its dimension or another
scale word ("about 40 kilometres from the coast" ... "located 40 miles from the coast"; "40,000
hectares" ... "forty thousand dunams"; "exceed 410 thousand tonnes" ... "the exports of 410 million
tonnes"; "5 million dinars" ... "5 million dollars"). A conversion changes the figure, so the same written figure in two units is one measure
with its unit garbled, or two measures that share it by chance. It is the first when the two are
said of the same thing (their clauses share a content word: the coast, the exports, the region)
and, for a figure of one significant digit, the units are near enough to be taken for each other
(miles for kilometres, dunams for hectares: a factor under _NAME_SLIP; "a 5 km road, 5 metres
wide" measures two things). A bracketed conversion is never the later mention; three significant
digits of one figure on another unit, exact, are price_units.scale_swaps'. Linear: two indexes by figure.
"""
from __future__ import annotations

import re

from .quantities import Quantity, same_value
from .quantity_pairs import any_linked
from .units import GENERIC, UNITS, stem

_WORD = re.compile(r"[A-Za-z][\w'-]*")

_MEASURES = frozenset({"length", "area", "mass", "volume", "oil-volume", "power", "voltage"})
_NAME_SLIP = 100  # the largest factor between two units a translator takes for each other
_TELLING_DIGITS = 3
_THOUSANDS = 1000


def _factor(q: Quantity) -> float:
    return UNITS[q.unit].factor * q.scale


def _same_rate(ref: Quantity, later: Quantity, said_with) -> bool:
    """'a capacity of 600 tonnes per day' ... 'the plant, which receives 600 kilograms of waste daily': one
    rate per one period, the later clause naming what the earlier sentence does (the plant)."""
    return bool(ref.periods) and ref.periods == later.periods and bool((later.near - GENERIC) & said_with(ref))


def _tied(ref: Quantity, later: Quantity, said_with=lambda q: set()) -> bool:
    """Said of one thing, and the units near enough for the figure's size (module docstring)."""
    if _same_rate(ref, later, said_with):
        return True
    if not (any_linked(ref.head, later.head) or (ref.near & later.near) - GENERIC):
        return False
    # (the units' own factors, or the scale words' when the unit is one: "forty thousand dunams" is dunams)
    a, b = sorted((UNITS[ref.unit].factor, UNITS[later.unit].factor) if ref.unit != later.unit
                  else (ref.scale, later.scale))
    # ("the 30,000 kilograms shipment" after "30,000 tonnes of diesel": a figure in the thousands, pointed
    # back at, is no small round measure of another thing)
    return len(later.digits.strip("0")) >= 2 or b / a < _NAME_SLIP \
        or later.anaphoric and later.numeral * later.scale >= _THOUSANDS


def _bracketed(ctx, q: Quantity) -> bool:
    """'12 nautical miles (22 km)': the figure in brackets converts the one before it."""
    return ctx.text[max(0, q.start - 2):q.start].rstrip().endswith("(")


def _count_swap(r: Quantity, q: Quantity) -> bool:
    """'640 thousand subscribers' ... 'the 640 million subscribers': a count's numeral of two significant
    digits or more with another scale word, said of the same counted noun ('12 thousand residents' ...
    '2 million residents' share no numeral; '3 million' ... '3 thousand' is a country and a camp)."""
    return r.scale != q.scale and min(r.scale, q.scale) >= 1e3 and len(q.digits.strip("0")) >= 2 \
        and any_linked(r.head - GENERIC, q.head - GENERIC)


_MATERIAL = frozenset({"mass", "volume", "oil-volume"})  # how much of a material: weighed or measured out
_GRID = frozenset({"power", "voltage"})  # a line's voltage and a plant's or a line's capacity


def _material_swap(r: Quantity, q: Quantity) -> bool:
    """'30,000 tonnes of diesel' ... 'the 30,000 barrels of diesel': one material's written figure with a unit
    of another measure. No conversion keeps a figure from weight to volume, so the two are one amount with its
    unit garbled when they name the same material (their counted nouns) and the figure is no small round one
    ('5 tonnes of water' a truck, '5 litres' a family)."""
    return r.dimension != q.dimension and (q.numeral * q.scale >= 1000 or len(q.digits.strip("0")) >= 2) \
        and any_linked(r.head - GENERIC, q.head - GENERIC)


def _measured(q: Quantity) -> bool:
    return q.dimension in _MEASURES and bool(q.unit) and not (q.per or q.change or q.part in ("caption", "credit")
                                                              or "hour" in q.text.lower())


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'-]*")
_OPENERS = frozenset("The A An It In On At For This That These Those He She They We Its His Her Their".split())


_CLAUSE_OPENS = re.compile(r"[,;:(]|\bthat\b")


def _givers(ctx, q: Quantity) -> set[str]:
    """The names in the figure's own clause ("The World Bank pledged 25 million dollars"), not its speaker's
    ("the spokesman of the PSD told Petra that the pardon covers fines worth 3 million dinars")."""
    seg = ctx.sentences[q.sentence]
    start = max((m.end() for m in _CLAUSE_OPENS.finditer(ctx.text, seg.start, q.start)), default=seg.start)
    return {w for w in _CAPITALISED.findall(ctx.text, start, q.start) if w not in _OPENERS}


def _other_givers(ctx, r: Quantity, q: Quantity) -> bool:
    """Each sum named with bodies or places of its own ("The World Bank pledged 25 million dollars" ...
    "The European Union pledged 25 million euros"): two givers' round sums."""
    a, b = _givers(ctx, r), _givers(ctx, q)
    return bool(a and b) and a.isdisjoint(b)


def _money(q: Quantity) -> bool:
    """An amount of money in the thousands or more: "fines of up to 5 million dinars" ... "a fine of 5 million
    dollars" (no exchange rate keeps a figure from one currency to another; small prices may share one)."""
    return q.dimension.startswith("money") and bool(q.unit) and q.numeral * q.scale >= _THOUSANDS \
        and not (q.per or q.change or q.part in ("caption", "credit"))


def _measure_ref(by_figure: dict, by_numeral: dict, q: Quantity, said_with) -> Quantity | None:
    """The earlier measure ``q`` garbles: its material in another measure, its figure in another unit, its
    numeral on another scale (module docstring)."""
    figure, numeral = (q.dimension, round(q.numeral * q.scale, 6)), (q.dimension, q.numeral, q.unit)
    if q.dimension in _MATERIAL:
        ref = next((r for r in by_figure.get(("material", figure[1]), ())
                    if r.sentence != q.sentence and _material_swap(r, q)), None)
        if ref is not None:
            return ref
    if q.dimension in _GRID and q.anaphoric:
        # "the 230 kilovolt line" ... "the 230-megawatt line": one line, its unit garbled
        ref = next((r for r in by_figure.get(("grid", q.numeral), ()) if r.sentence != q.sentence
                    and r.dimension != q.dimension and len(q.digits.strip("0")) >= 2
                    and any_linked(r.head - GENERIC, q.head - GENERIC)), None)
        if ref is not None:
            return ref
    exact = len(q.digits.strip("0")) >= _TELLING_DIGITS and not q.hedged
    other_unit = (r for r in by_figure.get(figure, ()) if r.unit != q.unit and _factor(r) != _factor(q)
                  and not (exact and not r.hedged))
    other_scale = (r for r in by_numeral.get(numeral, ()) if r.scale != q.scale)
    return next((r for r in (*other_unit, *other_scale) if r.sentence != q.sentence and _tied(r, q, said_with)
                 and not same_value(r, q)), None)


def measure_swaps(ctx, qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(earlier, later) pairs of one written figure with another unit or scale (module docstring)."""
    by_figure: dict[tuple, list[Quantity]] = {}  # the figure as written: 40,000 = forty thousand
    by_numeral: dict[tuple, list[Quantity]] = {}  # the numeral before the scale word: 410 (thousand)
    out = []
    cache: dict[int, set[str]] = {}

    def said_with(r: Quantity) -> set[str]:  # the stems of a figure's sentence, read once per sentence
        if r.sentence not in cache:
            seg = ctx.sentences[r.sentence]
            cache[r.sentence] = {stem(w.lower()) for w in _WORD.findall(ctx.text, seg.start, seg.end)}
        return cache[r.sentence]

    for q in qs:
        if q.dimension == "count" and q.scale > 1 and not (q.per or q.change or q.part in ("caption", "credit")):
            key = (q.dimension, q.numeral, None)
            ref = next((r for r in by_numeral.get(key, ()) if r.sentence != q.sentence and _count_swap(r, q)), None)
            by_numeral.setdefault(key, []).append(q)
        elif _money(q):
            figure = ("money", round(q.numeral * q.scale, 6))
            ref = None if _bracketed(ctx, q) else next(
                (r for r in by_figure.get(figure, ()) if r.sentence != q.sentence and r.dimension != q.dimension
                 and not _other_givers(ctx, r, q)
                 and (_tied(r, q, said_with) or bool((r.near - GENERIC) & said_with(q)))), None)
            # (what the earlier amount is of, named in the later sentence: "estimating the initial losses at 3
            # billion Iraqi dinars" ... "estimated the losses of the traders in this fire at 3 billion dollars";
            # not two givers' round sums: "The World Bank pledged 25 million dollars" ... "The EU pledged 25
            # million euros")
            by_figure.setdefault(figure, []).append(q)
        elif _measured(q):
            ref = None if _bracketed(ctx, q) else _measure_ref(by_figure, by_numeral, q, said_with)
            figure = round(q.numeral * q.scale, 6)
            by_figure.setdefault((q.dimension, figure), []).append(q)
            if q.dimension in _MATERIAL:
                by_figure.setdefault(("material", figure), []).append(q)
            if q.dimension in _GRID:
                by_figure.setdefault(("grid", q.numeral), []).append(q)
            by_numeral.setdefault((q.dimension, q.numeral, q.unit), []).append(q)
        else:
            continue
        if ref is not None:
            out.append((ref, q))
    return out

"""Lists of measures that share the unit of their last one, and the total an article gives for
them a sentence or two later.

"the ministry has begun lining three canals with lengths of 12, 18 and 9 kilometers" writes the
unit once, after the last figure: the bare figures before it are kilometres too (``share_units``).
"... the three canals with a total length of 42 kilometers" then sums them: a total said after the
list, of the same dimension, whose sentence counts as many things as the list has figures and as the
list's own sentence counts ("three canals" both times), is all of the list (``count_tied_totals``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .quantity_words import Quantity
from .runs import by_sentence, consecutive_runs
from .units import linked, stem

# (", the second ", " and the third ": an enumeration of the things by their order)
_JOINED = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
                     r"(?:the[ \u00a0]+(?:second|third|fourth|fifth|sixth|last)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?)?")
_MEASURES = frozenset({"length", "area", "mass", "volume", "power"})
_REACH = 12  # sentences from a list to the total said of it (the count of its things ties them: a long reach)


def share_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The sentence's quantities with the bare figures of a list ('12, 18 and 9 kilometers') given
    the unit and scale of the measure that ends it."""
    out = list(qs)
    for n in range(len(out) - 1, 0, -1):
        last = out[n]
        if last.unit is None or last.dimension not in _MEASURES or not last.numeral:
            continue
        k = n
        while k > 0 and _bare(out[k - 1]) and _JOINED.fullmatch(text, out[k - 1].end, out[k].start):
            k -= 1
        ratio = last.value / last.numeral
        for m in range(k, n):
            q = out[m]
            out[m] = replace(q, value=q.numeral * ratio, dimension=last.dimension, unit=last.unit,
                             scale=last.scale, precision=q.precision * ratio, noun="", head=frozenset())
    return out


def _bare(q: Quantity) -> bool:
    """A figure with no unit and no noun: '12' in '12, 18 and 9 kilometers'."""
    return q.dimension == "count" and q.unit is None and not q.noun and q.scale == 1.0 and not q.hedged


def _counts(qs: list[Quantity], n: int) -> list[Quantity]:
    return [q for q in qs if q.dimension == "count" and q.value == n and q.noun]


def count_tied_totals(ctx, quantities: list[Quantity]) -> list:
    """Breakdowns of a list of measures into the total said of the same counted things after it."""
    sentences = by_sentence(quantities)
    out = []
    for qs in sentences.values():
        for run in consecutive_runs(qs, lambda q: q.dimension in _MEASURES and bool(q.unit) and not q.hedged,
                                    lambda run, q: q.dimension == run[-1].dimension and q.unit == run[-1].unit
                                    and bool(_JOINED.fullmatch(ctx.text, run[-1].end, q.start))):
            out.extend(_tied(ctx, run, qs, sentences))
    return out


def _tied(ctx, run: list[Quantity], own: list[Quantity], by_sentence: dict) -> list:
    """[the breakdown] when a total of the run's dimension, in the next few sentences, counts the
    things the run's own sentence counts before it ("three canals" ... "the three canals")."""
    from .tallies import Breakdown  # (tallies reads list_totals, which reads this module)
    before = _stated_before(ctx, run, by_sentence)
    if before is not None:
        return [before]
    things = [c for c in _counts(own, len(run)) if c.start < run[0].start]
    if not things:
        return []
    for k in range(run[0].sentence + 1, run[0].sentence + 1 + _REACH):
        later = by_sentence.get(k, [])
        total = next((t for t in later if t.total and t.dimension == run[0].dimension and not t.hedged
                      and t.value > max(p.value for p in run)), None)
        if total is None:
            continue
        if any(linked(a, b) for c in _counts(later, len(run)) for a in c.head for t in things for b in t.head):
            return [Breakdown(tuple(run), total, exhaustive=True)]
        return []
    return []


_ORDINAL_LIST = re.compile(r"\bthe[ \u00a0]+first[ \u00a0]+([a-z]+)", re.IGNORECASE)
_BACK = 4  # sentences back from an enumeration to the total said of its things


def _stated_before(ctx, run: list[Quantity], by_sentence: dict):
    """'three new berths ..., with a total length of 2,100 metres' ... 'the first berth extends 800
    metres, the second 700 metres and the third 500 metres': an enumeration of the things by their
    order, after a total said of as many of them (its sentence counts them, by the noun the
    enumeration names)."""
    from .tallies import Breakdown
    seg = ctx.sentences[run[0].sentence]
    first = _ORDINAL_LIST.search(ctx.text, seg.start, run[0].start)
    if first is None:
        return None
    noun = stem(first.group(1))
    for k in range(run[0].sentence - 1, max(-1, run[0].sentence - 1 - _BACK), -1):
        qs = by_sentence.get(k, [])
        total = next((t for t in qs if t.total and t.dimension == run[0].dimension and not t.hedged
                      and t.value > max(p.value for p in run)), None)
        if total is not None and any(noun in c.head for c in _counts(qs, len(run))):
            return Breakdown(tuple(run), total, exhaustive=True)
    return None


"""Remainders: "the remaining 1,200 pilgrims" is the total less the parts given before it in its
sentence ("6,100 pilgrims will travel by land, while the remaining 1,200 pilgrims will travel by
air" after "the pilgrims reached 7,500"): together they are all of the total, so they must add up
to it. Read by number-mismatch as a list that names every part (tallies.Breakdown)."""
from __future__ import annotations

import re

from .quantity_words import Quantity
from .tallies import Breakdown
from .units import linked

_REMAINING = re.compile(r"\b(?:the|its|their)[ \u00a0]+(?:remaining|rest[ \u00a0]+of[ \u00a0]+the)[ \u00a0]+$",
                        re.IGNORECASE)
_TOTAL_REACH = 2  # sentences back from the remainder's to the total it completes
_OF_THE = re.compile(r"\bof[ \u00a0]+(?:the|its|their)[ \u00a0]+$", re.IGNORECASE)


def _same_noun(a: Quantity, b: Quantity) -> bool:
    return any(linked(x, y) for x in a.head for y in b.head)


def _of_others(q: Quantity) -> bool:
    """'four others', 'six of the 14': a count of more of the thing, named by no noun of its own."""
    return q.other or q.noun.lower() == "others"


_BARE = frozenset({"remain"})  # the head of "the remaining two": no noun of its own


def _usable(q: Quantity) -> bool:
    return q.dimension == "count" and bool(q.head) and not (q.hedged or q.expected or q.ceiling) \
        and q.part not in ("caption", "credit")


def remainders(ctx, quantities: list[Quantity]) -> list[Breakdown]:
    """Each remainder with the parts before it in its sentence and the total they complete: the
    last count of the same noun in the sentences before, larger than the parts."""
    out: list[Breakdown] = []
    for n, rest in enumerate(quantities):
        if not _usable(rest) or not _REMAINING.search(ctx.text, max(0, rest.start - 30), rest.start):
            continue
        before = [q for q in quantities[:n] if q.sentence == rest.sentence]
        # "sentenced five defendants ..., four others ..., and acquitted the remaining two": a bare
        # remainder counts the first part's noun
        named = rest if rest.head - _BARE else next((q for q in before if q.dimension == "count" and q.head - _BARE), rest)
        # ("six of the 14 defendants ..., four others ..., while the remaining three defendants": the
        # partitive's whole is the total said again, and "six", "four others" are parts of it)
        parts = [q for q in before if q.dimension == "count" and not _OF_THE.search(ctx.text, max(0, q.start - 8), q.start)
                 and (_same_noun(q, named) or _of_others(q))]
        if not parts or any(not _usable(q) and not _of_others(q) or q.hedged for q in parts):
            continue  # ("about 6,100 by land ... the remaining 1,200": a hedge leaves the rest open)
        total = next((q for q in reversed(quantities[:n]) if q.sentence < rest.sentence
                      and rest.sentence - q.sentence <= _TOTAL_REACH and _same_noun(q, named)), None)
        if total is None or not _usable(total) or total.other and not total.total \
                or total.value <= max(p.value for p in parts) + rest.value / 2:
            continue
        out.append(Breakdown((*parts, rest), total, exhaustive=True))
    return out

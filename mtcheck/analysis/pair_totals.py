"""A total split into a complementary pair: "a total of 8.6 million passengers" ... "the
international traffic represented 7.9 million passengers, while the domestic traffic reached 0.5
million passengers". The two qualifiers (data/units.toml [complements]) cover every one of the thing
between them, so the two figures are all of the total and must add up to it, either way.

The pair is two counts of one sentence that name the same noun, each with one word of the pair in
its clause and no other count of that noun beside them (a third kind would be a third part); the
total is the nearest earlier count of that noun, in the sentence before them or the two before,
exact, larger than each, of the same time frame or a wider one.
"""
from __future__ import annotations

import re

from .quantity_words import Quantity
from .tallies import Breakdown
from .units import COMPLEMENTS, linked, stem

_PAIRS = frozenset(COMPLEMENTS)
_WORDS = frozenset(w for p in _PAIRS for w in p)
_STEMMED = {stem(w): w for w in _WORDS}  # "750 arriving": the word right after a bare part
_REACH = 2  # sentences back from the pair to its total
_LOOKBACK = 40  # earlier counts searched for it


def _same_noun(a: Quantity, b: Quantity) -> bool:
    return any(linked(x, y) for x in a.head for y in b.head)


def _side(q: Quantity) -> str | None:
    """The one pair word in the figure's clause, if exactly one."""
    found = [w for w in q.near if w in _WORDS]
    return found[0] if len(found) == 1 else None


def _usable(q: Quantity) -> bool:
    return q.dimension == "count" and bool(q.head) and bool(q.noun) and not (
        q.hedged or q.expected or q.ceiling or q.update or q.change) and q.part not in ("caption", "credit")


def _pair(qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The sentence's two counts of one noun qualified by the two words of a pair."""
    sided = [(q, _side(q)) for q in qs if _usable(q)]
    sided = [(q, s) for q, s in sided if s is not None]
    for n, (a, sa) in enumerate(sided):
        for b, sb in sided[n + 1:]:
            if ((sa, sb) in _PAIRS or (sb, sa) in _PAIRS) and _same_noun(a, b) and not a.other:
                third = [q for q in qs if q is not a and q is not b and q.dimension == "count" and _same_noun(q, a)
                         and q.start > a.start]
                return None if third else (a, b)
    return None


def _total(first: Quantity, parts: tuple[Quantity, Quantity], earlier: list[Quantity]) -> Quantity | None:
    for q in reversed(earlier):
        if q.sentence < first.sentence - _REACH:
            return None
        if q.dimension != "count" or not _same_noun(q, first) or q.sentence == first.sentence:
            continue
        if q.hedged or q.expected or q.ceiling or (q.other and not q.total) or q.fresh != first.fresh \
                or q.part in ("caption", "credit") or any(p.value >= q.value for p in parts):
            return None  # the nearest count of it is no plain total of these
        if not all(p.time_cues <= q.time_cues for p in parts):
            return None  # ("last year, the domestic traffic ...": another time)
        return q
    return None


# a period of its own in the pair's sentence ("In December, ...", "in the first half of the year"):
# a part of the period the total covers, not all of it
_PERIOD = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
                     r"|december|half|quarter|week|weeks|month|months|day|days|season|today|yesterday"
                     r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4})\b", re.IGNORECASE)


def _own_period(ctx, total: Quantity, first: Quantity) -> bool:
    """The pair's sentence names a period its total's sentence does not."""
    a, b = ctx.sentences[total.sentence], ctx.sentences[first.sentence]
    theirs = {m.group().lower() for m in _PERIOD.finditer(ctx.text, a.start, a.end)}
    return any(m.group().lower() not in theirs for m in _PERIOD.finditer(ctx.text, b.start, b.end))


_FIRST_WORD = re.compile(r"[ \u00a0]*([A-Za-z]+)")
_GAP = 40  # characters between a total and its first part ("travellers, of whom", "visitors, including")


def _bare_side(ctx, q: Quantity) -> str | None:
    """The pair word said right after a part's figure ("1,300 departing", "750 female"), if any."""
    m = _FIRST_WORD.match(ctx.text, q.number[1])
    return _STEMMED.get(stem(m.group(1))) if m else None


def _split_in_place(ctx, qs: list[Quantity]) -> Breakdown | None:
    """A total followed in its own sentence by two counts that each start with one word of a pair:
    "a total of 2,150 travellers, including 1,300 departing towards Tunisia and 750 arriving in
    Libya"; "4,200 pupils, 2,600 male and 1,500 female". The two cover every one of the total
    whatever the listing word, so they must add up to it."""
    counts = [q for q in qs if q.dimension == "count" and q.part not in ("caption", "credit")]
    for total, a, b in zip(counts, counts[1:], counts[2:]):
        sa, sb = _bare_side(ctx, a), _bare_side(ctx, b)
        if not (sa and sb and ((sa, sb) in _PAIRS or (sb, sa) in _PAIRS)) or not total.noun:
            continue
        if a.start - total.end > _GAP or total.hedged or total.expected or total.ceiling or a.hedged or b.hedged:
            continue
        if total.value > max(a.value, b.value) and _bare_side(ctx, total) is None:
            return Breakdown((a, b), total, exhaustive=True)
    return None


def pair_breakdowns(ctx, quantities: list[Quantity]) -> list[Breakdown]:
    """Totals with the complementary pair that splits them, in text order."""
    if not _PAIRS:
        return []
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    out, earlier = [], []
    for qs in by_sentence.values():
        pair = _pair(qs) if len(qs) >= 2 else None
        own = _split_in_place(ctx, qs) if len(qs) >= 3 else None
        if own is not None:
            out.append(own)
        if pair is not None:
            total = _total(pair[0], pair, earlier)
            if total is not None and not _own_period(ctx, total, pair[0]):
                out.append(Breakdown(pair, total, exhaustive=True))
        earlier.extend(q for q in qs if q.dimension == "count")
        del earlier[:-_LOOKBACK]
    return out

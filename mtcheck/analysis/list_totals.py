"""Totals for a list of parts, and lists that name every part of their total, read by
``tallies.breakdowns``.

A total is often given a clause or a sentence before the list that breaks it down:
"decided to import 12,000 heads of sheep to cover the deficit in the big cities, including 8,000
heads from Romania and 5,000 heads from Spain" (the parts name the total's own noun, however far
back in the clause it is), "a total capacity of 300 megawatts" ... "the plants are 120 megawatts in
Ma'an, 100 megawatts in Mafraq and 60 megawatts in Aqaba" (a figure said to be a total, a sentence
or two before).

A list split by category, every part of the total's own thing (its noun or none) set apart only by
where it is, goes to or comes from ("20 to Europe, 12 to Africa and 4 to Asia", "12 of Ethiopian
nationality and 5 of Yemeni nationality", "3,100 baskets in the city of Gedaref and 1,900 baskets
in the localities of Al-Fao and Al-Rahad"), names all of it when the parts come near the whole: a
list of the main places only leaves a visible remainder, or says so ("and the rest in ...").
"""
from __future__ import annotations

import re

from .counted_lists import count_tied_totals
from .quantity_words import Quantity
from .units import linked, stem

_NOUN_REACH = 16  # words between a total and the cue of a list of parts that name its own noun
_STATED_REACH = 2  # sentences back from a list to a figure said to be a total
_DIVIDED_REACH = 8  # ... from a list of what a subject "is divided between"
# how near a list split by category comes to its total when it names every part: a slip in one
# part ("3,100 + 1,900" for 5,200) leaves little out; a list of the main places only, much more
NEAR_WHOLE = 0.8
# " in the city of Gedaref", " to Europe", " of Ethiopian nationality", " from the Capital": a part
# set apart by a name (a place, a nationality) right after it
_CATEGORY = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+(?:them|whom|which))?[ \u00a0]+(?:in|to|from|for|at|of)[ \u00a0]+(?:the[ \u00a0]+)?"
                       r"(?:[a-z]+[ \u00a0]+(?:[a-z]+[ \u00a0]+)?of[ \u00a0]+(?:the[ \u00a0]+)?)?[A-Z]")
# the list says it leaves some out
_REST = re.compile(r"\b(?:the[ \u00a0]+(?:rest|remaining|remainder)|others?|other[ \u00a0]+\w+|among[ \u00a0]+them"
                   r"|most[ \u00a0]+of[ \u00a0]+them|mainly|mostly)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;.]|,[ \u00a0]+(?:and[ \u00a0]+that|while|which|who|whereas)\b|[ \u00a0]+while\b")


def _shares_noun(whole: Quantity, part: Quantity) -> bool:
    return bool(part.noun) and any(linked(a, b) for a in part.head for b in whole.head)


def own_noun_parts(total: Quantity, parts: list[Quantity], words: int) -> bool:
    """'12,000 heads of the sheep to cover the deficit in the big cities, including 8,000 heads ...
    and 5,000 heads ...': parts that all name the count's own noun belong to it, a clause away."""
    return words <= _NOUN_REACH and all(_shares_noun(total, p) for p in parts)


def stated_total(parts: list[Quantity], quantities: list[Quantity], positions: dict[int, int],
                 divided: bool = False) -> Quantity | None:
    """The nearest figure said to be a total ('a total capacity of 300 megawatts', 'a total of 8.6
    million passengers') of the parts' dimension, in the sentence or two before the list, larger
    than every part; a count only when the parts name its noun or none. A list that says its
    subject is divided ('the planted area is divided between 180,000 feddans in ... and 90,000
    feddans in ...') points back further, to the total the story gave that subject."""
    reach = _DIVIDED_REACH if divided else _STATED_REACH
    if not positions:
        positions.update((id(q), n) for n, q in enumerate(quantities))
    first = parts[0]
    for q in reversed(quantities[max(0, positions[id(first)] - 40):positions[id(first)]]):
        if q.sentence < first.sentence - reach:
            return None
        if q.dimension != first.dimension or q.sentence == first.sentence:
            continue
        if not q.total or q.hedged or q.ceiling or q.expected or q.part in ("caption", "credit"):
            continue
        if any(p.value >= q.value for p in parts):
            return None
        if q.dimension == "count" and not all(not p.noun or _shares_noun(q, p) for p in parts):
            return None
        return q
    return None


def by_place(ctx, part: Quantity) -> bool:
    """A bare part set apart by the place after it ("70 in Port Sudan")."""
    return not part.noun and _CATEGORY.match(ctx.text, part.end) is not None


# a part set apart by what kind it is: "215 companies ..., 140 Jordanian and 65 foreign"
_KIND_AFTER = re.compile(r"[ \u00a0]+(?:foreign|local|domestic|international|national|Arab|non-Arab|male|female|public"
                         r"|private|governmental|non-governmental|[A-Z][a-z]+(?:i|ian|ese|an))\b(?![ \u00a0]+[a-z]+s\b)")


def by_kind(ctx, part: Quantity) -> bool:
    """A part set apart by a kind word and no noun of its own ("140 Jordanian and 65 foreign")."""
    return _KIND_AFTER.match(ctx.text, part.number[1]) is not None and (not part.noun or part.end - part.number[1]
                                                                        <= len(part.noun) + 1)


def by_category(ctx, total: Quantity, parts: list[Quantity]) -> bool:
    """Every part is of the total's own thing (its noun or none) and set apart by a name after it
    (a place, a destination, a nationality), the list says nothing of others, and it comes near the
    whole (NEAR_WHOLE): all of it, by category."""
    if sum(p.value for p in parts) < NEAR_WHOLE * total.value:
        return False
    for p in parts:
        if p.noun and not (linked(stem(p.noun), stem(total.noun)) if total.noun else False) \
                and not _shares_noun(total, p):
            return False
        if not (_CATEGORY.match(ctx.text, p.end) or by_kind(ctx, p)):
            return False
    seg = ctx.sentences[parts[-1].sentence]
    tail = ctx.text[parts[-1].end:seg.end]
    end = _CLAUSE_END.search(tail)
    rest = _REST.search(tail[:end.start() if end else len(tail)])
    # ("4 in Dibba, most of them fast boats equipped ...": what the whole is, not a remainder)
    return rest is None or rest.group().lower() == "most of them" and bool(total.noun) \
        and re.match(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}" + re.escape(stem(total.noun)), tail[rest.end():]) is not None


_VERB_REACH = 2  # sentences back from 'the arrested included' to the sentence that arrested them


def done_to_total(ctx, participle: str, first_part: Quantity, quantities: list[Quantity],
                  positions: dict[int, int]) -> Quantity | None:
    """'the arrested included 12 of Ethiopian nationality and 5 of Yemeni nationality' after 'the
    patrols arrested, on Sunday, ..., 19 violators': people named by what was done to them are those
    the nearest earlier sentence with that verb counted, the first count naming its noun after it."""
    if not participle.endswith("ed") or len(participle) < 5:
        return None
    if not positions:
        positions.update((id(q), n) for n, q in enumerate(quantities))
    verb = re.compile(r"\b%s\b" % re.escape(participle), re.IGNORECASE)
    earlier = quantities[max(0, positions[id(first_part)] - 40):positions[id(first_part)]]
    for k in range(first_part.sentence - 1, first_part.sentence - 1 - _VERB_REACH, -1):
        if k < 0:
            return None
        seg = ctx.sentences[k]
        m = verb.search(ctx.text, seg.start, seg.end)
        if m is None:
            continue
        return next((q for q in earlier if q.sentence == k and q.start > m.end() and q.noun
                     and q.dimension == first_part.dimension and not q.hedged and not q.other), None)
    return None


# "..., with a total of 4,100 boats", "..., totalling 75,000 tonnes", "..., 21 cases in total": the figure
# after a list that says it is their sum (not "out of a total of": the whole they are a part of)
_TOTAL_AFTER = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:(?:with|for|in|at|to)[ \u00a0]+)?(?:a[ \u00a0]+total[ \u00a0]+of"
                          r"|totall?ing|total(?:ling)?[ \u00a0]+of)[ \u00a0]+$", re.IGNORECASE)
_SOME_BETWEEN = re.compile(r"\b(?:including|among|such as|mainly|mostly|most of|the largest|out of)\b", re.IGNORECASE)


def totals_after(ctx, quantities: list[Quantity]) -> list:
    """'the harbour of Duqm received 2,140 boats and the harbour of Sur 1,870 boats, with a total of
    4,100 boats in the two harbours': the figures of one thing said before a total in its sentence
    are all of it. Two or more, each smaller than the total, the same noun (or unit) as it, none
    hedged, and no other figure of that thing between them."""
    from .tallies import Breakdown  # (tallies reads this module's helpers)
    out = []
    start = 0
    for n, total in enumerate(quantities):
        if n and quantities[n - 1].sentence != total.sentence:
            start = n
        if n - start < 2 or total.hedged or total.part in ("caption", "credit") \
                or not _TOTAL_AFTER.search(ctx.text, max(0, total.start - 30), total.start):
            continue
        parts = [q for q in quantities[start:n] if q.dimension == total.dimension and _same_kind(q, total)]
        seg_start = ctx.sentences[total.sentence].start
        if len(parts) < 2 or any(q.hedged or q.value >= total.value for q in parts) \
                or _SOME_BETWEEN.search(ctx.text, seg_start, total.start):
            continue
        out.append(Breakdown(tuple(parts), total, exhaustive=True))
    return out + count_tied_totals(ctx, quantities)  # "lengths of 12, 18 and 9 km" ... "a total length of 42 km"


def _same_kind(q: Quantity, total: Quantity) -> bool:
    if total.dimension != "count":
        return q.unit == total.unit
    return _shares_noun(total, q) or bool(q.noun) and stem(q.noun) == stem(total.noun or "")


def most_places(ctx, total: Quantity, parts: list[Quantity]) -> bool:
    """'312 accidents, including 187 in Riyadh, 64 in the Eastern Province and 41 in Makkah': three or more places
    that come to most (85 %) of the total are the whole breakdown a reader sums (two, or less, may leave some out)."""
    return len(parts) >= 3 and all(by_place(ctx, p) for p in parts) \
        and 0.85 * total.value <= sum(p.value for p in parts) < total.value

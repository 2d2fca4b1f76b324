"""Tests of number-mismatch's pairwise comparison beside quantity_pairs: which earlier figures a later
one may be compared with at all (may_compare, participle_names), and when a figure that differs from
its reference is no conflict: a total over several of the things the other measures
(spread_over_several), a restatement of another figure said before (restates_another,
said_beside), or two things of one kind (kept_apart)."""
from __future__ import annotations

import re

from .antecedents import other_named_things, possessed
from .digit_slips import own_roles
from .quantities import Quantity, same_value
from .quantities_earlier import EarlierQuantities
from .quantity_pairs import THRESHOLD, both_given, evidence
from .quantity_slips import added_item
from .units import GENERIC, PACKAGE_SIZES, linked, stem


def counts_by_sentence(qs: list[Quantity]) -> dict[int, list[Quantity]]:
    """Counts of two or more things that name what they count, by sentence ("over 10 stages")."""
    out: dict[int, list[Quantity]] = {}
    for q in qs:
        if q.dimension == "count" and q.noun and q.value >= 2:
            out.setdefault(q.sentence, []).append(q)
    return out


def _counts_several(counts: list[Quantity], head: frozenset[str], measure: Quantity) -> set[float]:
    """The values of those of ``counts`` that count the noun itself that ``measure``'s other mention
    measures (its head's verbs aside: 'were sentenced' says nothing of what is counted)."""
    return {c.value for c in counts if c is not measure and c.noun and any(linked(stem(c.noun), b) for b in head)}


def spread_over_several(counts: dict[int, list[Quantity]], ref: Quantity, later: Quantity) -> bool:
    """'The race covers 1,250 km over 10 stages' after 'the 182 km stage': a measure whose
    sentence counts several of the things the other measures is their total, not one of them
    (``counts``: counts_by_sentence of the article's quantities)."""
    if ref.dimension == "count":
        return False
    # (both sentences counting the several alike are both totals over them: "three dredging contracts
    # with a total value of 7.4 billion dinars" ... "the three contracts, which reached 4.7 billion")
    return bool(_counts_several(counts.get(later.sentence, []), ref.head, later)
                - _counts_several(counts.get(ref.sentence, []), ref.head, ref)) \
        or bool(_counts_several(counts.get(ref.sentence, []), later.head, ref)
                - _counts_several(counts.get(later.sentence, []), later.head, later))


def restates_another(ctx, later: Quantity, window: EarlierQuantities) -> bool:
    """An earlier mention with the later value and as much evidence that it is the same thing: two
    quantities of one kind (each co-defendant's sentence), and the later one restates the other.
    Looked for in the whole window, whatever the time cues (a title's 'former' is no time frame)."""
    # an amount of money said before to the unit ("100 US dollars for each dunum" ... "the grant of
    # $100 per dunum") is that amount restated, whatever nouns its sentences chose
    money = later.dimension.startswith("money")
    return any(same_value(q, later) and q.sentence != later.sentence and not q.hedged
               and (money and q.unit == later.unit or _names_same_thing(q, later)
                    and evidence(q, later, ctx) >= THRESHOLD)
               for q in window.items[window.lo:window.hi])


def said_beside(ref: Quantity, later: Quantity, window: EarlierQuantities) -> bool:
    """The later value was said in the reference's own sentence, of a figure beside it ("killed 12
    people in Basra province and 21 in Maysan"): the later one restates that figure."""
    mine = own_roles(later)
    return any(q.sentence == ref.sentence and q is not ref and same_value(q, later)
               and not (mine and own_roles(q) and mine.isdisjoint(own_roles(q)))  # "11 killed and 17 injured" / "the 17 dead"
               for q in window.items[window.lo:window.hi])


def _names_same_thing(ref: Quantity, later: Quantity) -> bool:
    """Both name what they count alike, or (a measure) one names it and the other has it nearby
    ('sentenced ... to seven years' / 'the 7-year sentence'); a bare count says too little."""
    if ref.head and later.head:
        return any(linked(a, b) for a in later.head for b in ref.head)
    if ref.dimension == "count":
        return False
    return any(linked(a, b) for a in later.head for b in ref.near) \
        or any(linked(a, b) for a in ref.head for b in later.near)


# nouns that name people by what was done to them, as a participle does ("the 25 detainees" after
# "arrested 23 fans", "the survivors" after "rescued 27 fishermen")
_DONE_TO = frozenset("""detainees arrestees evacuees abductees deportees returnees escapees survivors
casualties""".split())


def participle_names(q: Quantity) -> bool:
    """'the nine detained', 'the 40 evacuated', 'the 25 detainees': people named by what was done to
    them, which the verb of the earlier count says ('arrested seven suspects'), not its noun."""
    noun = q.noun.lower()
    # ("the 83 closures" after "closed 38 hospitality facilities": the acts, counted by the verb's noun)
    return q.anaphoric and q.dimension == "count" and (noun.endswith(("ed", "ures")) or noun in _DONE_TO)


def may_compare(later: Quantity, earlier: list[Quantity]) -> list[Quantity]:
    """Cheap necessary conditions of comparable(), tested before the full test (where no index of the
    earlier quantities does it: a score against the story's first result)."""
    both_heads = bool(later.head)
    return [q for q in earlier
            if q.sentence != later.sentence and not q.other and q.fresh == later.fresh
            and q.time_cues == later.time_cues and (q.dimension != "count" or (both_heads and q.head))]



_PACKAGES = frozenset(stem(w) for w in PACKAGE_SIZES)
_NEXT_WORDS = re.compile(r"[ \u00a0]+([A-Za-z-]+)(?:[ \u00a0]+([A-Za-z-]+))?")


def package_size(text: str, q: Quantity) -> bool:
    """'a 50-kilogram sack', 'a 12.5-kilogram gas cylinder': a hyphened measure of a package
    (data/units.toml package_sizes) sizes each package, and is no amount of the story."""
    if q.dimension == "count" or "-" not in q.text:
        return False
    after = _NEXT_WORDS.match(text, q.end)
    words = {stem(w.lower()) for w in (after.groups() if after else ()) if w}
    return bool((q.head | words) & _PACKAGES)


_BY_BEFORE = re.compile(r"\bby[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|nearly[ \u00a0]+|some[ \u00a0]+|almost[ \u00a0]+)?$")


def _change_by(text: str, q: Quantity) -> bool:
    """'fell by 1.4 percent': the size of a change, not the level it reached ('rose to 35.7 per cent')."""
    return q.change and bool(_BY_BEFORE.search(text, max(0, q.start - 16), q.start))


_OF_THE = re.compile(r"\bof[ \u00a0]+the[ \u00a0]+$")


def kept_apart(ctx, ref: Quantity, later: Quantity, window: EarlierQuantities | None,
               by_sentence: dict[int, list[Quantity]]) -> bool:
    """A later figure that differs from its reference ``ref`` counts another thing of the kind
    (``window``: the earlier quantities of the measure, None for a score; ``by_sentence``:
    runs.by_sentence of the article's quantities)."""
    if ref.dimension == later.dimension == "percent" and _change_by(ctx.text, ref) != _change_by(ctx.text, later) \
            and not (ref.change and later.change):
        return True  # "transport prices fell by 1.4 percent" ... "food prices reached 1.3 percent": a change, a level
    if later.dimension == "voltage":
        return True  # "the 230 kilovolt line" ... "a 400 kilovolt line": a voltage names the line's class
    if package_size(ctx.text, ref) or package_size(ctx.text, later):
        return True  # "the loaf weighing 50 grams" ... "a 50-kilogram sack of flour": a size, no amount
    if not later.anaphoric and possessed(ctx.text, ref) and not possessed(ctx.text, later):
        return True  # "the hospital's two generators" ... "sent 20 generators to hospitals": an owned set
    if other_named_things(ctx, ref, later):
        return True  # "The dam" after the Taksebt dam, and "The dam" after the Koudiat Acerdoune dam
    if added_item(ctx, ref, later):
        return True  # "The court also issued an absentee ruling against two accused" after "seven accused"
    if both_given(by_sentence, ref, later):
        return True  # "the agency reported that three soldiers had been wounded. The army, which put the number at two, ..."
    if _partitive_rest(ctx, ref, later, by_sentence) or _rate_broken_down(ref, later, by_sentence):
        return True  # "sentencing four of the nine defendants" ... "the acquittal of the five defendants": the rest
    if _qualified_whole(ctx, later, by_sentence):
        return True  # "18 of the 37 boats inspected last month": a whole of its own, not "seven boats" restated
    if later.anaphoric and _OF_THE.search(ctx.text, max(0, later.start - 8), later.start) \
            and any(q.hedged and q.end <= later.start and q.value == later.value and q.unit == later.unit
                    and q.head & later.head for q in by_sentence.get(later.sentence, ())):
        return True  # "the Old Town, which includes more than 900 houses, ... restore 250 of the 900 houses"
    # "12 people in Basra and 21 in Maysan" ... "the 21 dead": the other part restated
    return window is not None and said_beside(ref, later, window)


def one_of_several(counts: dict[int, list[Quantity]], ref: Quantity, later: Quantity) -> bool:
    """'a convoy of 26 trucks' ... 'divided into 16 trucks carrying food, 8 trucks carrying shelter materials
    and 2 trucks carrying medicines': a count beside other counts of its own noun in its sentence that
    together come to no more than the earlier count is one part of that whole broken down, not the whole
    restated ('audited 19 contracts out of the 32 contracts' is no part list of an earlier 23 contracts).
    ``counts``: counts_by_sentence of the article's quantities."""
    if later.dimension != "count" or not later.noun or stem(later.noun) in GENERIC:
        return False
    parts = [c for c in counts.get(later.sentence, ()) if c is not later and c.noun
             and linked(stem(c.noun), stem(later.noun))]
    return bool(parts) and later.value + sum(c.value for c in parts) <= ref.value


_OF_THE = re.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+")


def _part_of(ctx, whole: Quantity, by_sentence: dict[int, list[Quantity]]) -> Quantity | None:
    """The part said right before ``whole`` in a partitive: 'four' of 'four of the nine defendants'."""
    return next((q for q in by_sentence.get(whole.sentence, ()) if q.end <= whole.start
                 and _OF_THE.fullmatch(ctx.text, q.end, whole.start)), None)


def _partitive_rest(ctx, ref: Quantity, later: Quantity, by_sentence: dict[int, list[Quantity]]) -> bool:
    """'four of the nine defendants': a part said of the whole; a later count of the whole's thing that
    is that part or the rest of it ('the five defendants' acquitted) is no restatement of the whole."""
    if ref.dimension != "count" or later.dimension != "count":
        return False
    part = _part_of(ctx, ref, by_sentence)
    return part is not None and later.value in (part.value, ref.value - part.value)


# what sets a partitive's whole apart: a participle or a place right after it ("the 37 boats inspected last
# month", "the 52 canals in the Mallawi district")
_QUALIFIER = re.compile(r"[ \u00a0]+(?:[a-z]+ed\b|(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z]|[a-z]+[ \u00a0]+of[ \u00a0]+[A-Z]))")


def _qualified_whole(ctx, later: Quantity, by_sentence: dict[int, list[Quantity]]) -> bool:
    """The whole of a partitive ('18 of the 37 boats inspected last month') that its own words set apart
    is a group the sentence introduces, not a back-reference to an earlier count."""
    if later.dimension != "count":
        return False
    return _part_of(ctx, later, by_sentence) is not None and _QUALIFIER.match(ctx.text, later.end) is not None


_WHOLE_WORDS = frozenset({"general", "overall", "total", "national", "averag", "whole"})


def _rate_broken_down(ref: Quantity, later: Quantity, by_sentence: dict[int, list[Quantity]]) -> bool:
    """'a general success rate of 71 percent' ... 'the scientific branch recorded 74 percent, while the
    literary branch recorded 66 percent': a share beside another share of its sentence, after the share of
    the whole, is one part's share of the breakdown, no restatement of the whole's."""
    if not ref.dimension == later.dimension == "percent" or later.head & _WHOLE_WORDS:
        return False
    whole = any(q.dimension == "percent" and q.value == ref.value and q.head & _WHOLE_WORDS
                for k in range(max(0, later.sentence - 40), later.sentence) for q in by_sentence.get(k, ()))
    return whole and any(q is not later and q.dimension == "percent" and q.value not in (later.value, ref.value)
                         for q in by_sentence.get(later.sentence, ()))

"""One measured amount given twice with its significant digits in another order, though the two
mentions name it with other words: "registered goods worth 4.7 billion dinars" ... "the total
damage to public money from the operation reached 7.4 billion dinars"; "the area planted with
wheat reached about 265,000 dunums" ... "the planted area reached 256,000 dunums".

``digit_slips.SlipFinder`` asks the two sentences for two shared words and the later mention's
noun for a link to the earlier sentence; a translator's later reference often shares neither
(another noun, another verb, a report's own wording). The digits then carry the weight: two
different amounts of one article that are written in the same unit, on the same scale, with the
same significant digits reordered are rare, so long as the earlier amount is the story's only
amount on that scale (a budget that lists revenue, spending and a deficit is not), and the two
play the same role: neither is a change ("cut 1,205 barrels a day" is not the output of "about
1,250 barrels a day"), an expectation, a ceiling, an old value, or another period's or place's.
What is counted still has to be the story's: the two sentences share a content word (the
commission's "statement", the "season", the "area"), which "Separately, exporters of dates
earned 2.3 billion dinars" after "the health budget reached 3.2 billion dinars" does not; or the
earlier amount is the one the headline gives ("fake contracts worth 4.2 billion dinars" ... "the
amounts paid to the companies reached 2.4 billion dinars"). Units and scale words are no shared
words: every sentence with an amount in dinars says "dinars".
"""
from __future__ import annotations

from collections.abc import Callable

from .quantity_words import Quantity

# A hedged first figure ("about 265,000") allows a close later one, unless this many significant
# digits are reordered: "about 270,000" allows 268,000, not 265,000 for 256,000 (nor 207,000).
_LONG = 3
_HEDGE_TOLERANCE = 0.10
_SIZE_RATIO = 10
# Verbs right before an amount that make it the size of a change, not the level itself.
_CHANGE_VERBS = frozenset("""cut cuts cutting reduced reduce reduces reducing lowered lower lowers
slashed slash trimmed trim raised raise raises raising added adds adding increased increase increases
decreased decrease decreases lost lose loses losing saved save saves shed sheds""".split())


def _significant(digits: str) -> str:
    return digits.strip("0")


def _permuted(a: str, b: str) -> bool:
    return a != b and sorted(a) == sorted(b) and len(_significant(a)) >= 2 and a.rstrip("0") != b.rstrip("0")


def _same_size(a: float, b: float) -> bool:
    """Within a factor of ten: amounts a reader could take for one another."""
    return a > 0 and b > 0 and max(a, b) <= _SIZE_RATIO * min(a, b)


def _plays_another_role(q: Quantity) -> bool:
    """A change, an expectation, a ceiling, or another value than the story's own level."""
    return q.change or q.expected or q.ceiling or q.fresh or q.other and not q.total


def lone_permutation(later: Quantity, earlier: list[Quantity], shared: Callable[[Quantity, Quantity], int],
                     verb_before: Callable[[Quantity], str]) -> Quantity | None:
    """The earlier amount ``later`` restates with its digits reordered, or None. ``earlier`` are
    the earlier amounts of ``later``'s dimension; ``shared`` counts the content words of two
    mentions' sentences in common; ``verb_before`` is the word right before a mention's number."""
    if len(_significant(later.digits)) < 2 or _plays_another_role(later) or later.hedged:
        return None
    on_scale = [q for q in earlier if q.unit == later.unit and q.scale == later.scale
                and q.part not in ("caption", "credit") and _same_size(q.value, later.value)]
    if not on_scale or len({q.value for q in on_scale}) != 1:
        return None  # none, or several amounts of this size: a list of figures, not one restated
        # (a farmer's "40 dunums" does not make the season's "265,000 dunums" one of several)
    ref = on_scale[-1]
    if not _permuted(ref.digits, later.digits) or ref.sentence == later.sentence or _plays_another_role(ref):
        return None
    if ref.time_cues != later.time_cues or ref.per != later.per:
        return None  # another period ("last year"), a rate against a total, or another unit's price
    if ref.names_near and later.names_near and ref.names_near.isdisjoint(later.names_near):
        return None  # said of two places or owners
    if ref.hedged and abs(ref.value - later.value) <= _HEDGE_TOLERANCE * ref.value \
            and len(_significant(ref.digits)) < _LONG:
        return None  # a close pair under a hedge needs three significant digits reordered
    if (verb_before(ref) in _CHANGE_VERBS) != (verb_before(later) in _CHANGE_VERBS):
        return None  # "producing about 1,250 barrels" ... "the stoppage cut 1,205 barrels": a change of it
    headline = any(q.part == "headline" for q in on_scale)  # the story's own amount, said in its headline
    return ref if headline or shared(ref, later) >= 1 else None

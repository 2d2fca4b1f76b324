"""Figure swaps: one amount's figure repeated with its currency or its scale word changed, in a
later mention that points back at it ("2.8 million dollars" ... "the 2.8 million euro project";
"6,300 dirhams a year" ... "the 6,300 dollars received"; "1.3 billion dirhams" ... "the 1.3
million dirhams that the city pays"). A translator who carries a figure over keeps its digits and
may garble the word beside them; two amounts of one article seldom share a figure by chance when
it has two significant digits, or when both name the same thing ("a fine of 500,000 pounds" ...
"the 500,000-dollar fine"). The frames that keep other pairs apart (a target against an actual
figure, a comparison) are not asked: the shared figure is the evidence. A figure of three significant
digits or more ("412.5 million dollars" ... "the revenues which reached 412.5 billion dollars") is that
evidence alone, pointing back or not; two bounds of one figure that name the same thing ("the market
value of the shipment exceeds 9 million Jordanian dinars" ... "the shipment, worth more than 9 million
US dollars") are one bound garbled. Linear: one index by figure."""
from __future__ import annotations

import re

from .measure_swaps import measure_swaps
from .quantities import Quantity, same_value
from .quantity_pairs import any_linked
from .quantity_words import STOP
from .units import GENERIC, PRICE_FRAMES, stem

_AMOUNT = "money"  # the dimension whose unit words a translator swaps (data/units.toml currencies)


def _figure(q: Quantity) -> tuple:
    return (q.dimension.split(":")[0], q.numeral)


_TELLING_DIGITS = 3  # significant digits of a figure that no other amount of the story repeats by chance


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def _said_before(ctx, ref: Quantity, later: Quantity) -> bool:
    """What the later bound names is named in the earlier bound's sentence, before its figure ("the
    estimates of the losses ... amounted to more than 6 billion riyals" ... "the more than 6 billion
    dollars in losses"): a subject further off than the figure's own clause (Quantity.near)."""
    if ctx is None:
        return False
    seg = ctx.sentences[ref.sentence]
    words = {stem(w.lower()) for w in _WORD.findall(ctx.text, seg.start, ref.start) if w.lower() not in STOP}
    return any_linked(frozenset((later.head | later.near) - GENERIC), frozenset(words - GENERIC))


_LARGE = 1e6  # a scale word that makes an amount a budget's, a grant's, a loss's: million and above


def _telling_amount(ref: Quantity, later: Quantity, significant: int) -> bool:
    """'save no more than 12 million dinars' ... 'savings estimated at 12 million dollars': two significant
    digits that are no round figure (the last one not a 5) on a scale of millions, in another sentence,
    are seldom two amounts' by chance, pointing back or not; round ones are ('the World Bank pledged 25
    million dollars' ... 'the European Union pledged 25 million euros')."""
    return significant == 2 and later.scale >= _LARGE and not later.digits.strip("0").endswith("5") \
        and ref.sentence != later.sentence


def _priced_alike(ref: Quantity, later: Quantity) -> bool:
    """'the loaf remains fixed at 20 piastres' ... 'the loaf sold at 20 pounds': one currency's sub-unit and
    unit (data/units.toml: piastre, fils, halala) with one figure, said of the same thing (a counted noun
    or a content word of their clauses in common): a price a hundred times off is the unit garbled."""
    return any_linked(ref.head - GENERIC - PRICE_FRAMES, later.head - GENERIC - PRICE_FRAMES) \
        or bool((ref.near & later.near) - GENERIC - PRICE_FRAMES)


def _swapped(ref: Quantity, later: Quantity, ctx=None) -> bool:
    """(one sentence is no bar: "reached 4.7 million riyals, ..., and that the 4.7 million dollars will")"""
    other_unit = ref.unit != later.unit and ref.scale == later.scale
    other_scale = ref.unit == later.unit and ref.scale != later.scale
    if not (other_unit or other_scale):
        return False
    significant = len(later.digits.strip("0"))
    if significant >= _TELLING_DIGITS and not (ref.hedged and later.hedged):
        return True
    if _telling_amount(ref, later, significant):  # ("9.4 billion riyals" ... "9.4 million riyals" too)
        return True
    if other_unit and ref.dimension == later.dimension and ref.sentence != later.sentence:
        return _priced_alike(ref, later)
    if later.hedged:  # a bound restated as a bound of the same thing (named around either)
        return ref.hedged and (any_linked(ref.head, later.head | later.near) or any_linked(later.head, ref.near)
                               or other_unit and _said_before(ctx, ref, later))
    # (the headline's amount is the story's: "... to raise trade exchange to 20 billion dollars" ... "the
    # target of 20 million dollars" points back at it, whatever the nouns)
    return later.anaphoric and (significant >= 2 or any_linked(ref.head, later.head)
                                or other_scale and ref.part == "headline")


def _candidate(q: Quantity) -> bool:
    """A later amount that may garble an earlier one's word: one that points back, or whose figure
    or bound alone can tie it to one (_swapped)."""
    return q.anaphoric or q.hedged or q.scale == 1 or len(q.digits.strip("0")) >= 2 and q.scale >= _LARGE \
        or len(q.digits.strip("0")) >= _TELLING_DIGITS


def figure_swaps(ctx, qs: list[Quantity], skip=lambda q: False) -> list[tuple[Quantity, Quantity]]:
    """(earlier, later) pairs: a definite later amount with an earlier one's figure in another
    currency or on another scale, when no earlier amount has the later one's value; and a measure's
    figure with another unit or scale (measure_swaps)."""
    seen: dict[tuple, list[Quantity]] = {}
    values: dict[str, list[Quantity]] = {}  # earlier amounts by unit, for "said before" (few per unit)
    out = []
    for q in qs:
        if not q.dimension.startswith(_AMOUNT) or not q.unit or skip(q) or q.part in ("caption", "credit"):
            continue
        if _candidate(q) and not any(same_value(p, q) for p in values.get(q.unit, ())):
            ref = next((r for r in seen.get(_figure(q), ()) if _swapped(r, q, ctx)), None)
            if ref is not None:
                out.append((ref, q))
        seen.setdefault(_figure(q), []).append(q)
        values.setdefault(q.unit, []).append(q)
    # a measure's unit or scale word garbled the same way ("40 kilometres" ... "40 miles")
    return sorted(out + measure_swaps(ctx, [q for q in qs if not skip(q)]), key=lambda pair: pair[1].start)

"""A total said paragraphs after the two counts that make it: "the torrents destroyed 126 houses
completely and partially damaged 340 others" ... "the total number of the affected houses amounted
to 566 houses". Two counts of one thing joined by "and" in one sentence (the second often "others"),
and a later count of that thing said to be the total, are one tally; machine translation garbles
one figure of it as easily as any other.

The tie is loose (the total may take in more than the two: houses of another province), so the
sum must miss the total by one digit, the two of one length (466 / 566, 1,450 / 1,750):
near_totals.one_digit_off, the prior of a slip, not of a wider count. Nearest pair first; one
breakdown per total.
"""
from __future__ import annotations

import re

from .near_totals import one_digit_off
from .runs import by_sentence as quantities_by_sentence
from .quantity_words import Quantity
from .units import FAMILIES, linked, stem

_REACH = 8  # sentences from the pair back to it, at most
# "the total number of the affected houses amounted to", "in total,", "a total of"
_TOTAL_CUE = re.compile(r"\b(?:total[ \u00a0]+(?:number|count)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,3}?"
                        r"(?:amounted|amounts|reached|reaches|stood|stands|rose|totalled|totaled|is|was|were|came)"
                        r"(?:[ \u00a0]+(?:to|at))?|(?:a|the)[ \u00a0]+total[ \u00a0]+of|in[ \u00a0]+total,?)[ \u00a0]+$",
                        re.IGNORECASE)
_AND = re.compile(r"^[^.;:]{0,60}?\band\b[^.;:]{0,40}$")


def _thing(q: Quantity) -> str | None:
    return stem(q.noun) if q.noun and q.noun.lower() not in ("others", "other") else None


def _pair(qs: list[Quantity], noun: str) -> tuple[Quantity, Quantity] | None:
    """The sentence's two counts of ``noun``, the second maybe "others", and no third."""
    counts = [q for q in qs if q.dimension == "count" and not q.hedged]
    own = [q for q in counts if (_thing(q) and linked(_thing(q), noun)) or q.other and not _thing(q)]
    if len(own) != 2 or not _thing(own[0]):
        return None
    return own[0], own[1]


# "14 casualties in total": the cue after the figure
_TOTAL_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?in[ \u00a0]+total\b")
_CASUALTIES = ("casualti", "casualty")


def _casualty_pair(qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """'three dead and nine wounded': the sentence's one count of the dead and one of the hurt, which a
    later count of casualties adds up."""
    counts = [q for q in qs if q.dimension == "count" and not q.hedged]
    dead = [q for q in counts if any("death" in FAMILIES.get(w, ()) for w in q.head)]
    hurt = [q for q in counts if any("injury" in FAMILIES.get(w, ()) for w in q.head)]
    if len(dead) != 1 or len(hurt) != 1 or dead[0] is hurt[0]:
        return None
    return tuple(sorted((dead[0], hurt[0]), key=lambda q: q.start))


def later_totals(ctx, quantities: list[Quantity]) -> list:
    from .tallies import Breakdown  # (tallies reads near_totals, which this module reads)
    by_sentence = quantities_by_sentence(quantities)
    out = []
    for total in quantities:
        noun = _thing(total)
        if total.dimension != "count" or noun is None or total.hedged or total.part in ("caption", "credit") \
                or not (_TOTAL_CUE.search(ctx.text, max(0, total.start - 90), total.start)
                        or _TOTAL_AFTER.match(ctx.text, total.end)):
            continue
        for k in range(total.sentence - 1, max(-1, total.sentence - 1 - _REACH), -1):
            pair = _casualty_pair(by_sentence.get(k, ())) if noun.startswith(_CASUALTIES) \
                else _pair(by_sentence.get(k, ()), noun)
            if pair is None:
                continue
            a, b = pair
            s = a.value + b.value
            if _AND.match(ctx.text[a.end:b.start]) and max(a.value, b.value) < total.value \
                    and s != total.value and one_digit_off(ctx, total, s):
                out.append(Breakdown((a, b), total, exhaustive=True))
            break  # the nearest pair of the thing alone
    return out

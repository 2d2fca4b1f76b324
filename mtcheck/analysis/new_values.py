"""A change "from X to Y" and a later "the new price of Z": the new value restated as another
figure. "raising the price of the bread bundle from 300 pounds to 450 pounds" ... "the new price of
500 pounds will be applied" names the value the change led to, and 500 is not 450.
``new_value_conflicts(ctx, qs)`` returns (the "to" figure, the later one) pairs.

One pass over the quantities: each change remembers its "to" figure and the words of its sentence;
a later "the new <noun> of Z" is compared with the nearest change whose sentence names the noun.
"""
from __future__ import annotations

import re

from .quantities import Quantity, same_value
from .units import stem

# "from 300 Syrian pounds to 450 pounds", "from 300 to 450 pounds"
_TO_BEFORE = re.compile(r"\bto[ \u00a0]+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$", re.IGNORECASE)
# "the new price of 500 pounds", "the new fare, 700 dinars,", "its new tariff of 12 cents", "the new
# bundle weighing 1,200 grams"
_NEW_VALUE = re.compile(r"\b(?:the|its|their)[ \u00a0]+new[ \u00a0]+(?P<noun>[a-z]+)[ \u00a0]*"
                        r"(?:of|,|at|:|weighing|costing|priced[ \u00a0]+at)[ \u00a0]*$", re.IGNORECASE)
# "the reduction of the weight of the bread bundle to 1,100 grams", "raised the price to 400 pounds":
# a change named by its verb or noun, with no "from", gives its new value after "to"
_CHANGE_TO = re.compile(r"\b(?:reduc(?:e|ed|es|ing|tion)|rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|cut(?:s|ting)?"
                        r"|lower(?:ed|s|ing)?|amend(?:ed|s|ing|ment)|adjust(?:ed|s|ing|ment))\b[^,;.]{0,80}?"
                        r"\bto[ \u00a0]+$", re.IGNORECASE)
_LOOK_BACK = 40
_WORD = re.compile(r"[A-Za-z]+")
_MAX_SENTENCES = 25  # a "new price" this far from its change may be another change's


def _changes_to(ctx, qs: list[Quantity]) -> list[tuple[Quantity | None, Quantity]]:
    """(from, to) figures of one sentence: 'from 300 Syrian pounds to 450 pounds'; (None, to) for a
    change with no "from" ('the reduction of the weight of the bundle to 1,100 grams')."""
    out: list[tuple[Quantity | None, Quantity]] = []
    for q in qs:
        seg = ctx.sentences[q.sentence]
        if not q.hedged and _CHANGE_TO.search(ctx.text, max(seg.start, q.number[0] - 120), q.number[0]) \
                and _FROM_BEFORE.search(ctx.text, seg.start, q.number[0]) is None:
            out.append((None, q))
    for prev, q in zip(qs, qs[1:]):
        if prev.sentence != q.sentence or prev.dimension != q.dimension:
            continue
        if _FROM_BEFORE.search(ctx.text, max(0, prev.number[0] - 6), prev.number[0]) is None:
            continue
        if _TO_BEFORE.search(ctx.text, max(prev.end, q.number[0] - 4), q.number[0]) is not None:
            out.append((prev, q))
    return sorted(out, key=lambda c: c[1].start)


def _new_value_noun(ctx, q: Quantity) -> str | None:
    s = q.number[0]
    m = _NEW_VALUE.search(ctx.text, max(0, s - _LOOK_BACK), s)
    return stem(m.group("noun")) if m else None


def new_value_conflicts(ctx, qs: list[Quantity], skip=lambda q: False) -> list[tuple[Quantity, Quantity]]:
    changes = _changes_to(ctx, qs)
    if not changes:
        return []
    words: dict[int, frozenset[str]] = {}
    out = []
    c = -1
    for q in qs:
        while c + 1 < len(changes) and changes[c + 1][1].sentence < q.sentence:
            c += 1
        if c < 0 or skip(q) or q.hedged or q.expected or q.part in ("caption", "credit"):
            continue
        noun = _new_value_noun(ctx, q)
        if noun is None:
            continue
        # the changes of the nearest sentence before that names what is new ("price"); one
        # sentence may change several ("diesel from 620 to 655 fils and gasoline from 900 to 925")
        ones = [new for _, new in changes[:c + 1] if q.sentence - new.sentence <= _MAX_SENTENCES
                and new.dimension.split(":")[0] == q.dimension.split(":")[0]
                and noun in _sentence_stems(ctx, new, words)]
        nearest = [new for new in ones if new.sentence == ones[-1].sentence] if ones else []
        if nearest and not any(same_value(new, q) for new in nearest):
            out.append((nearest[-1], q))
    return out


def _sentence_stems(ctx, q: Quantity, cache: dict[int, frozenset[str]]) -> frozenset[str]:
    if q.sentence not in cache:
        seg = ctx.sentences[q.sentence]
        cache[q.sentence] = frozenset(stem(w) for w in _WORD.findall(ctx.text, seg.start, seg.end))
    return cache[q.sentence]

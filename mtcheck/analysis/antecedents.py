"""Which named thing a sentence's "The dam, ..." is: the nearest "<Name> dam" before it.

"the level of the Taksebt dam fell ... The dam, which has a capacity of 175 million cubic metres"
and, later, "water from the Koudiat Acerdoune dam ... The dam, with a capacity of 157 million
cubic metres": each "The dam" is the dam named last before it, and two dams are two quantities,
however alike their figures. ``named_antecedent(ctx, q)`` gives that name, or None when the
sentence does not open on "The <noun>" or no such name precedes it.
"""
from __future__ import annotations

import re
from functools import lru_cache

_OPENING = re.compile(r"\W*(?:The|the)[ \u00a0]+(?P<noun>[a-z]{3,})\b")
_REACH = 1500  # characters looked back for the name: a paragraph or two
_NAME_WORD = r"[A-Z][\w'\u2019-]*"


@lru_cache(maxsize=256)
def _named(noun: str) -> re.Pattern:
    """'Koudiat Acerdoune dam', 'the Taksebt dam': capitalised words right before the noun."""
    return re.compile(r"(?P<name>%s(?:[ \u00a0]+%s)*)[ \u00a0]+%s\b" % (_NAME_WORD, _NAME_WORD, re.escape(noun)))


def named_antecedent(ctx, q) -> tuple[str, str] | None:
    """(noun, name) of the sentence's opening "The <noun>"."""
    seg = ctx.sentences[q.sentence]
    m = _OPENING.match(ctx.text, seg.start, seg.end)
    if m is None:
        return None
    last = None
    for n in _named(m.group("noun")).finditer(ctx.text, max(0, seg.start - _REACH), seg.start):
        last = n
    if last is None:
        return None
    words = [w for w in last.group("name").split() if w not in ("The", "A", "An")]
    return (m.group("noun"), " ".join(words)) if words else None


def other_named_things(ctx, ref, later) -> bool:
    """Both sentences open on the same "The <noun>", of things named differently just before them."""
    a, b = named_antecedent(ctx, ref), named_antecedent(ctx, later)
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


# "the hospital's two generators", "its 20 buses": a possessive right before the figure
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|(?<![\w'’-])(?:its|their|his|her|our))[ \u00a0]+$", re.IGNORECASE)


def possessed(text: str, q) -> bool:
    """Whether a figure counts a set someone owns ("the hospital's two generators"): an
    indefinite count of the same things later ("sent 20 generators to hospitals") is another set."""
    return bool(_POSSESSIVE_BEFORE.search(text, max(0, q.start - 12), q.start))

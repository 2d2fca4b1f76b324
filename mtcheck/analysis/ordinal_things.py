"""Things an article tells apart by an ordinal: "the fourth line of the metro" ... "The first line
of the metro ... carries about 1.2 million passengers a day", "the first phase" / "the second phase".
A figure said in a sentence that names "the first <noun>", when the article named another ordinal of
that noun before and the other figure's sentence does not name this one, is that other member's
figure: no restatement of the story's own (number-mismatch reads it through quantity_pairs).

The article's "<ordinal> <noun>" phrases are read once per text (one regex pass) and kept sorted.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .units import stem

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_PHRASE = re.compile(r"\b(" + "|".join(_ORDINALS) + r")[ \u00a0]+([a-z]{3,})\b", re.IGNORECASE)
# words after an ordinal that are no counted thing ("the first time", "the second half" of a period)
_NOT_THINGS = frozenset("time times half quarter day days week month year round".split())


@lru_cache(maxsize=4)  # one article's phrases, asked for every pair its figures make
def _phrases(text: str) -> tuple[list[int], list[tuple[str, str]]]:
    starts: list[int] = []
    found: list[tuple[str, str]] = []
    for m in _PHRASE.finditer(text):
        noun = m.group(2).lower()
        if noun not in _NOT_THINGS:
            starts.append(m.start())
            found.append((m.group(1).lower(), stem(noun)))
    return starts, found


def other_member(ctx, ref, later) -> bool:
    """``later`` is said of another ordinal member ('the first line') than the one ``ref`` is of."""
    starts, found = _phrases(ctx.text)
    if not starts:
        return False
    seg = ctx.sentences[later.sentence]
    own = found[bisect_left(starts, seg.start):bisect_left(starts, later.start)]
    if not own:
        return False
    ref_seg = ctx.sentences[ref.sentence]
    in_ref = set(found[bisect_left(starts, ref_seg.start):bisect_left(starts, ref_seg.end)])
    before = found[:bisect_left(starts, seg.start)]
    return any((o, n) not in in_ref and any(n2 == n and o2 != o for o2, n2 in before) for o, n in own)

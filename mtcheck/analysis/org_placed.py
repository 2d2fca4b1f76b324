"""A body named with the place it serves after it ("the Directorate of Agriculture in Nineveh")
and later with the place inside its name ("the Nineveh Agricultural Department"): compared
with the place put in, the two names may differ by a word or a kind word, which the bare names
cannot show (one word of the field left on each side proves nothing on its own).

Only differences of words count here (another word, other letters, another kind word): the
order of a name with its place moved in is the writer's. Names are indexed by the place, so the
work stays linear.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from .gazetteer import gazetteer
from .names import LOOKBACK, Difference, Name, words_in
from .spelling import fold

_IN_PLACE = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+)?)(?![\w'’-])")
_WORD_LEVEL = (Difference.LETTERS, Difference.WORD, Difference.HEAD)


def _place_after(text: str, name: Name) -> tuple[tuple[int, int, str], ...] | None:
    """The words of the place written right after the name, when the gazetteer knows it."""
    m = _IN_PLACE.match(text, name.end)
    if m is None or not gazetteer().in_region(m.group(1)):
        return None
    return words_in(text, m.start(1), m.end(1))


def placed_variants(text: str, names: list[Name], compare: Callable[[Name, Name], Difference | None]
                    ) -> Iterator[tuple[Name, Name, Difference]]:
    """(earlier name with its place after it, later name with the place inside, difference)."""
    by_place: dict[str, list[tuple[Name, Name]]] = {}  # (name, the name with its place put in)
    # compare reads a name's words, link and head, never its offsets: a long article names the
    # same bodies and places again and again, and each pair of wordings is compared once
    answers: dict[tuple, Difference | None] = {}
    for name in names:
        folded = [fold(w) for w in name.texts]
        for key in dict.fromkeys(folded):
            for ref, placed in by_place.get(key, ())[-LOOKBACK:]:
                wording = (_wording(placed), _wording(name))
                if wording not in answers:
                    answers[wording] = compare(placed, name)
                difference = answers[wording]
                # another kind of body and a field of other length: "High Commission for Veterans
                # Affairs in Sudan" / "Sudan Veterans Association" are two bodies sharing a word
                if difference is Difference.HEAD and len(placed.words) != len(name.words):
                    continue
                if difference in _WORD_LEVEL:
                    yield ref, name, difference
                    break
            else:
                continue
            break
        place = _place_after(text, name)
        if place is not None and not {fold(w[2]) for w in place} & set(folded):
            placed = replace(name, words=tuple((s, e, w) for s, e, w in place) + name.words)
            by_place.setdefault(fold(place[0][2]), []).append((name, placed))


def _wording(name: Name) -> tuple:
    """What compare reads of a name."""
    return tuple(name.texts), name.linked, name.head, name.weak, name.kind

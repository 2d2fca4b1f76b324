"""A place's name with the Arabic for "new" after it, in an article that also writes its English
name: "Halfa al-Jadida" beside "New Halfa", "Damietta el-Gedida" beside "New Damietta". English puts
"New" in front; machine translation keeps the Arabic order and word. Alone, "Halfa al-Jadida" is the
town's name as used locally (a gazetteer gives it so), and a place named only so ("El Jadida" in
Morocco, the channel "Al Jadeed") has no name word before it. untranslated words the finding."""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from .glosses import glossed

# a capitalised name (one or two words), then the article and the Arabic for "new" in its spellings
_NEW_PLACE = re.compile(r"(?<![\w'\u2019-])(?P<place>[A-Z][a-z'\u2019]{2,}(?:[ \u00a0-][A-Z][a-z'\u2019]{2,})?)"
                        r"[ \u00a0](?:[Aa]l|[Ee]l)[- \u00a0](?:Jadida|Jadidah|Jadeeda|Jadeedah|Gedida|Gadida|Gdida|Jdida)"
                        r"(?![\w-])")
_NEW_PLACE_NEEDLES = ("jadida", "jadidah", "jadeeda", "gedida", "gadida", "gdida", "jdida")
_NOT_PLACE = frozenset(["Al", "El", "The", "And", "Radio", "Channel", "Newspaper", "Tv"])


class NewPlace(NamedTuple):
    start: int
    end: int
    place: str                  # the place's own name ("Halfa")
    english: tuple[int, int]    # where the article writes "New Halfa"


def new_place_names(text: str, spans: list[tuple[int, int]]) -> Iterator[NewPlace]:
    """The places of ``spans`` (sentences, in text order) named with the Arabic for "new" after them
    where the article also writes their English name; a glossed one is left alone."""
    folded = text.lower()
    if not any(n in folded for n in _NEW_PLACE_NEEDLES):
        return
    for lo, hi in spans:
        for m in _NEW_PLACE.finditer(text, lo, hi):
            s, e = m.span()
            place = m.group("place")
            if place.split()[0] in _NOT_PLACE or glossed(text, s, e, lo, hi):
                continue
            english = _new_name(text, place)
            if english is None:
                continue  # the place's only name in the article: its name, as a gazetteer gives it
            yield NewPlace(s, e, place, english)


def _new_name(text: str, place: str) -> tuple[int, int] | None:
    """Where the article writes the place's English name ("New Halfa"), if it does: only then is
    "Halfa al-Jadida" the same town named two ways; alone it is the town's name as used locally."""
    m = re.search(r"(?<![\w-])New[ \u00a0]+" + re.escape(place) + r"(?![\w-])", text)
    return m.span() if m else None

"""One word of a long name rendered anew: "Agency for the Development of Heritage and Cultural
Promotion" / "Agency for the Exploitation of Heritage and Cultural Promotion" (istighlal, mise
en valeur). Every other word stays in its place, three distinctive words among them: one
Arabic name translated twice, the changed word no listed synonym of the first (the word groups
of ``org_words`` catch those). Distinctive words are field words, not the body's own adjectives
("General"), countries, places or generic nouns ("Affairs"): "General Directorate of Primary
Education in Basra" / "... of Secondary Education in Basra" keep only one and are two bodies.

Machine-translated copy only (the check decides). Names are filed under their words with one
word left blank, so the work stays linear.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from . import lexicon
from .names import Name
from .org_modifiers import place_words
from .org_words import is_head_at, lexicon_, word_difference
from .org_slips import countries
from .spelling import fold

_KEPT = 3  # distinctive words that must stay


def swapped_words(names: list[Name]) -> Iterator[tuple[Name, Name]]:
    """(reference, later) for each later name that is an earlier one with one word swapped."""
    index: dict[tuple, Name] = {}
    seen: set[tuple[str, ...]] = set()
    for later in names:
        words = tuple(fold(w) for w in later.texts)
        if words in seen or len(words) < _KEPT + 2:
            continue
        seen.add(words)
        h = _head(later.texts)
        places = place_words(later.texts)
        free = [i for i in range(len(words)) if i != h and i not in places and _swappable(later.texts[i])]
        keys = [(i, h, later.linked, words[:i] + ("",) + words[i + 1:]) for i in free]
        for key in keys:
            ref = index.get(key)
            i = key[0]
            if ref is not None and word_difference(ref.texts[i], later.texts[i]) is False \
                    and _distinctive(later.texts, {i, h} | places) >= _KEPT:
                yield ref, later
                break
        for key in keys:
            index.setdefault(key, later)


def _head(texts: list[str]) -> int:
    idx = [i for i in range(len(texts)) if is_head_at(texts, i)]
    return idx[-1] if idx else len(texts) - 1


def _swappable(word: str) -> bool:
    """A field word a translation may render anew: an English word, no number, country or
    adjective of the body itself."""
    from .foreign_words import is_english  # lazily: the word list is read only when names are compared

    lex = lexicon_()
    return word not in lex.body_adjectives and word not in lex.ordinals and not _demonym_or_country(word) \
        and word not in _compass_words() and not word[:1].isdigit() and is_english(fold(word))


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    """North, Southern, Upper...: two bodies of two regions (orgs.toml compass_words)."""
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "compass_words"))


def _demonym_or_country(word: str) -> bool:
    return word in lexicon_().demonyms or fold(word) in countries()


def _distinctive(texts: list[str], left_out: set[int]) -> int:
    lex = lexicon_()
    return sum(1 for i, w in enumerate(texts) if i not in left_out and w not in lex.body_adjectives
               and w not in lex.dangling_field_words and not _demonym_or_country(w))

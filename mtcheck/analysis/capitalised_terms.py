"""Capitalised Arabic words that nobody listed, left where English has a common noun: "the Istijwab
session" (questioning), "the Muroor patrols" (traffic police), "the Tashkil committee".

Machine translation capitalises a word it could not translate, as if it were a name, so the
lower-case test of foreign_words.py never sees it. A capitalised word is a candidate only in a
slot where a name is unlikely and only with a shape that Arabic derivation makes and English
and names rarely have:

- after a determiner ("the", "a", "its"), not before another capitalised word (so not inside a name, "the
  Istithmar Bank"), and not before a noun that heads a name of a place or a group ("the Jubour
  tribe", "the Tarmiyah district": ``[name_heads]`` in transliterations.toml);
- with a derived-noun pattern in Arabic consonants: istiCCaC, iCtiCaC(a'), muCaCCiC, muCtaCaC, the plurals of muCaCiC,
  muCaCaCa, maCCuC, taCCiC(a),
  taCaC(C)uC, CuCooC, the broken plural CaCaCiC (not the letter clusters kh, q, aa alone: place
  names have those);
- no English word or adopted loanword, no place the gazetteer knows, and every use of the word in
  the article after a determiner (a word the article also uses bare, "Muroor said", is a name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

# an Arabic consonant: one or two Latin letters, or an apostrophe for an ayn or hamza ("Mu'tamad")
_A1 = "(?:sh|kh|gh|th|dh|[bdfghjklmnqrstwyz'])"
# derived nouns: strong enough alone, unlike the letter clusters of foreign_words._ARABIC_SHAPE
_DERIVED = re.compile(
    r"^isti" + _A1 + _A1 + r"aa?" + _A1 + r"(?:at)?$"                       # istijwab, istithmar
    r"|^i" + _A1 + r"(?:t|ti)" + _A1 + r"aa?" + _A1 + r"(?:at)?$"           # intikhab, ihtijaj
    r"|^mu" + _A1 + r"a" + _A1 + _A1 + r"i" + _A1 + r"(?:in|een|oun|un)?$"  # mufattish, muhandisin
    r"|^mu" + _A1 + r"t[ao]" + _A1 + r"[ai]" + _A1 + r"(?:in|een|oun|un|at)?$"  # mu'tamad, muntakhab
    r"|^mu" + _A1 + r"a" + _A1 + r"i" + _A1 + r"(?:in|een|oun|un|at)$"     # murakibin, musa'idin
    r"|^mu" + _A1 + r"a" + _A1 + r"a" + _A1 + r"a$"                         # musalaha, muhafaza
    r"|^i" + _A1 + r"ti" + _A1 + r"aa?'?$"                                  # iqtira', ibtida'
    r"|^ma" + _A1 + _A1 + r"(?:u|ou|oo)" + _A1 + r"$"                       # mahjuz, masjoun
    r"|^ta" + _A1 + _A1 + r"(?:i|ee)" + _A1 + r"a?$"                        # tashkil, tahwila
    r"|^ta" + _A1 + r"a" + _A1 + r"(?:" + _A1 + r")?u" + _A1 + r"(?:at)?$"  # tadakhul, tajawuzat
    r"|^" + _A1 + r"u" + _A1 + r"(?:oo|ou)" + _A1 + r"$"                    # muroor, shuhoud
    r"|^" + _A1 + r"a" + _A1 + r"a" + _A1 + r"i" + _A1 + r"$")              # awaqil, masajid
# "the Istijwab session", "a Tadreeb programme": a determiner, the word, then no capitalised word or hyphen
_DETERMINER = r"(?<![\w'\u2019-])(?i:the|a|an|its|their|his|her|our|this|these|that|those)[ \u00a0]+"
_SLOT = re.compile(_DETERMINER + r"([A-Z][a-z'\u2019]{3,})"
                   r"(?![\w'\u2019-])(?![ \u00a0]+(?:(?:al|el)-)?[A-Z])(?:[ \u00a0]+([a-z]+))?")


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    data = lexicon.load("transliterations.toml")
    return frozenset(data.get("name_heads", {}).get("words", []))


_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)")


def name_head_after(text: str, end: int, hi: int) -> bool:
    """Does a noun that heads a name follow text[:end] ("the Jubour tribe")?"""
    m = _NEXT_WORD.match(text, end, hi)
    return m is not None and m.group(1) in _name_heads()


_SECOND_WORD = re.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+([a-z]+)")


def _head_after_one(text: str, end: int, hi: int) -> bool:
    """A name's head one word on: "the Tawasul national system", "the Sanad electronic platform"."""
    m = _SECOND_WORD.match(text, end, hi)
    return m is not None and m.group(1) in _name_heads()


def shaped(word: str) -> bool:
    """Has the lower-case word (an apostrophe in it standing for an ayn or hamza) a derived-noun shape of Arabic?"""
    return _DERIVED.search(word) is not None


def capitalised_terms(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of capitalised unlisted Arabic words in common-noun slots, in the sentences given."""
    from .foreign_words import is_foreign

    out: list[tuple[int, int]] = []
    bare: dict[str, bool] = {}
    for lo, hi in spans:
        for m in _SLOT.finditer(text, lo, hi):
            word = m.group(1)
            folded = word.lower().replace("\u2019", "'")
            if not shaped(folded) or m.group(2) in _name_heads() or not is_foreign(folded.replace("'", "")) \
                    or _head_after_one(text, m.end(1), hi):
                continue
            if word not in bare:
                bare[word] = _used_as_name(text, word)
            if not bare[word]:
                out.append(m.span(1))
    return out


# Every capitalised word of the _SLOT shape standing alone (the boundaries _used_as_name asks
# for): a use of such a word is one of these matches, and each match is a use of its word.
_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z'\u2019]{3,}(?![\w'\u2019-])")
_DETERMINED = re.compile(_DETERMINER + "$")
# The article last read: its text, where each capitalised word stands, and the answers so far.
# Each sentence asks of its own words; a long article asks of one word in thousands of sentences,
# and a search of the whole text for each of them made the check quadratic.
_LAST: list = [None, {}, {}]


def _used_as_name(text: str, word: str) -> bool:
    """Does the article also use the word without a determiner, or does the gazetteer know it?"""
    if _LAST[0] is not text:
        uses: dict[str, list[int]] = {}
        for m in _CAPITALISED.finditer(text):
            uses.setdefault(m.group(), []).append(m.start())
        _LAST[:] = [text, uses, {}]
    answers = _LAST[2]
    if word not in answers:
        answers[word] = _read_as_name(text, word, _LAST[1].get(word, ()))
    return answers[word]


def _read_as_name(text: str, word: str, starts) -> bool:
    for start in starts:
        if not _DETERMINED.search(text[max(0, start - 7):start]):
            return True
    from .gazetteer import gazetteer

    return bool(gazetteer().ids(word))

"""A word respelled through Arabic letters beside the word itself: "the kabtagon pills" in an
article that also writes "Captagon", "fitamins" beside "vitamins", "blastic" beside "plastic".

Arabic has no p, v or hard c: a foreign word that machine translation carries back from an
Arabic transliteration comes out with b for p, f for v, k for c, and its vowels guessed anew.
Two words of one article that read the same once those letters are folded together and the
vowels dropped (``arabic_key``), where one is spelled with a letter Arabic lacks and the other,
written in lower case (a common noun, not a person's name), has none of them and is no English
word, are the same term: the second a mangled respelling of the first. No table is needed: the
article itself names the right spelling. One pass over the article's words; each distinct word
is keyed once.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# a word of five letters or more, inside a whitespace-separated token ("(Captagon),")
_TOKEN_WORD = re.compile(r"(?<![\w'\u2019-])[A-Za-z][a-z]{4,}(?![\w'\u2019-])")
# letters Arabic script does not have: a word spelled with one is a foreign word written as such
_NOT_ARABIC = re.compile(r"[pvcx]")
# folded in order: digraphs first, then one Latin letter for each Arabic one
# (kh is Arabic's own letter kha, which no English word respelled comes out with: "rokhsa" is no "reaches")
_FOLDS = ((re.compile(r"kh"), "H"), (re.compile(r"ph"), "f"), (re.compile(r"ck|qu|q|c(?=[aou]|[^aeiouy]|$)"), "k"), (re.compile(r"c"), "s"),
          (re.compile(r"x"), "ks"), (re.compile(r"p"), "b"), (re.compile(r"v"), "f"), (re.compile(r"j"), "g"),
          (re.compile(r"[aeiouyw]"), ""), (re.compile(r"(.)\1+"), r"\1"))
_MIN_KEY = 4  # consonants: a shorter skeleton is shared by too many unrelated words


def arabic_key(word: str) -> str:
    """The word as Arabic letters keep it: p as b, v as f, hard c and q as k, no vowels, no
    doubled letters ("Captagon" and "kabtagon" -> "kbtgn")."""
    key = word.lower()
    for rx, repl in _FOLDS:
        key = rx.sub(repl, key)
    return key


@dataclass(frozen=True)
class Respelling:
    start: int
    end: int
    word: str
    proper: str           # the article's own spelling of the term
    proper_span: tuple[int, int]


def respellings(text: str, spans: list[tuple[int, int]]) -> list[Respelling]:
    """Lower-case words in ``spans`` (the article's sentences) that respell through Arabic
    letters another word of the article spelled with p, v or c. The article's distinct words are
    keyed once; only the few respellings found are then looked for, word by word."""
    from .foreign_words import is_english

    proper_of: dict[str, list[str]] = {}   # key -> the words spelled with p, v or c
    plain: list[str] = []
    # the distinct whitespace-separated tokens first (one C-level pass), their words after
    for word in {w for token in set(text.split()) for w in _TOKEN_WORD.findall(token)}:
        key = arabic_key(word)
        if len(key) < _MIN_KEY:
            continue
        if _NOT_ARABIC.search(word.lower()):
            proper_of.setdefault(key, []).append(word)
        elif word.islower():
            plain.append(word)
    pairs = {w: proper_of[arabic_key(w)] for w in plain if arabic_key(w) in proper_of}
    pairs = {w: p for w, p in pairs.items() if all(x.lower() != w for x in p) and not is_english(w)}
    if not pairs:
        return []
    starts = [lo for lo, _ in spans]
    found: dict[str, list[tuple[int, int]]] = {}
    wanted = set(pairs) | {x for p in pairs.values() for x in p}
    for m in re.finditer(r"(?<![\w'\u2019-])(?:" + "|".join(map(re.escape, sorted(wanted, key=len, reverse=True)))
                         + r")(?![\w'\u2019-])", text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= spans[k][1]:
            found.setdefault(m.group(), []).append(m.span())
    out = []
    for word, propers in pairs.items():
        proper = min(((found[p][0], p) for p in propers if p in found), default=None)
        if proper is None:
            continue
        out.extend(Respelling(s, e, word, proper[1], proper[0]) for s, e in found.get(word, []))
    return sorted(out, key=lambda r: r.start)

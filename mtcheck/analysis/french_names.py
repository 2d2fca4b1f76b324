"""French names of bodies left beside their English rendering: "the Tunisian Chemical Group" ...
"the Groupe Chimique Tunisien had announced". Maghreb state companies and offices have French
official names; a translation that renders one sentence and leaves the next in French names the
body two ways. A French name is a run opening with a French kind word (Office, Société, Groupe,
L'Algérienne) and going on with French words; it is read word by word into the English words a
translation renders them by (data/french_orgs.toml) and matched against the article's English
names of bodies.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from . import lexicon
from ..segment import Segment
from .names import Name
from .org_words import is_org_head, stem

_TOKEN = re.compile(r"[A-Za-z\u00c0-\u00ff]+")
# only spaces or an elided article's apostrophe between two words of one name
_JOIN = re.compile(r"[ \u00a0]*['’]?[ \u00a0]*")
_ENGLISH_FILLER = frozenset({"of", "the", "for", "and", "in", "on"})


@dataclass(frozen=True)
class FrenchName:
    start: int
    end: int
    readings: tuple[tuple[str, ...], ...]  # per content word: the English words it may be


@dataclass(frozen=True)
class _Data:
    heads: frozenset[str]
    function_words: frozenset[str]
    words: dict[str, tuple[str, ...]]
    phrases: dict[tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _data() -> _Data:
    d = lexicon.load("french_orgs.toml")
    return _Data(
        heads=lexicon.word_set(d["heads"]),
        function_words=lexicon.word_set(d["function_words"]),
        words={k: tuple(v) for k, v in d["words"].items()},
        phrases={tuple(_TOKEN.findall(_plain(k))): tuple(v) for k, v in d["phrases"].items()},
    )


def _plain(word: str) -> str:
    return anyascii(word).lower()


_ACCENTED = {"a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç"}
_WINDOW = 24  # words read after a kind word: a name is shorter; bounded, so linear


@lru_cache(maxsize=1)
def _head_rx() -> re.Pattern:
    """A capitalised French kind word, accents optional: one scan of the text finds where a
    French name may open, instead of reading every word of an English article."""
    def letters(word: str) -> str:
        return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in word)
    heads = sorted(_data().heads, key=len, reverse=True)
    alternation = "|".join(f"[{h[0].upper()}{_ACCENTED.get(h[0], h[0]).upper()}]{letters(h[1:])}" for h in heads)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")  # "L'Algérienne": after an apostrophe too


def french_names(text: str, sentences: list[Segment]) -> list[FrenchName]:
    data = _data()
    out: list[FrenchName] = []
    starts = [s.start for s in sentences]
    taken = 0  # a name ends here: a kind word inside it opens no other
    for m in _head_rx().finditer(text):
        if m.start() < taken:
            continue
        seg = sentences[max(bisect_right(starts, m.start()) - 1, 0)]
        if seg.part in ("marker", "credit") or not seg.start <= m.start() < seg.end:
            continue
        tokens = []
        for t in _TOKEN.finditer(text, m.start(), seg.end):
            tokens.append((t.start(), t.end(), _plain(t.group())))
            if len(tokens) >= _WINDOW:
                break
        name = _read(text, tokens[:_extent(text, tokens, 0, data)], data)
        if name is not None:
            out.append(name)
            taken = name.end
    return out


def _extent(text: str, tokens, i: int, data: _Data) -> int:
    """The end (exclusive token index) of a French name opening at token i."""
    j = i + 1
    while j < len(tokens) and _JOIN.fullmatch(text, tokens[j - 1][1], tokens[j][0]) \
            and (tokens[j][2] in data.function_words or tokens[j][2] in data.words):
        j += 1
    while j > i + 1 and tokens[j - 1][2] in data.function_words:
        j -= 1
    return j


def _read(text: str, tokens, data: _Data) -> FrenchName | None:
    from .foreign_words import english_words
    words = [t[2] for t in tokens]
    readings, k = [], 0
    while k < len(words):
        phrase = next((p for p in data.phrases if tuple(words[k:k + len(p)]) == p), None)
        if phrase is not None:
            readings.append(data.phrases[phrase])
            k += len(phrase)
            continue
        if words[k] not in data.function_words:
            readings.append(data.words.get(words[k], (words[k],)))
        k += 1
    french = any(w in data.function_words for w in words) or any(
        _plain(text[s:e]) != text[s:e].lower() or w not in english_words() for s, e, w in tokens)
    if len(readings) < 2 or len(tokens) < 3 or not french:
        return None
    return FrenchName(tokens[0][0], tokens[-1][1], tuple(readings))


def same_body(french: FrenchName, english: Name) -> bool:
    """Whether every word of the French name is a word of the English name, which keeps at most
    one word more, a kind word ("L'Algérienne des Eaux" / "Algerian Water Company")."""
    eng = [w for w in english.texts if w.lower() not in _ENGLISH_FILLER]
    free = list(range(len(eng)))
    stems = [stem(w) for w in eng]
    for reading in french.readings:
        hit = _match(reading, eng, stems, free)
        if hit is None:
            return False
        for i in hit:
            free.remove(i)
    return len(free) == 0 or (len(free) == 1 and is_org_head(eng[free[0]]))


def _match(reading: tuple[str, ...], eng: list[str], stems: list[str], free: list[int]) -> list[int] | None:
    for alt in reading:
        parts = alt.split()
        hit = []
        for part in parts:
            key = stem(part)
            i = next((i for i in free if i not in hit and stems[i] == key), None)
            if i is None:
                break
            hit.append(i)
        else:
            return hit
    return None

"""Organisations and places written two ways.

Organisations are capitalised runs that end in an institution word ("Egyptian Drug
Authority"); places are capitalised runs after a place cue ("in Jounieh") or before a place
word ("Ras Lanuf terminal"). Two runs of the same kind are one name written two ways when
they line up word by word and each pair of words is the same name (``spelling.relation``),
or, for organisations, when one word turns plural or swaps for a synonym of the same kind of
body ("Association"/"Federation"). Word order changes and short forms ("Interior Ministry"
for "Ministry of Interior", "Joint Operations" for "Joint Operations Command") are house
style, never a finding.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Iterator

from . import lexicon
from ..segment import Segment
from .spelling import Relation, fold, relation, strip_article

_CAPW = r"(?:(?:[aAeE]l|[aA][dshtzrn]{1,2})-)?[A-Z][A-Za-z'’]*(?:-[A-Za-z][a-z'’]*)*"
_SP = r"[ \u00a0]+"
_LINK = r"(?:of|for|and|the|on|al|el|de)"
_RUN = re.compile(rf"(?<![\w'’-]){_CAPW}(?:{_SP}(?:{_LINK}{_SP})*{_CAPW})*")
_ACRONYM_WORD = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z]{3,})(?![\w'’-])")

_OPENERS = frozenset("The A An This That These Those Its His Her Their Our Both Each Every".split())
ORG_HEADS = frozenset("""
Authority Association Federation Confederation Union Council Command Corporation Company Ministry
Department Directorate Office Service Services Forces Force Army Navy Guard Guards Police Court
Committee Commission Agency Organisation Organization Institute University Bank Fund Group Party
Movement Front Brigade Brigades Battalion Division Bureau Chamber Coalition Alliance Assembly
Tribunal Prosecution Academy Society Foundation League Club Parliament Cabinet Secretariat Network
Centre Center Council Board Syndicate
""".split())
# Heads that name the same kind of body: swapping one for another changes the name (error).
HEAD_SYNONYMS = [frozenset(g.split()) for g in (
    "Association Federation Confederation Union", "Authority Agency", "Company Corporation",
    "Ministry Department", "Institute Centre Center", "Command Headquarters")]


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    words: tuple[tuple[int, int, str], ...]  # (start, end, text) of each capitalised word
    kind: str                                # "org" or "place"


def _words(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    return tuple((start + m.start(), start + m.end(), m.group()) for m in re.finditer(_CAPW, text[start:end]))


def organisations(text: str, sentences: list[Segment]) -> list[Name]:
    out = []
    for seg in sentences:
        if seg.part in ("marker", "credit"):
            continue
        for m in _RUN.finditer(text, seg.start, seg.end):
            words = _words(text, m.start(), m.end())
            # an organisation's run holds an institution word: "Egyptian Drug Authority",
            # "Directorate-General of Forests"; what follows the last one is kept only after "of"
            heads = [i for i, w in enumerate(words) if any(p in ORG_HEADS for p in w[2].split("-"))]
            if not heads:
                continue
            between = text[words[heads[-1]][1]:words[-1][1]] if heads[-1] < len(words) - 1 else ""
            if not re.search(r"[ \u00a0](?:of|for)[ \u00a0]", between):
                words = words[:heads[-1] + 1]
            # a sentence-initial "The" or other non-name is not part of the name
            while words and words[0][2] in _OPENERS:
                words = words[1:]
            if len(words) >= 2:
                out.append(Name(words[0][0], words[-1][1], words, "org"))
    return out


@lru_cache(maxsize=1)
def _place_cue_rx() -> re.Pattern:
    cues = sorted(lexicon.names().place_cues, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s\u00a0]))(?:" + "|".join(re.escape(c) for c in cues) + r")[ \u00a0]+$",
                      re.IGNORECASE)


def places(text: str, sentences: list[Segment], exclude: list[tuple[int, int]]) -> list[Name]:
    lex = lexicon.names()
    cue_rx = _place_cue_rx()
    out = []
    for seg in sentences:
        if seg.part in ("marker", "credit"):
            continue
        for m in _RUN.finditer(text, seg.start, seg.end):
            words = _words(text, m.start(), m.end())
            if any(w[2] in ORG_HEADS or w[2] in lex.institution_words and w[2].lower() not in lex.place_heads
                   for w in words):
                continue
            if any(a < m.end() and m.start() < b for a, b in exclude):
                continue
            words = tuple(w for w in words if w[2] not in lex.not_names)
            if not words or len(words) > 3:
                continue
            before = text[max(seg.start, m.start() - 20):m.start()]
            after = text[m.end():m.end() + 20].lstrip(" \u00a0")
            after_word = re.match(r"[a-z]+", after)
            cue = bool(cue_rx.search(before)) or bool(after_word and after_word.group() in lex.place_heads)
            if cue:
                out.append(Name(words[0][0], words[-1][1], words, "place"))
    return out


def _plural(a: str, b: str) -> bool:
    a, b = sorted((a.lower(), b.lower()), key=len)
    return b in (a + "s", a + "es") or (a.endswith("y") and b == a[:-1] + "ies")


def _sz(a: str, b: str) -> bool:
    return len(a) == len(b) and a != b and a.lower().replace("z", "s") == b.lower().replace("z", "s")


class Difference(Enum):
    """How a later name differs from an earlier one it conflicts with (weakest first)."""
    FORM = 1       # case, hyphen, space or article only: "Al-Qaim" / "Al Qaim" / "Qaim"
    WORD_FORM = 2  # a word's form: plural, -ise/-ize: "Drug" / "Drugs"
    LETTERS = 3    # the same word in other letters: "Ras Lanuf" / "Ras Lanouf"
    HEAD = 4       # another word for the same kind of body: "Association" / "Federation"


_BY_RELATION = {Relation.FORM: Difference.FORM, Relation.LETTERS: Difference.LETTERS}


def compare(ref: Name, later: Name) -> Difference | None:
    """None when the two are unrelated (or equal); else the strongest difference."""
    a = [w[2] for w in ref.words]
    b = [w[2] for w in later.words]
    if a == b:
        return None
    if len(a) != len(b):
        # words joined or split by a hyphen ("Directorate-General"), or, for places, an
        # article dropped or added ("Al Qaim" / "Qaim")
        rel = relation(" ".join(a), " ".join(b), strict=True)
        if ref.kind != "place" and rel is not Relation.FORM:
            return None
        return _BY_RELATION.get(rel)
    found: list[Difference] = []
    for x, y in zip(a, b):
        if x == y:
            continue
        rel = relation(x, y, strict=True)
        if rel in _BY_RELATION:
            found.append(_BY_RELATION[rel])
        elif ref.kind == "org" and (_plural(x, y) or _sz(x, y)):
            found.append(Difference.WORD_FORM)
        elif ref.kind == "org" and any(x in g and y in g for g in HEAD_SYNONYMS):
            found.append(Difference.HEAD)
        else:
            return None  # another word: another body or place
    return max(found, key=lambda d: d.value) if found else None


def conflicts(names: list[Name]) -> Iterator[tuple[Name, Name, Difference]]:
    """(reference, later, difference) for each name that conflicts with an earlier one."""
    for i, later in enumerate(names):
        for ref in names[:i]:
            difference = compare(ref, later)
            if difference:
                yield ref, later, difference
                break


def acronym_case(text: str, sentences: list[Segment]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """("Agoco", "AGOCO"): (reference span, later span) pairs of one acronym in two casings."""
    first: dict[str, tuple[int, int, str]] = {}
    pairs = []
    sentence_starts = {s.start for s in sentences}
    for seg in sentences:
        if seg.part in ("marker", "credit", "headline"):
            continue
        for m in _ACRONYM_WORD.finditer(text, seg.start, seg.end):
            w = m.group(1)
            if not (w.isupper() or w[1:].islower()):
                continue
            if not w.isupper() and m.start() in sentence_starts:
                continue  # a capitalised word opening a sentence may be an ordinary word
            key = w.lower()
            if key not in first:
                first[key] = (m.start(), m.end(), w)
            elif first[key][2] != w:
                pairs.append(((first[key][0], first[key][1]), (m.start(), m.end())))
    # only words that are ever written all in capitals are acronyms
    return [(r, l) for r, l in pairs if text[r[0]:r[1]].isupper() or text[l[0]:l[1]].isupper()]

"""One body's name written joined and apart: "the PetroMasila company" / "the Petro Masila
teams", "the YemenMobile company" / "Yemen Mobile", "the Yemeni coastguard" / "the Yemeni Coast
Guard". Machine translation carries a brand written in one word or two, or a compound in lower
case beside the capitalised name, from sentence to sentence: a stray-space or capitals variant.

A name in two capitalised parts written joined ("PetroMasila") counts where one of its writings
names a body (a kind word follows, or it is inside an organisation's name); a lower-case
compound counts when it joins two words of an organisation's name and follows the same word
("Yemeni"). One pass over the text for each kind of writing: linear.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .names import Name
from .org_words import is_org_head
from .spelling import fold

_JOINED = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})([A-Z][a-z]{2,})(?![\w'’-])")
_APART = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})[ \u00a0]+(?=([A-Z][a-z]{2,})(?![\w'’-]))")
_LOWER = re.compile(r"(?<![\w'’-])[a-z]{6,}(?![\w'’-])")
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")


@dataclass(frozen=True)
class Spacing:
    ref: tuple[int, int]    # the first writing
    later: tuple[int, int]  # the same name written the other way


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "lowercase_kinds"))


def spacings(text: str, orgs: list[Name]) -> list[Spacing]:
    return sorted(_brands(text, orgs) + _compounds(text, orgs) + _punctuation(text, orgs), key=lambda s: s.later)


_LISTED = {",": "list", "and": "list-and", ", and": "list-and"}


def _punctuation(text: str, orgs: list[Name]) -> list[Spacing]:
    """"the Martyrs Foundation" / "the Martyrs' Foundation": one name, a possessive apostrophe
    put in or left out, or its listed words joined otherwise (the names' words are compared
    without either)."""
    first: dict[tuple[str, ...], tuple[tuple, Name]] = {}
    out = []
    for n in orgs:
        marks = tuple(text[e:e + 1] in ("'", "’") and w[-1:] in ("s", "S") for _, e, w in n.words)
        # "Roads, Bridges and Land Transport" / "Roads and Bridges and Land Transport": a listed
        # field joined by a comma and by "and" (wa rendered word for word)
        marks += tuple(_LISTED.get(text[e:s].strip(" \u00a0").lower()) for (_, e, _), (s, _, _) in zip(n.words, n.words[1:]))
        ref = first.setdefault(tuple(fold(w) for w in n.texts), (marks, n))
        if ref[0] != marks:
            out.append(Spacing((ref[1].start, ref[1].end), (n.start, n.end)))
    return out


def _brands(text: str, orgs: list[Name]) -> list[Spacing]:
    joined: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in _JOINED.finditer(text):
        joined.setdefault((m.group(1), m.group(2)), []).append(m.span())
    if not joined:
        return []
    apart: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in _APART.finditer(text):
        key = (m.group(1), m.group(2))
        if key in joined:
            apart.setdefault(key, []).append((m.start(), m.end() + len(m.group(2))))
    bodies = {s for n in orgs for s, _, _ in n.words}  # where a word of a body's name starts
    out = []
    for key, spans in apart.items():
        mentions = sorted(joined[key] + spans)
        if not any(_names_body(text, s, bodies) for s in mentions):
            continue
        first_joined = mentions[0] in joined[key]
        out.extend(Spacing(mentions[0], s) for s in mentions[1:] if (s in joined[key]) != first_joined)
    return out


def _names_body(text: str, span: tuple[int, int], bodies: set[int]) -> bool:
    """A kind word right after the mention ("company", "Group"), or an organisation's name holding it."""
    m = _NEXT_WORD.match(text, span[1])
    return bool(m and (m.group(1) in _kinds() or is_org_head(m.group(1)))) or span[0] in bodies


def _compounds(text: str, orgs: list[Name]) -> list[Spacing]:
    """"the Yemeni coastguard" beside "the Yemeni Coast Guard": two words of a name joined in lower case."""
    pairs: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for n in orgs:
        for (s0, _, w0), (s1, e1, w1), (_, e2, w2) in zip(n.words, n.words[1:], n.words[2:]):
            if w1.isalpha() and w2.isalpha() and _APART.match(text, s1):
                pairs.setdefault((w1 + w2).lower(), []).append((fold(w0), (s0, e2)))
    if not pairs:
        return []
    out = []
    for m in _LOWER.finditer(text):
        named = pairs.get(m.group())
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) if named else None
        if before is None:
            continue
        for word, span in named:
            if fold(before.group(1)) == word:
                mention = (before.start(1), m.end())
                out.append(Spacing(*sorted((mention, span))))
                break
    return out

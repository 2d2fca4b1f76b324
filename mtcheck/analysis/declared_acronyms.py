"""Names that declare their acronym in brackets though no kind word makes them a body's name:
"Tunis Afrique Presse (TAP)", "Tunisian African Press (TAP)". Two such names spelling one acronym
with other words are one body named two ways (the acronym says so), whatever their words are.

A run counts when the initials of its capitalised words spell the acronym ("of", "for", "the",
"de", "al" and the like left out), so a bracketed code after an unrelated phrase does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .spelling import fold

# up to eight capitalised words (with the small words of names between them) right before "(TAP)"
_DECLARED = re.compile(r"((?:[A-Z][\w'’-]*[ \u00a0]+(?:(?:of|for|and|the|de|du|des|la|le|al|el|d')[ \u00a0]+)*){2,8})"
                       r"\(([A-Z]{2,8})\)")
# where _DECLARED can match: an acronym in brackets, after the run of the characters its name is
# written with (a match holds nothing else, so it starts inside that run)
_BRACKETED = re.compile(r"\(([A-Z]{2,8})\)")
_NAME_CHAR = re.compile(r"[\w'’ \u00a0-]")
_SMALL = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "al", "el", "d'"})


@dataclass(frozen=True)
class Declared:
    start: int
    end: int
    acronym: str
    words: tuple[str, ...]   # folded


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _SMALL).upper()


def _declarations(text: str):
    """The matches of _DECLARED over the text, in order: looked for only in the run of name
    characters before each bracketed acronym (rare), not tried at every capital of the text."""
    for b in _BRACKETED.finditer(text):
        start = b.start()
        while start > 0 and _NAME_CHAR.match(text, start - 1):
            start -= 1
        yield from _DECLARED.finditer(text, start, b.end())


def declared(text: str) -> dict[str, list[Declared]]:
    """Each acronym with the names that spell it out before it in brackets, in text order."""
    out: dict[str, list[Declared]] = {}
    for m in _declarations(text):
        acronym, words = m.group(2), m.group(1).split()
        # the name may start after words of the sentence: the last run whose initials spell it
        for k in range(len(words)):
            if _initials(words[k:]) == acronym and words[k][:1].isupper() and words[k].lower() not in _SMALL:
                start = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                start = text.index(words[k], start)
                end = m.end(1)
                while end > start and text[end - 1] in " \u00a0":
                    end -= 1
                out.setdefault(acronym, []).append(Declared(start, end, acronym, tuple(fold(w) for w in words[k:])))
                break
    return out

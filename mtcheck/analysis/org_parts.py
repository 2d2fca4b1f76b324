"""A body named as a part of another: "the Competitions Committee of the Egyptian Football
Association" holds the committee's own name ("Competitions Committee"), which a later sentence
may give alone ("the Competition Committee of the association"). A capitalised run reads as one
name whose head is the parent's; its part, the words up to the first head, is read here.

A part's name is generic ("Media Office", "Legal Committee"): two parents each have one, so a
part is compared only with a name given without a parent, or with the same parent's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import Name
from .org_words import is_head_at, is_org_head
from .spelling import fold

_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


@dataclass(frozen=True)
class Part:
    name: Name                 # the part's own name: "Competitions Committee"
    parent: tuple[str, ...]    # the parent's words, folded: ("egyptian", "football", "association")


def part_of(text: str, name: Name) -> Part | None:
    """The part named before "of (the)" and another body's name, when the part has a head of
    its own and two words at least."""
    texts, words = name.texts, name.words
    for i in range(1, len(words) - 1):
        if is_head_at(texts, i):
            if not _OF.match(text, words[i][1], words[i + 1][0]):
                return None
            if not any(is_org_head(w) for w in texts[i + 1:]):
                return None  # "Department of Studies": a field, not a parent
            part = Name(name.start, words[i][1], words[:i + 1], "org")
            return Part(part, tuple(fold(w) for w in texts[i + 1:]))
    return None


def with_parts(text: str, names: list[Name]) -> tuple[list[Name], dict[int, tuple[str, ...]]]:
    """The names with each part's name after its whole, and each part's parent by id."""
    out: list[Name] = []
    parents: dict[int, tuple[str, ...]] = {}
    for n in names:
        out.append(n)
        p = part_of(text, n)
        if p is not None:
            out.append(p.name)
            parents[id(p.name)] = p.parent
    return out, parents

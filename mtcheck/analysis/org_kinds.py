"""A body's kind word swapped for another, every other word of its name kept: a machine
translation renders one Arabic kind (sharika, hay'a, mudiriya) two ways. ``org_compare`` asks.
Data: service_kinds and corporate_kinds in data/orgs.toml.
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .names import Difference, Name
from .org_modifiers import place_words
from .org_words import lexicon_
from .spelling import fold


def same_frame(ref: Name, later: Name, ha: int, hb: int) -> bool:
    """The two names word for word the same around their heads, at the same place, both linked or
    neither: only the kind word differs."""
    a, b = ref.texts, later.texts
    return ha == hb and len(a) == len(b) and ref.linked == later.linked \
        and all(fold(x) == fold(y) for i, (x, y) in enumerate(zip(a, b)) if i != ha)


@lru_cache(maxsize=1)
def _corporate_kinds() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("orgs.toml").get("corporate_kinds", ""))


def service_kind_swapped(head_a: str, head_b: str, mods_a: list[str], mods_b: list[str],
                         framed: bool = False) -> Difference | None:
    """Every other word kept, the kind of a service body swapped for another kind: "Oil Products
    Distribution Company" / "Oil Products Distribution Directorate". Two field words at least
    must stay (besides places, countries' adjectives and "General"): "Jordan Water Company" and
    "Water Authority of Jordan" are two bodies. One field word is enough in a long name written
    word for word the same around a corporate kind ("General Company for Ports of Iraq" /
    "General Authority for Ports of Iraq": sharika rendered as hay'a)."""
    kinds = lexicon_().service_kinds
    if head_a not in kinds or head_b not in kinds:
        return None
    if sorted(fold(w) for w in mods_a) != sorted(fold(w) for w in mods_b):
        return None
    lex, places = lexicon_(), place_words(mods_a)
    fields = [w for i, w in enumerate(mods_a) if i not in places and w not in lex.demonyms
              and w not in lex.body_adjectives]
    if len(fields) >= 2:
        return Difference.HEAD
    corporate = _corporate_kinds()
    long_frame = framed and len(fields) == 1 and len(mods_a) >= 3
    return Difference.HEAD if long_frame and head_a in corporate and head_b in corporate else None

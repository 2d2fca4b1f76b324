"""Bodies the article itself tells apart: a name introduced as another body's parent, subsidiary,
sister or affiliate ("The mother company, Kuwait Petroleum Corporation, said ...", "Brega, a
subsidiary of the National Oil Corporation") names a second body, however like the first its
words are (a company and its parent share their country and their trade). Data: the relation
nouns in data/orgs.toml (relation_nouns).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .names import Name
from .spelling import fold


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    nouns = "|".join(sorted(lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml",
                                                              "relation_nouns")), key=len, reverse=True))
    kinds = r"company|corporation|firm|group|body|organi[sz]ation|entity|authority|agency|institution"
    # "its parent company, X", "the mother company X", "a sister firm, the X"
    before = re.compile(rf"(?<![\w-])(?:{nouns})(?:[ \u00a0]+(?:{kinds}))?,?[ \u00a0]+(?:the[ \u00a0]+)?$",
                        re.IGNORECASE)
    # "X, a subsidiary of ...", "X, its parent", "X (a unit of ...)"
    after = re.compile(rf"[ \u00a0]*[,(][ \u00a0]*(?:a|an|its|the|which[ \u00a0]+is)[ \u00a0]+(?:\w+[ \u00a0]+)?"
                       rf"(?:{nouns})(?![\w-])", re.IGNORECASE)
    return before, after


def related_body(text: str, name: Name) -> bool:
    """Whether the article introduces the name as a relative of another body, or sets it apart
    from one ("distinct from the X", "X, another teachers' union")."""
    before, after = _patterns()
    apart_before, another = _apart_patterns()
    return bool(before.search(text, max(0, name.start - 40), name.start) or after.match(text, name.end)
                or apart_before.search(text, max(0, name.start - 40), name.start) or another.match(text, name.end))


@lru_cache(maxsize=1)
def _apart_patterns() -> tuple[re.Pattern, re.Pattern]:
    cues = lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "distinct_cues")
    alternation = "|".join(re.escape(c).replace(r"\ ", r"[ \u00a0]+") for c in sorted(cues, key=len, reverse=True))
    before = re.compile(rf"(?<![\w-])(?:{alternation})[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
    another = re.compile(r"[ \u00a0]*[,(][ \u00a0]*another[ \u00a0]+", re.IGNORECASE)
    return before, another



@lru_cache(maxsize=1)
def _distinct() -> dict[str, int]:
    """Each listed real body's name, folded, with the number of its group."""
    groups = lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "distinct_bodies")
    return {" ".join(fold(w) for w in name.replace(" of ", " ").replace(" and ", " ").split()): i
            for i, group in enumerate(groups) for name in group}


def known_apart(ref: Name, later: Name) -> bool:
    """Whether both names are established names of two real bodies of one group (data/orgs.toml
    distinct_bodies: "Kuwait Oil Company" and its parent "Kuwait Petroleum Corporation")."""
    known = _distinct()
    a = known.get(" ".join(fold(w) for w in ref.texts))
    b = known.get(" ".join(fold(w) for w in later.texts))
    return a is not None and a == b and [fold(w) for w in ref.texts] != [fold(w) for w in later.texts]


_IN_PLACE = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


@lru_cache(maxsize=1)
def _unit_kinds() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "branch_kinds"))


def regional_unit(text: str, ref: Name, later: Name, head_of) -> bool:
    """Whether the later name is a regional unit of the earlier national body: a department's
    kind word placed in a town or a region ("the Consumer Protection Department in North Al
    Batinah") after a body of another kind named without a place ("the Public Authority for
    Consumer Protection"). The other way round (the unit first, "the General Authority" later)
    is one body renamed."""
    if not _IN_PLACE.match(text, later.end) or _IN_PLACE.match(text, ref.end):
        return False
    kinds = _unit_kinds()
    return head_of(later) in kinds and head_of(ref) not in kinds

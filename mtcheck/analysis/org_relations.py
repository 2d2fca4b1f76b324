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
    """Whether the article introduces the name as a relative of another body."""
    before, after = _patterns()
    return bool(before.search(text, max(0, name.start - 40), name.start) or after.match(text, name.end))


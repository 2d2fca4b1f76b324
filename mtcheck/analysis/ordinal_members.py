"""A group that grows by an ordinal member: "the papers of two defendants" ... "sentenced a third
defendant to 15 years" ... "the three defendants agreed". "A third defendant" says the group is
three, so a later "the three defendants" agrees with it, not against "two defendants".

``OrdinalMembers(text)`` reads every "a third <noun>" of the article once; ``counts(later)`` says
whether a count was announced by such a member before it (the ordinal is the count's value).
"""
from __future__ import annotations

import re

from .units import linked, stem

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_MEMBER = re.compile(r"\b(?:a|an|the)[ \u00a0]+(" + "|".join(_ORDINALS) + r")[ \u00a0]+([a-z]+)", re.IGNORECASE)


class OrdinalMembers:
    def __init__(self, text: str):
        self._at: dict[int, list[tuple[int, str]]] = {}
        for m in _MEMBER.finditer(text):
            self._at.setdefault(_ORDINALS[m.group(1).lower()], []).append((m.start(), stem(m.group(2))))

    def counts(self, later) -> bool:
        """``later`` (a count) has the value of an ordinal member named before it of what it counts."""
        if later.dimension != "count" or not later.head or later.value != int(later.value):
            return False
        return any(start < later.start and any(linked(noun, h) for h in later.head)
                   for start, noun in self._at.get(int(later.value), ()))

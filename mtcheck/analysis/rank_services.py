"""The service a rank belongs to and the staff qualifier, written before or after the rank.

"Police Colonel" (aqid shurta), "Brigadier (Police) Awad", "Major General Pilot Ali Hadi"
(al-liwa' al-tayyar, in Arabic order): the same rank as without the service. "Major General
(Staff)", "Brigadier Staff Ali" (al-'amid al-rukn): the staff rank, as "Staff Brigadier".
Words: ``rank_services`` and ``rank_after`` in data/titles.toml.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon

if TYPE_CHECKING:
    from .person_titles import Title

_WS = re.compile(r"[ \u00a0]+")
_IN_BRACKETS = re.compile(r"[ \u00a0]*\(([A-Za-z]+(?:[ \u00a0][A-Za-z]+)?)\)")
_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+)(?=[ \u00a0]+[A-Z])")
_STAFF = frozenset({"staff", "rukn"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(services, lower case; the words written after a rank before the name)."""
    data, f = lexicon.load("titles.toml"), "titles.toml"
    services = lexicon.word_set(lexicon.require(data, f, "rank_services"))
    return frozenset(w.lower() for w in services), frozenset(lexicon.word_set(lexicon.require(data, f, "rank_after")))


@lru_cache(maxsize=1)
def _title_ids() -> frozenset[str]:
    return frozenset(td.id for td in lexicon.titles()[0].values())


def rank_service(words: str) -> bool:
    """"Police" in "Police Colonel", "Pilot" in "Pilot Brigadier General": the service the rank
    belongs to, which the same rank may later be written without."""
    services = _words()[0]
    return all(w.lower() in services for w in _WS.split(words.strip()))


def service_after(text: str, t: "Title", end: int) -> "Title":
    """The rank with its service or staff qualifier after it, if one follows."""
    m = _IN_BRACKETS.match(text, t.end, end)
    if not (m and (rank_service(m.group(1)) or m.group(1).lower() in _STAFF)):
        m = _WORD_AFTER.match(text, t.end, end)
        if not (m and m.group(1) in _words()[1]):
            return t
    staff = f"staff-{t.id}"
    tid = staff if m.group(1).lower() in _STAFF and staff in _title_ids() else t.id
    return replace(t, id=tid, end=m.end(), text=text[t.start:m.end()])

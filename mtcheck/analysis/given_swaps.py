"""A person whose given name a later sentence swaps for another: "the Governor of Al-Mahra, Salem
Awadh Kalshat" ... "Ahmed Kalshat stated that the governorate has allocated a budget".

Coreference never ties two different given names together (brothers, a father and his son share
the rest of the name). A machine translation that swaps the given name leaves a telltale shape
that a new person in wire copy does not have: the later name opens its sentence with no title and
no description, goes straight on to say something, and its family name (with the father's name,
when given) is the one an official of the story already bears, and nobody else's.
"""
from __future__ import annotations

import bisect
import re

from . import lexicon
from .coreference import Cast, tied_relation
from .people import Mention, Person, _speech_after
from .spelling import Relation, fold

# a leading adverbial is no description: "For his part, Ahmed Kalshat said"
_OPENING = re.compile(r"^[\"'“‘(\[ \u00a0]*(?:(?:For (?:his|her) part|Meanwhile|In turn|Separately|Later),[ \u00a0]+)?$")


def swapped_given_names(text: str, sentence_starts: list[int], cast: Cast) -> list[tuple[Mention, Mention]]:
    """(reference mention, later mention) for each person whose only name is another given name
    put before an official's family name."""
    by_family: dict[str, list[Person]] = {}
    for person in cast.people:
        keys = set()
        for m in person.mentions:
            if not m.bare and len(m.units) >= 2:
                keys.add(fold(m.units[-1].text))
                keys.add(_family_key(m))
        for key in sorted(keys):
            by_family.setdefault(key, []).append(person)
    out = []
    given_names = lexicon.names().given_names
    for person in cast.people:
        m = person.mentions[0]
        if not _bare_statement(text, sentence_starts, person, m, given_names):
            continue
        earlier = [p for p in by_family.get(_family_key(m), ()) if p is not person
                   and p.mentions[0].start < m.start]
        if len(earlier) != 1:
            continue  # nobody, or a family: which one would it be?
        ref = next((r for r in earlier[0].mentions if r.titles and len(r.units) >= 2 and r.start < m.start), None)
        if ref is None or any(fold(u.text) == fold(m.units[0].text) for u in ref.units):
            continue  # "Mohamed Saad El-Din" ... "Saad El-Din said": his family name, not a new given name
        if tied_relation(ref.units[0].text, m.units[0].text, given=True) is Relation.DIFFERENT:
            out.append((ref, m))
    return out


def _family_key(m: Mention) -> str:
    """The family name, with the father's name when three names or more are written."""
    return " ".join(fold(u.text) for u in m.units[-2:]) if len(m.units) >= 3 else fold(m.units[-1].text)


def _bare_statement(text: str, sentence_starts: list[int], person: Person, m: Mention, given_names) -> bool:
    """A person met once, untitled and undescribed, whose name opens a sentence and says something."""
    if len(person.mentions) != 1 or m.titles or m.bare or m.quoted or m.introduced or len(m.units) < 2:
        return False
    if m.units[0].text not in given_names:
        return False
    i = bisect.bisect_right(sentence_starts, m.start) - 1
    if i < 0 or not _OPENING.match(text[sentence_starts[i]:m.start]):
        return False
    return bool(_speech_after().match(text, m.end))

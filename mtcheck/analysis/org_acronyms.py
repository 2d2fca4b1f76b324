"""Organisation names and their acronyms: the capitals an acronym of a name has, the part of a
name its acronym spells, a name that spells the same acronym with other words, and a name's
short form (fewer words, as written, the same head).

Read by the org-variant check beside ``org_compare`` (which compares two spelled-out names).
"""
from __future__ import annotations

from dataclasses import replace

from .names import Name
from .org_words import head_index, lexicon_, word_difference
from .spelling import fold


def initials(name: Name) -> str:
    """"Syrian Democratic Forces" -> "SDF": the capitals an acronym of the name would have."""
    return "".join(w[:1] for w in name.texts if w[:1].isupper())


def same_acronym_body(ref: Name, later: Name) -> bool:
    """A later name that spells out the acronym of ref with other words, under the same head
    (or another word for it): "Syrian Democratic Forces (SDF)" / "Syrian Defence Forces"."""
    if later.texts == ref.texts or len(later.texts) != len(ref.texts) or len(ref.texts) < 3:
        return False
    if initials(ref) != initials(later):
        return False
    head = word_difference(ref.texts[_head(ref)], later.texts[_head(later)], heads=True)
    if head is False:
        return False
    # "Jordan Armed Forces (JAF)" / "Jordanian Air Force": a branch of the forces is another body
    new_words = {fold(w) for w in later.texts} - {fold(w) for w in ref.texts}
    return not new_words & lexicon_().branch_words


def acronym_part(name: Name, acronym: str) -> Name | None:
    """The part of a name its acronym spells: the whole name, or its first words when the rest
    qualifies them ("United Nations Relief and Works Agency" of "... for Palestine Refugees
    (UNRWA)"); None when no first words of three or more spell it."""
    if initials(name) == acronym:
        return name
    for k in range(3, len(name.words)):
        part = replace(name, words=name.words[:k], linked=False)
        if initials(part) == acronym:
            return part
    return None


def short_form_of(ref: Name, later: Name) -> bool:
    """Whether later is ref's short form: fewer words, each written as in ref, ref's head among
    them ("the Engineers Association" after "the Jordan Engineers Association")."""
    a, b = {fold(w) for w in ref.texts}, [fold(w) for w in later.texts]
    if not (len(b) < len(ref.texts) and set(b) <= a and fold(later.texts[_head(later)]) == fold(ref.texts[_head(ref)])):
        return False
    # words moved across a head English keeps in place are no short form: "General Company of
    # Electricity" after "General Electricity Company of Libya" is a garbled order; nor, around a
    # head English reorders, words swapped on one side of it ("Ministry of Displaced and
    # Migration" after "Iraqi Ministry of Migration and Displaced")
    in_order = _in_order(b, [fold(w) for w in ref.texts])
    if later.texts[_head(later)] in lexicon_().reorder_heads:
        return in_order or ref.linked != later.linked
    return in_order


def _in_order(short: list[str], full: list[str]) -> bool:
    """Whether the words of short come in full in the same order."""
    rest = iter(full)
    return all(w in rest for w in short)



def _head(name: Name) -> int:
    return head_index(tuple(name.texts))

"""Two writings of one organisation's name that differ more than a word's form yet stay one
name: the official title beside the short English name, a plural field noun made singular when
the name moves across its head, a two-word name rendered word by word. ``org_compare`` asks.
"""
from __future__ import annotations

from .names import Difference, Name
from .org_words import head_index, lexicon_, number_only
from .spelling import fold


def _head(name: Name) -> int:
    return head_index(tuple(name.texts))


def made_singular(a: str, b: str, a_linked: bool) -> bool:
    """Whether the word of the name written with "of" is the plural of the other's."""
    plural, singular = (a, b) if a_linked else (b, a)
    return number_only(plural, singular) and len(fold(plural)) > len(fold(singular))


def official_title(ref: Name, later: Name) -> bool:
    """Whether one name is the other's full official title: a country's adjective, the head,
    then "for" and the same field ("Unified Procurement Authority" / "Egyptian Authority for
    Unified Procurement", "Saudi Authority for Industrial Cities"), the way Gulf and Egyptian
    bodies title themselves in English."""
    full, short = (ref, later) if ref.linked else (later, ref)
    if not full.linked or short.linked or len(full.texts) != len(short.texts) + 1:
        return False
    return full.texts[0] in lexicon_().demonyms and _head(full) == 1 \
        and {fold(w) for w in full.texts[1:]} == {fold(w) for w in short.texts}


def rendered_word_by_word(ref: Name, later: Name, diffs: list[Difference | None]) -> bool:
    """One Arabic name of two words, kind and field ("majlis al-nuwwab"), each rendered anew by a
    listed sibling: "House of Representatives" / "Council of Deputies". Both written with "of",
    nothing else in them, so no third word could tell two bodies apart. Not an office's kind
    word (service_kinds): a ministry's "Office of Information" and "Department of Media" may be
    two of its units."""
    if not (ref.linked and later.linked and len(ref.texts) == len(later.texts) == 2 and diffs == [Difference.WORD]):
        return False
    return not {ref.texts[_head(ref)], later.texts[_head(later)]} & lexicon_().service_kinds

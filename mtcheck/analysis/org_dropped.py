"""A qualifier dropped from a body's full listed name: "the Ministry of National Education,
Preschool and Sports" ... "the Ministry of Education, Preschool and Sports". A writer who
shortens such a name drops whole fields ("the Education Ministry") or the list; the whole list
written again with one modifier of a field left out is a slip (a warning, in machine-translated
copy: the check decides).

Names are indexed by their words with one modifier left out, so the work stays linear.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .gazetteer import gazetteer
from .names import Name
from .org_slips import countries as countries_
from .org_words import is_org_head
from .spelling import fold

_LINK = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?$")
_ITEM_GAP = re.compile(r",|[ \u00a0]and[ \u00a0]|&")


def _field_items(text: str, name: Name) -> list[list[int]] | None:
    """The indexes of the name's field words after its "of"/"for", item by item ("National
    Education" | "Preschool" | "Sports"); None unless the field lists three words or more in
    two items or more."""
    words = name.words
    link = next((i for i in range(len(words) - 1)
                 if is_org_head(words[i][2]) and _LINK.search(text, words[i][1], words[i + 1][0])), None)
    if link is None or len(words) - link - 1 < 3:
        return None
    items = [[link + 1]]
    for i in range(link + 2, len(words)):
        if _ITEM_GAP.search(text, words[i - 1][1], words[i][0]):
            items.append([i])
        else:
            items[-1].append(i)
    return items if len(items) >= 2 else None


def _droppable(texts: list[str], items: list[list[int]]) -> list[int]:
    """The modifiers of the fields: a word before the last of its item, not a place's name or a
    country's adjective (a place left out is a short form)."""
    countries = countries_()
    return [i for item in items for i in item[:-1]
            if fold(texts[i]) not in countries and not gazetteer().in_region(texts[i])]


def dropped_qualifiers(text: str, names: list[Name]) -> Iterator[tuple[Name, Name]]:
    """(full name, later name without one of its fields' modifiers)."""
    shortened: dict[tuple[str, ...], Name] = {}
    for name in names:
        words = tuple(fold(w) for w in name.texts)
        ref = shortened.get(words)
        if ref is not None and ref.start < name.start:
            yield ref, name
            continue
        items = _field_items(text, name)
        if items is None:
            continue
        for i in _droppable(name.texts, items):
            shortened.setdefault(words[:i] + words[i + 1:], name)

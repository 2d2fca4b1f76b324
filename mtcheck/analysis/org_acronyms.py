"""Organisation names and their acronyms: the acronyms an article declares ("Popular
Mobilisation Forces (PMF)"), an acronym written in two casings ("Agoco" / "AGOCO"), the capitals
an acronym of a name has, the part of a name its acronym spells, a name that spells the same
acronym with other words, and a name's short form (fewer words, as written, the same head).

Read by the org-variant check beside ``org_compare`` (which compares two spelled-out names).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..segment import Segment
from .names import Name
from .org_words import head_index, lexicon_, word_difference
from .spans import Spans
from .spelling import fold

_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\(([A-Z]{2,8})\)")
_ACRONYM_WORD = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z]{3,})(?![\w'’-])")


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


def acronyms(text: str, names: list[Name]) -> dict[str, list[Name]]:
    """"Popular Mobilisation Forces (PMF)": each acronym with the names that spell it out."""
    out: dict[str, list[Name]] = {}
    for n in names:
        m = _ACRONYM_AFTER.match(text, n.end)
        if m:
            out.setdefault(m.group(1), []).append(n)
    return out


class _CapitalsLines:
    """Whether a position lies on a line in capitals only ("WEST QURNA", "UMRAH SEASON"): a wire
    crosshead, where every word is capitalised by the layout, so its words tell nothing of how a
    name is cased. Asked in text order, each line is read once: the sentences of one long line
    share its answer instead of each rescanning the line (quadratic on a paragraph of thousands of
    sentences)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.end = 0  # the last line read: text[start:end]
        self.capitals = False

    def hold(self, pos: int) -> bool:
        if not self.start <= pos < self.end:
            text = self.text
            # past the last line's end (a newline), the search for this line's start stops there
            self.start = text.rfind("\n", self.end if pos > self.end else 0, pos) + 1
            end = text.find("\n", pos)
            self.end = end if end >= 0 else len(text)
            line = text[self.start:self.end]
            self.capitals = sum(c.isalpha() for c in line) >= 4 and not any(c.islower() for c in line)
        return self.capitals


def acronym_case(text: str, sentences: list[Segment], exclude: list[tuple[int, int]] = (),
                 brands: frozenset[str] = frozenset()) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """("Agoco", "AGOCO"): (reference span, later span) pairs of one acronym in two casings."""
    first: dict[str, tuple[int, int, str]] = {}
    pairs = []
    excluded = Spans(exclude)
    sentence_starts = {s.start for s in sentences}
    capitals_line = _CapitalsLines(text)
    for seg in sentences:
        if seg.part in ("marker", "credit", "headline") or capitals_line.hold(seg.start):
            continue
        for m in _ACRONYM_WORD.finditer(text, seg.start, seg.end):
            w = m.group(1)
            if excluded.hold(m.start()):
                continue  # "NAJAF, Iraq (Reuters) -": a dateline's capitals
            if not (w.isupper() or w[1:].islower()):
                continue
            if not w.isupper() and m.start() in sentence_starts:
                continue  # a capitalised word opening a sentence may be an ordinary word
            key = w.lower()
            if key not in first:
                first[key] = (m.start(), m.end(), w)
            elif first[key][2] != w:
                pairs.append(((first[key][0], first[key][1]), (m.start(), m.end())))
    # only words that are ever written all in capitals are acronyms; a name's own word set in capitals
    # as its short name ("Sohar Port and Freezone (SOHAR)") is that name's brand, not "Sohar" garbled
    return [(r, l) for r, l in pairs if (text[r[0]:r[1]].isupper() or text[l[0]:l[1]].isupper())
            and text[r[0]:r[1]].upper() not in brands]


# "Sohar Port and Freezone (SOHAR)": a capitalised word of the name right before the brackets, set in capitals
_BRAND = re.compile(r"\(([A-Z]{3,})\)")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def brand_words(text: str) -> frozenset[str]:
    """The words written in capitals in brackets as the short name of the name right before them, which
    holds the word itself ("SOHAR" after "Sohar Port and Freezone")."""
    return frozenset(m.group(1) for m in _BRAND.finditer(text)
                     if any(w.group().upper() == m.group(1)
                            for w in _NAME_WORD.finditer(text, max(0, m.start() - 60), m.start())))


def brand_spans(text: str, brands: frozenset[str]) -> list[tuple[int, int]]:
    """Every occurrence of such a brand in capitals: no place name ("SOHAR aims to reach ...")."""
    out = []
    for w in brands:
        out += [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    return sorted(out)

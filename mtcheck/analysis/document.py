"""The analysed article every check reads: its text, sentences and marker, and each analysis
(people, organisations, places, quantities, dates) computed once, on first use.

Checks read a ``Document``; they never compute an analysis themselves and never import one
another, so two checks that need the people of an article share one ``doc.people``.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..segment import Segment

if TYPE_CHECKING:  # the analyses import their modules lazily: a check that needs none pays for none
    from .dates import DateMention
    from .coreference import Cast
    from .quantities import Quantity
    from .names import Name

SKIPPED_PARTS = ("marker", "credit")
_OPENING = "\"'“‘(["  # what may stand before a sentence's first word


@dataclass
class Document:
    """One article as the checks see it. Offsets are into ``text`` (the analysis view); the
    pipeline maps findings back to the input as read."""

    text: str
    sentences: list[Segment]
    machine_translated: bool
    marker_span: tuple[int, int] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    # Set by the back-translation stage when a backend ran.
    backtranslation: Any = None

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing offset (the nearest before it otherwise)."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def opens_sentence(self, offset: int) -> bool:
        """Whether only quotes or brackets stand before offset in its sentence: a word there is
        capitalised by grammar ("Al-Hol, run by ..." for "al-Hol")."""
        seg = self.sentences[self.sentence_at(offset)]
        return not self.text[seg.start:offset].strip(_OPENING + " \u00a0")

    def only_opening_case(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Whether two spans differ only in their first letter's case and one of them opens a
        sentence ("Al-Sabawi said" for "al-Sabawi"): grammar's capital, not a variant."""
        ta, tb = self.text[a[0]:a[1]], self.text[b[0]:b[1]]
        if ta[1:] != tb[1:] or ta[:1].lower() != tb[:1].lower():
            return False
        return self.opens_sentence(a[0]) or self.opens_sentence(b[0])

    @cached_property
    def hijri_dates(self) -> list:
        """Hijri dates ("15 Shaban 1445 AH"); the date check reads them twice."""
        from .hijri import read_hijri_dates
        return read_hijri_dates(self)

    @cached_property
    def body_sentences(self) -> list[Segment]:
        return [s for s in self.sentences if s.part != "marker"]

    @cached_property
    def content_sentences(self) -> list[tuple[int, Segment]]:
        """(index, sentence) of every sentence an analysis reads: not the marker or a credit."""
        return [(i, s) for i, s in enumerate(self.sentences) if s.part not in SKIPPED_PARTS]

    # ------------------------------------------------------------------ analyses
    @cached_property
    def people(self) -> "Cast":
        """Every person mention, tied to one person each."""
        from .coreference import analyse
        return analyse(self.text, self.sentences)

    @property
    def human_wire(self) -> bool:
        """A wire story with its dateline and no machine-translation marker: the reporter's own
        English, where a calque-like phrase or a region's word is the writer's choice."""
        return not self.machine_translated and bool(self.datelines)

    @cached_property
    def datelines(self) -> list[tuple[int, int]]:
        """Wire datelines ("BAGHDAD (Reuters) -"): no organisation, place or acronym."""
        from .names import datelines
        return datelines(self.text, self.sentences)

    @cached_property
    def orgs(self) -> "list[Name]":
        """Organisation names in reading order."""
        from .orgs import organisations
        return organisations(self.text, self.sentences, exclude=self.datelines)

    @cached_property
    def places(self) -> "list[Name]":
        """Place names in reading order (never inside a person's mention or a dateline)."""
        from .org_acronyms import brand_spans
        from .places import places, read_as_person
        # the names only: a title's complement ("the Governor of Minya") may name a place
        people = [(m.name_start, m.name_end) for m in self.people.mentions if read_as_person(self.text, m)]
        # ("Sohar Port and Freezone (SOHAR)": "SOHAR" is the company, no place)
        # ("the 5th of Shawwal 1445 AH": a Hijri month, no place)
        hijri = [(h.start, h.end) for h in self.hijri_dates]
        return places(self.text, self.sentences, exclude=people + self.datelines + brand_spans(self.text, self.brands) + hijri)

    @cached_property
    def acronyms(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """(reference span, later span) of one acronym written in two casings."""
        from .org_acronyms import acronym_case
        return acronym_case(self.text, self.sentences, exclude=self.datelines, brands=self.brands)

    @cached_property
    def brands(self) -> frozenset[str]:
        """Names' words set in capitals as their bracketed short names ("Sohar Port and Freezone (SOHAR)")."""
        from .org_acronyms import brand_words
        return brand_words(self.text)

    @cached_property
    def quantities(self) -> "list[Quantity]":
        from .quantities import extract
        return extract(self)

    @cached_property
    def rare_names(self) -> dict[int, frozenset[str]]:
        """Per sentence index, the proper nouns found in at most three sentences."""
        from .proper_nouns import rare_names
        return rare_names(self.text, self.sentences)

    @cached_property
    def dates(self) -> "list[DateMention]":
        from .dates import extract
        return extract(self)

"""house-style: a name written otherwise than the house's preferred spelling.

The preferred spellings come from the configuration (``[house-style] spellings``, read by
the pipeline into ``ctx.options["house_spellings"]``). A person's name (the surname, or
the whole name when the house form has several words) that is another spelling of a house
form, as :func:`mtcheck.analysis.spelling.relation` decides, is flagged, even when the
article spells it the same way throughout. Dropping the Arabic article on a later
mention ("Al Kadhimi", then "Kadhimi") is allowed unless ``drop-article-particle = false``.
"""
from __future__ import annotations

import re

from ..analysis import lexicon
from ..analysis.spelling import Relation, relation
from .base import Check, Document

_VARIANT = (Relation.FORM, Relation.LETTERS)


class HouseStyle(Check):
    rule = "house-style"
    code = "MT110"
    doc = "Flags a name spelled otherwise than the house's preferred spelling (configured in [house-style])."
    explanation = """\
    Each name in the configuration's house-style spellings (`spellings = ["Al Kadhimi"]`) is the
    one way the publication writes that name. Any other spelling of it (other letters, case,
    hyphens or spacing, as the name-variant rule compares names) is flagged, with the house form
    as the suggestion, even when the article spells the name the same way throughout.

    Wire copy and machine translation each bring their own transliteration; a house spelling keeps
    a publication's archive searchable and its pages consistent with each other, not only within
    one article.
    """
    example = ("Iraq tightens border security\n\nPrime Minister Mustafa al-Kadhimi visited the border on "
               "Monday. Mr al-Kadhimi said troops would stay.\n")
    # The rule reads the configuration; its example runs with this house style.
    example_config = {"house-style": {"spellings": ["Al Kadhimi"]}}
    default_severity = "warning"
    options = {
        "house-style.spellings": "the preferred spellings, e.g. [\"Al Kadhimi\", \"Abdul Amir al-Shammari\"]",
        "house-style.drop-article-particle": "whether a later mention may drop the Arabic article "
                                             "(\"Kadhimi\" after \"Al Kadhimi\"); default true",
    }

    def run(self, ctx: Document):
        spellings = tuple(ctx.options.get("house_spellings") or ())
        if not spellings:
            return
        may_drop = ctx.options.get("particle_may_drop", True)
        for person in ctx.people.people:
            for i, m in enumerate(person.mentions):
                hit = self._house_form(ctx, m, spellings, may_drop=may_drop and i > 0)
                if hit is not None:
                    start, end, house = hit
                    yield self.finding(
                        ctx, "warning", start, end,
                        f"The house spelling of this name is '{house}', not '{ctx.text[start:end]}'.",
                        suggestion=house)

    @staticmethod
    def _house_form(ctx: Document, m, spellings, may_drop: bool):
        """(start, end, house form) when this mention spells a house name another way."""
        whole = (m.name_start, m.name_end)
        for house in spellings:
            if _units(house) > 1 and m.given is None:
                house = _surname(house)  # "Mr Kazimi" against the house's "Mustafa Al-Kadhimi"
            start, end = whole if _units(house) > 1 else (m.surname.start, m.surname.end)
            rel = relation(house, ctx.text[start:end])
            if rel in _VARIANT or (rel is Relation.ARTICLE and not may_drop):
                return start, end, house
        return None


def _units(name: str) -> int:
    """Name units, particles bound to the next word: "Al Kadhimi" is one, "Mustafa Al Kadhimi" two."""
    words = [w for w in re.split(r"[\s\u00a0]+", name.strip()) if w]
    particles = lexicon.names().particles
    return sum(1 for w in words if w.lower().rstrip("-") not in particles)


def _surname(name: str) -> str:
    """The last unit of a full name, with its particles: "Mustafa Al Kadhimi" -> "Al Kadhimi"."""
    words = name.split()
    particles = lexicon.names().particles
    i = len(words) - 1
    while i > 0 and words[i - 1].lower().rstrip("-") in particles:
        i -= 1
    return " ".join(words[i:])

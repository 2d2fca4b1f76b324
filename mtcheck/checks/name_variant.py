"""name-variant: one person's name written differently across the article."""
from __future__ import annotations

from ..analysis.coreference import father_name_changed, father_name_unit, surname_respelled, tied_relation
from ..analysis.given_swaps import swapped_given_names
from ..analysis.people import Mention, Unit
from ..analysis.spelling import Relation, consonants
from .base import Check, Document


class NameVariant(Check):
    rule = "name-variant"
    code = "MT101"
    doc = "Flags a person whose name is spelled two ways (letters differ: error; case/hyphen/space only: warning)."
    explanation = """\
    Tracks each person through the article and flags a later mention whose given name or surname is
    spelled differently from the first one. Spellings that sound alike after transliteration
    ("Kadhimi"/"Kazimi", "Rasool"/"Rasoul") are one name written two ways; "Hussein" and "Husseini"
    are different names. A name that opens a sentence with no title or description and another
    given name before the family name of an official of the story ("Governor Salem Awadh Kalshat"
    ... "Ahmed Kalshat stated") is that official's name with the given name swapped.

    Machine translation transliterates a name afresh in every sentence, so one person can become
    two; readers and search engines then lose track of who is who. The suggestion is the first
    spelling (or the house spelling, see the house-style rule).
    """
    example = ('Iraq tightens border security\n\nPrime Minister Mustafa al-Kadhimi visited the border on Monday. '
               'Mr Kazimi said troops would stay.\n')
    default_severity = ('error when letters of the name change; '
                        'warning when only case, hyphens, spaces or apostrophes differ')
    options = {"house-style.drop-article-particle": "whether a later mention may drop the Arabic article "
                                                   "(\"Kadhimi\" after \"al-Kadhimi\"); default true"}

    def run(self, ctx: Document):
        # Wire style drops the Arabic article on later references ("al-Kadhimi ... Kadhimi");
        # a house style can forbid it.
        self.article_may_drop = ctx.options.get("particle_may_drop", True)
        for person in ctx.people.people:
            for m in person.mentions:
                yield from self._compare(ctx, person, m)
        starts = [s.start for s in ctx.sentences]
        for ref, m in swapped_given_names(ctx.text, starts, ctx.people):
            given, ref_given = m.units[0], ref.units[0]
            yield self.finding(ctx, "error", given.start, m.end,
                               f"'{given.text}' here, '{ref_given.text}' before: the name of "
                               f"'{ctx.text[ref.start:ref.end]}' with another given name.",
                               related=[(ref_given.start, ref_given.end)],
                               suggestion=ref_given.text + ctx.text[given.end:m.end])

    def _relation(self, ctx: Document, ref: Unit, unit: Unit, given: bool) -> Relation:
        rel = tied_relation(ref.text, unit.text, given=given)  # the mentions were tied by other evidence
        if rel is Relation.FORM and ctx.only_opening_case((ref.start, ref.end), (unit.start, unit.end)):
            return Relation.SAME
        if rel is Relation.ARTICLE:
            return Relation.SAME if self.article_may_drop else Relation.FORM
        return rel

    def _middle_names(self, ctx: Document, person, m: Mention):
        """"Usama Fadhil al-Juburi" ... "Usama Fadel al-Juburi": the middle names of the first
        earlier mention written with as many names."""
        if len(m.units) < 3:
            return []
        ref = next((r for r in person.mentions if r.start < m.start and not r.bare
                    and len(r.units) == len(m.units)), None)
        if ref is None:
            return []
        out = []
        for ref_unit, unit in zip(ref.units[1:-1], m.units[1:-1]):
            rel = self._relation(ctx, ref_unit, unit, given=True)
            if rel is Relation.DIFFERENT and (consonants(ref_unit.text) == consonants(unit.text)
                                              or father_name_changed(ref, m)):
                # "Fadhil" / "Fadel" between the same given name and surname; or another
                # father's name there ("Hammoud" / "Mahmoud"), which coreference tied
                rel = Relation.LETTERS
            if rel in (Relation.FORM, Relation.LETTERS):
                out.append((ref, ref_unit, unit, rel))
        return out

    def _compare(self, ctx: Document, person, m: Mention):
        if _leading_names(person, m):
            return  # "Ahmed Salem said" after "Ahmed Salem Ould Mohamed Saleh": his given names, no other surname
        diffs = []  # (reference mention, reference unit, this unit, relation)
        for which in ("given", "surname"):
            ref = person.reference_unit(which)
            unit = m.given if which == "given" else m.surname
            if ref is None or unit is None or ref[0] is m or ref[0].start >= m.start:
                continue
            rel = self._relation(ctx, ref[1], unit, given=which == "given")
            if which == "surname" and rel is Relation.DIFFERENT:
                # "Haitham Othman" for "Haitham Osman Abdel Rahman": the father's name stands in
                father = father_name_unit(person, m)
                if father is not None:
                    ref, rel = (ref[0], father), self._relation(ctx, father, unit, given=True)
                elif surname_respelled(ref[0], m):
                    rel = Relation.LETTERS  # "Mohamed Tarek Nasser" / "Mohamed Tarek Nasr"
            if rel in (Relation.FORM, Relation.LETTERS):
                diffs.append((ref[0], ref[1], unit, rel))
        diffs.extend(self._middle_names(ctx, person, m))
        if not diffs:
            return
        diffs.sort(key=lambda d: d[2].start)
        severity = "error" if any(d[3] is Relation.LETTERS for d in diffs) else "warning"
        start, end = diffs[0][2].start, diffs[-1][2].end
        what = "; ".join(f"'{d[2].text}' here, '{d[1].text}' before" for d in diffs)
        kind = "letters differ" if severity == "error" else "only case, hyphens or spacing differ"
        suggestion = ctx.text[start:end]
        for _, ref_unit, unit, _ in sorted(diffs, key=lambda d: -d[2].start):
            a, b = unit.start - start, unit.end - start
            suggestion = suggestion[:a] + ref_unit.text + suggestion[b:]
        refs = sorted({(d[1].start, d[1].end) for d in diffs})
        yield self.finding(ctx, severity, start, end,
                           f"The same person's name is spelled differently ({kind}): {what}.",
                           related=refs, suggestion=suggestion)


def _leading_names(person, m: Mention) -> bool:
    """The mention is the first names of a longer earlier one, word for word (a double given name, as
    Mauritanian and Gulf names are shortened: "Ahmed Salem" for "Ahmed Salem Ould Mohamed Saleh")."""
    words = [u.text for u in m.units]
    return len(words) >= 2 and any(r.start < m.start and len(r.units) > len(words)
                                   and [u.text for u in r.units[:len(words)]] == words for r in person.mentions)

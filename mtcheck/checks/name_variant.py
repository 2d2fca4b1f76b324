"""name-variant: one person's name written differently across the article."""
from __future__ import annotations

from ..analysis.people import Mention
from ..analysis.spelling import Relation, relation
from .base import Check, Document


class NameVariant(Check):
    rule = "name-variant"
    code = "MT101"
    doc = "Flags a person whose name is spelled two ways (letters differ: error; case/hyphen/space only: warning)."

    def run(self, ctx: Document):
        for person in ctx.people.people:
            for m in person.mentions:
                yield from self._compare(ctx, person, m)

    def _compare(self, ctx: Document, person, m: Mention):
        diffs = []  # (reference mention, reference unit, this unit, relation)
        for which in ("given", "surname"):
            ref = person.reference_unit(which)
            unit = m.given if which == "given" else m.surname
            if ref is None or unit is None or ref[0] is m or ref[0].start >= m.start:
                continue
            rel = relation(ref[1].text, unit.text)
            if rel in (Relation.FORM, Relation.LETTERS):
                diffs.append((ref[0], ref[1], unit, rel))
        if not diffs:
            return
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

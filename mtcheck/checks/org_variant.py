"""org-variant: one organisation's name written two ways."""
from __future__ import annotations

from ..analysis.variants import Difference, conflicts
from .base import Check, Document

# Another word for the same kind of body or other letters is another name (an error); a
# plural, a spelling form or capitals is the same name written loosely (a warning).
SEVERITY = {Difference.FORM: "warning", Difference.WORD_FORM: "warning",
            Difference.LETTERS: "error", Difference.HEAD: "error"}


class OrgVariant(Check):
    rule = "org-variant"
    code = "MT103"
    doc = "Flags an organisation named two ways (another word or letters: error; plural, case or spelling form: warning)."

    def run(self, ctx: Document):
        for ref, later, difference in conflicts(ctx.orgs):
            yield self.finding(
                ctx, SEVERITY[difference], later.start, later.end,
                f"'{ctx.text[later.start:later.end]}' names the same body as "
                f"'{ctx.text[ref.start:ref.end]}' written differently.",
                related=[(ref.start, ref.end)], suggestion=ctx.text[ref.start:ref.end])
        for ref, later in ctx.acronyms:
            yield self.finding(
                ctx, "warning", later[0], later[1],
                f"'{ctx.text[later[0]:later[1]]}' is written '{ctx.text[ref[0]:ref[1]]}' elsewhere "
                f"(only the capitals differ).",
                related=[ref], suggestion=ctx.text[ref[0]:ref[1]])

"""org-variant: one organisation's name written two ways."""
from __future__ import annotations

from ..variants import acronym_case, conflicts, organisations
from .base import Check, Context


class OrgVariant(Check):
    rule = "org-variant"
    code = "MT103"
    doc = "Flags an organisation named two ways (another word or letters: error; plural, case or spelling form: warning)."

    def run(self, ctx: Context):
        for ref, later, severity in conflicts(organisations(ctx.text, ctx.sentences)):
            yield self.finding(
                ctx, severity, later.start, later.end,
                f"'{ctx.text[later.start:later.end]}' names the same body as "
                f"'{ctx.text[ref.start:ref.end]}' written differently.",
                related=[(ref.start, ref.end)], suggestion=ctx.text[ref.start:ref.end])
        for ref, later in acronym_case(ctx.text, ctx.sentences):
            yield self.finding(
                ctx, "warning", later[0], later[1],
                f"'{ctx.text[later[0]:later[1]]}' is written '{ctx.text[ref[0]:ref[1]]}' elsewhere "
                f"(only the capitals differ).",
                related=[ref], suggestion=ctx.text[ref[0]:ref[1]])

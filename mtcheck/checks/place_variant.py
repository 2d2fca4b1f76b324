"""place-variant: one place's name written two ways."""
from __future__ import annotations

from ..analysis.variants import Difference, conflicts
from .base import Check, Document

# Other letters name the place differently (an error); case, a hyphen or the article only is
# a matter of form (a warning).
SEVERITY = {Difference.FORM: "warning", Difference.WORD_FORM: "warning",
            Difference.LETTERS: "error", Difference.HEAD: "error"}


class PlaceVariant(Check):
    rule = "place-variant"
    code = "MT104"
    doc = "Flags a place named two ways (letters differ: error; case, hyphen or article only: warning)."

    def run(self, ctx: Document):
        for ref, later, difference in conflicts(ctx.places):
            yield self.finding(
                ctx, SEVERITY[difference], later.start, later.end,
                f"'{ctx.text[later.start:later.end]}' is the place written "
                f"'{ctx.text[ref.start:ref.end]}' before.",
                related=[(ref.start, ref.end)], suggestion=ctx.text[ref.start:ref.end])

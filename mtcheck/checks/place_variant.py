"""place-variant: one place's name written two ways."""
from __future__ import annotations

from ..variants import conflicts, places
from .base import Check, Context
from .name_variant import cast


class PlaceVariant(Check):
    rule = "place-variant"
    code = "MT104"
    doc = "Flags a place named two ways (letters differ: error; case, hyphen or article only: warning)."

    def run(self, ctx: Context):
        people = [(m.start, m.end) for m in cast(ctx).mentions]
        for ref, later, severity in conflicts(places(ctx.text, ctx.sentences, exclude=people)):
            yield self.finding(
                ctx, severity, later.start, later.end,
                f"'{ctx.text[later.start:later.end]}' is the place written "
                f"'{ctx.text[ref.start:ref.end]}' before.",
                related=[(ref.start, ref.end)], suggestion=ctx.text[ref.start:ref.end])

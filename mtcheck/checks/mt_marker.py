"""mt-marker: where the article says it was machine-translated."""
from __future__ import annotations

from .base import Check, Document


class MtMarker(Check):
    rule = "mt-marker"
    code = "MT001"
    doc = "Shows where the article is marked as machine-translated (information only)."

    def run(self, ctx: Document):
        if ctx.machine_translated and ctx.marker_span:
            s, e = ctx.marker_span
            yield self.finding(ctx, "info", s, e, "The article is marked as machine-translated here.")

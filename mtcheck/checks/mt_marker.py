"""mt-marker: where the article says it was machine-translated."""
from __future__ import annotations

from .base import Check, Document


class MtMarker(Check):
    rule = "mt-marker"
    code = "MT001"
    doc = "Shows where the article is marked as machine-translated (information only)."
    explanation = """\
    Shows the line that marks the article as machine-translated ("Powered by automated translation",
    "This article was machine translated", a front-matter flag or an HTML meta tag).

    Readers are owed the disclosure, and editors need to know which articles to read with machine-
    translation slips in mind; the finding shows where mtcheck found the marker (or that it found
    none, in the report header).
    """
    example = ('Iraq tightens border security\n\nPowered by automated translation\n\nTroops patrol the border with Syria.\n')
    default_severity = 'info'

    def run(self, ctx: Document):
        if ctx.machine_translated and ctx.marker_span:
            s, e = ctx.marker_span
            yield self.finding(ctx, "info", s, e, "The article is marked as machine-translated here.")

"""missing-space: two sentences glued by a missing space after the full stop ("Baghdad.The
minister", "added.\u201cWe"). The segmenter already splits them; this rule reports the typo.

Info, not a warning: the reader still understands the text, so it must not fail a gate, but an
editor fixing the copy wants to see it.
"""
from __future__ import annotations

import re

from ..segment import glued_boundaries
from .base import Check, Document

_WORD_BEFORE = re.compile(r"[^\s]{1,40}$")
_WORD_AFTER = re.compile(r"[\"'\u201c\u2018]?[^\s.,;:!?\"'\u201d\u2019]{1,40}")


class MissingSpace(Check):
    rule = "missing-space"
    code = "MT003"
    doc = "Reports two sentences glued together by a missing space after the full stop."
    explanation = """\
    Reports two sentences glued together by a missing space after the full stop ("Baghdad.The
    minister", "added.\u201cWe"); the segmenter splits them either way, so the other rules read two
    sentences. Abbreviations ("U.S.", "Lt.-Gen."), decimals, initials, URLs and e-mail addresses
    are not glued sentences.

    A typo that machine-translation pipelines make when they join translated sentences: the
    meaning survives, so it is information for the editor, not a gate.
    """
    example = 'Talks resume\n\nThe delegation arrived in Baghdad.The minister said talks would resume.\n'
    default_severity = "info"

    def run(self, ctx: Document):
        for pos in glued_boundaries(ctx.text, ctx.sentences):
            seg = ctx.sentences[ctx.sentence_at(pos - 1)]
            before = _WORD_BEFORE.search(ctx.text, seg.start, pos)
            after = _WORD_AFTER.match(ctx.text, pos)
            start = before.start() if before else pos - 1
            end = after.end() if after else pos + 1
            yield self.finding(ctx, "info", start, end,
                               "A space is missing between these two sentences.",
                               suggestion=ctx.text[start:pos] + " " + ctx.text[pos:end])

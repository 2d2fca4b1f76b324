"""low-fidelity: a sentence whose back-translation comes back far from it (garbled or incomplete MT)."""
from __future__ import annotations

from ..backtranslation.fidelity import verdict
from .base import Check, Document


class LowFidelity(Check):
    rule = "low-fidelity"
    code = "MT301"
    doc = "Flags a sentence whose back-translation scores far below the usual chrF (garbled or incomplete)."
    explanation = """\
    Back-translates each sentence (English to the pivot language and back) and flags a sentence
    whose round trip scores far below the usual chrF for that pivot, or lower with a lost name or
    number to back it. Thresholds are in the model registry's [fidelity] table.

    A sentence that does not survive a round trip is often garbled, ambiguous or incomplete in the
    English; it is worth a human read before publication.
    """
    example = ('Talks stall\n\nThe talks, which he said were going nowhere, nowhere at all, went nowhere nowhere, said nobody nowhere.\n')
    default_severity = "warning when a sentence's chrF falls far below the usual; error when almost nothing came back"
    needs_backtranslation = True

    def run(self, ctx: Document):
        bt = ctx.backtranslation
        if bt is None or bt.baseline_chrf is None:
            return
        what = "the source" if bt.mode == "bilingual" else "its back-translation"
        for i, r in sorted(bt.sentences.items()):
            found = verdict(r, bt.baseline_chrf, bt.fidelity)
            if found is None:
                continue
            severity, why = found
            seg = ctx.sentences[i]
            yield self.finding(ctx, severity, seg.start, seg.end,
                               f"Low fidelity: the sentence and {what} differ ({why}).")

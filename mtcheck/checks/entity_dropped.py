"""entity-dropped: a name or number of the sentence that its back-translation lost."""
from __future__ import annotations

from .base import Check, Document
from .low_fidelity import verdict


class EntityDropped(Check):
    rule = "entity-dropped"
    code = "MT302"
    doc = "Flags a name or number that the sentence's back-translation lost, in any written form."
    needs_backtranslation = True

    def run(self, ctx: Document):
        bt = ctx.backtranslation
        if bt is None:
            return
        for i, r in sorted(bt.sentences.items()):
            # When the whole sentence failed, low-fidelity says so once; no finding per word.
            judged = verdict(r, bt.baseline_chrf, bt.fidelity) if bt.baseline_chrf is not None else None
            if judged and judged[0] == "error":
                continue
            for e in r.lost:
                kind = "number" if e.kind == "number" else "name"
                if bt.mode == "bilingual":
                    msg = f"The {kind} '{e.text}' has no counterpart in the aligned source sentence."
                else:
                    msg = (f"The {kind} '{e.text}' is missing from the back-translation: check that the "
                           "translation kept it.")
                yield self.finding(ctx, "warning", e.start, e.end, msg)

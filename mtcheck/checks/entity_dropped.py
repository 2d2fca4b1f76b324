"""entity-dropped: a name or number of the sentence that the translation lost (round trip: on the way out)."""
from __future__ import annotations

from .base import Check, Document
from ..backtranslation.fidelity import verdict


class EntityDropped(Check):
    rule = "entity-dropped"
    code = "MT302"
    doc = "Flags a name or number that the translation into the pivot lost, in every written form."
    explanation = """\
    Flags a name or number that the sentence's round trip lost in every written form ("January 18,
    2021" and "18 January 2021" are the same date, "600km" and "600 km" the same distance). In
    bilingual mode (--source), flags a number the aligned source sentence does not have.

    A name or number that does not come back is a sign that the translation changed or dropped it;
    in bilingual mode a number missing from the source is a likely mistranslation.
    """
    example = ('Iraq tightens border security\n\nThe government sent 600 troops to the border with Syria on Monday.\n')
    example_source = ('pt',
                      'Iraque reforça segurança na fronteira\n\nO governo enviou 650 soldados para a fronteira com a Síria na segunda-feira.\n')
    default_severity = 'warning'
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
                    msg = (f"The {kind} '{e.text}' did not survive translation into {bt.pivot} (absent from "
                           "the pivot text and the back-translation in every written form): check that the "
                           "sentence states it clearly.")
                yield self.finding(ctx, "warning", e.start, e.end, msg)

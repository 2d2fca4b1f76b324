"""unaligned: with the source article given, a sentence with no counterpart (addition or omission)."""
from __future__ import annotations

from .base import Check, Document


class Unaligned(Check):
    rule = "unaligned"
    code = "MT303"
    doc = "Flags article sentences with no counterpart in the source article, and source sentences left out."
    explanation = """\
    In bilingual mode (--source ORIGINAL --source-lang LANG), aligns the article's sentences with
    the original's (1-1, 1-2, 2-1 by translation similarity) and flags an article sentence with no
    counterpart (an addition) and a source sentence left out (an omission).

    Additions and omissions are the hardest translation errors to see by reading the translation
    alone.
    """
    example = ('Iraq tightens border security\n\nTroops patrol the border with Syria every night. '
               'The minister will visit Paris next week to sign a trade deal.\n')
    example_source = ('pt',
                      'Iraque reforça segurança na fronteira\n\nAs tropas patrulham a fronteira com a Síria todas as noites.\n')
    default_severity = 'warning'
    needs_backtranslation = True

    def run(self, ctx: Document):
        bt = ctx.backtranslation
        if bt is None or bt.mode != "bilingual":
            return
        for i in bt.unaligned:
            seg = ctx.sentences[i]
            yield self.finding(ctx, "warning", seg.start, seg.end,
                               "This sentence has no counterpart in the source article: an addition, "
                               "or a translation too loose to match.")
        scored = sorted(bt.sentences)
        for om in bt.omissions:
            # Point at the article sentence the missing one would follow (or the first one).
            anchor = om.after if om.after is not None else (scored[0] if scored else None)
            if anchor is None:
                continue
            seg = ctx.sentences[anchor]
            where = "after" if om.after is not None else "before"
            yield self.finding(ctx, "warning", seg.start, seg.end,
                               f"Source sentence {om.source_index + 1} has no counterpart {where} this "
                               f"sentence (an omission?): \"{_short(om.text)}\"")


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"

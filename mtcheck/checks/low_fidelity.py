"""low-fidelity: a sentence whose back-translation comes back far from it (garbled or incomplete MT)."""
from __future__ import annotations

from .base import Check, Document

_TITLE_PARTS = ("headline", "standfirst", "caption")


def verdict(r, baseline: float, f: dict) -> tuple[str, str] | None:
    """(severity, why) for one sentence's round trip, or None when it reads as faithful.

    Thresholds are drops below ``baseline`` (the usual chrF of this pivot, or of this article),
    from the registry's [fidelity] table; models/README.md says how they were measured.
    """
    if r.scores is None or r.words < f.get("min_words", 5):
        return None  # too short to judge: a four-word quote round-trips anyhow
    chrf = r.scores.chrf
    usual = f"the usual here is about {baseline:.0f}"
    if chrf < max(baseline - f.get("error_drop", 46), f.get("error_floor", 25)):
        return "error", f"chrF {chrf:.1f}; {usual}: almost nothing of the sentence survived"
    drop = f.get("title_warning_drop", 31) if r.part in _TITLE_PARTS else f.get("body_warning_drop", 23)
    if chrf < baseline - drop:
        return "warning", f"chrF {chrf:.1f}; {usual}"
    if chrf >= baseline - f.get("corroborated_drop", 10):
        return None
    # A middling score alone is a weak signal; it counts when a second one agrees.
    ratio = r.length_ratio
    if ratio is not None and ratio < f.get("min_length_ratio", 0.7):
        return "warning", f"chrF {chrf:.1f} and the back-translation is {ratio:.2f}x as long: content may be lost"
    if ratio is not None and ratio > f.get("max_length_ratio", 1.45):
        return "warning", f"chrF {chrf:.1f} and the back-translation is {ratio:.2f}x as long: content may be added"
    if len(r.entities) >= 2 and len(r.lost) / len(r.entities) >= f.get("max_lost_fraction", 0.5):
        return "warning", (f"chrF {chrf:.1f} and {len(r.lost)} of its {len(r.entities)} names and numbers "
                           "did not survive")
    return None


class LowFidelity(Check):
    rule = "low-fidelity"
    code = "MT301"
    doc = "Flags a sentence whose back-translation scores far below the usual chrF (garbled or incomplete)."
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

"""Is a sentence's round trip faithful? The judgement the low-fidelity and entity-dropped rules share.

It lives here, on the analysis side, because checks never import each other. Thresholds are
drops below ``baseline`` (the usual chrF of this pivot, or of this article), from the
registry's [fidelity] table; models/README.md says how they were measured.
"""
from __future__ import annotations

import re

TITLE_PARTS = ("headline", "standfirst", "caption")
_WORD = re.compile(r"\w+")


def kept_word_pairs(original: str, back: str) -> float:
    """Percentage of the original's adjacent word pairs (lower case) found in the back-translation."""
    o, b = _WORD.findall(original.lower()), _WORD.findall(back.lower())
    pairs = list(zip(o, o[1:]))
    if not pairs:
        return 100.0
    found = set(zip(b, b[1:]))
    return 100.0 * sum(p in found for p in pairs) / len(pairs)


def verdict(r, baseline: float, f: dict) -> tuple[str, str] | None:
    """(severity, why) for one sentence's round trip, or None when it reads as faithful.

    With several pivots (``r.pivot_verdicts``), only when enough of them agree: the milder of
    their verdicts, so one engine's slip never decides alone."""
    several = getattr(r, "pivot_verdicts", None)
    if several and len(several) > 1:
        flagged = [v for v in several if v]
        need = min(int(f.get("pivots_agree", 0)) or len(several), len(several))
        if len(flagged) < need:
            return None
        return min(flagged, key=lambda v: v[0] == "error")
    return single_verdict(r, baseline, f)


def single_verdict(r, baseline: float, f: dict) -> tuple[str, str] | None:
    """The verdict on one pivot's round trip of the sentence."""
    if r.scores is None or r.words < f.get("min_words", 5) or r.engine_failure:
        return None  # too short to judge, or the engine failed: a note, not a finding
    chrf, ter = r.scores.chrf, r.scores.ter
    usual = f"the usual here is about {baseline:.0f}"
    if chrf < max(baseline - f.get("error_drop", 46), f.get("error_floor", 25)):
        return "error", f"chrF {chrf:.1f}; {usual}: almost nothing of the sentence survived"
    if r.part in TITLE_PARTS:
        # Headlines and captions are telegraphic: their round trips score low when nothing is
        # wrong (clean ones go down to chrF 51, BLEU 8), so only the error above applies.
        return None
    # The engines translate monotonically and repair local word order on the way: a garbled
    # sentence comes back with most of its words but few of its word pairs.
    pairs = kept_word_pairs(r.reference, r.text)
    if r.words >= f.get("order_min_words", 10) and chrf + f.get("pairs_weight", 0.25) * pairs < \
            baseline - f.get("order_drop", 14):
        return "warning", (f"chrF {chrf:.1f}, {pairs:.0f}% of its word pairs kept; {usual}: the words came "
                           "back in another order or changed")
    if (r.words >= f.get("edit_min_words", 10) and chrf < baseline - f.get("edit_drop", 20)
            and ter >= f.get("min_ter", 60)):
        return "warning", f"chrF {chrf:.1f} and TER {ter:.0f}; {usual}: the words came back rearranged or changed"
    xl = getattr(r, "cross_likelihood", None)
    floor = f.get("cross_likelihood_floor")
    if xl is not None and floor is not None and xl < floor and chrf < baseline - f.get("corroborated_drop", 10):
        return "warning", (f"chrF {chrf:.1f} and the backward model finds the sentence unlikely given its "
                           f"translation (log-probability {xl:.2f} per token)")
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
                           "were lost in translation")
    return None

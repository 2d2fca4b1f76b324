"""Cited figures: a later figure that says whose figure it is ("the 2.6 million containers referred
to by the Director General", "the 4.8 dirhams per kilogram mentioned by the delegate", "the price
cited by the minister") points back at a figure said earlier, most often in that speaker's own
quotation. A speaker's figure and the article's restatement of it are one figure, so another value
that is a slip of the earlier one's digits (one changed, two swapped: 2.8 / 2.6, 4.5 / 4.8; the
decimal point moved: 1.2 / 12 million) is a garble, whatever noun either uses. Linear: one pass, the earlier figures kept by dimension.
"""
from __future__ import annotations

import re

from . import lexicon
from .digit_edits import typo_like
from .quantity_pairs import any_linked
from .quantity_words import Quantity

# "... referred to by the", "mentioned by", "cited by", "announced by", "given by", "quoted by"
# (up to four words of the figure's own phrase between: "4.8 dirhams per kilogram referred to by")
_CITED = re.compile(r"(?:[ \u00a0]+[a-z][\w'-]*){0,4}?[ \u00a0]+(?:(?:that|which)[ \u00a0]+(?:was|were)[ \u00a0]+)?(?:referred[ \u00a0]+to|mentioned"
                    r"|cited|announced|given|quoted|stated)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?"
                    r"(?:(?:%s)\.?[ \u00a0]+)?"  # a title ("Mr.", "Dr.", "Sheikh") is no name
                    r"(?P<who>[A-Za-z][\w'-]*(?:[ \u00a0]+(?-i:[A-Z])[\w'-]*)?)" % "|".join(sorted(lexicon.words().honorifics)),
                    re.IGNORECASE)


# "the ratio of the deficit, which the minister put at 29 percent": the speaker before the figure
_PUT_AT = re.compile(r"\b(?:which|that)[ \u00a0]+(?:the[ \u00a0]+)?(?P<who>[A-Za-z][\w'-]*(?:[ \u00a0]+[A-Z][\w'-]*)?)"
                     r"[ \u00a0]+(?:had[ \u00a0]+)?(?:put|placed|estimated|set|gave)(?:[ \u00a0]+it)?[ \u00a0]+(?:at[ \u00a0]+)?$")


# "the 9.2 billion dinars deficit which the minister spoke about", "the 3.5 million tonnes that the minister
# mentioned": a relative clause whose subject is the speaker
_SPOKE_OF = re.compile(r"(?:[ \u00a0]+[a-z][\w'-]*){0,4}?[ \u00a0]+(?:which|that)[ \u00a0]+(?:the[ \u00a0]+)?"
                       r"(?P<who>[A-Za-z][\w'-]*(?:[ \u00a0]+(?-i:[A-Z])[\w'-]*)?)[ \u00a0]+(?:had[ \u00a0]+)?"
                       r"(?:spoke[ \u00a0]+(?:about|of)|talked[ \u00a0]+about|mentioned|cited|referred[ \u00a0]+to|announced)\b",
                       re.IGNORECASE)


def _speaker(ctx, q: Quantity) -> str | None:
    """Who the figure is cited from ("the Director General", "the regional delegate"), or None."""
    # (from the numeral too: the quantity's span may have taken the verb for its noun, "the 45 percent referred")
    m = (_CITED.match(ctx.text, q.end) or _CITED.match(ctx.text, q.number[1]) or _SPOKE_OF.match(ctx.text, q.end)
         if q.anaphoric else None) \
        or _PUT_AT.search(ctx.text, max(0, q.start - 60), q.start)
    return " ".join(m.group("who").lower().split()) if m else None


def _said_by(ctx, q: Quantity, who: str) -> bool:
    seg = ctx.sentences[q.sentence]
    return who in " ".join(ctx.text[seg.start:seg.end].lower().split())


def _same_thing(ref: Quantity, later: Quantity) -> bool:
    if ref.dimension != later.dimension or ref.scale != later.scale:
        return False
    return ref.dimension != "count" or any_linked(ref.head, later.head)


def _slipped(ref: Quantity, q: Quantity) -> bool:
    """One changed or two swapped digits (2.8 / 2.6), or the same digits with the decimal point moved
    (1.2 / 12 million, 4.5 / 45 percent): a slip of the digits, in one scale."""
    return typo_like(ref.digits, q.digits) or ref.digits == q.digits and ref.value != q.value


def cited_conflicts(ctx, qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(earlier, later) pairs: a cited later figure whose reference (the last earlier figure of the same
    dimension and scale, of a linked noun for a count, in a sentence naming the speaker; else the
    nearest such figure) is a digit slip of it, and no earlier one equal to it."""
    seen: dict[str, list[Quantity]] = {}
    out = []
    for q in qs:
        who = _speaker(ctx, q) if q.part not in ("caption", "credit") else None
        if who:
            earlier = [r for r in seen.get(q.dimension, ()) if _same_thing(r, q)]
            # (the speaker's own figure when the article names them with it; else the nearest)
            theirs = [r for r in reversed(earlier) if _said_by(ctx, r, who)]
            # (of the speaker's figures, the one this is a slip of: "6.2 billion" of a quote that also gives 50.3)
            ref = next((r for r in theirs if _slipped(r, q)), theirs[0]) if theirs else earlier[-1] if earlier else None
            if ref is not None and not any(r.value == q.value for r in earlier) and _slipped(ref, q):
                out.append((ref, q))
        seen.setdefault(q.dimension, []).append(q)
    return out

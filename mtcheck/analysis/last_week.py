"""An event the report dates today named again as last week's: "signed today, Thursday, November 27, 2025,
a decision" ... "the decision, which the minister signed last week"; "approved, today, Tuesday, the bill"
... "the vote of last week" (in a quote too, when the speaker spoke on the report's day: date_policy.py).

"Last week" names no weekday, so noun_days compares it apart: against the first dating of its noun, when
that dating is the report's own day ("today", "this morning"), of the same phase and in another sentence;
its modifiers must be named there too ("the board meeting of last week" is another meeting).
"""
from __future__ import annotations

import re
from bisect import bisect_right

_LAST_WEEK = re.compile(r"\blast[ \u00a0]+week\b(?![ \u00a0]*[,(]?[ \u00a0]*(?:on[ \u00a0]+)?"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", re.IGNORECASE)
_TODAY_BEFORE = re.compile(r"\b(?:today|this[ \u00a0]+(?:morning|evening|afternoon))[ \u00a0]*[,(]?[ \u00a0]*$",
                           re.IGNORECASE)
_NEEDLE = "last week"


def references(ctx, quoted, dating, spoken_today) -> list:
    """The later references dated "last week": ``dating(seg, i, start, end)`` reads the noun a date at
    ``start`` dates (noun_days._dating); ``spoken_today(seg)`` whether a quotation there was spoken on
    the report's day."""
    out = []
    folded = ctx.text.lower()
    starts = [seg.start for seg in ctx.sentences]
    p = folded.find(_NEEDLE)
    while p >= 0:
        m = _LAST_WEEK.match(ctx.text, p)
        i = _sentence_at(ctx, starts, p) if m else None
        if i is not None:
            seg = ctx.sentences[i]
            if seg.part == "body" and (not quoted(p) or spoken_today(seg)):
                d = dating(seg, i, m.start(), m.end())
                if d is not None and d.ref_span is not None:
                    out.append(d)
        p = folded.find(_NEEDLE, p + 1)
    return out


def conflicts(ctx, index: dict, refs: list, modifiers_named) -> list[tuple]:
    """(first dating, later reference) pairs: the first dating is today's, the reference last week's."""
    out = []
    for d in refs:
        (noun,) = d.nouns
        phases = ("start", "whole", None) if d.phase is None else (d.phase, None)
        entries = [index[k] for k in ((noun, "wd", p) for p in phases) if k in index]
        if not all(e[1] for e in entries):
            continue  # the noun dated on two days before: several events of its kind
        ref = min((e[0] for e in entries), key=lambda r: r.start, default=None)
        if ref is None or ref.sentence == d.sentence or not ref.relative \
                or not _TODAY_BEFORE.search(ctx.text, max(0, ref.start - 25), ref.start) \
                or not modifiers_named(ctx, ref, d):
            continue
        out.append((ref, d))
    return out


def _sentence_at(ctx, starts: list[int], pos: int) -> int | None:
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < ctx.sentences[i].end else None

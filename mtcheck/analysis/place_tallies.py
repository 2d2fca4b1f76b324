"""A total split by place: "1,900 families in Derna and 1,400 families in Sousse" after "3,100
families" were compensated. The parts named place by place cover the whole they break down, so
they cannot add up to more than the total the article gave for that whole; fewer is fine (a list
may name only some places).

Unlike ``tallies.breakdowns`` (a cue such as "including" ties the parts to the count right before
them), the total here sits in an earlier sentence: the nearest earlier count of the same thing,
in the same time frame, said in the same context (a shared word besides the counted noun), and
not itself the figure of one place.
"""
from __future__ import annotations

import re

from .quantity_words import STOP, Quantity
from .runs import consecutive_runs
from .tallies import Breakdown
from .units import GENERIC, linked, stem

# " in Derna", " from Sousse and Al-Bayda", " in the Jabal Akhdar": a place right after a count
_PLACE_AFTER = re.compile(r"[ \u00a0]+(?:in|at|from)[ \u00a0]+(?:the[ \u00a0]+)?"
                          r"[A-Z][\w'\u2019-]+(?:[ \u00a0]+(?:and[ \u00a0]+|of[ \u00a0]+)?[A-Z][\w'\u2019-]+)*")
_JOINER = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)")
# How many earlier counts are searched for the total (a total is given a few sentences before).
_LOOKBACK = 40


def _place_end(ctx, q: Quantity) -> int | None:
    m = _PLACE_AFTER.match(ctx.text, q.end)
    return m.end() if m else None


def _same_noun(a: Quantity, b: Quantity) -> bool:
    return any(linked(x, y) for x in a.head for y in b.head)


def _runs(ctx, qs: list[Quantity]) -> list[list[Quantity]]:
    """Runs of two or more counts of one sentence, each followed by its place and joined by ','
    or 'and' ('1,900 families in Derna and 1,400 in Sousse')."""
    runs, run, end = [], [], None
    for q in qs:
        joined = end is not None and run and _JOINER.fullmatch(ctx.text, end, q.start)
        fits = q.dimension == "count" and not q.hedged and not q.other \
            and (q.head and (not run or _same_noun(run[0], q)) or run and joined and not q.head)
        place = _place_end(ctx, q) if fits else None
        if place is not None and (not run or joined):
            run.append(q)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [q] if place is not None and q.head else []
        end = place
    if len(run) >= 2:
        runs.append(run)
    return runs


# "Marib city (six camps), Marib Al-Wadi (five camps) and Sirwah (five camps)": each place named
# before its count in brackets; the bracket that opens a count, and the joiner and name to the next
_OPENS = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \u00a0]+[\w'\u2019-]+){0,3}[ \u00a0]*\([ \u00a0]*$")
_NEXT = re.compile(r"[ \u00a0]*\)[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|and[ \u00a0]+)(?:the[ \u00a0]+)?"
                   r"[A-Z][^().;]{0,40}\([ \u00a0]*")
_WORD = re.compile(r"[A-Za-z][a-z'-]+")


def _bracketed_runs(ctx, qs: list[Quantity]) -> list[list[Quantity]]:
    """Runs of two or more counts of one noun, each in brackets after the name of its place."""
    return consecutive_runs(
        qs, lambda q: q.dimension == "count" and bool(q.head) and not q.hedged and ctx.text[q.end:q.end + 1] == ")"
        and _OPENS.search(ctx.text, max(0, q.start - 60), q.start) is not None,
        lambda run, q: _same_noun(run[0], q) and _NEXT.fullmatch(ctx.text, run[-1].end, q.start) is not None)


def _sentence_stems(ctx, q: Quantity) -> frozenset[str]:
    seg = ctx.sentences[q.sentence]
    return frozenset(stem(w.lower()) for w in _WORD.findall(ctx.text, seg.start, seg.end)
                     if w.lower() not in STOP) - GENERIC


def _total(ctx, first: Quantity, earlier: list[Quantity], wide: bool = False) -> Quantity | None:
    """The nearest earlier count of the same thing, said in the same context, and not one place's."""
    for q in reversed(earlier[-_LOOKBACK:]):
        if q.sentence == first.sentence or not q.head or not _same_noun(q, first):
            continue
        if q.hedged or q.other or q.update or q.fresh != first.fresh or q.time_cues != first.time_cues \
                or _place_end(ctx, q) is not None:
            return None  # the nearest count of it is no plain total
        context = q.near - q.head
        if any(linked(a, b) for a in context for b in first.near - first.head):
            return q
        # (a bracketed list stands apart from its clause: its sentence and the total's share a word)
        if wide and (_sentence_stems(ctx, q) - q.head) & (_sentence_stems(ctx, first) - first.head):
            return q
        return None
    return None


def place_parts(ctx, quantities: list[Quantity]) -> set[int]:
    """The ids of counts named place by place in a list: parts, never restatements of a total."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    return {id(q) for qs in by_sentence.values() for run in _runs(ctx, qs) for q in run}


def place_breakdowns(ctx, quantities: list[Quantity]) -> list[Breakdown]:
    """Totals with their parts named place by place, in text order."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    out, earlier = [], []
    for qs in by_sentence.values():
        for run, wide in [(r, False) for r in _runs(ctx, qs)] + [(r, True) for r in _bracketed_runs(ctx, qs)]:
            total = _total(ctx, run[0], earlier, wide)
            if total is not None and all(p.value < total.value for p in run):
                out.append(Breakdown(tuple(run), total))
        earlier.extend(q for q in qs if q.dimension == "count")
        del earlier[:-_LOOKBACK]
    return out

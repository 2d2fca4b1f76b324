"""Token cues that make a figure a part, one member of a set, or a restated increase, read by the
quantity describer (``quantity_context``): "19 contracts out of the 23", "the largest of which was
11 kilograms", "the additional 25 cubic metres per second"; and "since January", the year to date.
"""
from __future__ import annotations

import re

from .quantity_words import _CLAUSE_BREAKS, Token, _bare

_DETERMINERS = frozenset("the its their his her our these those all".split())
_SUPERLATIVES = frozenset("most least best worst first last".split())
_NOT_SUPERLATIVES = frozenset("interest request protest harvest arrest contest honest modest".split())
_ADDITION = frozenset("additional extra added".split())
RATE_MARKERS = frozenset("per a each every".split())  # "150 cubic metres per second": a unit, no ordinal
_YEAR_OPENING = frozenset({"january", "jan"})


def out_of_figure(toks: list[Token], j: int) -> bool:
    """'completed the audit of 19 contracts out of the 23 referred', '12 of the 40 wells' (toks[j]
    is the first token after the figure and its noun): the figure is a part of the one after it."""
    out = j < len(toks) and toks[j].low == "out"
    n = j + out
    if not (n < len(toks) and toks[n].low == "of"):
        return False
    n += 1
    determined = n < len(toks) and toks[n].low in _DETERMINERS  # "of the 23", not "of 2023"
    n += determined
    return n < len(toks) and toks[n].kind == "num" and (out or determined)


def superlative(word: str) -> bool:
    """'largest', 'biggest', 'most', 'latest' (not 'rest', 'west', 'interest', 'forest')."""
    return word in _SUPERLATIVES or len(word) > 5 and word.endswith("est") and word not in _NOT_SUPERLATIVES


MEMBER_WORDS = frozenset(("which", "them", "these", "those"))
_MEMBER_REACH = 10  # tokens from "the largest of which" to the figure


def member_sites(toks: list[Token]) -> list[int]:
    """Indices of the 'which' of each 'the largest of which' (or 'of them') of a sentence; read
    once per sentence that holds one of MEMBER_WORDS."""
    return [n for n in range(2, len(toks))
            if toks[n].low in MEMBER_WORDS and toks[n - 1].low == "of" and superlative(toks[n - 2].low)]


def one_of_several(toks: list[Token], i0: int, sites: list[int]) -> bool:
    """'several attempts, the largest of which was an attempt to smuggle 11 kilograms': a
    superlative 'of which' (or 'of them', ``sites``) shortly before the figure, in its clause,
    picks one member of a set, whose figure is its own."""
    return any(i0 - _MEMBER_REACH < n < i0
               and not any(t.text in _CLAUSE_BREAKS and t.text != "," for t in toks[n:i0]) for n in sites)


def definite_addition(toks: list[Token], i0: int, determiner) -> bool:
    """'the additional 108 million cubic feet', 'the extra 25 cubic metres': a determiner before
    the addition word points back at an increase already told ('a further', 'another' do not).
    ``determiner(n)``: toks[n] is a determiner or a possessive."""
    return i0 >= 2 and toks[i0 - 1].low in _ADDITION and determiner(i0 - 2)


def year_start(window: list[Token], t: Token) -> bool:
    """'since January' is the frame of 'since the beginning of the year' (the year to date), and
    machine translation renders either for the other: the month adds no other time frame."""
    if _bare(t.low).rstrip(".") not in _YEAR_OPENING:
        return False
    k = next((n for n, w in enumerate(window) if w is t), 0)
    return k > 0 and window[k - 1].low == "since"


_PARTITIVE_WHOLE = re.compile(r"(?:\d[\d,]*|some|most|all|many|several|few|none|one|two|three|four|five|six|seven|eight"
                              r"|nine|ten)[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+the[ \u00a0]+$")


def mark_own_antecedents(qs: list, text: str) -> None:
    """'inspected 37 agents ..., and 18 of the 37 agents were found violating': the whole of a part whose
    value its own sentence has just given for its noun points back at that one, no earlier sentence's."""
    for k, q in enumerate(qs):
        if q.anaphoric and _PARTITIVE_WHOLE.search(text, max(0, q.start - 24), q.start) \
                and any(p.dimension == q.dimension and p.value == q.value and p.head & q.head for p in qs[:k]):
            q.anaphoric = False


_BRINGING_TOTAL = re.compile(r"\b(?:bringing|raising|making|taking)[ \u00a0]+(?:the[ \u00a0]+)?(?:total|overall)"
                             r"(?:[ \u00a0]+(?:number|figure|amount))?[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE)


def mark_summed_parts(qs: list, text: str) -> None:
    """'planted 800 fragments in the reserve and 300 fragments in Khasab, bringing the total to 1,100
    fragments': the counts before such a total are its parts, no restatement of the story's whole (the
    campaign's 1,200 fragments). (The total stays a total: '250,000 doses distributed and 150,000 to come,
    bringing the total to 400,000' sums what the story did not count before.)"""
    for k, q in enumerate(qs):
        if not _BRINGING_TOTAL.search(text, max(0, q.start - 40), q.start):
            continue
        parts = [p for p in qs[:k] if p.dimension == q.dimension and p.head & q.head]
        if len(parts) >= 2:
            for p in parts:
                p.listed = p.other = True


_ADDITIVE = frozenset({"mass", "money", "volume", "length", "area", "energy", "power"})


def _key(q, value: float) -> tuple:
    return q.dimension, q.unit, round(value, 6)


def mark_exact_parts(qs: list) -> None:
    """'set a total quota of 28,000 tonnes' ... 'distributed between 22,000 tonnes for the artisanal
    fleet and 6,000 tonnes for the industrial fleet': amounts of one unit, one after another in one
    sentence, that add up exactly to a figure of that unit given before (or just before them) are its
    parts, no restatement of it. (Measures only: counts sum to an earlier small count by chance.)"""
    seen: set[tuple] = set()
    for run in _unit_runs(qs):
        total = sum(p.value for p in run)
        # (the run's first figure the sum of the rest: "a quota of 28,000 tonnes, 22,000 for ... and 6,000 for ...")
        parts = run if len(run) >= 2 and _key(run[0], total) in seen else \
            run[1:] if len(run) >= 3 and round(total - run[0].value, 6) == round(run[0].value, 6) else []
        for p in parts:
            p.listed = p.other = True
        seen.update(_key(p, p.value) for p in run)


def _unit_runs(qs: list) -> list[list]:
    """Maximal runs of measures of one unit in one sentence (a run of one included, for ``seen``)."""
    out: list[list] = []
    for q in qs:
        if q.unit is None or q.dimension not in _ADDITIVE:
            continue
        last = out[-1][-1] if out else None
        if last is not None and last.sentence == q.sentence and (last.dimension, last.unit) == (q.dimension, q.unit):
            out[-1].append(q)
        else:
            out.append([q])
    return out

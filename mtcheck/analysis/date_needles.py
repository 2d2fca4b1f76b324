"""The sentences a date pattern can match in, found by the literal text every match holds.

The date readers run several regular expressions per sentence; on a long article (10 MB) that is
seconds of scanning sentences that name no weekday, month or year. Every weekday match holds the
weekday's name, every month date a month's first three letters, an ISO date "-0" or "-1": one
``str.find`` pass per needle over the whole text (analysis/needles.SentenceFilter) leaves only the
sentences worth reading, in reading order. Sound: a sentence is only ever left out when no match
can lie in it.
"""
from __future__ import annotations

from functools import lru_cache

from .needles import SentenceFilter, clauses, fold

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# every month name and abbreviation starts so; "the 17th of this month" holds "month"; an ISO
# date's month ("2021-03-10") "-0" or "-1"
DATES = WEEKDAYS + ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                    "month", "-0", "-1")
# "yesterday", "Today", "last night", "this morning" (either case of the first letter)
RELATIVE = ("esterday", "oday", "onight", "ast night", "his morning", "his evening", "his afternoon")
# a year of this century or the last ("in August 2022", "the 2019 floods")
YEARS = ("19", "20")


def sentences_holding(ctx, needles: tuple[str, ...], sentences=None) -> list:
    """(index, sentence) of ``sentences`` (default: every sentence of ``ctx``) that hold one of
    ``needles`` (case-sensitive), in reading order."""
    pairs = list(enumerate(ctx.sentences)) if sentences is None else list(sentences)
    if not pairs:
        return []
    spans = [(seg.start, seg.end) for _, seg in pairs]
    return [pairs[k] for k in SentenceFilter(ctx.text, spans).indices([frozenset(needles)], lower=False)]


@lru_cache(maxsize=32)
def _clauses(pattern: str) -> tuple[frozenset[str], ...]:
    return clauses(pattern)


def sentences_matchable(ctx, patterns, sentences=None) -> list:
    """(index, sentence) of ``sentences`` (default: every sentence of ``ctx``) in which one of
    ``patterns`` (compiled, in either case) may match, in reading order: those holding, lowered, a
    needle of each of the pattern's clauses (needles.clauses reads them from the pattern itself,
    soundly, so no wording is listed twice). A pattern of no clause keeps every sentence."""
    pairs = list(enumerate(ctx.sentences)) if sentences is None else list(sentences)
    if not pairs:
        return []
    where = SentenceFilter(ctx.text, [(seg.start, seg.end) for _, seg in pairs], fold(ctx.text))
    kept: set[int] = set()
    for rx in patterns:
        found = where.all_of(_clauses(rx.pattern))
        if found is None:
            return pairs
        kept |= found
    return [pairs[k] for k in sorted(kept)]

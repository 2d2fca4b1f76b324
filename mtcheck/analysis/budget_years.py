"""One draft budget given two years: "approved ... the draft general state budget for the fiscal
year 2027" ... "the draft budget of 2028".

A government examines one draft budget at a time, and a budget story is about that draft: machine
translation that recomputes or misreads the year of a later mention gives the same draft another
fiscal year. Only a draft is compared (the budget of the current year, "the budget of 2026", is
another budget), and only in the body, outside quotations. Kept apart: a draft of another year
named as such ("last year's draft budget", "the next draft budget"), a draft in a clause of plans
or comparison ("will begin preparing the draft budget for 2028", "unlike the 2026 draft budget"). ``conflicts(ctx)`` returns (first, later) pairs shaped as past_events' are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .date_needles import sentences_holding
from .quotes import QuoteIndex

_SP = r"[ \u00a0]+"
_YEAR = r"(?:19|20)\d\d(?:[ \u00a0]*[/-][ \u00a0]*(?:19|20)?\d\d)?"
# "draft general state budget for the fiscal year 2027", "draft budget law of 2028", "2027 draft budget"
_DRAFT = re.compile(r"\bdraft(?:" + _SP + r"(?:general|state|federal|national|annual|public|government|"
                    r"general" + _SP + r"state))*" + _SP + r"budget(?:" + _SP + r"law)?(?:" + _SP + r"(?:of|for))?"
                    r"(?:" + _SP + r"the)?(?:" + _SP + r"(?:fiscal|financial))?(?:" + _SP + r"year)?" + _SP
                    + r"(?P<year>" + _YEAR + r")\b"
                    r"|\b(?P<year2>" + _YEAR + r")" + _SP + r"draft" + _SP + r"budget\b", re.IGNORECASE)
# "last year's draft budget", "the next draft budget": a draft of another year, named as such
_ANOTHER = re.compile(r"\b(?:last|next|previous|coming|following|year['\u2019]s|other)" + _SP + r"(?:\w+" + _SP
                      + r")?$", re.IGNORECASE)
# a clause of plans ("will begin preparing the draft budget for 2028") or of comparison ("unlike the 2026
# draft budget", "compared to the draft budget of 2026"): another draft
_PLAN = re.compile(r"\b(?:will|would|shall|plans?|planned|intends?|next|compared|unlike|than|previous|earlier"
                   r"|prior|last)\b", re.IGNORECASE)
_CLAUSE = re.compile(r".*[,;:]", re.DOTALL)


@dataclass(frozen=True)
class DraftYear:
    start: int
    end: int
    sentence: int
    year: int            # the fiscal year's first calendar year ("2026/2027": 2026)
    years: frozenset     # its calendar years ("2026/27": 2026 and 2027)
    month: None = None   # (past_events' shape: a year alone)


def _drafts(ctx) -> list[DraftYear]:
    quoted = QuoteIndex(ctx.text).inside
    out = []
    for i, seg in sentences_holding(ctx, ("draft", "Draft"), ctx.content_sentences):
        if seg.part != "body":
            continue
        for m in _DRAFT.finditer(ctx.text, seg.start, seg.end):
            before = ctx.text[max(seg.start, m.start() - 80):m.start()]
            clause = before[_CLAUSE.match(before).end():] if _CLAUSE.match(before) else before
            if quoted(m.start()) or _ANOTHER.search(before) or _PLAN.search(clause):
                continue
            written = m.group("year") or m.group("year2")
            years = [int(y) if len(y) == 4 else int(written[:2] + y) for y in re.findall(r"\d+", written)]
            out.append(DraftYear(m.start(), m.end(), i, years[0], frozenset(years)))
    return out


def conflicts(ctx) -> list[tuple[DraftYear, DraftYear]]:
    """Later drafts given another fiscal year than the first draft of the body, when every draft
    before agreed on it."""
    out: list[tuple[DraftYear, DraftYear]] = []
    first: DraftYear | None = None
    for d in _drafts(ctx):
        if first is None:
            first = d
        elif not d.years & first.years and d.sentence != first.sentence:
            out.append((first, d))
            break  # (a third year would be a story of several drafts: one finding)
    return out

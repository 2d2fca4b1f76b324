"""The clause a date stands in: its words before and after, up to a clause end (a semicolon, a
dash, a quotation mark, a long parenthesis), with exact offsets."""
from __future__ import annotations

import re

from . import lexicon

_WORD = re.compile(r"[\w'\u2019-]+")
_CLAUSE_END = re.compile(r"[;:!?\u2014\"\u201c\u201d()]")
_GLOSS = 24  # the longest parenthesis read as a gloss inside a clause
REPORTING = lexicon.words().reporting_verbs


def clause_words(ctx, d):
    """Words of the date's clause before and after it, as (word, start, end)."""
    seg = ctx.sentences[d.sentence]
    before = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(ctx.text, seg.start, d.start)]
    after = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(ctx.text, d.end, seg.end)]
    clause_before, end = [], d.start
    for w in reversed(before):
        if _clause_ends(ctx.text, w[2], end):
            break
        clause_before.append(w)
        end = w[1]
    clause_after, start = [], d.end
    for w in after:
        if _clause_ends(ctx.text, start, w[1]):
            break
        clause_after.append(w)
        start = w[2]
    return list(reversed(clause_before)), clause_after


def _clause_ends(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] ends a clause; a short parenthesis is a gloss inside it ("the Gash (القاش)
    river", "Basra (south)"), not an end."""
    for m in _CLAUSE_END.finditer(text, a, b):
        c = m.group()
        if c == "(" and 0 <= text.find(")", m.end(), m.end() + _GLOSS):
            continue
        if c == ")" and 0 <= text.rfind("(", max(0, m.start() - _GLOSS), m.start()):
            continue
        return True
    return False


def of_a_statement(before, k: int) -> bool:
    """'announced the results of the vote': the event word in what a statement gave out."""
    return k > 1 and before[k - 1][0].lower() == "the" and before[k - 2][0].lower() == "of" \
        and any(w.lower() in REPORTING for w, _, _ in before[max(0, k - 6):k - 2])


def participle_of_definite(before, k: int) -> bool:
    """'the bodies exchanged on Monday', 'the ship docked on Tuesday': a participle after a
    definite noun points at a known event as 'the exchange' would."""
    w = before[k][0].lower()
    if not w.endswith("ed") or k < 2:
        return False
    j = k - 1
    if before[j][0].lower() in ("which", "that") and j > 1:
        j -= 1  # "the last convoy, which entered Ubari on Tuesday"
    # the noun, and one modifier before it ("the last convoy arrived")
    det = next((i for i in (j - 1, j - 2) if i >= 0 and before[i][0].lower() in ("the", "these", "those")), None)
    # (a count makes a group of its own: "the 170 trucks that entered on Sunday" is one day's)
    return det is not None and all(x[0][:1].islower() and x[0].lower() not in REPORTING for x in before[det + 1:j + 1])

"""The clause a date stands in: its words before and after, up to a clause end (a semicolon, a
dash, a quotation mark, a long parenthesis), with exact offsets."""
from __future__ import annotations

import re

_WORD = re.compile(r"[\w'\u2019-]+")
_CLAUSE_END = re.compile(r"[;:!?\u2014\"\u201c\u201d()]")
_GLOSS = 24  # the longest parenthesis read as a gloss inside a clause


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

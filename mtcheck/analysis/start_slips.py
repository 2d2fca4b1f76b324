"""One start date with its day's digits slipped: "treated 14,500 hectares since 3 March" ... "the
operations carried out since 13 March". Two start dates ("since", "began on") of one month whose
days differ by a digit added, dropped or swapped (3/13, 5/15, 12/21) are one date misread, not two
starts: an article that tells two starts in one month gives days that are no slip of each other.
"""
from __future__ import annotations

import re

from .date_words import date_text
from .digit_edits import one_inserted, swapped

# the words right before a date that make it the start of something
_START = re.compile(r"\b(?:since|began[ \u00a0]+on|started[ \u00a0]+on|launched[ \u00a0]+on|starting[ \u00a0]+from"
                    r"|beginning[ \u00a0]+(?:on|from))[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)


def _slip(a: int, b: int) -> bool:
    """Whether the day b is a written with one digit added, dropped or the two swapped."""
    return one_inserted(str(a), str(b)) or swapped(str(a), str(b))


def conflicts(ctx, mentions, quoted) -> list[tuple]:
    """(earlier, later) start dates of one month whose days are a slip of each other."""
    firsts: dict[tuple, object] = {}  # (year, month) -> the first start date of that month
    out = []
    for m in mentions:
        if not m.has_date or m.part != "body" or m.hijri or m.last_year or quoted(m.start):
            continue
        seg = ctx.sentences[m.sentence]
        if not _START.search(ctx.text, max(seg.start, m.start - 20), m.start):
            continue
        key = (m.any_year, m.month)
        ref = firsts.setdefault(key, m)
        if ref is not m and ref.sentence != m.sentence and _slip(ref.day, m.day):
            out.append((ref, m))
    return out


def message(text: str, ref, later) -> str:
    return (f"'{text[later.start:later.end]}' dates this start {date_text(later)}, but the article dates it "
            f"'{text[ref.start:ref.end]}' earlier (a digit slipped).")

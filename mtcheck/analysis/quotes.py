"""Where the article quotes someone: spans between quotation marks, found in one pass.

A calque in the agency's own narration ("four soldiers were martyred") is a translation
error; the same words inside a quotation are what someone said. Quotes do not run across
paragraphs (a paragraph that opens a quote without closing it ends it), so one stray mark
cannot swallow the rest of the article.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_OPEN, _CLOSE = "\u201c\u00ab", "\u201d\u00bb"
_MARKS = re.compile("[\n\"" + _OPEN + _CLOSE + "]")  # the only characters that change the state


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    opened = -1          # offset of an open curly quote, or -1
    straight = -1        # offset of an open straight quote, or -1
    for mark in _MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            if opened >= 0:
                spans.append((opened, i))
            if straight >= 0:
                spans.append((straight, i))
            opened = straight = -1
        elif ch in _OPEN and opened < 0:
            opened = i
        elif ch in _CLOSE and opened >= 0:
            spans.append((opened, i + 1))
            opened = -1
        elif ch == '"':
            if straight < 0:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = -1
    for start in (opened, straight):
        if start >= 0:
            spans.append((start, len(text)))
    spans.sort()
    return spans


class QuoteIndex:
    """Answers 'is this offset inside a quotation?' in logarithmic time."""

    def __init__(self, text: str) -> None:
        self.spans = quoted_spans(text)
        self._starts = [s for s, _ in self.spans]

    def inside(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        # spans may nest (a straight quote inside a curly one): look back over a few
        return any(s <= pos < e for s, e in self.spans[max(0, k - 2):k + 1])

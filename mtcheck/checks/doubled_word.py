"""doubled-word: the same word written twice in a row ("the the"), a common MT and editing slip."""
from __future__ import annotations

import re

from .base import Check, Document

_DOUBLE = re.compile(r"\b([A-Za-z\u00c0-\u024f']+)(\s+)(\1)\b", re.IGNORECASE)
# Doublings that English grammar allows.
_ALLOWED = {"had", "that", "is", "do", "bye", "so", "very", "no", "far", "many", "more", "again"}


class DoubledWord(Check):
    rule = "doubled-word"
    code = "MT002"
    doc = "Flags a word repeated twice in a row, such as 'the the'."
    explanation = """\
    Flags a word written twice in a row ("the the"), except doublings English grammar allows ("had
    had", "that that").

    A doubled word is a common slip of machine translation and of hurried editing; readers notice it
    at once.
    """
    example = 'Iraq tightens border security\n\nThe the border with Syria is long.\n'
    default_severity = 'warning'

    def run(self, ctx: Document):
        for m in _DOUBLE.finditer(ctx.text):
            word = m.group(1)
            if word.lower() in _ALLOWED or "\n" in m.group(2):
                continue
            yield self.finding(ctx, "warning", m.start(1), m.end(3),
                               f"The word '{word}' is written twice in a row.",
                               related=[(m.start(1), m.end(1))], suggestion=word)

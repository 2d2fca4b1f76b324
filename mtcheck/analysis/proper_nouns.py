"""Rare proper nouns per sentence: a cheap sign that two sentences speak of the same thing.

A capitalised word (not the sentence's first, not a month, weekday or function word) that
occurs in at most three sentences is usually a place or a person ("in Jableh"); two sentences
that share one are likely about the same event.
"""
from __future__ import annotations

import re

from . import lexicon
from ..segment import Segment

_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-\u2019'][A-Za-z]+)?\b")
_FUNCTION = frozenset("the a an in on at he she it they but and this that we i".split())
MAX_SENTENCES = 3


def rare_names(text: str, sentences: list[Segment]) -> dict[int, frozenset[str]]:
    words = lexicon.words()
    skip = _FUNCTION | set(words.month_names) | set(words.weekday_names) | words.honorifics
    per: dict[int, set[str]] = {}
    for i, seg in enumerate(sentences):
        found = _NAME.findall(text, seg.start, seg.end)
        per[i] = {w for w in found[1:] if w.lower() not in skip}  # first word: any capital
    df: dict[str, int] = {}
    for names in per.values():
        for n in names:
            df[n] = df.get(n, 0) + 1
    return {i: frozenset(n for n in names if df[n] <= MAX_SENTENCES) for i, names in per.items()}

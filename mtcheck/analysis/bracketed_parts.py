"""Parts given in brackets after the names they belong to: "the pilgrims arrived through King Abdulaziz
International Airport in Jeddah (610,000), Prince Mohammad bin Abdulaziz International Airport in
Madinah (430,000) and the land ports (150,000)"; "the injured were transferred to Samalut Central
Hospital (11), Minya University Hospital (9) and Matay Central Hospital (5)".

Each bracketed bare figure is the share of the name before it, and the sentence's definite subject
("the pilgrims", "the injured") says what they share out: the story's count of that (tallies.py
finds it). A list of every place the subject went to is all of it when it comes near the whole.
"""
from __future__ import annotations

import re

from .quantity_words import Quantity
from .runs import consecutive_runs

# between two bracketed figures: the bracket's end, a comma or "and", the next name, its bracket
_BETWEEN = re.compile(r"\)(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)[^()\d;:.]{2,100}?[ \u00a0]\($")
# "the pilgrims arrived through", "the injured were transferred to"
_SHARED_BY = re.compile(r"\bthe[ \u00a0]+(?P<noun>[a-z]{4,})[ \u00a0]+(?:were|was|are|is|have|had|arrived|came|entered"
                        r"|went)\b")


def _bracketed(text: str, q: Quantity) -> bool:
    return q.dimension == "count" and not q.head and text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")"


def bracketed_lists(ctx, sentence_qs: list[Quantity]) -> list[tuple[list[Quantity], int]]:
    """The sentence's runs of two or more bracketed bare counts, each with the offset just after
    the noun of the subject that shares them out (lists with no such subject are left out)."""
    text = ctx.text
    out = []
    for parts in consecutive_runs(sentence_qs, lambda q: _bracketed(text, q),
                                  lambda run, q: _BETWEEN.search(text, run[-1].end, q.start) is not None):
        seg = ctx.sentences[parts[0].sentence]
        subject = None
        for subject in _SHARED_BY.finditer(text, seg.start, parts[0].start):
            pass
        if subject is not None:
            out.append((parts, subject.end("noun") + 1))
    return out

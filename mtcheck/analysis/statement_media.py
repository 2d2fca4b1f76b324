"""The lead's statement named again on another day: "The minister announced today, Tuesday, ..."
then "said in a statement" (the lead's statement, undated) and later "in its statement issued
yesterday, Monday" or "the press conference held yesterday, Monday": one statement, two days.

The medium ("a statement", "a press conference") counts as the lead's only when the sentences right
after the lead name it without a date of its own; a later mention must point back at it ("the",
"its") without a word that makes it another one ("previous", "second").
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .dates import REPORTING

_DATA = lexicon.load("events.toml").get("statement_media", {})
_MEDIA = tuple(sorted(_DATA.get("nouns", []), key=len, reverse=True))
_NOUN = "|".join(re.escape(n).replace(r"\ ", r"[ \u00a0]+") for n in _MEDIA) or r"(?!x)x"
# "said in a statement", "in a press conference held at the headquarters"
_INTRODUCED = re.compile(r"\b(?:in|during|at|through)[ \u00a0]+an?[ \u00a0]+(?:\w+[ \u00a0]+)?(?P<noun>" + _NOUN + r")\b",
                         re.IGNORECASE)
# "in its statement issued yesterday, Monday", "the press conference held yesterday" (one word between:
# a participle, regular or not)
# (or by its head word alone: "the conference held yesterday" after "in a press conference")
_HEADS = tuple(sorted({n.split()[-1] for n in _MEDIA if " " in n} - set(_MEDIA)))
_POINTED = re.compile(r"\b(?:the|its|their|his|her)[ \u00a0]+(?P<noun>" + "|".join([_NOUN, *_HEADS]) + r")"
                      r"(?:,?[ \u00a0]+(?:which[ \u00a0]+was[ \u00a0]+|that[ \u00a0]+was[ \u00a0]+)?[a-z]+(?:[ \u00a0]+on)?)?[ \u00a0,]*$",
                      re.IGNORECASE)
_AFTER_LEAD = 2  # sentences after the lead's that may name its medium


def _norm(noun: str) -> str:
    return " ".join(noun.lower().split())


def conflicts(ctx, days) -> list[tuple]:
    """(lead day, later day, medium) for the lead's statement dated on another day by its medium."""
    lead = next((d for d in days if d.offset == 0 and _reported(ctx, d)), None)
    if lead is None:
        return []
    medium = None
    for i in range(lead.sentence, min(lead.sentence + _AFTER_LEAD + 1, len(ctx.sentences))):
        seg = ctx.sentences[i]
        m = _INTRODUCED.search(ctx.text, seg.start, seg.end)
        if m is not None:
            medium = _norm(m.group("noun"))
            break
    if medium is None:
        return []
    out = []
    for d in list(days) + _bare_weekdays(ctx, lead):
        if d.start <= lead.end or d.report_weekday != lead.report_weekday or d.weekday == lead.weekday:
            continue
        seg = ctx.sentences[d.sentence]
        m = _POINTED.search(ctx.text[max(seg.start, d.start - 60):d.start])
        noun = _norm(m.group("noun")) if m is not None else None
        if noun == medium or noun is not None and " " in medium and noun == medium.split()[-1] \
                and _one_kind(ctx, medium):
            out.append((lead, d, medium))
    return out


def _one_kind(ctx, medium: str) -> bool:
    """Whether the medium's head word ("conference" of "press conference") names only it in the article:
    not where it also names another ("the economic conference", "the Baghdad Conference"), which "the
    conference" may be."""
    *mods, head = medium.split()
    allowed = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "same", *mods}
    before = re.findall(r"(\S+)[ \u00a0]+" + re.escape(head) + r"s?\b", ctx.text, re.IGNORECASE)
    return all(w.lower().strip("(\"\u201c") in allowed for w in before)


def _reported(ctx, d) -> bool:
    """'announced today, Tuesday': the lead's own statement is dated by the relative day."""
    seg = ctx.sentences[d.sentence]
    before = ctx.text[max(seg.start, d.start - 30):d.start].lower().split()
    return bool(before) and before[-1].rstrip(",") in REPORTING  # ("announced, today, Thursday")


def _bare_weekdays(ctx, lead) -> list:
    """'in its statement issued on Monday evening' after 'announced today, Wednesday': a weekday with no
    date and no 'last' or 'next' is a day of this week, which the lead's today is not; it dates the
    statement as a relative day would (its report weekday is the lead's: only the day differs)."""
    return [replace(lead, start=d.start, end=d.end, sentence=d.sentence, offset=0, weekday=d.weekday)
            for d in ctx.dates if d.weekday is not None and not d.has_date and not d.shifted
            and d.also_weekday is None and d.start > lead.end]

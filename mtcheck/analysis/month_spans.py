"""A stated length in months or years against the months an event runs between: "the plan will be
implemented over a period of 18 months" and "the works of the plan will be carried out between
January and December 2027" (12 months); "the expansion works, which began in January 2024 and were
completed in December 2025, lasted three years" (two years).

The span is two month names of one sentence, without days, the first after a start ("between",
"from", "began in", "started in", "since"), the second after an end ("and", "to", "until",
"completed in", "the end of"), each with its year or the other's. It belongs to the length of its
own sentence, or to a length in another sentence whose event noun (event_lengths) the span's
sentence names. A span of whole months counts them inclusively (January to December is twelve),
one month either way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .stated_spans import NUMBER_WORDS, SpanConflict
from .time_spans import COUNT, count

_SP = r"[ \u00a0]+"
_MONTHS = {m: k + 1 for k, m in enumerate(lexicon.words().month_names)}
_MON = r"(?:" + "|".join(m.capitalize() for m in _MONTHS) + r")"
# month names with no day beside them ("in January 2025", not "15 January")
_SPAN = re.compile(
    r"(?:\b(?:between|from|since|(?:began|begun|started|starting|start|starts|beginning|launched)" + _SP + r"in)" + _SP
    + r"(?:the" + _SP + r"(?:beginning|start)" + _SP + r"of" + _SP + r")?(?P<m1>" + _MON + r")(?:" + _SP
    + r"(?P<y1>(?:19|20)\d\d))?(?![ \u00a0]*\d)"
    r"[^.;\d]{1,70}?\b(?:and|to|until|till|through|in|of)" + _SP
    # "from April 1 until the end of September": a first day, then the end of a month
    + r"|\b(?:from|since|(?:began|started|starting)" + _SP + r"(?:on|from))" + _SP + r"(?P<m1d>" + _MON + r")" + _SP
    + r"(?:1|first)(?:st)?,?(?:" + _SP + r"(?P<y1d>(?:19|20)\d\d),?)?" + _SP
    + r"(?:until|till|to|through)" + _SP + r"(?=the" + _SP + r"end" + _SP + r"of))"
    + r"(?:the" + _SP + r"end" + _SP + r"of" + _SP + r")?(?P<m2>" + _MON + r")(?:" + _SP + r"(?P<y2>(?:19|20)\d\d))?(?![ \u00a0]*\d)")
_LENGTH = re.compile(r"(?<![\w-])(?P<n>" + COUNT + r")[- \u00a0]+(?P<unit>months?|years?)\b(?![\w-])", re.IGNORECASE)
_HEDGE = re.compile(r"(?:more" + _SP + r"than|less" + _SP + r"than|at" + _SP + r"least|up" + _SP + r"to|about|nearly"
                    r"|around|almost|under|within|first|last|next|past|previous|every|additional|another|extra)"
                    + _SP + r"$", re.IGNORECASE)
_ELSEWHERE = re.compile(_SP + r"(?:later|earlier|ago|before|after|old)\b", re.IGNORECASE)
_SLACK = 1  # months


@dataclass(frozen=True)
class _Month:
    start: int
    end: int


@lru_cache(maxsize=512)
def said_of(noun: str) -> re.Pattern:
    """The noun, its plural, and the verb it is made from ("the closure" ... "was closed from",
    "the suspension" ... "suspended until")."""
    return re.compile(r"\b(?:" + "|".join(_forms(noun)) + r")\b", re.IGNORECASE)


def _forms(noun: str) -> list[str]:
    forms = [re.escape(noun) + r"(?:s|es|ing)?"]  # ("the harvest" ... "the harvesting")
    for ending, verbs in (("ure", ("ed", "e", "es", "ing")), ("sion", ("ded", "d", "ds")), ("tion", ("ed",))):
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            forms += [re.escape(noun[:-len(ending)]) + v for v in verbs]
    return forms


_KIN = {w: words for words in lexicon.load("events.toml")["span_kin"].values() for w in words}


@lru_cache(maxsize=64)
def _named(noun: str) -> re.Pattern:
    """The noun's forms, or those of every noun of its undertaking (events.toml [span_kin])."""
    words = _KIN.get(noun)
    if words is None:
        return said_of(noun)
    return re.compile(r"\b(?:" + "|".join(f for w in words for f in _forms(w)) + r")\b", re.IGNORECASE)


def _span(ctx, seg) -> tuple[_Month, _Month, int] | None:
    """The sentence's one span of whole months: its two ends and its months, counted inclusively."""
    found = list(_SPAN.finditer(ctx.text, seg.start, seg.end))
    if len(found) != 1:
        return None
    m = found[0]
    m1, y1_group = ("m1", "y1") if m.group("m1") else ("m1d", "y1d")
    y1, y2 = m.group(y1_group) or m.group("y2"), m.group("y2") or m.group(y1_group)
    if y1 is None and m1 == "m1":
        return None  # ("between November and February": which year each is in is not said)
    a = int(y1 or 0) * 12 + _MONTHS[m.group(m1).lower()]
    b = int(y2 or 0) * 12 + _MONTHS[m.group("m2").lower()]
    if b <= a:
        return None
    return _Month(m.start(m1), m.end(y1_group) if m1 == "m1" and m.group(y1_group) else m.end(m1)), \
        _Month(m.start("m2"), m.end("y2") if m.group("y2") else m.end("m2")), b - a + 1


def _lengths(ctx, seg) -> list[re.Match]:
    return [m for m in _LENGTH.finditer(ctx.text, seg.start, seg.end)
            if not _HEDGE.search(ctx.text, max(seg.start, m.start() - 20), m.start())
            and not _ELSEWHERE.match(ctx.text, m.end())
            and (m.group("n").isdigit() or m.group("n").lower() in NUMBER_WORDS)]


def _months(m: re.Match) -> int:
    return count(m.group("n")) * (12 if m.group("unit").lower().startswith("year") else 1)


def conflicts(ctx, noun_of) -> list[SpanConflict]:
    """``noun_of(ctx, seg, match)`` is event_lengths' reading of the nouns a length may belong to."""
    spans = {k: s for k, seg in ctx.content_sentences if (s := _span(ctx, seg)) is not None}
    if not spans:
        return []
    out = []
    named_by: dict[str, list] = {}  # each event noun's spans, found once (many lengths of a few events)
    for k, seg in ctx.content_sentences:
        lengths = _lengths(ctx, seg)
        if len(lengths) != 1:
            continue
        m = lengths[0]
        if k in spans:
            span = spans[k]
        else:
            named = []
            for noun, _ in noun_of(ctx, seg, m):  # nearest first: the first the article dates
                if noun not in named_by:
                    said = _named(noun)
                    named_by[noun] = [s for j, s in spans.items()
                                      if said.search(ctx.text, ctx.sentences[j].start, s[0].start)]
                if named_by[noun]:
                    named = named_by[noun]
                    break
            if len(named) != 1:
                continue
            span = named[0]
        first, last, counted = span
        if abs(_months(m) - counted) > _SLACK and abs(_months(m) - (counted - 1)) > _SLACK:
            out.append(SpanConflict(m.start(), m.end(), first, last, _months(m), counted, months=True))
    return out

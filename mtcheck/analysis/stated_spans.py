"""A stated length against the dates that bound it in one sentence: "the committee will continue its work
for two weeks, from March 19 to April 10" (22 days), "the works, which lasted ten days, from June 2 to June
26". Machine translation garbles a number word or a date as easily as a figure; when one sentence gives a
length and the two dates that bound it, the two must agree.

Counted loosely, as people count: a day either way for days (from the 26th to the 30th is four days or
five), three days either way for weeks, ten for months; "about two weeks" twice as loosely. Bounds
("more than", "at least", "up to") and lengths said of something else ("two days later", "ten days
ago", "a week before") are left alone, and so is a sentence with several ranges.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .date_policy import length_fits
from .dates import DateMention

_SP = r"[ \u00a0]+"
_WORDS = {w: n for w, n in lexicon.words().number_words.items() if n <= 31}
_WORDS.update({"one": 1, "a": 1})
_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
# "for two weeks", "lasted ten days", "within a period of ten days", ", five days"
_LENGTH = re.compile(r"(?<![\w-])" + _N + r"(?:" + _SP + r"full)?" + _SP + r"(?P<unit>days?|weeks?|months?)\b(?!-)",
                     re.IGNORECASE)
# "about two weeks": counted more loosely still (twice the slack)
_ROUGHLY = re.compile(r"(?:about|around|nearly|almost|approximately|some|roughly)" + _SP + r"$", re.IGNORECASE)
_HEDGE = re.compile(r"(?:over|more" + _SP + r"than|less"
                    + _SP + r"than|at" + _SP + r"least|at" + _SP + r"most|up" + _SP + r"to|under|than|of"
                    + _SP + r"the|first|last|next|past|coming|previous|every|each|per|additional|another|extra"
                    + r"|further)" + _SP + r"$", re.IGNORECASE)
_ELSEWHERE = re.compile(_SP + r"(?:later|earlier|ago|before|after|prior|from|into|of|in" + _SP + r"advance|beforehand)\b",
                        re.IGNORECASE)
_BOUND = re.compile(r"\b(?:to|until|till|through|and)\b", re.IGNORECASE)  # between the two dates
_SLACK = {"day": 1, "week": 3, "month": 10}
_DAYS = {"day": 1, "week": 7, "month": 30}


@dataclass(frozen=True)
class SpanConflict:
    start: int          # the stated length ("two weeks")
    end: int
    first: DateMention
    last: DateMention
    stated: int         # in days
    counted: int        # days from the first date to the last


def conflicts(ctx, mentions: list[DateMention], quoted) -> list[SpanConflict]:
    """Quoted sentences too: the length and its dates are one speaker's, in one sentence."""
    by_sentence: dict[int, list[DateMention]] = {}
    for m in mentions:
        if m.has_date and not m.last_year and m.as_date() is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    for i, ms in by_sentence.items():
        ms.sort(key=lambda m: m.start)
        ranges = [(a, b) for a, b in zip(ms, ms[1:])
                  if len(ctx.text[a.end:b.start]) <= 40 and _BOUND.search(ctx.text, a.end, b.start)]
        if len(ranges) != 1:
            continue  # no range, or several: which one the length is of is not said
        a, b = ranges[0]
        counted = (b.as_date() - a.as_date()).days
        if not 0 < counted < 400:
            continue
        seg = ctx.sentences[i]
        lengths = [(m, bool(_ROUGHLY.search(ctx.text, max(seg.start, m.start() - 20), m.start())))
                   for m in _LENGTH.finditer(ctx.text, seg.start, seg.end)
                   if not _HEDGE.search(ctx.text, max(seg.start, m.start() - 20), m.start())
                   and not _ELSEWHERE.match(ctx.text, m.end())]
        if len(lengths) != 1:
            continue
        m, rough = lengths[0]
        n = m.group("n").lower()
        unit = m.group("unit").lower().rstrip("s")
        stated = (int(n) if n.isdigit() else _WORDS[n]) * _DAYS[unit]
        slack = _SLACK[unit] * (2 if rough else 1)
        if not length_fits(stated, counted, slack):
            out.append(SpanConflict(m.start(), m.end(), a, b, stated, counted))
    return out


def message(text: str, c: SpanConflict) -> str:
    return (f"'{text[c.start:c.end]}' ({c.stated} days) does not fit '{text[c.first.start:c.first.end]}' to "
            f"'{text[c.last.start:c.last.end]}', {c.counted} days apart.")

"""An event's running day against its start date: "the fires, which are continuing for the tenth
consecutive day" in a report dated August 4, after "the fires that broke out on Thursday, July 30"
(the sixth day). Machine translation garbles an ordinal as easily as a figure; where the article dates
the event's start and its own day, the ordinal must count the days between them (inclusive, a day of
slack either way: some count the first day, some do not).

Read only in the present ("are continuing", "entered", "for the tenth day"), never of a past stretch
("had continued for the third day"), and only for a noun whose one start the article dates.
"""
from __future__ import annotations

import re

from . import lexicon
from .dates import _ORDINAL_DAYS
from .stated_spans import SpanConflict, mention_day

_SP = r"[ \u00a0]+"
_ORDINAL = r"(?P<ord>" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))"
_NTH_DAY = re.compile(r"\b(?P<verb>for|(?:has" + _SP + r"|have" + _SP + r")?entered)" + _SP + r"(?:the" + _SP + r"|a" + _SP
                      + r"|its" + _SP + r"|their" + _SP + r")" + _ORDINAL + _SP
                      + r"(?:(?:consecutive|straight|successive|running)" + _SP + r")?day\b", re.IGNORECASE)
# "The strike, which began on Monday, March 3, has entered its tenth day": the subject and its start in one sentence
_SUBJECT = re.compile(r"\b[Tt]he" + _SP + r"(?P<noun>[a-z]{4,}),?" + _SP + r"which" + _SP + r"(?:began|started|broke"
                      + _SP + r"out|erupted)\b[^;.]{0,60}?,?" + _SP + r"$")
# the event in the present before it: "the fires, which are continuing", "the strike continues", "entered"
_PRESENT = re.compile(r"\b(?:[Tt]he)" + _SP + r"(?P<noun>[a-z]{4,})(?:,?" + _SP + r"which)?" + _SP
                      + r"(?:(?:are|is)" + _SP + r"(?:continuing|ongoing|raging|going" + _SP + r"on)|continues?|"
                      r"rages?|entered|enters?)" + _SP + r"(?:[a-z]+" + _SP + r")?$")
_SLACK = 1


def _ordinal(word: str) -> int:
    w = word.lower()
    return int(re.match(r"\d+", w).group()) if w[0].isdigit() else _ORDINAL_DAYS[w]


def conflicts(ctx, start_of, report) -> list[SpanConflict]:
    """``start_of(noun)``: the one dated start of the noun's event, or None; ``report``: the report's
    dated mention."""
    if report is None or mention_day(report) is None:
        return []
    out = []
    for _, seg in ctx.content_sentences:
        for m in _NTH_DAY.finditer(ctx.text, seg.start, seg.end):
            own = m.group("verb").lower() != "for" and _SUBJECT.search(ctx.text, max(seg.start, m.start() - 120), m.start())
            subject = own or _PRESENT.search(ctx.text, max(seg.start, m.start() - 80), m.start())
            start = start_of(subject.group("noun")) if subject else None
            if start is None or mention_day(start) is None or start.sentence == ctx.sentence_at(m.start()) and not own:
                continue
            days = (mention_day(report) - mention_day(start)).days + 1
            n = _ordinal(m.group("ord"))
            if days > 0 and abs(n - days) > _SLACK:
                out.append(SpanConflict(m.start("ord"), m.end(), start, report, n, days - 1))  # (the days between)
    return out


# "the signing came two days after the approval of the council ... in its session held on Tuesday, February 17":
# the story's event (the lead's verb, dated today) a stated count of days after another event dated there
_N = r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_GAP = re.compile(r"\b[Tt]he" + _SP + r"(?P<a>[a-z]{4,})" + _SP + r"(?:came|took" + _SP + r"place|was" + _SP + r"held|happened"
                  r"|occurred)" + _SP + _N + _SP + r"(?P<unit>days?|weeks?)" + _SP + r"(?P<dir>after|before)" + _SP
                  + r"the" + _SP + r"[a-z]")
_NUMBERS = {**lexicon.words().number_words, "a": 1, "one": 1}
_STEM = 4  # letters a noun shares with the lead's verb ("signing" / "signed")


def gap_conflicts(ctx, mentions, report) -> list[SpanConflict]:
    """The lead's event said to come a count of days after (or before) another event the same sentence
    dates ("came two days after the approval ... held on Tuesday, February 17", the signing today, the
    18th: one day)."""
    if report is None or mention_day(report) is None:
        return []
    lead = ctx.sentences[report.sentence]
    lead_words = {w.lower()[:_STEM] for w in re.findall(r"[A-Za-z]+", ctx.text[lead.start:report.start])}
    out = []
    for _, seg in ctx.content_sentences:
        for m in _GAP.finditer(ctx.text, seg.start, seg.end):
            here = ctx.sentence_at(m.start())
            other = next((d for d in mentions if d.sentence == here and d.start > m.end()
                          and d.has_date and mention_day(d) is not None), None)
            if other is None or m.group("a")[:_STEM] not in lead_words:
                continue
            n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
            n *= 7 if m.group("unit").startswith("week") else 1
            days = (mention_day(report) - mention_day(other)).days * (1 if m.group("dir") == "after" else -1)
            if days != n:
                out.append(SpanConflict(m.start("n"), m.end("unit"), other, report, n, abs(days)))
    return out

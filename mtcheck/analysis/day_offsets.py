"""Days counted from another date: "two days later, on Wednesday", "the day before the vote,
Saturday", "the following day, Friday", "a week later, on Monday". The weekday written must be
the anchor's weekday moved by the count; machine translation often recomputes one of the two.

The anchor is the event the phrase names ("two days after the attack": the story's first dated
attack), or else the nearest dated mention before the phrase (within a few sentences, and not the
day of a statement: "said on Monday"), the time the story was speaking of.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .date_needles import WEEKDAYS, sentences_holding
from .date_events import DatedEvent
from .dates import EVENT_FAMILIES, REPORTING, DateMention

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w'\u2019-])"
_SP = r"[ \u00a0]+"
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "24": 1, "48": 2, "72": 3, "96": 4}  # (hours: "48 hours later" is two days)
_AFTER = {"later": 1, "after": 1, "afterwards": 1, "next": 1, "following": 1, "second": 1,
          "earlier": -1, "before": -1, "previous": -1, "preceding": -1}
# the words between the phrase and its weekday: what it counts from ("after the attack"), no clause end
_MID = r"(?P<mid>[^.;:!?\"\u201c\u201d()]{0,60}?)"
# before the weekday: "two days later, on Wednesday", "the following day (Wednesday)"
_TO_WD = r"(?:,?" + _SP + r"|[ \u00a0]*\([ \u00a0]*)(?:(?i:on)" + _SP + r")?" + _WD
_PHRASES = [
    re.compile(r"(?i:\b(?P<n>a|one|two|three|four|five|six|[1-6])" + _SP + r"(?P<unit>days?|weeks?)" + _SP
               + r"(?P<dir>later|after|afterwards|earlier|before))\b" + _MID + _TO_WD),
    re.compile(r"(?i:\b(?P<n>24|48|72|96)" + _SP + r"(?P<unit>hours)" + _SP
               + r"(?P<dir>later|after|afterwards|earlier|before))\b" + _MID + _TO_WD),
    # "after two days, on Thursday" (Arabic ba'da yawmayn): counted from the time just spoken of
    re.compile(r"(?i:\b(?P<dir>after)" + _SP + r"(?P<n>a|one|two|three|four|five|six|[1-6]|24|48|72)" + _SP
               + r"(?P<unit>days?|weeks?|hours))\b" + _TO_WD),
    re.compile(r"(?i:\bthe" + _SP + r"(?P<dir>next|following|previous|preceding|second)" + _SP + r"day)\b"
               + _TO_WD),
    re.compile(r"(?i:\bthe" + _SP + r"day" + _SP + r"(?P<dir>before|after))\b" + _MID + _TO_WD),
]
_WORD = re.compile(r"[\w'\u2019-]+")
# How far back the dated mention a bare count ("two days later") counts from may lie: the time
# the story was last speaking of, a paragraph or so before.
_SENTENCES_BACK = 3
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@dataclass(frozen=True)
class DayOffset:
    start: int
    end: int
    sentence: int
    days: int          # +2 for "two days later", -1 for "the day before"
    weekday: int       # the weekday written (0 = Monday)
    anchor: DateMention
    also_fits: bool = False  # the phrase's own date is the count away from another dated day


class _Anchors:
    """Where a phrase counts from: the first dated event of each kind, and the dated mentions by offset."""

    def __init__(self, text: str, mentions: list[DateMention], events: list[DatedEvent]) -> None:
        self.text = text
        self.dated = [m for m in mentions if not m.shifted and m.actual_weekday() is not None]
        self.starts = [m.start for m in self.dated]
        self.first: dict[str, DateMention] = {}
        self._dates: set | None = None  # every full date written, read when a phrase carries one
        for ev in events:
            self.first.setdefault(ev.family, ev.mention)

    def find(self, mid: str, start: int, sentence: int) -> DateMention | None:
        """The story's first dated event the phrase names, else the nearest dated mention before it."""
        families = {f for w in _WORD.findall(mid.lower()) for f in EVENT_FAMILIES.get(w, ())}
        if families:
            named = sorted((m for f in families if (m := self.first.get(f)) is not None and m.end <= start),
                           key=lambda m: m.start)
            return named[0] if named else None
        k = bisect_left(self.starts, start) - 1
        while k >= 0 and (self.dated[k].end > start or self._reported(self.dated[k])):
            k -= 1
        return self.dated[k] if k >= 0 and self.dated[k].sentence >= sentence - _SENTENCES_BACK else None

    def dated_apart(self, at: int, days: int) -> bool:
        """The phrase's weekday carries its own date ('a day earlier, on Friday, Dec. 12') and a dated
        day of the article lies the count away from it ('Saturday, Dec. 13'): the nearest date before
        the phrase is a guess at its anchor, the written date a fact, so the count fits."""
        own = next((m for m in self.dated if m.start == at), None)
        day = own.as_date() if own is not None and own.has_date else None
        if day is None:
            return False
        if self._dates is None:
            self._dates = {d for m in self.dated if m.has_date and (d := m.as_date()) is not None}
        return day.fromordinal(day.toordinal() - days) in self._dates

    def _reported(self, m: DateMention) -> bool:
        """'the ministry said on Monday': the day of a statement, not of the story's events."""
        words = _WORD.findall(self.text[max(0, m.start - 30):m.start].lower())[-2:]
        return bool(words) and (words[-1] in REPORTING or words[-1] == "on" and len(words) == 2
                                and words[0] in REPORTING)


def day_offsets(ctx, mentions: list[DateMention], events: list[DatedEvent], quoted) -> list[DayOffset]:
    """Every counted-day phrase outside quotations with its anchor, in reading order."""
    out = []
    anchors = _Anchors(ctx.text, mentions, events)
    for i, seg in sentences_holding(ctx, WEEKDAYS, ctx.content_sentences):  # every phrase ends in one
        for rx in _PHRASES:
            for m in rx.finditer(ctx.text, seg.start, seg.end):
                if quoted(m.start()):
                    continue
                n = m.groupdict().get("n")
                count = 1 if n is None else _COUNTS.get(n.lower(), int(n) if n.isdigit() else 1)
                unit = (m.groupdict().get("unit") or "").lower()
                if unit.startswith("week"):
                    count *= 7  # "a week later, on Monday": the anchor's own weekday
                elif unit == "hours" and not (n.isdigit() and int(n) % 24 == 0):
                    continue  # "after two hours": no count of days ("48 hours later" is two)
                anchor = anchors.find(m.groupdict().get("mid") or "", m.start(), i)
                if anchor is not None:
                    days = count * _AFTER[m.group("dir").lower()]
                    out.append(DayOffset(m.start(), m.end(), i, days, _WEEKDAYS.index(m.group("wd")), anchor,
                                         anchors.dated_apart(m.start("wd"), days)))
    return sorted(out, key=lambda d: d.start)


def fits(d: DayOffset) -> bool:
    """The weekday written is the anchor's (either night of 'Friday to Saturday') moved by the count."""
    return d.also_fits or any((wd + d.days) % 7 == d.weekday for wd in d.anchor.weekdays())

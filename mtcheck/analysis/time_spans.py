"""Lengths and ranges of an event, for the calendar of analysis/timeline.py: "a ten-day drive", "held
over three days", "for a week", "nine days of the fair"; "from October 27 to November 14", "June 29-July
3", "between 3 and 7 May", "from Sunday to Thursday". Each is keyed by the event its clause names
(event_keys.py), so a length is compared with the range of the same event in whatever sentence."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import lexicon
from .date_needles import sentences_matchable
from .dates import DateMention
from .event_keys import FAMILY, Key, event_key

_SP = r"[ \u00a0]+"
_ANY_YEAR = 2025  # the year of the dates of an article that gives none (lengths do not depend on it)

_NUMBERS = {w: n for w, n in lexicon.words().number_words.items() if n <= 60}
COUNT = r"(?:\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_RANGE_JOIN = re.compile(r"^(?:,?" + _SP + r"(?:to|until|till|through|and)" + _SP
                         + r"(?:the" + _SP + r"|(?:yesterday|today|tomorrow),?" + _SP + r")?|[ \u00a0]*[-\u2013][ \u00a0]*"
                         r"|,?" + _SP + r"and" + _SP + r"(?:will" + _SP + r")?(?:continue|last|run|go" + _SP + r"on)s?"
                         + _SP + r"(?:until|till|to|through)" + _SP
                         # "will start on Sunday, April 19, and end on Thursday, April 30"
                         + r"|,?" + _SP + r"and" + _SP + r"(?:will" + _SP + r")?(?:end|conclude|close|finish)s?"
                         + _SP + r"(?:on" + _SP + r")?)$")
_RANGE_OPEN = re.compile(r"\b(?:from|between|starts?|started|starting|begins?|began|beginning)" + _SP
                         + r"(?:on" + _SP + r")?(?:(?:the|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                         r"|Sunday),?" + _SP + r")?$", re.IGNORECASE)
# Lengths: "three-day", "ten-day drive", "over three days", "for two weeks", "nine days of the fair".
_LENGTH = re.compile(r"(?<![\w-])(?P<n>" + COUNT + r")(?:[- \u00a0](?:full|whole)[- \u00a0])?(?P<sep>[- \u00a0]+)"
                     r"(?P<unit>days?|weeks?)(?:-long)?(?![\w-])", re.IGNORECASE)
# "for a week", "a fortnight", "a week-long visit": a length without a figure
_A_WEEK = re.compile(r"(?<![\w-])(?:(?:a|one)[ \u00a0]+(?P<unit>week|fortnight)(?:-long)?|(?P<adj>week-?long))(?![\w-])",
                     re.IGNORECASE)
_MONTHS = {m: k + 1 for k, m in enumerate(lexicon.words().month_names)}
_MON = r"(?:" + "|".join(m.capitalize() for m in lexicon.words().month_names) + r")"
# "June 29-July 3" is two dated mentions; "May 3-7", "from 3 to 7 May", "between 3 and 7 May" are one
_COMPACT = re.compile(r"\b(?:(?P<mon1>" + _MON + r")" + _SP + r"(?P<d1>\d{1,2})[ \u00a0]*(?P<j1>[-\u2013]|to|and|until)[ \u00a0]*"
                      r"(?P<d2>\d{1,2})|(?P<d3>\d{1,2})[ \u00a0]*(?P<j2>[-\u2013]|to|and|until)[ \u00a0]*(?P<d4>\d{1,2})"
                      + _SP + r"(?P<mon2>" + _MON + r"))(?![\w-])")
_LENGTH_OFF_BEFORE = re.compile(r"\b(?:about|around|nearly|almost|approximately|some|roughly|than|least|most|up" + _SP
                                + r"to|within|in|first|final|remaining|another|extra|additional|further|next"
                                + r"|past|previous|coming|every|each|only|just|(?<!period )(?<!duration )of|after|before)" + _SP  # ("a period of two weeks")
                                + r"$|\bthe" + _SP + r"last" + _SP + r"$",
                                re.IGNORECASE)
_LENGTH_OFF_AFTER = re.compile(_SP + r"(?:later|earlier|ago|before|after|prior|from|in" + _SP + r"advance|beforehand"
                               + r"|a" + _SP + r"week|per|each|every|of" + _SP + r"(?:the" + _SP + r")?(?:week|month))\b",
                               re.IGNORECASE)


@dataclass
class Length:
    start: int
    end: int
    sentence: int
    key: Key
    days: int
    unit: str


@dataclass
class Range:
    start: int
    end: int
    sentence: int
    key: Key
    first: dt.date
    last: dt.date


# "..., which will continue until": the end of a span its start was dated for, a clause before
_RUNS_UNTIL = re.compile(r"\b(?:which|that|and)" + _SP + r"(?:will" + _SP + r"|is" + _SP + r"to" + _SP + r")?"
                         r"(?:continue|continues|last|lasts|run|runs|go" + _SP + r"on|goes" + _SP + r"on|extend|extends)"
                         + _SP + r"(?:until|till|through)" + _SP + r"(?:on" + _SP + r")?$", re.IGNORECASE)
_LAUNCHED = re.compile(r"\b(?:launched|started|began|begun|opened|kicked" + _SP + r"off|inaugurated)\b[^.;]{0,60}$",
                       re.IGNORECASE)


def count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


def _day(m: DateMention, yearless: bool) -> dt.date | None:
    """The mention's date; in an article that gives no year, of any one year (lengths do not depend on it)."""
    d = m.as_date()
    if d is None and yearless and m.has_date and m.valid(_ANY_YEAR):
        d = dt.date(_ANY_YEAR, m.month, m.day)
    return d


def ranges(ctx, mentions: list[DateMention]) -> list[Range]:
    yearless = not any(m.any_year for m in mentions)
    out, dated = [], [m for m in mentions if _day(m, yearless) is not None]
    for a, b in zip(dated, dated[1:]):
        if a.sentence != b.sentence:
            continue
        between = ctx.text[a.end:b.start]
        if not _RANGE_JOIN.match(between) and not (_RUNS_UNTIL.search(between) and len(between) <= 300
                                                   and _LAUNCHED.search(ctx.text, max(0, a.start - 75), a.start)):
            continue  # ("launched, on March 1, a campaign ..., which will continue until Monday, March 30": a range too)
        if not (_RANGE_OPEN.search(ctx.text, max(0, a.start - 30), a.start) or "-" in between
                or "\u2013" in between or "continu" in between or re.search(r"\b(?:last|run|go|end|conclude|close|finish)", between)):
            continue
        first, last = _day(a, yearless), _day(b, yearless)
        if last.year == first.year and b.year is None and a.year is not None and last < first:
            last = last.replace(year=last.year + 1)
        if not first < last:
            continue
        seg = ctx.sentences[a.sentence]
        key = event_key(ctx.text, seg.start, seg.end, a.start, b.end) or _named_between(between)
        out.append(Range(a.start, b.end, a.sentence, key, first, last))
    return out + _compact_ranges(ctx, mentions) + _weekday_ranges(ctx, mentions)


def _named_between(between: str) -> Key | None:
    """'March 1, 2026, a comprehensive campaign to clean streets ..., which will continue until': the
    first event noun between the two dates names what runs between them."""
    if not _RUNS_UNTIL.search(between):
        return None
    word = next((w.lower() for w in re.findall(r"[A-Za-z]+", between[:80]) if w.lower() in FAMILY), None)
    return Key(FAMILY[word], "", False, "", frozenset({FAMILY[word]})) if word else None
_MONDAY = dt.date(2001, 1, 1)  # a Monday: a range of weekdays laid on one week, for its length only
_WEEKDAY_JOIN = re.compile(r"^" + _SP + r"(?:to|until|till|through|and)" + _SP + r"$")


def _weekday_ranges(ctx, mentions: list[DateMention]) -> list[Range]:
    """'from Sunday to Thursday', 'between Saturday and Monday': a length in days, whatever the week."""
    bare = [m for m in mentions if m.weekday is not None and not m.has_date and m.also_weekday is None]
    out = []
    for a, b in zip(bare, bare[1:]):
        if a.sentence != b.sentence or not _WEEKDAY_JOIN.match(ctx.text[a.end:b.start]) \
                or not re.search(r"\b(?:from|between)" + _SP + r"$", ctx.text[max(0, a.start - 10):a.start]):
            continue
        first = _MONDAY + dt.timedelta(days=a.weekday)
        last = _MONDAY + dt.timedelta(days=b.weekday + (7 if b.weekday <= a.weekday else 0))
        seg = ctx.sentences[a.sentence]
        out.append(Range(a.start, b.end, a.sentence, event_key(ctx.text, seg.start, seg.end, a.start, b.end),
                         first, last))
    return out


def _compact_ranges(ctx, mentions: list[DateMention]) -> list[Range]:
    """'from May 3 to 7', 'between 3 and 7 May', 'May 3-7': one month, two days; the year is the
    article's (its first dated mention's)."""
    # (an article with no year: one year's days are as far apart as another's, February aside)
    year = next((m.any_year for m in mentions if m.any_year), _ANY_YEAR)
    out = []
    for i, seg in sentences_matchable(ctx, (_COMPACT,), ctx.content_sentences):
        for m in _COMPACT.finditer(ctx.text, seg.start, seg.end):
            mon = _MONTHS[(m.group("mon1") or m.group("mon2")).lower()]
            a, b = (m.group("d1"), m.group("d2")) if m.group("mon1") else (m.group("d3"), m.group("d4"))
            join = m.group("j1") or m.group("j2")
            opened = re.search(r"\b(?:from|between)" + _SP + r"$", ctx.text[max(seg.start, m.start() - 12):m.start()])
            if join in ("to", "and", "until") and not opened:
                continue
            try:
                first, last = dt.date(year, mon, int(a)), dt.date(year, mon, int(b))
            except ValueError:
                continue
            if first < last:
                key = event_key(ctx.text, seg.start, seg.end, m.start(), m.end())
                out.append(Range(m.start(), m.end(), i, key, first, last))
    return out


def lengths(ctx) -> list[Length]:
    text, out = ctx.text, []
    # only the sentences either pattern may match in (a whole-text pass per needle, not a regex scan each)
    for i, seg in sentences_matchable(ctx, (_LENGTH, _A_WEEK), ctx.content_sentences):
        for m in _LENGTH.finditer(text, seg.start, seg.end):
            if _LENGTH_OFF_BEFORE.search(text, max(seg.start, m.start() - 16), m.start()) \
                    or _LENGTH_OFF_AFTER.match(text, m.end()):
                continue
            n, unit = count(m.group("n")), m.group("unit").lower().rstrip("s")
            adjective = "-" in m.group("sep")
            after_of = re.match(_SP + r"of" + _SP + r"(?:the" + _SP + r")?", text[m.end():m.end() + 12])
            key = event_key(text, seg.start, seg.end, m.start(), m.end() + (after_of.end() if after_of else 0),
                            noun_after=adjective or bool(after_of))
            if key is not None:
                out.append(Length(m.start(), m.end(), i, key, n * (7 if unit == "week" else 1), unit))
        for m in _A_WEEK.finditer(text, seg.start, seg.end):
            if _LENGTH_OFF_BEFORE.search(text, max(seg.start, m.start() - 16), m.start()) \
                    or _LENGTH_OFF_AFTER.match(text, m.end()) \
                    or re.search(r"\b(?:once|twice|times|days|hours)" + _SP + r"$", text[max(seg.start, m.start() - 8):m.start()]):
                continue
            key = event_key(text, seg.start, seg.end, m.start(), m.end(), noun_after="long" in m.group().lower())
            if key is not None:
                out.append(Length(m.start(), m.end(), i, key, 14 if (m.group("unit") or "").lower() == "fortnight" else 7,
                                  "week"))
    return out


def fits(length: Length, r: Range) -> bool:
    apart = (r.last - r.first).days
    slack = 0 if length.unit == "day" else 1
    return apart - slack <= length.days <= apart + 1 + slack


def range_of(length: Length, spans: list[Range]) -> Range | None:
    """The one range of the length's event: of its instance where the family has several."""
    alike = [r for r in spans if r.key.same_event(length.key) or not length.key.instance]
    if len(alike) > 1:
        alike = [r for r in alike if r.key.instance == length.key.instance]
    return alike[0] if len(alike) == 1 else None


# "during these five days", "those three weeks": a length that points back at the span just dated
_THESE = re.compile(r"(?<![\w-])(?:these|those)" + _SP + r"(?P<n>" + COUNT + r")" + _SP + r"(?P<unit>days|weeks)\b",
                    re.IGNORECASE)
_BACK_REACH = 2  # sentences from a range to "these N days"


def pointed_back(ctx, spans: list[Range]) -> list[tuple[Length, Range]]:
    """(length, range) for each "these N days" whose nearest earlier range, a sentence or two before
    (or its own), is that long or not: the caller tests fits()."""
    out = []
    if not spans:
        return out
    for i, seg in sentences_matchable(ctx, (_THESE,), ctx.content_sentences):
        for m in _THESE.finditer(ctx.text, seg.start, seg.end):
            before = [r for r in spans if r.end <= m.start() and i - _BACK_REACH <= r.sentence <= i]
            if not before:
                continue
            r = max(before, key=lambda r: r.end)
            days = count(m.group("n")) * (7 if m.group("unit").lower() == "weeks" else 1)
            out.append((Length(m.start(), m.end(), i, r.key, days, m.group("unit").lower().rstrip("s")), r))
    return out


"""A stated length against the dates that bound it in one sentence: "the committee will continue its work
for two weeks, from March 19 to April 10" (22 days), "the works, which lasted ten days, from June 2 to June
26". Machine translation garbles a number word or a date as easily as a figure; when one sentence gives a
length and the two dates that bound it, the two must agree.

The range may also be open: a start date, then the length running up to an end date ("will start on
Sunday, June 15, ... and will continue for three weeks until ... July 10").

Counted as people count: a day either way for days and weeks (from the 26th to the 30th is four days or
five; a count of weeks is a count of days), ten for months; "about" twice as loosely (four days for
weeks: "about three weeks" for 25 days). Bounds
("more than", "at least", "up to") and lengths said of something else ("two days later", "ten days
ago", "a week before") are left alone, and so is a sentence with several ranges.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from . import lexicon
from .date_policy import length_fits
from .dates import ORDINAL_DAY_WORDS, DateMention

_SP = r"[ \u00a0]+"
_WORDS = {w: n for w, n in lexicon.words().number_words.items() if n <= 31}
_WORDS.update({"one": 1, "a": 1})
NUMBER_WORDS = frozenset(_WORDS)
_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
# "for two weeks", "lasted ten days", "within a period of ten days", ", five days"
# "a one-week holiday": the hyphened adjective is a length too
_LENGTH = re.compile(r"(?<![\w-])" + _N + r"(?:[- \u00a0]full)?[- \u00a0]+(?P<unit>days?|weeks?|months?|hours?)\b(?!-)",
                     re.IGNORECASE)
# "from 1 to 31 January 2026": the range's first day borrows the month (and year) of its last
_DAY_BEFORE = re.compile(r"\b(?:from|between)" + _SP + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \u00a0]*(?:to|until|till|and|-|\u2013)"
                         r"[ \u00a0]*(?:the[ \u00a0]+)?$", re.IGNORECASE)
# "about two weeks": counted more loosely still (twice the slack)
_ROUGHLY = re.compile(r"(?:about|around|nearly|almost|approximately|some|roughly)" + _SP + r"$", re.IGNORECASE)
# "the last ten days" is a part of a span; "will last four days" is the verb
_LAST = r"(?<!will )(?<!to )(?<!would )(?<!could )(?<!may )(?<!might )(?<!shall )last"
# ("extend it ... by two weeks": a change of a span, not its length)
# ("held over ten days", "spread over two weeks": over is across there, no bound)
_HEDGE = re.compile(r"(?:(?<!held )(?<!spread )(?<!staged )(?<!spanning )over|by|more" + _SP + r"than|less"
                    + _SP + r"than|at" + _SP + r"least|at" + _SP + r"most|up" + _SP + r"to|under|than|of"
                    + _SP + r"the|first|" + _LAST + r"|next|past|coming|previous|every|each|per|additional|another|extra"
                    + r"|further)" + _SP + r"$", re.IGNORECASE)
# ("ten days from 20 to 25 October", "from the first of March" is the length of that range: a date after
# "from" is no reference point)
_ELSEWHERE = re.compile(_SP + r"(?:later|earlier|ago|before|after|prior|from(?!" + _SP + r"(?:the" + _SP + r")?(?:\d"
                        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + "|".join(m.capitalize() for m in
                        lexicon.words().month_names) + r"|(?:" + ORDINAL_DAY_WORDS + r")" + _SP + r"of))|into|of|in" + _SP + r"advance|beforehand)\b",
                        re.IGNORECASE)
_BOUND = re.compile(r"\b(?:to|until|till|through|and)\b", re.IGNORECASE)  # between the two dates
_SLACK = {"hour": 0, "day": 0, "night": 0, "week": 1, "month": 10}  # ("the 30 nights of the festival")  # a count of weeks is a count of days (date_policy.py)
_ROUGH_SLACK = {"hour": 1, "day": 2, "night": 2, "week": 4, "month": 20}  # "about three weeks": 17 to 25 days
_REACH = 80
_TODAY = re.compile(r"\b(?:today|this[ \u00a0]+(?:morning|evening|afternoon))[ \u00a0]*[,(]?[ \u00a0]*$", re.IGNORECASE)
# a span that runs from now: "will continue for", "will last for" (not "lasted": its start is past)
_FROM_NOW = re.compile(r"\bwill[ \u00a0]+(?:continue|last|run|extend|go[ \u00a0]+on)[ \u00a0]+(?:for[ \u00a0]+)?$",
                       re.IGNORECASE)
_BEGUN = re.compile(r"\b(?:began|begun|started|launched|since|from|opened)\b", re.IGNORECASE)  # characters from a length to the end date of its open range
_UNTIL = re.compile(r"\b(?:until|till|through|up[ \u00a0]+to)\b", re.IGNORECASE)
_BREAK = re.compile(r"[;:.!?]|\b(?:while|but|after|before|whereas)\b", re.IGNORECASE)
_STARTS = re.compile(r"\b(?:from|starting|starts?|start(?:ed|ing)?[ \u00a0]+on|begins?|began|beginning|begin[ \u00a0]+on"
                     r"|opens?|opened|launched|launch)(?:[ \u00a0]+on)?[ \u00a0]+$", re.IGNORECASE)
_DAYS = {"day": 1, "night": 1, "week": 7, "month": 30}


@dataclass(frozen=True)
class SpanConflict:
    start: int          # the stated length ("two weeks")
    end: int
    first: DateMention
    last: DateMention
    stated: int         # in days (in months when ``months``)
    counted: int        # days from the first date to the last (months from the first month to the last, inclusive)
    months: bool = False


def conflicts(ctx, mentions: list[DateMention], quoted) -> list[SpanConflict]:
    """Quoted sentences too: the length and its dates are one speaker's, in one sentence."""
    by_sentence: dict[int, list[DateMention]] = {}
    for m in mentions:
        if m.has_date and not m.last_year and mention_day(m) is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    report = report_mention(ctx, mentions)
    for i, ms in by_sentence.items():
        ms.sort(key=lambda m: m.start)
        lengths = sentence_lengths(ctx, ctx.sentences[i])
        if len(lengths) != 1:
            continue
        m, rough = lengths[0]
        bounds = _range(ctx, ms) or _open_range(ctx, ms, m, report) or _since_range(ctx, ms, m) \
            or _since_until_now(ctx, ms, m, report)
        if bounds is not None:
            c = length_conflict(m, rough, *bounds)
            if c is not None:
                out.append(c)
    return out


def sentence_lengths(ctx, seg) -> list[tuple[re.Match, bool]]:
    """The lengths a sentence states ("for two weeks", "a one-week holiday"), each with whether it
    is said roughly ("about three weeks"); no bound ("more than"), none said of another moment
    ("two days later")."""
    return [(m, bool(_ROUGHLY.search(ctx.text, max(seg.start, m.start() - 20), m.start())))
            for m in _LENGTH.finditer(ctx.text, seg.start, seg.end)
            if _whole_days(m) and not _hedged(ctx.text, max(seg.start, m.start() - 20), m)
            and not _ELSEWHERE.match(ctx.text, m.end()) and not _rate(ctx.text, seg.start, m)]


# "four hours a day", "twice a week", "three meals a day": "a day" there is the span of a rate
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:hours?|times|twice|once|meals|trips|flights|litres|liters|tonnes|kilometres|kilometers))"
                          + _SP + r"$", re.IGNORECASE)


def _rate(text: str, lo: int, m: re.Match) -> bool:
    return m.group().split(None, 1)[0].lower() in ("a", "an") and _RATE_BEFORE.search(text, max(lo, m.start() - 24), m.start()) is not None


def _whole_days(m: re.Match) -> bool:
    """Hours count as a length of days only in whole days ("a truce for 72 hours"): "for six hours"
    is said of a time of day, which no date bounds."""
    return not m.group("unit").lower().startswith("hour") or m.group("n").isdigit() and int(m.group("n")) % 24 == 0


_OF_THE_HYPHENED = re.compile(r"of" + _SP + r"the" + _SP + r"$", re.IGNORECASE)


def _hedged(text: str, lo: int, m: re.Match) -> bool:
    """A bound or a part before the length ("more than", "the first"); "of the" only before a length
    that is no hyphened adjective ("the end of the two weeks", not "the conclusion of the six-day
    campaign")."""
    h = _HEDGE.search(text, lo, m.start())
    return h is not None and not ("-" in m.group() and _OF_THE_HYPHENED.match(h.group()))


def length_conflict(m: re.Match, rough: bool, a: DateMention, b: DateMention) -> SpanConflict | None:
    """The conflict of the length ``m`` with the dates ``a`` to ``b``, or None where they agree."""
    counted = (mention_day(b) - mention_day(a)).days
    if a.as_date() is None and b.month < a.month:
        counted += 365  # year-less, across New Year
    if not 0 < counted < 400:
        return None
    n = m.group("n").lower()
    unit = m.group("unit").lower().rstrip("s")
    stated = int(n) // 24 if unit == "hour" else (int(n) if n.isdigit() else _WORDS[n]) * _DAYS[unit]
    slack = (_ROUGH_SLACK if rough else _SLACK)[unit]
    return None if length_fits(stated, counted, slack) else SpanConflict(m.start(), m.end(), a, b, stated, counted)


def report_mention(ctx, mentions: list[DateMention]) -> DateMention | None:
    """The report's own date: the first body date said to be today ("announced this morning, Sunday,
    September 14, 2025")."""
    return next((m for m in mentions if m.part == "body" and m.has_date and mention_day(m) is not None and not m.hijri
                 and (_TODAY.search(ctx.text, max(0, m.start - 25), m.start)
                      or _TODAY_HIJRI.search(ctx.text, max(0, m.start - 80), m.start))), None)


# "today, Tuesday, 21 Safar 1448 AH, corresponding to August 4, 2026": the Gregorian twin of today's Hijri date
_TODAY_HIJRI = re.compile(r"\btoday\b[^.;:]{0,55}\b(?:AH|H|Hijri)\)?,?" + _SP + r"(?:corresponding|equivalent)" + _SP
                          + r"to" + _SP + r"$", re.IGNORECASE)


def mention_day(m: DateMention) -> dt.date | None:
    """The mention's date; in an article that gives no year, its day in a common year (a range across
    the end of February may be a day short: within the slack)."""
    if m.as_date() is not None:
        return m.as_date()
    return dt.date(2025, m.month, m.day) if m.valid(2025) else None


def _range(ctx, ms: list[DateMention]):
    """The one range of a sentence written as such ("from March 19 to April 10"), or None (none, or
    several: which one the length is of is not said)."""
    ranges = [(a, b) for a, b in zip(ms, ms[1:])
              if len(ctx.text[a.end:b.start]) <= 40 and _BOUND.search(ctx.text, a.end, b.start)]
    for b in ms:
        m = _DAY_BEFORE.search(ctx.text, max(0, b.start - 30), b.start)
        if m and int(m.group("day")) < b.day:
            ranges.append((replace(b, start=m.start("day"), end=m.end("day"), day=int(m.group("day")),
                                   weekday=None, weekday_span=None), b))
    return ranges[0] if len(ranges) == 1 else None


def _open_range(ctx, ms: list[DateMention], length: re.Match, report: DateMention | None):
    """A start date, then the length running up to an end date: "will start on Sunday, June 15, with the
    first paper, and will continue for three weeks until the last paper on July 10"; "closed from
    Wednesday, October 7, for works that will continue for two weeks until October 28". The end is the
    first date after the length with "until" (or "till", "through") between them, no clause break; the
    start the last date before it said to start the span ("from", "start on", "began on"), or the report's
    day when the span runs from now ("will continue for two weeks, until ..."; no start, nor any date, said
    before it in the sentence)."""
    end = next((b for b in ms if b.start >= length.end()), None)
    if end is None or end.start - length.end() > _REACH \
            or not _UNTIL.search(ctx.text, length.end(), end.start) or _BREAK.search(ctx.text, length.end(), end.start):
        return None
    start = next((a for a in reversed(ms) if a.end <= length.start()
                  and _STARTS.search(ctx.text, max(0, a.start - 30), a.start)), None)
    seg = ctx.sentences[end.sentence]
    if start is None and not any(a.end <= length.start() for a in ms) and _FROM_NOW.search(ctx.text, max(seg.start, length.start() - 30), length.start()) \
            and not _BEGUN.search(ctx.text, seg.start, length.start()):
        start = report  # "the campaign will continue for two weeks, until Thursday, September 25": from today
    return (start, end) if start is not None else None


_AFTER = re.compile(r"\bafter" + _SP + r"(?:(?:spending|serving|being" + _SP + r"held" + _SP + r"for|remaining|staying"
                    r"|being" + _SP + r"detained" + _SP + r"for)" + _SP + r")?$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def _since_range(ctx, ms: list[DateMention], length: re.Match):
    """A date, then the length it came after, counted since another date: "was released on Monday,
    February 3, after spending 12 days in detention since his arrest on January 14"."""
    if not _AFTER.search(ctx.text, max(0, length.start() - 40), length.start()):
        return None
    start = _counted_since(ctx, ms, length)
    end = next((a for a in reversed(ms) if a.end <= length.start()), None)
    if start is None or end is None or length.start() - end.end > _REACH \
            or re.search(r"[;:.!?]", ctx.text[end.end:length.start()]):
        return None
    return (start, end) if mention_day(start) < mention_day(end) else None


def _counted_since(ctx, ms: list[DateMention], length: re.Match) -> DateMention | None:
    """The date right after a length that it is counted since ("12 days in detention since his arrest on
    January 14"), or None."""
    start = next((b for b in ms if b.start >= length.end()), None)
    if start is None or start.start - length.end() > _REACH or not _SINCE.search(ctx.text, length.end(), start.start) \
            or _BREAK.search(ctx.text, length.end(), start.start):
        return None
    return start


_PERFECT = re.compile(r"\b(?:have|has)" + _SP + r"been" + _SP + r"(?:[a-z]+" + _SP + r"){0,3}?(?:for" + _SP + r")?$",
                      re.IGNORECASE)


def _since_until_now(ctx, ms: list[DateMention], length: re.Match, report: DateMention | None):
    """A length in the present perfect counted since a date runs to the report's day: "the activists,
    who have been in detention for two weeks since their arrest on 18 September" in a report dated 5
    November."""
    if report is None or not _PERFECT.search(ctx.text, max(0, length.start() - 40), length.start()):
        return None
    start = _counted_since(ctx, ms, length) if len(ms) == 1 else None
    if start is None:
        return None
    return (start, report) if mention_day(start) < mention_day(report) else None


def message(text: str, c: SpanConflict) -> str:
    if c.months:
        return (f"'{text[c.start:c.end]}' ({c.stated} months) does not fit '{text[c.first.start:c.first.end]}' to "
                f"'{text[c.last.start:c.last.end]}', {c.counted} months counted inclusively.")
    return (f"'{text[c.start:c.end]}' ({c.stated} days) does not fit '{text[c.first.start:c.first.end]}' to "
            f"'{text[c.last.start:c.last.end]}', {c.counted} day{'' if c.counted == 1 else 's'} apart.")

"""One calendar for every expression of time: each resolves to the days it may stand for.

An explicit date is one day; "yesterday", "last night", "last week", "three days ago" are days
counted from the report's own day; "next Sunday", "last Thursday", "on Tuesday" are the days of that
weekday the modifier allows (every reading kept: "next Sunday" is the first or the second Sunday
ahead). The report's day is the dateline's date, else the date a "today, Monday" stands beside;
where only its weekday is known, days are compared by weekday. Each expression is keyed by the event
its clause names (event_keys.py), whatever the wording; two expressions of one event that share no
day are a conflict. Lengths ("a ten-day drive", "held over three days", "nine days of the fair")
are compared with the range ("from October 27 to November 14") of the same event, in whatever
sentence either stands.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import lexicon
from .dates import _WEEKDAY_NUM, DateMention
from .event_keys import Key, event_key
from .relative_days import RelativeDay
from .report_day import dateline_date

_SP = r"[ \u00a0]+"
_NUMBERS = {w: n for w, n in lexicon.words().number_words.items() if n <= 60}
_N = r"(?:\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
# Relative days counted from the report's day, with the weekday some copy writes beside them.
_RELATIVE = re.compile(
    r"\b(?:(?P<rel>the" + _SP + r"day" + _SP + r"before" + _SP + r"yesterday|yesterday|last" + _SP + r"night|today|tonight"
    r"|tomorrow|this" + _SP + r"(?:morning|evening|afternoon))|(?P<wk>last|this|next)" + _SP + r"week(?![\w'\u2019-])"
    r"|(?P<n>" + _N + r"|a)" + _SP + r"(?P<unit>days?|weeks?)" + _SP + r"ago)\b"
    r"(?:[ \u00a0]*[,(][ \u00a0]*(?:on[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\)?)?",
    re.IGNORECASE)
_DAYS_BACK = {"the day before yesterday": -2, "yesterday": -1, "tomorrow": 1, "last night": -1}
# A weekday's modifier, read just before it.
_MODIFIER = re.compile(r"\b(?P<mod>next|last|past|this" + _SP + r"coming|coming|this)" + _SP + r"$", re.IGNORECASE)
# "the previous Sunday", "the following Monday", "every Friday": counted from another day, or many days
_ANOTHER_WEEK = re.compile(r"\b(?:previous|following|same|every|each|preceding)" + _SP + r"$", re.IGNORECASE)
# Words right before an expression that make it a bound or a reference point, not the event's day.
_BOUND = re.compile(r"\b(?:until|till|since|by|before|after|from|through|between|starting|beginning|deadline|as"
                    + _SP + r"of|of)" + _SP + r"(?:(?:on|the)" + _SP + r")?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^(?:,?" + _SP + r"(?:to|until|till|through|and)" + _SP + r"|[ \u00a0]*[-\u2013][ \u00a0]*"
                         r"|,?" + _SP + r"and" + _SP + r"(?:will" + _SP + r")?(?:continue|last|run|go" + _SP + r"on)s?"
                         + _SP + r"(?:until|till|to|through)" + _SP + r")$")
_RANGE_OPEN = re.compile(r"\b(?:from|between|starts?|started|starting|begins?|began|beginning)" + _SP
                         + r"(?:on" + _SP + r")?(?:(?:the|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                         r"|Sunday),?" + _SP + r")?$", re.IGNORECASE)
# Lengths: "three-day", "ten-day drive", "over three days", "for two weeks", "nine days of the fair".
_LENGTH = re.compile(r"(?<![\w-])(?P<n>" + _N + r")(?:[- \u00a0](?:full|whole)[- \u00a0])?(?P<sep>[- \u00a0]+)"
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
                                + r"|past|previous|coming|every|each|only|just|of|after|before)" + _SP + r"$|\bthe" + _SP + r"last" + _SP + r"$",
                                re.IGNORECASE)
_LENGTH_OFF_AFTER = re.compile(_SP + r"(?:later|earlier|ago|before|after|prior|from|in" + _SP + r"advance|beforehand"
                               + r"|a" + _SP + r"week|per|each|every|of" + _SP + r"(?:the" + _SP + r")?(?:week|month))\b",
                               re.IGNORECASE)
_CLAUSES = 60  # characters: two expressions this far apart in one sentence stand in two of its clauses
_NEAR = 45  # days: two dated mentions further apart are more likely two events than a slip


@dataclass
class When:
    start: int
    end: int
    sentence: int
    key: Key
    days: frozenset | None = None        # calendar days
    offsets: frozenset | None = None     # days from the report's day
    weekday: int | None = None           # a weekday alone (the report's weekday unknown)


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


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


def report_day(ctx, mentions: list[DateMention], days: list[RelativeDay]) -> tuple[dt.date | None, int | None]:
    """The report's day and its weekday: the dateline's date, else the date written beside a
    'today, Monday', else only the weekday that 'today, Monday' gives."""
    dl = dateline_date(ctx, mentions)
    if dl is not None:
        return dl.as_date(), dl.as_date().weekday()
    for d in days:
        for m in mentions:
            if m.has_date and d.start <= m.start <= d.end + 60 and m.sentence == d.sentence \
                    and m.as_date() is not None and m.as_date().weekday() == d.weekday:
                r = m.as_date() - dt.timedelta(days=d.offset)
                return r, r.weekday()
    return None, (days[0].report_weekday if days else None)


def _weekday_offsets(mod: str, wd: int, today: int) -> frozenset:
    k = (wd - today) % 7
    ahead, back = k or 7, k - 7 if k else -7
    if mod == "next":
        return frozenset([ahead, ahead + 7])
    if mod in ("last", "past"):
        return frozenset([back, back - 7])
    if mod in ("coming", "this coming"):
        return frozenset([ahead])
    return frozenset([k, k - 7, 7] if k == 0 else [k, k - 7])  # "on Tuesday", "this Tuesday": either side


def _relative_offsets(m: re.Match, today: int | None) -> frozenset:
    if m.group("rel"):
        rel = " ".join(m.group("rel").lower().split())
        return frozenset([_DAYS_BACK.get(rel, 0)])
    if m.group("wk"):
        wk = m.group("wk").lower()
        monday = -today if today is not None else None
        if wk == "last":
            return frozenset(range(monday - 7 if monday is not None else -13, 0))
        if wk == "next":
            return frozenset(range(1, monday + 14 if monday is not None else 14))
        return frozenset(range(monday, monday + 7) if monday is not None else range(-6, 7))
    n = _count(m.group("n")) * (7 if m.group("unit").lower().startswith("week") else 1)
    return frozenset([-n - 1, -n, -n + 1] if n >= 7 else [-n])


def _overlaps(s: int, e: int, spans) -> bool:
    return any(a < e and s < b for a, b in spans)


def _ranges(ctx, mentions: list[DateMention]) -> list[Range]:
    out, dated = [], [m for m in mentions if m.has_date and m.as_date() is not None]
    for a, b in zip(dated, dated[1:]):
        if a.sentence != b.sentence or not _RANGE_JOIN.match(ctx.text[a.end:b.start]):
            continue
        between = ctx.text[a.end:b.start]
        if not (_RANGE_OPEN.search(ctx.text, max(0, a.start - 30), a.start) or "-" in between
                or "\u2013" in between or "continu" in between or re.search(r"\b(?:last|run|go)", between)):
            continue
        first, last = a.as_date(), b.as_date()
        if last.year == first.year and b.year is None and a.year is not None and last < first:
            last = last.replace(year=last.year + 1)
        if not first < last:
            continue
        seg = ctx.sentences[a.sentence]
        key = event_key(ctx.text, seg.start, seg.end, a.start, b.end)
        out.append(Range(a.start, b.end, a.sentence, key, first, last))
    return out + _compact_ranges(ctx, mentions)


def _compact_ranges(ctx, mentions: list[DateMention]) -> list[Range]:
    """'from May 3 to 7', 'between 3 and 7 May', 'May 3-7': one month, two days; the year is the
    article's (its first dated mention's)."""
    year = next((m.any_year for m in mentions if m.any_year), None)
    out = []
    for i, seg in (ctx.content_sentences if year else []):
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


def _points(ctx, mentions: list[DateMention], ranges: list[Range], today: int | None) -> list[When]:
    """Every dated, weekday and relative expression that names one event's day, keyed by its event."""
    text, out = ctx.text, []
    taken = [(r.start, r.end) for r in ranges]
    dated = [m for m in mentions if m.has_date]

    def add(start: int, end: int, sentence: int, possessive: bool = False, **when) -> None:
        seg = ctx.sentences[sentence]
        if _BOUND.search(text, max(seg.start, start - 30), start) or _overlaps(start, end, taken):
            return
        key = event_key(text, seg.start, seg.end, start, end, noun_after=possessive, only_after=possessive)
        if key is not None:
            out.append(When(start, end, sentence, key, **when))
        taken.append((start, end))

    for m in dated:
        if not m.last_year and not m.hijri and m.as_date() is not None:
            add(m.start, m.end, m.sentence, days=frozenset([m.as_date()]))
    for i, seg in ctx.content_sentences:
        for r in _RELATIVE.finditer(text, seg.start, seg.end):
            # "today, Monday, October 27": the date stands for it
            if not any(r.start() <= d.start <= r.end() + 4 and d.sentence == i for d in dated):
                add(r.start(), r.end(), i, offsets=_relative_offsets(r, today))
    for m in mentions:
        if m.has_date or m.also_weekday is not None or m.weekday is None or m.hijri:
            continue
        seg = ctx.sentences[m.sentence]
        if _ANOTHER_WEEK.search(text, max(seg.start, m.start - 16), m.start):
            continue
        mod = _MODIFIER.search(text, max(seg.start, m.start - 16), m.start)
        start = mod.start() if mod else m.start
        word = " ".join(mod.group("mod").lower().split()) if mod else ""
        if today is None:
            add(start, m.end, m.sentence, m.possessive, weekday=m.weekday)
        else:
            add(start, m.end, m.sentence, m.possessive, offsets=_weekday_offsets(word, m.weekday, today))
    return sorted(out, key=lambda w: w.start)


def _lengths(ctx) -> list[Length]:
    text, out = ctx.text, []
    for i, seg in ctx.content_sentences:
        for m in _LENGTH.finditer(text, seg.start, seg.end):
            if _LENGTH_OFF_BEFORE.search(text, max(seg.start, m.start() - 16), m.start()) \
                    or _LENGTH_OFF_AFTER.match(text, m.end()):
                continue
            n, unit = _count(m.group("n")), m.group("unit").lower().rstrip("s")
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


def _as_days(w: When, today: dt.date | None) -> frozenset | None:
    if w.days is not None:
        return w.days
    if today is not None and w.offsets is not None:
        return frozenset(today + dt.timedelta(days=o) for o in w.offsets)
    return None


def _weekdays(w: When, weekday: int | None) -> frozenset | None:
    if w.days is not None:
        return frozenset(d.weekday() for d in w.days)
    if w.weekday is not None:
        return frozenset([w.weekday])
    if w.offsets is not None and weekday is not None and len(w.offsets) < 7:
        return frozenset((weekday + o) % 7 for o in w.offsets)
    return None


def _apart(a: When, b: When, today: dt.date | None, weekday: int | None) -> bool:
    """Whether ``a`` and ``b`` share no day (every reading of each kept)."""
    da, db = _as_days(a, today), _as_days(b, today)
    if da is not None and db is not None:
        gap = min(abs((x - y).days) for x in da for y in db)
        return 0 < gap <= _NEAR
    if a.offsets is not None and b.offsets is not None:
        return not a.offsets & b.offsets
    wa, wb = _weekdays(a, weekday), _weekdays(b, weekday)
    return wa is not None and wb is not None and not wa & wb


def _fits(length: Length, r: Range) -> bool:
    apart = (r.last - r.first).days
    slack = 0 if length.unit == "day" else 1
    return apart - slack <= length.days <= apart + 1 + slack


@dataclass
class Conflict:
    later: object   # a When, Length or Range
    ref: object
    what: str       # the event family


def conflicts(ctx, mentions: list[DateMention], days: list[RelativeDay]) -> list[Conflict]:
    """Expressions of one event that share no day, and lengths that deny their event's range."""
    today, weekday = report_day(ctx, mentions, days)
    ranges = _ranges(ctx, mentions)
    groups: dict[str, list] = {}  # by event family; instances are told apart pair by pair
    for x in _points(ctx, mentions, ranges, weekday) + _lengths(ctx) + [r for r in ranges if r.key is not None]:
        groups.setdefault(x.key.family, []).append(x)
    out = []
    for family, items in groups.items():
        items.sort(key=lambda x: x.start)
        points = [x for x in items if isinstance(x, When)]
        out += _point_conflicts(points, today, weekday, family)
        lengths, spans = [x for x in items if isinstance(x, Length)], [x for x in items if isinstance(x, Range)]
        for x in lengths:
            span = _range_of(x, spans)
            if span is not None and not _fits(x, span):
                a, b = sorted((x, span), key=lambda y: y.start)
                out.append(Conflict(b, a, family))
    return sorted(out, key=lambda c: c.later.start)


def _range_of(length: Length, spans: list[Range]) -> Range | None:
    """The one range of the length's event: of its instance where the family has several."""
    alike = [r for r in spans if r.key.same_event(length.key) or not length.key.instance]
    if len(alike) > 1:
        alike = [r for r in alike if r.key.instance == length.key.instance]
    return alike[0] if len(alike) == 1 else None


def _tense(w: When) -> str:
    if w.offsets and (all(o > 0 for o in w.offsets) or all(o < 0 for o in w.offsets)):
        return "future" if min(w.offsets) > 0 else "past"
    return w.key.tense


def _told_apart(ref: When, later: When) -> bool:
    """A plan and an outcome ("will be held on June 15" ... "voted on Monday, June 8"), or a later
    mention put in a place or with a party its reference does not name ("Saturday's ceremony in
    Benghazi"): two events."""
    if ref.key.verb and later.key.verb and ref.key.verb != later.key.verb:
        return True  # "took off on Monday" ... "landed on Tuesday": two moments of one flight
    return {_tense(ref), _tense(later)} == {"future", "past"} or bool(later.key.place and later.key.place != ref.key.place)


def _point_conflicts(points: list[When], today, weekday, what: str) -> list[Conflict]:
    out = []
    for k, p in enumerate(points):
        if p.key.indefinite:
            continue  # "a meeting on Monday": an instance introduced here, not the one named before
        alike = [q for q in points if q.key.same_event(p.key) and not _told_apart(q, p)]
        if len({d for q in alike if q.days for d in q.days}) > 2:
            continue  # several dated instances of the event: no telling which is meant
        ref = next((q for q in alike if q.start < p.start and (q.sentence != p.sentence or p.start - q.end > _CLAUSES)
                    and _apart(q, p, today, weekday)), None)
        if ref is not None:
            out.append(Conflict(p, ref, what))
    return out


def message(text: str, c: Conflict) -> str:
    """Why the later expression breaks with the earlier one, in words."""
    later, ref = text[c.later.start:c.later.end], text[c.ref.start:c.ref.end]
    if isinstance(c.later, When):
        return (f"'{later}' dates this event ({c.what}) on another day than '{ref}' earlier: the two "
                f"share no possible day.")
    length, span = (c.later, c.ref) if isinstance(c.later, Length) else (c.ref, c.later)
    apart = (span.last - span.first).days
    return (f"'{text[length.start:length.end]}' gives this event ({c.what}) a length of {length.days} days, but "
            f"'{text[span.start:span.end]}' is {apart + 1} days counted inclusively ({apart} between the dates).")

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

from .date_needles import sentences_matchable
from .dates import _WEEKDAY_NUM, DateMention
from .event_keys import Key, event_key
from .time_spans import COUNT, Length, Range, count, fits, pointed_back, range_of
from .time_spans import lengths as read_lengths
from .time_spans import ranges as read_ranges
from .relative_days import RelativeDay
from .report_day import dateline_date

_SP = r"[ \u00a0]+"
# Relative days counted from the report's day, with the weekday some copy writes beside them.
_RELATIVE = re.compile(
    r"\b(?:(?P<rel>the" + _SP + r"day" + _SP + r"before" + _SP + r"yesterday|yesterday|last" + _SP + r"night|today|tonight"
    r"|tomorrow|this" + _SP + r"(?:morning|evening|afternoon))|(?P<wk>last|this|next)" + _SP + r"week(?![\w'\u2019-])"
    r"|(?P<n>" + COUNT + r"|a)" + _SP + r"(?P<unit>days?|weeks?)" + _SP + r"ago)\b"
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
_CLAUSES = 60  # characters: two expressions this far apart in one sentence stand in two of its clauses
_MANY = 40  # expressions of one event family
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


def report_day(ctx, mentions: list[DateMention], days: list[RelativeDay]) -> tuple[dt.date | None, int | None]:
    """The report's day and its weekday: the dateline's date, else the date written beside a
    'today, Monday', else only the weekday that 'today, Monday' gives."""
    dl = dateline_date(ctx, mentions)
    if dl is not None:
        return dl.as_date(), dl.as_date().weekday()
    by_sentence: dict[int, list[DateMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for d in days:
        for m in by_sentence.get(d.sentence, ()):
            if m.has_date and d.start <= m.start <= d.end + 60 \
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
    n = count(m.group("n")) * (7 if m.group("unit").lower().startswith("week") else 1)
    return frozenset([-n - 1, -n, -n + 1] if n >= 7 else [-n])


def _overlaps(s: int, e: int, spans) -> bool:
    return any(a < e and s < b for a, b in spans)


def _points(ctx, mentions: list[DateMention], ranges: list[Range], today: int | None) -> list[When]:
    """Every dated, weekday and relative expression that names one event's day, keyed by its event."""
    text, out = ctx.text, []
    taken: dict[int, list] = {}  # spans already read, by sentence (each expression looks only at its own)
    for r in ranges:
        taken.setdefault(r.sentence, []).append((r.start, r.end))
    dated = [m for m in mentions if m.has_date]
    dated_in: dict[int, list[DateMention]] = {}  # by sentence: each relative word looks only at its own
    for m in dated:
        dated_in.setdefault(m.sentence, []).append(m)

    def add(start: int, end: int, sentence: int, possessive: bool = False, **when) -> None:
        seg = ctx.sentences[sentence]
        if _BOUND.search(text, max(seg.start, start - 30), start) or _overlaps(start, end, taken.get(sentence, ())):
            return
        key = event_key(text, seg.start, seg.end, start, end, noun_after=possessive, only_after=possessive)
        if key is not None:
            out.append(When(start, end, sentence, key, **when))
        taken.setdefault(sentence, []).append((start, end))

    for m in dated:
        if not m.last_year and not m.hijri and m.as_date() is not None:
            add(m.start, m.end, m.sentence, days=frozenset([m.as_date()]))
    for i, seg in sentences_matchable(ctx, (_RELATIVE,), ctx.content_sentences):
        for r in _RELATIVE.finditer(text, seg.start, seg.end):
            # "today, Monday, October 27": the date stands for it
            if not any(r.start() <= d.start <= r.end() + 4 for d in dated_in.get(i, ())):
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


@dataclass
class Conflict:
    later: object   # a When, Length or Range
    ref: object
    what: str       # the event family


def conflicts(ctx, mentions: list[DateMention], days: list[RelativeDay]) -> list[Conflict]:
    """Expressions of one event that share no day, and lengths that deny their event's range."""
    today, weekday = report_day(ctx, mentions, days)
    ranges = read_ranges(ctx, mentions)
    groups: dict[str, list] = {}  # by event family; instances are told apart pair by pair
    for x in _points(ctx, mentions, ranges, weekday) + read_lengths(ctx) + [r for r in ranges if r.key is not None]:
        groups.setdefault(x.key.family, []).append(x)
    out = []
    for family, items in groups.items():
        items.sort(key=lambda x: x.start)
        points = [x for x in items if isinstance(x, When)]
        if len(points) > _MANY:
            points = []  # an event named this often is many events (and pairs stay few)
        out += _point_conflicts(points, today, weekday, family)
        lengths, spans = [x for x in items if isinstance(x, Length)], [x for x in items if isinstance(x, Range)]
        for x in lengths:
            span = range_of(x, spans)
            if span is not None and not fits(x, span):
                a, b = sorted((x, span), key=lambda y: y.start)
                out.append(Conflict(b, a, family))
    for x, span in pointed_back(ctx, ranges):  # "during these five days" after "from Friday ... until Sunday"
        if not fits(x, span) and not any(c.later is x or c.ref is x for c in out):
            out.append(Conflict(x, span, span.key.family if span.key else "span"))
    return sorted(out, key=lambda c: c.later.start)


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

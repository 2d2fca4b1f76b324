"""Relative dates ("today, Wednesday", "yesterday (Monday)") and whether two of them date one
event (the clauses before them share an event family or two content words)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .date_needles import WEEKDAYS, sentences_holding
from .dates import _WEEKDAY_NUM, _WORD, EVENT_FAMILIES, REPORTING, weekday_name

# --- relative dates -----------------------------------------------------------------------
# "today, Wednesday", "yesterday (Monday)", "at dawn today, Thursday", "this morning, Tuesday" (the
# comma is often dropped: "announced today Wednesday"):
# the weekday pins the day the report was written (today) once the offset is taken off.
_RELATIVE = re.compile(
    r"\b(?P<rel>the[ \u00a0]day[ \u00a0]before[ \u00a0]yesterday|yesterday|today|tonight|tomorrow|last[ \u00a0]night"
    r"|this[ \u00a0](?:morning|evening|afternoon))"
    r"(?:[ \u00a0]+(?:morning|evening|afternoon|night))?(?:[ \u00a0]*[,(][ \u00a0]*|[ \u00a0]+)(?:on[ \u00a0]+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
# the pattern ignores case: "today, tuesday" too
_ANY_CASE_WEEKDAYS = WEEKDAYS + tuple(w.lower() for w in WEEKDAYS) + tuple(w.upper() for w in WEEKDAYS)
_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}
# "last Sunday, two days ago", "three days ago, on Monday": a count of days back beside the weekday
# it names pins the report's day as "yesterday, Monday" does
_AGO_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_AGO = r"(?:(?P<n{k}>two|three|four|five|six|[2-6])[ \u00a0]+days[ \u00a0]+ago)"
_DAYS_AGO = re.compile(
    r"\b(?:(?:last[ \u00a0]+)?(?P<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \u00a0]+(?:morning|evening|afternoon|night))?[ \u00a0]*[,(][ \u00a0]*"  # ("on Sunday evening, four days ago")
    + _AGO.format(k=1) + "|" + _AGO.format(k=2) + r"[ \u00a0]*[,(][ \u00a0]*(?:on[ \u00a0]+)?(?:last[ \u00a0]+)?"
    r"(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


@dataclass(frozen=True)
class RelativeDay:
    start: int
    end: int
    sentence: int
    offset: int          # days from the report's own day: -1 for yesterday
    weekday: int         # the weekday written
    report_weekday: int  # the weekday the report must have been written on


def relative_days(ctx, quoted) -> list[RelativeDay]:
    """Every 'today, Wednesday'-style mention outside quotations, in reading order. ``quoted(pos)``
    says whether an offset lies in a quotation (a speaker's 'today' is the day they spoke)."""
    out = []
    for i, seg in sentences_holding(ctx, _ANY_CASE_WEEKDAYS, ctx.content_sentences):
        for m in _RELATIVE.finditer(ctx.text, seg.start, seg.end):
            if quoted(m.start()):
                continue
            rel = " ".join(m.group("rel").lower().split())
            offset = _OFFSETS.get(rel, 0)
            wd = _WEEKDAY_NUM[m.group("wd").lower()]
            out.append(RelativeDay(m.start(), m.end(), i, offset, wd, (wd - offset) % 7))
        for m in _DAYS_AGO.finditer(ctx.text, seg.start, seg.end):
            if not quoted(m.start()):
                offset = -_AGO_WORDS[(m.group("n1") or m.group("n2")).lower()]
                wd = _WEEKDAY_NUM[(m.group("wd1") or m.group("wd2")).lower()]
                out.append(RelativeDay(m.start(), m.end(), i, offset, wd, (wd - offset) % 7))
    out.sort(key=lambda d: d.start)
    return out


# Words too common to tie two clauses to one event ("was carried out at dawn" shares "carried" and
# "dawn"; it does not count "was", "at", "the").
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to by for from with and or but that which who whom whose was were is are be been "
    "being has have had it its this these those their his her he she they there as into out up over "
    "near after before during while when where".split())


def event_words_before(ctx, d: RelativeDay, width: int = 6) -> tuple[frozenset[str], bool]:
    """The content words of the clause right before a relative date ('the operation, which was
    carried out at dawn yesterday'), and whether an event word there is definite ('the operation')."""
    seg = ctx.sentences[d.sentence]
    words = [(m.group().lower(), m.start()) for m in _WORD.finditer(ctx.text, seg.start, d.start)]
    window = words[-width - 4:]
    content = frozenset(w for w, _ in window[-width:] if w not in _FUNCTION_WORDS and w not in REPORTING)
    definite = any(w in EVENT_FAMILIES and k > 0 and window[k - 1][0] in ("the", "this", "that")
                   for k, (w, _) in enumerate(window))
    return content, definite


def _event_words(ctx, d: RelativeDay, cache: dict | None) -> tuple[frozenset[str], bool]:
    if cache is None:
        return event_words_before(ctx, d)
    key = (d.sentence, d.start)
    if key not in cache:
        cache[key] = event_words_before(ctx, d)
    return cache[key]


def same_event(ctx, a: RelativeDay, b: RelativeDay, cache: dict | None = None) -> bool:
    """Two relative dates of one event: the clauses before them share an event family (and the
    later names it definitely, 'the ambush'), or share two content words ('carried out at dawn').
    ``cache`` keeps each mention's clause words when one mention is compared with many."""
    wa, _ = _event_words(ctx, a, cache)
    wb, definite = _event_words(ctx, b, cache)
    families_a = {f for w in wa for f in EVENT_FAMILIES.get(w, ())}
    families_b = {f for w in wb for f in EVENT_FAMILIES.get(w, ())}
    return bool(definite and families_a & families_b) or len(wa & wb) >= 2


def dated(mentions: list, days: list[RelativeDay]) -> list:
    """``mentions`` with the weekday of each relative date given its calendar day, when the article
    dates the report's day: "announced on Tuesday, 4 November, ... the ship which docked yesterday,
    Monday" makes Monday 3 November, so that "its docking on 2 November" is another day. The report's
    day is the last full date before, on the weekday the relative date makes the day of the report."""
    if not days:
        return mentions
    out, k = [], 0
    by_day: dict[int, object] = {}  # weekday -> the last full date written with it, in reading order
    for m in mentions:
        while k < len(days) and days[k].end <= m.start:
            k += 1
        d = days[k] if k < len(days) and days[k].start <= m.start < days[k].end else None
        if d is not None and not m.has_date and m.weekday == d.weekday and d.report_weekday in by_day:
            report = by_day[d.report_weekday]
            # (a leap year where the article gives none: only "February 29" needs one)
            day = dt.date(report.any_year or 2024, report.month, report.day) + dt.timedelta(days=d.offset)
            m = replace(m, month=day.month, day=day.day, year=report.year, inferred_year=report.inferred_year)
        elif m.has_date and m.weekday is not None and m.valid() and m.actual_weekday() == m.weekday:
            by_day[m.weekday] = m
        out.append(m)
    return out


def weekday_fixed(written: str, d: RelativeDay, report_weekday: int) -> str:
    """A relative day ("yesterday, Monday") with its weekday put right for a report filed on
    ``report_weekday`` (its offset from the day of the report kept)."""
    wd_at = written.lower().rindex(weekday_name(d.weekday).lower())
    return written[:wd_at] + weekday_name((report_weekday + d.offset) % 7)

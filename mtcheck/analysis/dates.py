"""Dates and weekdays in running text, with exact offsets.

``extract(ctx)`` finds "Wednesday, March 10, 2021", "Sunday, May 18", "16 November 2021",
"2021-03-10" and bare weekdays ("on Monday", "Monday's verdict"). A date without a year takes
it from the article's nearest dated mention (the year that puts it closest), so a year-less
weekday can still be checked. The event a date dates is read in date_events.py.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from . import lexicon
from .clauses import _WORD  # noqa: F401 - the word pattern other date modules read from here
from .date_needles import DATES as DATE_NEEDLES
from .date_needles import sentences_holding
from .date_years import infer_from_hijri, infer_years
from .gc_pause import no_cycle_collection

_DATA = lexicon.load("events.toml")
_WORDS = lexicon.words()

WEEKDAYS = tuple(w.capitalize() for w in _WORDS.weekday_names)
MONTHS = tuple(m.capitalize() for m in _WORDS.month_names)
_MONTH_NUM = _WORDS.months
_WEEKDAY_NUM = _WORDS.weekdays

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)"
_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_SP = r"[ \u00a0]+"
_YEAR = r"(?:,?" + _SP + r"(?P<year>(?:1[89]|20)\d\d)(?!\d))?"
# "Wednesday, March 10", "Sunday (January 13, 2025)", "Sunday, corresponding to 13 January"
# ... and "Monday evening, February 3": a part of the day between the weekday and its date
_WD_JOIN = (r"(?:" + _SP + r"(?:morning|evening|night|afternoon|noon)(?=,))?"
            r"(?:,?" + _SP + r"|[ \u00a0]*\([ \u00a0]*)(?:(?:the|corresponding" + _SP + r"to)" + _SP + r")?")
_WD_PREFIX = r"(?:" + _WD + _WD_JOIN + r")?"
# "Wednesday, March 10, 2021" / "March 10" / "Wed., Mar. 10"
# (each pattern opens with a lookahead on the first letters its matches can start with: the engine then
# skips most word starts at once instead of trying every alternative there; the matches are the same)
_US = re.compile(r"\b(?=[MTWFSJAOND])" + _WD_PREFIX + _MON + _SP + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![\w-])"
                 + _YEAR)
# "Wednesday 10 March 2021" / "10th of March" / "Tuesday, the fifth of May" (a day in words, as Arabic
# copy writes it, always with "of")
_ORDINAL_DAYS = {w: k + 1 for k, w in enumerate(lexicon.load("event_days.toml")["start_dates"]["ordinals"])}
ORDINAL_DAY_WORDS = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))  # "first" ... "thirty-first"
_UK = re.compile(r"\b(?=[MTWFSefnst\d])" + _WD_PREFIX + r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _SP + r"(?:of" + _SP
                 + r")?|(?=[efnst][a-z-]+" + _SP + r"of" + _SP + r")(?P<dayw>"
                 + ORDINAL_DAY_WORDS + r")" + _SP + r"of" + _SP + r")"
                 + _MON + r"(?![\w-])" + _YEAR)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
# "Sunday 13/1/2025", "Sunday, 13-01-2025" (Arabic writes day/month/year): read only with a weekday,
# which tells the two orders apart where one fits it
_NUMERIC = re.compile(r"\b(?=[MTWFS])" + _WD + _WD_JOIN + r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                      r"(?P<year>(?:19|20)\d\d)(?![\d/.-]\d)")
_BARE_WEEKDAY = re.compile(r"\b(?=[MTWFS])(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?P<poss>['\u2019]s)?(?![\w-])")
# One night across two days: "the night of Friday to Saturday", "overnight Friday into Saturday",
# "Friday-Saturday night": the event may be dated by either weekday later on.
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NIGHT_RANGE = re.compile(
    r"\b(?:(?:the[ \u00a0]+)?night[ \u00a0]+of|overnight|between)[ \u00a0]+(?P<wd>" + _DAY + r")[ \u00a0]+"
    r"(?:to|into|and|till|until)[ \u00a0]+(?P<wd2>" + _DAY + r")\b"
    r"|\b(?P<wdb>" + _DAY + r")[ \u00a0]*[-\u2013/][ \u00a0]*(?P<wd2b>" + _DAY + r")[ \u00a0]+night\b")
# "the 17th of this month", "the 3rd of the current month": the month of the article's last full date
_THIS_MONTH = re.compile(r"\bthe" + _SP + r"(?P<day>\d{1,2})(?:st|nd|rd|th)" + _SP + r"of" + _SP
                         + r"(?:this|the" + _SP + r"current|the" + _SP + r"same)" + _SP + r"month\b")

# A wire dateline without a year ("BAGHDAD, Oct 1 (Reuters) -"): the wire omits the current year, so a
# year written in the story is another year's (date_years.infer_years)
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z/ .'-]{2,}, (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
                            r" \d{1,2} \((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua)\)", re.MULTILINE)

EVENT_FAMILIES: dict[str, set[str]] = {}
for _fam, _words in _DATA["families"].items():
    for _w in _words:
        EVENT_FAMILIES.setdefault(_w.lower(), set()).add(_fam)
REPORTING = _WORDS.reporting_verbs
# Families of verbs that say only that something started or ended ("began", "opened"): an event
# noun near them ("the campaign, which begins ...") names the event better.
_GENERIC_FAMILIES = frozenset(_DATA.get("generic_families", {}).get("names", ["launch", "close"]))
# Families of general event nouns that, definite ("the operation", "the incident"), point back at
# the story's first dated event whatever its kind (an ambush, a raid, a seizure).
BACK_REFERENCES = frozenset(_DATA.get("back_references", {}).get("names", []))
# Words before an event word that make it another event than the story's ("a separate attack").
_OTHER_EVENT = frozenset(["separate", "another", "second", "similar", "earlier", "previous", "new", "other", "last",
                          "first", "renewed", "fresh", "further", "continued", "resumed"])
_COUNTED_FROM = frozenset(["after", "before", "later", "earlier", "afterwards"])
# Words shortly before an event word that make it an event the story's answers or goes on from ("in
# response to the attack on Sunday", "were still fighting the fire on Monday"): not dated anew.
_ANSWERED = frozenset(["response", "retaliation", "revenge", "avenge", "still"])
# Words after a date that open a clause of another event ("... on Thursday, following clashes").
_ANOTHER_CLAUSE = frozenset(["following", "since", "until", "amid", "when", "as"])
# Words between an event word and its date that only say when in the day: "killed at dawn on".
_TIME_OF_DAY = frozenset(w for words in _DATA.get("times_of_day", {}).values() for w in words)
_TIME_OF_DAY_WORDS = _TIME_OF_DAY | frozenset(["on", "at", "in", "the", "early", "late", "of"])
# Words that move a weekday away from the story's own week ("last Monday", "next Sunday").
_SHIFTERS = frozenset(["last", "next", "previous", "following", "coming", "every", "each"])
# "the attack of last Friday": Arabic's construct (hujum al-jum'a al-madiya) points back at a known
# event, the week's own Friday, not at another week
_OF_LAST = re.compile(r"\bthe[ \u00a0]+[a-z]+[ \u00a0]+of[ \u00a0]+last[ \u00a0]+$", re.IGNORECASE)
# A date of last year's occurrence ("Last year's Eid al-Fitr fell on Wednesday, April 10, 2024", "the
# visit of last year, which culminated on ..."): another event than this year's, a year before the story
_LAST_YEAR = re.compile(r"\b(?:last|previous|past)[ \u00a0]+year\b|\ba[ \u00a0]+year[ \u00a0]+(?:ago|earlier)\b",
                        re.IGNORECASE)
_LAST_YEAR_REACH = 60  # characters before the date, within its sentence


@dataclass
class DateMention:
    start: int
    end: int
    sentence: int
    part: str
    weekday: int | None = None          # 0 = Monday
    weekday_span: tuple[int, int] | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None             # as written
    inferred_year: int | None = None    # taken from the article's other dates
    year_source: DateMention | None = None
    possessive: bool = False            # "Monday's verdict"
    shifted: bool = False               # "last Monday"
    also_weekday: int | None = None     # the second day of "the night of Friday to Saturday"
    hijri: bool = False                 # a Hijri date standing alone, read as its Gregorian day
    last_year: bool = False             # "the visit of last year, which culminated on August 25, 2024"

    @property
    def has_date(self) -> bool:
        return self.month is not None and self.day is not None

    @property
    def any_year(self) -> int | None:
        return self.year or self.inferred_year

    def valid(self, year: int | None = None) -> bool:
        y = year or self.any_year or 2024  # a leap year: February 29 may exist
        return 1 <= self.day <= calendar.monthrange(y, self.month)[1]

    def as_date(self) -> dt.date | None:
        if not self.has_date or self.any_year is None or not self.valid():
            return None
        return dt.date(self.any_year, self.month, self.day)

    def actual_weekday(self) -> int | None:
        """The weekday this mention stands for: computed from its date when it has one."""
        d = self.as_date()
        if d is not None:
            return d.weekday()
        return self.weekday

    def weekdays(self) -> set[int]:
        """Every weekday the mention may stand for (two for one night across two days)."""
        wd = self.actual_weekday()
        return {w for w in (wd, self.also_weekday) if w is not None}


def _night_range(m: re.Match, sentence: int, part: str) -> DateMention:
    wd, wd2 = (m.group("wd"), m.group("wd2")) if m.group("wd") else (m.group("wdb"), m.group("wd2b"))
    key = "wd" if m.group("wd") else "wdb"
    return DateMention(start=m.start(), end=m.end(), sentence=sentence, part=part,
                       weekday=_WEEKDAY_NUM[wd.lower()], weekday_span=(m.start(key), m.end(key)),
                       also_weekday=_WEEKDAY_NUM[wd2.lower()])


def _mention(m: re.Match, sentence: int, part: str) -> DateMention:
    g = m.groupdict()
    mon = g.get("mon")
    month = int(mon) if mon and mon.isdigit() else _MONTH_NUM[mon.rstrip(".").lower()]
    wd = g.get("wd")
    return DateMention(start=m.start(), end=m.end(), sentence=sentence, part=part,
                       weekday=_WEEKDAY_NUM[wd.rstrip(".").lower()] if wd else None,
                       weekday_span=(m.start("wd"), m.start("wd") + len(wd.rstrip("."))) if wd else None,
                       month=month, day=int(g["day"]) if g.get("day") else _ORDINAL_DAYS[g["dayw"].lower()],
                       year=int(g["year"]) if g.get("year") else None)


def _numeric(m: re.Match, sentence: int, part: str) -> DateMention | None:
    """'Sunday 13/1/2025': day/month as Arabic writes it, month/day where only that order fits the
    weekday (a date that fits it in neither order is read day/month, and its weekday is wrong)."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    wd = _WEEKDAY_NUM[m.group("wd").rstrip(".").lower()]
    orders = [(mon, day) for day, mon in ((a, b), (b, a)) if 1 <= mon <= 12
              and 1 <= day <= calendar.monthrange(year, mon)[1]]
    if not orders:
        return None
    mon, day = next(((mo, d) for mo, d in orders if dt.date(year, mo, d).weekday() == wd), orders[0])
    return DateMention(start=m.start(), end=m.end(), sentence=sentence, part=part, weekday=wd,
                       weekday_span=(m.start("wd"), m.start("wd") + len(m.group("wd").rstrip("."))),
                       month=mon, day=day, year=year)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


# "on Friday and Sunday, May 1 and May 3": two weekdays, then their two dates in order; the second weekday
# is not the first date's
_WD_AND = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \u00a0]+(?:and|&)[ \u00a0]+$")
_AND_DATE = re.compile(r",?[ \u00a0]+(?:and|&)[ \u00a0]+(?:\d{1,2}[ \u00a0]+)?[A-Z][a-z]+\.?(?:[ \u00a0]+\d{1,2})?\b")


def _unpair_lists(text: str, found: list[DateMention]) -> None:
    for d in found:
        if d.weekday is not None and d.has_date and d.weekday_span and d.also_weekday is None \
                and _WD_AND.search(text, max(0, d.start - 16), d.start) and _AND_DATE.match(text, d.end):
            d.weekday, d.weekday_span = None, None


def extract(ctx) -> list[DateMention]:
    """Every date and weekday of the article in reading order, years filled in where possible."""
    with no_cycle_collection():  # many objects, no cycles (gc_pause)
        return _extract(ctx)


_NO_DAY = 39  # a figure after a month that no slip of a day's digits makes (June 31 is a slip; June 83 a count)


def _dated(ctx, seg, i: int) -> list[DateMention]:
    """The sentence's written dates ("June 3, 2025", "3 June", "2025-06-03", "Sunday 1/6/2025")."""
    found: list[DateMention] = []
    for rx in (_US, _UK, _ISO, _NUMERIC):
        for m in rx.finditer(ctx.text, seg.start, seg.end):
            if not _overlaps((m.start(), m.end()), [(d.start, d.end) for d in found]):
                d = _mention(m, i, seg.part) if rx is not _NUMERIC else _numeric(m, i, seg.part)
                if d is not None and d.day <= _NO_DAY:  # ("since the beginning of June 83 fires": a count)
                    found.append(d)
    return found


def _extract(ctx) -> list[DateMention]:
    out: list[DateMention] = []
    last_dated: DateMention | None = None  # the last full date of the sentences before
    for i, seg in sentences_holding(ctx, DATE_NEEDLES):  # (sentences that name no date: left out)
        if seg.part == "marker":
            continue
        found = _dated(ctx, seg, i)
        if last_dated is not None:
            for m in _THIS_MONTH.finditer(ctx.text, seg.start, seg.end):
                found.append(DateMention(start=m.start(), end=m.end(), sentence=i, part=seg.part,
                                         month=last_dated.month, day=int(m.group("day")), year=last_dated.year))
        _unpair_lists(ctx.text, found)
        last_dated = next((d for d in reversed(found) if d.has_date), last_dated)
        for m in _NIGHT_RANGE.finditer(ctx.text, seg.start, seg.end):
            if not _overlaps((m.start(), m.end()), [(d.start, d.end) for d in found]):
                found.append(_night_range(m, i, seg.part))
        for m in _BARE_WEEKDAY.finditer(ctx.text, seg.start, seg.end):
            if _overlaps((m.start(), m.end()), [(d.start, d.end) for d in found]):
                continue
            before = ctx.text[max(seg.start, m.start() - 12):m.start()].lower().split()
            found.append(DateMention(start=m.start(), end=m.end(), sentence=i, part=seg.part,
                                     weekday=_WEEKDAY_NUM[m.group("wd").lower()],
                                     weekday_span=(m.start("wd"), m.end("wd")),
                                     possessive=bool(m.group("poss")),
                                     shifted=bool(before) and before[-1] in _SHIFTERS
                                     and not _OF_LAST.search(ctx.text, max(seg.start, m.start() - 40), m.start())))
        for d in found:
            d.last_year = d.has_date and bool(_LAST_YEAR.search(ctx.text, max(seg.start, d.start - _LAST_YEAR_REACH),
                                                               d.start))
        out.extend(sorted(found, key=lambda d: d.start))
    infer_years(out, wire=_WIRE_DATELINE.search(ctx.text) is not None)
    if any(d.has_date and not d.year and not d.inferred_year for d in out) and not any(d.year for d in out):
        _years_from_hijri(ctx, out)
    return out


def _years_from_hijri(ctx, mentions: list[DateMention]) -> None:
    """No Gregorian year written: the article's first full Hijri date gives the story's year."""
    from .hijri import hijri_dates, to_gregorian  # (hijri reads this module)
    first = next((h for h in hijri_dates(ctx) if h.year), None)
    anchor = to_gregorian(first.year, first.month, first.day) if first is not None else None
    if anchor is not None:
        infer_from_hijri(mentions, anchor)


def weekday_name(n: int) -> str:
    return WEEKDAYS[n]


def month_name(n: int) -> str:
    return MONTHS[n - 1]

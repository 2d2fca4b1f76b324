"""Hijri dates ("15 Shaban 1445 AH", "9 Dhu al-Hijjah") and the Gregorian date written beside
them, converted with the Umm al-Qura calendar (``hijridate``).

A Hijri date is paired with the nearest Gregorian date of its sentence ("..., corresponding to
March 25, 2024"). A Hijri date without a year takes the year of the article's other Hijri dates,
or the one that puts it nearest its Gregorian partner. Month sighting can move a Hijri date by a
day, so a difference of one day is allowed.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon, needles
from .date_words import date_text
from .dates import month_name
from .hijri_today import CONNECTOR, today_partner

_PAIR_DISTANCE = 80   # characters between a Hijri date and its Gregorian partner
_SLACK_DAYS = 1       # moon sighting (none in a Saudi story: slack_days)


# "21 Ramadan, corresponding to 25 March", "(which corresponds to", "equivalent to"
_CORRESPONDS = re.compile(r"[\s,(]*(?:which[ \u00a0]+)?(?:correspond(?:ing|s)?|equivalent|coincid(?:ing|es))\b",
                          re.IGNORECASE)


# "the first of Ramadan", "the tenth of Muharram": a day written as an ordinal word (with "of")
_ORDINAL_DAYS = {w: n + 1 for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth".split())}


@dataclass(frozen=True)
class HijriDate:
    start: int
    end: int
    sentence: int
    day: int
    month: int
    year: int | None


# "..., 1446 AH": the Hijri year after a day and month, in either order
_YEAR_AFTER = r"(?:,?[ \u00a0]+(?P<year>1[34]\d\d)(?!\d)(?:[ \u00a0]*(?:A\.H\.|(?:AH|H)\b))?)?"  # not the full stop after "AH."


@lru_cache(maxsize=1)
def _months() -> tuple[str, dict[str, int]]:
    """The month names as one alternation (longest first; a space may be a hyphen, an apostrophe may
    drop) and each lower-case name's month number."""
    months = lexicon.require(lexicon.load("hijri.toml"), "hijri.toml", "months")
    by_name = {n.lower().replace("\u2019", "'"): k + 1 for k, names in enumerate(months) for n in names}
    alts = "|".join(re.escape(n).replace("\\ ", r"[\s\u00a0-]").replace("'", "['\u2019]?")
                    for n in sorted(by_name, key=len, reverse=True))
    return alts, by_name


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, int]]:
    alts, by_name = _months()
    rx = re.compile(r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?"
                    r"|(?P<dayw>" + "|".join(_ORDINAL_DAYS) + r")[ \u00a0]+of[ \u00a0]+)(?P<mon>" + alts + r")"
                    + _YEAR_AFTER, re.IGNORECASE)
    return rx, by_name


@lru_cache(maxsize=1)
def _month_first() -> re.Pattern:
    """The month before the day, as American style writes a date: "Shawwal 12, 1446", "Ramadan 21, 1447
    AH". Read only with a year or a Gregorian partner (read_hijri_dates): "Ramadan 10" alone may be a
    street or a brigade."""
    return re.compile(r"\b(?P<mon>" + _months()[0] + r")[ \u00a0]+(?P<day>[1-9]|[12]\d|30)(?:st|nd|rd|th)?"
                      r"(?![\d:.]\d|\d)" + _YEAR_AFTER, re.IGNORECASE)


def _month_of(name: str, by_name: dict[str, int]) -> int:
    key = re.sub(r"[\s\u00a0-]+", lambda m: " " if m.group().strip() == "" else m.group(), name.lower())
    key = key.replace("\u2019", "'")
    if key in by_name:
        return by_name[key]
    flat = re.sub(r"[\s\u00a0'-]", "", key)
    return next(v for k, v in by_name.items() if re.sub(r"[\s'-]", "", k) == flat)


@lru_cache(maxsize=1)
def _month_pieces() -> tuple[tuple[str, ...], ...]:
    """Per month name, the lower-case literal pieces a match of it holds (the pattern lets
    spaces become hyphens and apostrophes drop)."""
    months = lexicon.require(lexicon.load("hijri.toml"), "hijri.toml", "months")
    return tuple(tuple(p for p in re.split(r"[ ']", n.lower().replace("\u2019", "'")) if p)
                 for names in months for n in names)


def _may_hold(folded: str) -> bool:
    """False when no month name can match: most articles, which then compile nothing."""
    return any(all(p in folded for p in pieces) for pieces in _month_pieces())


def _sentences_to_read(text: str, folded: str, sentences: list) -> list:
    """The (index, sentence) pairs whose sentence holds every piece of some month name: the
    pattern (a day, then one of ~50 month names) is costly to try at every number of a long
    article, and a match lies inside its sentence, so holds its month name's pieces there.
    Found by str.find of each name's longest piece over the folded text, then checked."""
    if len(folded) != len(text):  # a fold that changed lengths: offsets differ, read them all
        return sentences
    starts = [seg.start for _, seg in sentences]
    held: set[int] = set()
    for needle, names in _by_longest_piece().items():
        p = folded.find(needle)
        while p >= 0:
            k = bisect_right(starts, p) - 1
            if k >= 0 and k not in held:
                seg = sentences[k][1]
                if p + len(needle) <= seg.end and any(all(x in folded[seg.start:seg.end] for x in pieces)
                                                      for pieces in names):
                    held.add(k)
            p = folded.find(needle, p + 1)
    return [sentences[k] for k in sorted(held)]


@lru_cache(maxsize=1)
def _by_longest_piece() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each month name's pieces under its longest piece (names share them: "rabi", "jumada")."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for pieces in _month_pieces():
        out.setdefault(max(pieces, key=len), []).append(pieces)
    return {k: tuple(v) for k, v in out.items()}


def hijri_dates(ctx) -> list[HijriDate]:
    """The article's Hijri dates, read once per article (``Document.hijri_dates``): the date
    check reads them twice, for its conflicts and for its date mentions."""
    cached = getattr(ctx, "hijri_dates", None)
    return cached if isinstance(cached, list) else read_hijri_dates(ctx)


def read_hijri_dates(ctx) -> list[HijriDate]:
    folded = needles.fold(ctx.text)
    if not _may_hold(folded):
        return []
    rx, by_name = _pattern()
    out = []
    for i, seg in _sentences_to_read(ctx.text, folded, ctx.content_sentences):
        day_first = list(rx.finditer(ctx.text, seg.start, seg.end))
        month_first = [m for m in _month_first().finditer(ctx.text, seg.start, seg.end)
                       if (m.group("year") or _CORRESPONDS.match(ctx.text, m.end(), seg.end))
                       and not any(d.start() < m.end() and m.start() < d.end() for d in day_first)]
        for m in sorted(day_first + month_first, key=lambda m: m.start()):
            if m.group("mon").lower() == "ramadan" and not m.group("year") \
                    and not _CORRESPONDS.match(ctx.text, m.end(), seg.end):
                continue  # "10 Ramadan" alone may be a street or a brigade; a year or a
                # Gregorian partner ("21 Ramadan, corresponding to 25 March") makes it a date
            day = int(m.group("day")) if m.group("day") else _ORDINAL_DAYS[m.group("dayw").lower()]
            out.append(HijriDate(m.start(), m.end(), i, day, _month_of(m.group("mon"), by_name),
                                 int(m.group("year")) if m.group("year") else None))
    return out


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    from hijridate import Hijri  # imported only when an article has a Hijri date
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None  # outside the Umm al-Qura table, or a 30th in a 29-day month
    return dt.date(g.year, g.month, g.day)


def to_hijri_year(date: dt.date) -> int | None:
    from hijridate import Gregorian
    try:
        return Gregorian(date.year, date.month, date.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class HijriConflict:
    hijri: HijriDate
    gregorian: object       # the DateMention written beside it
    means: dt.date          # the Gregorian date the Hijri date stands for
    earlier: object = None  # the Gregorian date the same Hijri date was given before, if that is the conflict
    by: str = "Umm al-Qura calendar"  # what says so: the calendar, or the article's own start of the month


@lru_cache(maxsize=1)
def _saudi() -> re.Pattern:
    places = lexicon.require(lexicon.load("hijri.toml"), "hijri.toml", "umm_al_qura")
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, places)) + r")(?![\w-])")


def slack_days(ctx) -> int:
    """Days a Hijri date may be off its Umm al-Qura day: one for moon sighting, none in a story from
    Saudi Arabia, whose official calendar it is (hijri.toml umm_al_qura)."""
    first = next((s for s in ctx.sentences if s.part == "body"), None)
    return 0 if first is not None and _saudi().search(ctx.text, 0, first.end) else _SLACK_DAYS


def conflicts(ctx) -> list[HijriConflict]:
    """Hijri dates whose Gregorian partner is more than a day away from them."""
    hijri = hijri_dates(ctx)
    if not hijri:
        return []
    years = [h.year for h in hijri if h.year]
    # a year-less date with its weekday ("corresponding to Sunday, June 8") still pins its year
    # (a year-less one without a weekday too, when a Hijri year fixes it: "1447 AH, corresponding to July 15")
    gregorian = [d for d in ctx.dates
                 if d.has_date and not d.hijri and (d.as_date() is not None or d.weekday is not None or years)]
    slack = slack_days(ctx)
    given: dict[tuple, object] = {}  # (day, month, year) of a Hijri date -> its first Gregorian partner
    month_starts: dict[tuple, tuple] = {}  # (month, year) -> (its first day by the article, the pair saying so)
    out = []
    sides = [_side(ctx, h) for h in hijri]
    # a Gregorian date a connector ties to one Hijri date is no partner of another one beside it
    # ("began on 1 Dhul-Qadah 1446 AH, and ... began on Wednesday, May 28, corresponding to 1
    # Dhul-Hijjah 1446 AH": May 28 is the Dhul-Hijjah date's)
    claimed = {id(p) for h, side in zip(hijri, sides) if side is not None
               and (p := _partner(h, gregorian, side)) is not None}
    for h, side in zip(hijri, sides):
        partner = _partner(h, gregorian, side) or today_partner(ctx, h, gregorian)
        if partner is None or side is None and id(partner) in claimed:
            continue
        written = partner.as_date()
        if written is None:
            c = _weekday_conflict(h, partner, years) if partner.weekday is not None else _yearless_conflict(h, partner)
            if c is not None:
                out.append(c)
            continue
        # (a year-less Hijri date may be of a year next to the article's: "the ninth of Dhu al-Hijjah,
        # corresponding to 6 June" in a 2025 report that also names 1 Muharram 1447)
        candidates = [h.year] if h.year else (_years_around(years) or _years_near(written))
        means = [g for g in (to_gregorian(y, h.month, h.day) for y in candidates) if g is not None]
        if not means or any(abs((g - written).days) <= slack for g in means):
            # within a day of the calendar (moon sighting), but one Hijri day is one day in one article:
            # "1 Ramadan 1446, corresponding to March 1" ... "the 1st of Ramadan, corresponding to February 28"
            key = (h.day, h.month, h.year or (years[0] if years else None))
            ref = given.setdefault(key, partner)
            if ref is not partner and ref.as_date() != written and ref.sentence != partner.sentence:
                out.append(HijriConflict(h, partner, ref.as_date(), earlier=ref))
                continue
            c = _against_month_start(h, partner, written, key, month_starts)
            if c is not None:
                out.append(c)
            continue
        out.append(HijriConflict(h, partner, min(means, key=lambda g: abs((g - written).days))))
    return out


def _against_month_start(h: HijriDate, partner, written: dt.date, key: tuple, month_starts: dict):
    """The article's own pairs fix where a Hijri month starts ("the month of Dhul-Hijjah began on
    Wednesday, May 28, corresponding to 1 Dhul-Hijjah"); another day of that month must keep that
    count, whatever the sighting: "Wednesday, June 4, corresponding to 9 Dhul-Hijjah" (June 5)."""
    if key[2] is None:
        return None
    first = written.fromordinal(written.toordinal() - (h.day - 1))
    ref = month_starts.setdefault(key[1:], (first, partner))
    if ref[0] == first or ref[1].sentence == partner.sentence:
        return None
    means = ref[0].fromordinal(ref[0].toordinal() + h.day - 1)
    return HijriConflict(h, partner, means, by=f"the month begins on {ref[0]:%B} {ref[0].day} earlier in the article")


def message(text: str, c: HijriConflict) -> tuple[str, list]:
    """The message and related spans of a Hijri date and a Gregorian partner that disagree (no fix:
    either side may be the slip)."""
    g, h = c.gregorian, c.hijri
    if c.earlier is not None:
        e = c.earlier
        return (f"'{text[h.start:h.end]}' is {date_text(g)} here but {date_text(e)} earlier "
                f"('{text[e.start:e.end]}'): one Hijri day, two Gregorian dates.",
                [(e.start, e.end), (h.start, h.end)])
    means = f"{month_name(c.means.month)} {c.means.day}, {c.means.year}"
    return f"'{text[h.start:h.end]}' was {means} ({c.by}), not {date_text(g)}.", [(h.start, h.end)]


# Years a year-less Gregorian date with a weekday may be of: the calendar repeats, so a weekday
# leaves a few years in any span; this one is wide enough for the news of this century.
_YEARS = range(2000, 2036)


def _weekday_conflict(h: HijriDate, partner, years: list[int]) -> HijriConflict | None:
    """'10 Dhu al-Hijjah, corresponding to Sunday, June 8' in an article that gives no year: in no
    year where June 8 is a Sunday is 10 Dhu al-Hijjah within a day of it."""
    pairs = []
    for y in _YEARS:
        if not partner.valid(y) or dt.date(y, partner.month, partner.day).weekday() != partner.weekday:
            continue
        written = dt.date(y, partner.month, partner.day)
        candidates = [h.year] if h.year else (years[:1] or _years_near(written))
        pairs += [(written, g) for g in (to_gregorian(c, h.month, h.day) for c in candidates) if g is not None]
    if not pairs or any(abs((g - w).days) <= _SLACK_DAYS for w, g in pairs):
        return None
    _, means = min(pairs, key=lambda wg: abs((wg[1] - wg[0]).days))
    return HijriConflict(h, partner, means)


def _yearless_conflict(h: HijriDate, partner) -> HijriConflict | None:
    """'the tenth of Muharram 1447 AH, corresponding to July 15' in an article that gives no
    Gregorian year: the Hijri year fixes it (10 Muharram 1447 was July 5, 2025)."""
    means = to_gregorian(h.year, h.month, h.day) if h.year else None
    if means is None or partner.month is None or partner.day is None:
        return None
    for y in (means.year - 1, means.year, means.year + 1):
        if partner.valid(y) and abs((dt.date(y, partner.month, partner.day) - means).days) <= _SLACK_DAYS:
            return None
    return HijriConflict(h, partner, means)


def as_mentions(ctx) -> list:
    """The Hijri dates that stand alone (no Gregorian date written beside them) as date mentions
    of their Gregorian day, so that one event dated in both calendars is compared: "the release
    ... on Thursday, November 5, 2026" and later "the exchange, carried out on 2 Jumada al-Akhirah
    1448 AH" (November 12). A date without a year takes a year of the article's (year_of)."""
    hijri = hijri_dates(ctx)
    if not hijri:
        return []
    from .dates import DateMention

    years = [h.year for h in hijri if h.year]
    gregorian = [d for d in ctx.dates if d.has_date]
    out = []
    for h in hijri:
        year = year_of(h, years, gregorian)
        if year is None or _partner(h, gregorian) is not None:
            continue
        g = to_gregorian(year, h.month, h.day)
        if g is None:
            continue
        part = ctx.sentences[h.sentence].part
        out.append(DateMention(start=h.start, end=h.end, sentence=h.sentence, part=part,
                               month=g.month, day=g.day, year=g.year, hijri=True))
    return out


def year_of(h, years: list[int], gregorian: list) -> int | None:
    """The Hijri year of ``h``: its own, else the one of the article's Hijri years (or a year next to
    one) that puts it nearest the article's first Gregorian date of a known year ("10 Dhu al-Hijjah" in a
    report of 10 June 2025 that names the 1446 season and 1 Muharram 1447 is 6 June 2025); without
    such a date, the article's first Hijri year."""
    if h.year or not years:
        return h.year or None
    anchor = next((d.as_date() for d in gregorian if not d.hijri and d.as_date() is not None), None)
    if anchor is None:
        return years[0]
    near = {}
    for y in _years_around(years):
        g = to_gregorian(y, h.month, h.day)
        if g is not None:
            near[y] = abs((g - anchor).days)
    return min(near, key=near.get) if near else years[0]


def _years_around(years: list[int]) -> list[int]:
    """The article's Hijri years and the years next to each, in order."""
    return sorted({y + k for y in years for k in (-1, 0, 1)})


def _years_near(date: dt.date) -> list[int]:
    y = to_hijri_year(date)
    return [y - 1, y, y + 1] if y else []


# "Sunday, corresponding to 6 Dhu al-Hijjah": the connector right before a Hijri date points back
_CORRESPONDS_BEFORE = re.compile(CONNECTOR + r"[ \u00a0]*$", re.IGNORECASE)


def _side(ctx, h: HijriDate) -> tuple[int, int] | None:
    """Where the Gregorian date a connector ties ``h`` to must lie: before it ("Sunday, corresponding
    to 6 Dhu al-Hijjah 1446 AH, and ... on Tuesday, June 10": the Sunday's, and a date after is another
    event's), after it ("6 Dhu al-Hijjah, corresponding to June 2"), or None (the nearest). Before
    it, only the nearest date mention of any kind: a weekday alone leaves the Hijri date no partner."""
    if _CORRESPONDS_BEFORE.search(ctx.text, max(0, h.start - 30), h.start):
        prior = [d for d in ctx.dates if d.sentence == h.sentence and d.end <= h.start and not d.hijri]
        last = max(prior, key=lambda d: d.end, default=None)
        return (last.start, last.end) if last is not None and last.has_date else (h.start, h.start)  # (empty)
    if _CORRESPONDS.match(ctx.text, h.end):
        return (h.end, ctx.sentences[h.sentence].end)
    return None


def _partner(h: HijriDate, gregorian: list, side: tuple[int, int] | None = None):
    """The nearest full Gregorian date in the same sentence, within a short distance (within ``side``,
    the span a connector ties it to, when there is one)."""
    best = None
    for d in gregorian:
        if d.sentence != h.sentence or side is not None and not side[0] <= d.start < side[1]:
            continue
        gap = d.start - h.end if d.start >= h.end else h.start - d.end
        if 0 <= gap <= _PAIR_DISTANCE and (best is None or gap < best[0]):
            best = (gap, d)
    return best[1] if best else None

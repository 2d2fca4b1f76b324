"""The year of a date written without one: the year that puts it nearest the article's closest
dated mention (the story's own time, not a historical date)."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left


def infer_years(mentions: list, wire: bool = False) -> None:
    """Give a year-less date the year that puts it nearest the closest dated mention.

    Only the story's own time counts: a historical date ("the war of June 5, 1967") is not
    a reference, so references come from the latest year written in the article (or the one
    before it, for stories that straddle New Year). In ``wire`` copy (a dateline "BAGHDAD, Oct 1
    (Reuters) -") a written year is another year than the story's, as the wire omits the current one
    ("ending a halt that began on March 25, 2023" ... "on Saturday, Sept. 27"): a weekday and date
    that fit no year near the reference, months from it, take the nearest later year they fit
    (_later_fit).
    """
    dated = [d for d in mentions if d.has_date and d.year and d.valid()]
    if dated:
        latest = max(d.year for d in dated)
        # (only the latest year: "the last fire of this size, on Thursday, July 11, 2024" is a past event
        # even when it stands nearest; a story across New Year still reaches the year before, as the
        # years tried run one either side of the reference's)
        dated = [d for d in dated if d.year >= latest]
    starts = [r.start for r in dated]  # in reading order
    written = {(m.month, m.day) for m in mentions if m.has_date and m.year}  # days written with a year
    story = _wire_story_year(mentions, latest) if wire and dated else None
    for d in mentions:
        if not d.has_date or d.year or not dated:
            continue
        if story is not None:
            d.inferred_year, d.year_source = story, None
            continue
        n_before = bisect_left(starts, d.start)  # the dated mentions before d
        ref = dated[n_before - 1] if n_before > 0 else dated[0]
        best = _nearest_year(d, ref, dated[0], n_before > 0)
        if best is not None:
            d.inferred_year, d.year_source = best[1], ref
            if wire and d.weekday is not None and best[0] > _FAR and (later := _later_fit(d, best[1], written)):
                d.inferred_year = later


def _nearest_year(d, ref, first, before: bool) -> tuple[int, int] | None:
    """(days apart, year) for the year that puts the year-less ``d`` nearest its reference ``ref`` (the
    dated mention before it, ``before``, else the first) or the story's ``first`` dated mention; None
    where its date fits no year tried (a 29 February)."""
    ref_year = ref.year + 1 if ref.last_year else ref.year  # "last year's Eid fell on April 10, 2024"
    if not ref.valid(ref_year):
        ref_year = ref.year
    ref_date = dt.date(ref_year, ref.month, ref.day)
    best = None
    years = (ref_year - 1, ref_year, ref_year + 1)
    if not before and d.weekday is not None:
        # the report's own date, ahead of every dated event ("announced on Thursday, 2 October"
        # ... "began on 15 March 2024"): it may fall a year after them; its weekday tells which
        fitting = tuple(y for y in years if d.valid(y) and dt.date(y, d.month, d.day).weekday() == d.weekday)
        # ... but a date within weeks of that event in its own year is the story's own time, whatever
        # its weekday says ("resume on Friday, April 26" ... "met on Sunday, April 20, 2025"): a wrong
        # weekday there is the slip, not a year later
        if ref.last_year or not (d.valid(ref_year) and abs((dt.date(ref_year, d.month, d.day) - ref_date).days)
                                 <= _OWN_TIME):
            years = fitting or years
    # the story's first dated mention (its report's day) is a reference too: "the two teams met in
    # the previous season on February 21, 2026" ... "on Monday, October 5" after "today, Sunday,
    # October 4, 2026" is the story's October
    refs = [ref_date] + ([dt.date(first.year, first.month, first.day)] if before and ref is not first
                         and first.valid(first.year) else [])
    for y in years:
        if not d.valid(y):
            continue
        gap = min(abs((dt.date(y, d.month, d.day) - r).days) for r in refs)
        if best is None or gap < best[0]:
            best = (gap, y)
    return best


def _wire_story_year(mentions: list, latest: int) -> int | None:
    """The story's year in wire copy whose year-less weekdays and dates fit no year near the latest year
    written ("ALGIERS, Nov 4 (Reuters)" ... "on Sunday, Nov. 2" ... "since the start of its war of
    independence on Nov. 1, 1954"; "first announced on Oct. 22, 2023"): the wire omits the current year,
    so a written year is a past event's, and the story's is the first year from it on where every
    year-less weekday fits its date. None where they fit the latest year or the one on either side (the
    nearest reference decides, as before), or fit no one year (one of them is wrong)."""
    days = [d for d in mentions if d.has_date and not d.year and d.weekday is not None and d.also_weekday is None]
    if not days:
        return None

    def fits(y: int) -> bool:
        return all(d.valid(y) and dt.date(y, d.month, d.day).weekday() == d.weekday for d in days)
    if any(fits(y) for y in (latest - 1, latest, latest + 1)):
        return None
    return next((y for y in range(latest + 2, _YEARS.stop) if fits(y)), None)


# Days from the reference beyond which a year-less date in wire copy is of another time than it ("the court
# met on Tuesday 16 November 2021 ... on Friday 18 November" is the same week, and the same year)
_FAR = 90
_OWN_TIME = 45  # days: a year-less date this near the story's first dated event is the story's time


def _later_fit(d, year: int, written: set) -> int | None:
    """The nearest of the three years after ``year`` where ``d``'s weekday fits its date, when it does not
    fit in ``year`` and the article writes that day nowhere with a year of its own (None otherwise)."""
    if not d.valid(year) or dt.date(year, d.month, d.day).weekday() == d.weekday or (d.month, d.day) in written:
        return None
    return next((y for y in range(year + 1, year + 4)
                 if d.valid(y) and dt.date(y, d.month, d.day).weekday() == d.weekday), None)


# Years searched for those that fit a weekday and date written without a year: the span of
# current news and the decades before it (a weekday and date recur every 5, 6 or 11 years).
_YEARS = range(1990, 2041)


def year_less_gap(ref, d) -> tuple[int, frozenset[int]]:
    """(days from ``ref`` to ``d``, the weekdays ``d`` may fall on), for two year-less dates of
    which ``ref`` has a weekday: each year where ``ref``'s weekday fits puts ``d`` in the year
    nearest to it. Two weekdays where a leap day lies between them in some of those years and not
    in others; none where no year fits."""
    found: dict[int, int] = {}  # weekday -> days apart
    for y in _YEARS:
        if not ref.valid(y) or dt.date(y, ref.month, ref.day).weekday() != ref.weekday:
            continue
        r = dt.date(y, ref.month, ref.day)
        options = [dt.date(z, d.month, d.day) for z in (y - 1, y, y + 1) if d.valid(z)]
        near = min(options, key=lambda x: abs((x - r).days))
        found.setdefault(near.weekday(), (near - r).days)
    return (min(found.values(), key=abs) if found else 0), frozenset(found)


def infer_from_hijri(mentions: list, anchor: dt.date) -> None:
    """A story that writes no Gregorian year but dates itself by the Hijri calendar ("a statement
    issued on 21 Ramadan 1447 AH" ... "at its session last Tuesday, March 4"): each year-less date
    takes the year that puts it nearest the Hijri date's Gregorian day."""
    for d in mentions:
        if not d.has_date or d.year or d.inferred_year:
            continue
        years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if d.valid(y)]
        if years:
            d.inferred_year = min(years, key=lambda y: abs((dt.date(y, d.month, d.day) - anchor).days))


"""The year of a date written without one: the year that puts it nearest the article's closest
dated mention (the story's own time, not a historical date)."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left


def infer_years(mentions: list) -> None:
    """Give a year-less date the year that puts it nearest the closest dated mention.

    Only the story's own time counts: a historical date ("the war of June 5, 1967") is not
    a reference, so references come from the latest year written in the article (or the one
    before it, for stories that straddle New Year).
    """
    dated = [d for d in mentions if d.has_date and d.year and d.valid()]
    if dated:
        latest = max(d.year for d in dated)
        dated = [d for d in dated if d.year >= latest - 1]
    starts = [r.start for r in dated]  # in reading order
    for d in mentions:
        if not d.has_date or d.year or not dated:
            continue
        n_before = bisect_left(starts, d.start)  # the dated mentions before d
        before = n_before > 0
        ref = dated[n_before - 1] if before else dated[0]
        ref_date = dt.date(ref.year, ref.month, ref.day)
        best = None
        years = (ref.year - 1, ref.year, ref.year + 1)
        if not before and d.weekday is not None:
            # the report's own date, ahead of every dated event ("announced on Thursday, 2 October"
            # ... "began on 15 March 2024"): it may fall a year after them; its weekday tells which
            fitting = tuple(y for y in years if d.valid(y) and dt.date(y, d.month, d.day).weekday() == d.weekday)
            years = fitting or years
        for y in years:
            if not d.valid(y):
                continue
            gap = abs((dt.date(y, d.month, d.day) - ref_date).days)
            if best is None or gap < best[0]:
                best = (gap, y)
        if best is not None:
            d.inferred_year, d.year_source = best[1], ref

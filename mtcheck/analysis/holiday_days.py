"""One feast dated two ways: "ahead of Eid al-Adha, which is expected on Wednesday, May 27" ... "until
the day of the Eid on June 27". A feast of the Hijri (or solar) calendar falls on one day of the year;
machine translation recomputes its Gregorian date, or a month slips. The feast's name (event_days.toml
[holidays]) right before the date dates it, with "which is expected on", "falls on", "began on", or as
"the (first) day of the Eid on"; "the second day of Eid", "until", and a date a day apart (the moon
sighting's doubt) date nothing else. "the Eid" alone is the article's one Eid. Another year ("Last
year's Eid al-Fitr fell on Wednesday, April 10, 2024") is another feast.

``datings(ctx, mentions, quoted)`` returns (mention, feast, span of the phrase) in reading order;
``conflicts`` pairs a later dating with its feast's first one when they are over a day apart.
"""
from __future__ import annotations

import datetime as dt
import re

from .lexicon import load as _load

_DATA = _load("event_days.toml")["holidays"]
_SP = r"[ \u00a0]+"
_FEAST = {n.lower(): k for k, names in _DATA.items() for n in names}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in sorted(words, key=len, reverse=True))


# the feast's name and the words that tie the date right after it to the feast's day
_BEFORE = re.compile(
    r"(?:\b[Tt]he(?:" + _SP + r"first)?" + _SP + r"day" + _SP + r"of" + _SP + r")?"
    r"\b(?P<name>" + _alt(n for names in _DATA.values() for n in names) + r")\b"
    r"(?:" + _SP + r"prayers?)?"
    r"(?:,?" + _SP + r"(?:which|that)" + _SP + r"(?:(?:is|was|will" + _SP + r"be)" + _SP + r")?"
    r"|" + _SP + r"(?:(?:is|was|will" + _SP + r"be)" + _SP + r")?)?"
    r"(?:(?:expected|scheduled|set)(?:" + _SP + r"to" + _SP + r"(?:fall|be|begin|start))?"
    r"|falls|fell|will" + _SP + r"fall|begins|began|starts|started|is|was|comes|came)?"
    r",?" + _SP + r"(?:on" + _SP + r")?(?:the" + _SP + r")?$")
_WINDOW = 90  # characters before a date searched for its feast


def datings(ctx, mentions, quoted) -> list[tuple]:
    """(mention, feast, (start, end)) for each date tied to a feast's name."""
    text = ctx.text
    eids = {_FEAST[n.lower()] for n in re.findall(r"\bEid" + _SP + r"[\w-]+", text) if n.lower() in _FEAST}
    out = []
    for m in mentions:
        if m.part != "body" or m.shifted or m.last_year or m.hijri or quoted(m.start) \
                or m.weekday is None and not m.has_date:
            continue
        seg = ctx.sentences[m.sentence]
        at = m.weekday_span[0] if m.weekday_span else m.start
        found = _BEFORE.search(text, max(seg.start, at - _WINDOW), at)
        if found is None:
            continue
        feast = _FEAST[" ".join(found.group("name").lower().split())]
        if feast == "eid":
            if len(eids) != 1:
                continue  # "the Eid" in an article of both Eids (or of none named): which one?
            feast = next(iter(eids))
        out.append((m, feast, (found.start(), m.end)))
    return out


def _apart(a, b) -> bool:
    """Whether two datings of a feast are over a day apart (in one year)."""
    da, db = a.as_date(), b.as_date()
    if da is not None and db is not None:
        return da.year == db.year and abs((da - db).days) > 1
    if a.has_date and b.has_date:
        if a.any_year is not None or b.any_year is not None or not (a.valid(2024) and b.valid(2024)):
            return False  # a year-less date beside a dated one: maybe another year
        da, db = dt.date(2024, a.month, a.day), dt.date(2024, b.month, b.day)  # both the story's year
        return abs((da - db).days) > 1
    wa, wb = a.actual_weekday(), b.actual_weekday()
    return wa is not None and wb is not None and (wa - wb) % 7 not in (0, 1, 6)


def conflicts(ctx, mentions, quoted) -> list[tuple]:
    """(ref, later) datings of one feast over a day apart, the ref its first dating (once per later)."""
    first: dict[str, tuple] = {}
    out = []
    for d in datings(ctx, mentions, quoted):
        ref = first.setdefault(d[1], d)
        if ref is not d and ref[0].sentence != d[0].sentence and _apart(ref[0], d[0]):
            out.append((ref, d))
    return out

"""How two datings of one event noun are compared, for analysis/noun_days.py: an index of each noun's
datings by kind and phase (constant work per later reference), whether two datings can be one day, and
what keeps a later reference apart from the earlier ones (a weekday spoken of before, a place or party
the earlier sentence does not name, modifiers it does not name, a plan).
"""
from __future__ import annotations

from .dates import WEEKDAYS, MONTHS
from .noun_day_patterns import _FUNCTION, _FUTURE, _PLACE_AFTER, _WORD, NounDay, NounDayConflict

def differ(a: tuple, b: tuple) -> bool:
    """Whether two datings cannot be one day."""
    if a[0] != b[0]:
        return False
    if a[0] == "wd":
        return not a[1] & b[1]
    if a[3] != b[3] and (a[4] or b[4]):
        return False  # another year ("signed in March 2019" ... "signed in May"): maybe another event
        # (two dates written without a year are the story's year, whatever year each was guessed to be)
    return a[1] != b[1] or (a[2] is not None and b[2] is not None and a[2] != b[2])


def first_named(ctx, later: NounDay, first: dict[str, int]) -> bool:
    """Whether the later date's weekday or month is named here for the first time in the article
    (a day the article spoke of before may have an event of its own). ``first``: each name's first
    offset, found once."""
    if later.when[0] == "month" and later.when[2] is not None:
        return True  # a day of a month names one day: the month spoken of before may be the story's
    names = [WEEKDAYS[w] for w in later.when[1]] if later.when[0] == "wd" else [MONTHS[later.when[1] - 1]]
    for name in names:
        if name not in first:
            first[name] = ctx.text.find(name)
    return all(not 0 <= first[name] < later.start for name in names)




def another_kind(ctx, index: dict, d: NounDay) -> bool:
    """A reference whose modifiers the noun's first dating does not name ("the board meeting on April
    15" after "the general assembly ... in its meeting held on April 22") names another event of
    its own: it does not make the noun's datings disagree."""
    if not d.mods:
        return False
    (noun,) = d.nouns
    firsts = [index[k][0] for k in ((noun, kind, p) for kind in ("wd", "month") for p in ("start", "whole", None))
              if k in index] if d.ref_span else []  # (its keys looked up: no scan of the index)
    return bool(firsts) and not modifiers_named(ctx, min(firsts, key=lambda r: r.start), d)


def add(index: dict, datings: list[NounDay]) -> None:
    for d in datings:
        for noun in d.nouns | d.also:
            entry = index.setdefault((noun, d.when[0], d.phase), [d, True])
            entry[1] = entry[1] and (_two_dates(entry[0], d) or not differ(entry[0].when, d.when))
            if _finer(d.when, entry[0].when):  # "its session for the month of October held on Monday, October 5"
                entry[0] = d


def _finer(a: tuple, b: tuple) -> bool:
    """Dating ``a`` names the day of the month that dating ``b`` names alone."""
    return a[0] == b[0] == "month" and a[1] == b[1] and b[2] is None and a[2] is not None


def _two_dates(a: NounDay, b: NounDay) -> bool:
    """Whether two weekday datings are two dates, one weekday computed ("on 5 February 2026"): their
    month and day compare them (another year may be another event), not the weekdays."""
    return a.when[0] == "wd" and (a.derived and b.dated or b.derived and a.dated)


def conflict(ctx, index: dict, d: NounDay, first: dict[str, int]) -> NounDayConflict | None:
    (noun,) = d.nouns
    phases = ("start", "whole", None) if d.phase is None else (d.phase, None)  # a start, a whole day
    entries = [index[k] for k in ((noun, d.when[0], p) for p in phases) if k in index]
    if not entries:
        return None
    ref = min((e[0] for e in entries), key=lambda r: r.start)
    if _two_dates(ref, d):
        return None
    if not all(e[1] and not differ(e[0].when, ref.when) for e in entries):
        return None  # the noun dated on two days before: several events of its kind
    # a weekday named before may be another event's, unless the reference says it is the one told ("the
    # same visit") or both datings count from the report's own day ("today, Tuesday" ... "the campaign,
    # which was launched yesterday, Monday")
    # (a coming weekday against a scheduled date: "will inaugurate the line on Thursday, March 12" ... "the
    # opening next Wednesday", both plans from the report's day)
    if differ(ref.when, d.when) and (d.same or d.relative and (ref.relative or planned(ctx, ref) and planned(ctx, d))
                                     or first_named(ctx, d, first)) \
            and not _elsewhere(ctx, ref, d) \
            and modifiers_named(ctx, ref, d):
        return NounDayConflict(ref, d)
    return None


def _elsewhere(ctx, ref: NounDay, later: NounDay) -> bool:
    """"The meeting, which was held on Sunday in Cairo" after "met today, Tuesday, in Doha": a place
    the earlier sentence does not name makes it another event."""
    seg = ctx.sentences[later.sentence]
    at = max(later.end, later.ref_span[1]) if later.ref_span else later.end  # "Saturday's ceremony in Benghazi"
    place = _PLACE_AFTER.match(ctx.text, at, seg.end)
    if place is None:
        return False
    ref_seg = ctx.sentences[ref.sentence]
    ref_words = {w.lower() for w in _WORD.findall(ctx.text, ref_seg.start, ref_seg.end)}
    raw = _WORD.findall(place.group("name"))
    if raw and raw[0][:1].isupper():  # a name ends where its capitals do: "from Arsal included 41 buses"
        raw = raw[:next((k for k, w in enumerate(raw) if not w[:1].isupper()), len(raw))]
    words = [w.lower() for w in raw]
    return any(w not in ref_words and w not in _FUNCTION for w in words[:_first_phrase(words)])


def modifiers_named(ctx, ref: NounDay, later: NounDay) -> bool:
    """Whether the earlier sentence names the later noun's modifiers: "the board meeting on April 15"
    after "the general assembly ... approved, in its meeting held on April 22" is another meeting."""
    if not later.mods:
        return True
    seg = ctx.sentences[ref.sentence]
    # by stem: "the adjournment decision" after "decided to adjourn the trial" names the adjournment
    return {_stem(w) for w in later.mods} <= {_stem(w.lower()) for w in _WORD.findall(ctx.text, seg.start, seg.end)}


def _stem(word: str) -> str:
    return word[:_STEM]


_STEM = 6  # letters a noun and its verb share ("adjourn"/"adjournment", "extend"/"extension" share "exten")


def _first_phrase(words: list[str]) -> int:
    """The words of the phrase's first noun phrase: up to its first function word ("in Cairo and")."""
    return next((k for k, w in enumerate(words) if k and w in _FUNCTION), len(words))


def planned(ctx, d: NounDay) -> bool:
    """A weekday in a sentence of plans ("will leave on Thursday") dates no event that took place; a
    measure's start date is a plan in both mentions and is compared."""
    if d.when[0] != "wd":
        return False
    seg = ctx.sentences[d.sentence]
    return bool({w.lower() for w in _WORD.findall(ctx.text, seg.start, d.start)} & _FUTURE)

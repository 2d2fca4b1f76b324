"""One event dated two ways: a later, definite mention of an event ("Monday's verdict") on
another day than its family's first, or a definite back-reference ("the operation carried out on
Thursday night") on another day than the story's first dated event. Moved out of
checks/date_mismatch.py, which words the findings.
"""
from __future__ import annotations

import re

from .date_events import DatedEvent
from .date_words import date_text as _date_text
from .date_words import within_a_day as _within_a_day
from .dates import _GENERIC_FAMILIES, BACK_REFERENCES, MONTHS, WEEKDAYS, DateMention, weekday_name
from .event_index import FirstConflict

# "Tuesday's attack in Mosul": a place right after the event word makes it another event
_PLACE_AFTER = re.compile(r",?\s+(?:in|at|near|on|outside|inside|against|from|of)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'\u2019-]+\s*)+")
_CALENDAR = frozenset(WEEKDAYS + MONTHS)  # "the attack on Tuesday": a day, no place
_WORDS = re.compile(r"[\w'\u2019-]+")


def event_conflicts(ctx, events: list[DatedEvent]):
    """(ref, later, (earlier text, later text, suggestion)) for each event dated against its first."""
    by_family: dict[str, list[DatedEvent]] = {}
    for ev in events:
        by_family.setdefault(ev.family, []).append(ev)
    seen: set[tuple[int, int]] = set()
    for family, evs in by_family.items():
        # a start of what the clause does not name, in another year, is another start: "a halt that began on
        # March 25, 2023" ... "the start of the exports on Sept. 27" (of the story's year)
        yield from _family_conflicts(ctx, evs, seen, None if family not in _GENERIC_FAMILIES else
                                     lambda ev, r=evs[0].mention: not _years_apart(r, ev.mention))
    story: list[DatedEvent] = []  # each dated mention once, with its first event
    for ev in events:
        if ev.far:
            continue  # "an attack ... on a checkpoint ..., at dawn on Sunday": too loose a tie
            # for "the operation" to point back at
        if not story or story[-1].mention is not ev.mention:
            story.append(ev)
    firsts = {id(evs[0]) for evs in by_family.values()}
    yield from _family_conflicts(
        ctx, story, seen, lambda ev: ev.family in BACK_REFERENCES and id(ev) in firsts)


def _family_conflicts(ctx, evs: list[DatedEvent], seen: set, only=None):
    """Later definite events of ``evs`` (those ``only`` takes) on another day than ``evs[0]``,
    when the events before them agree on one day."""
    conflicts = FirstConflict(conflict, evs)
    run_start = 0  # where the run of events of later's sentence starts
    for k, later in enumerate(evs):
        if k and evs[k - 1].mention.sentence != later.mention.sentence:
            run_start = k
        if not later.definite or (later.mention.start, later.mention.end) in seen \
                or only is not None and not only(later):
            continue
        # the earlier events are evs[:run_start] (those of other sentences)
        if not run_start or conflicts.within(run_start):
            continue  # no dated event before, or several (two attacks on two days)
        ref = evs[0]
        if _elsewhere(ctx, ref, later) or later.modifier and not _modified_alike(ctx, ref, later.modifier) \
                or _a_plan_about_it(ctx, ref, later):
            continue
        found = conflict(ref.mention, later.mention)
        if found is None:
            continue
        seen.add((later.mention.start, later.mention.end))
        yield ref, later, found


_WILL_BEFORE = re.compile(r"\b(?:will|shall|is[ \u00a0]+to|are[ \u00a0]+to)\b[^.;,]{0,50}$", re.IGNORECASE)
_PAST_DAY = re.compile(r"\b(?:yesterday|last[ \u00a0]+(?:night|week)|on[ \u00a0]+the[ \u00a0]+eve)\b", re.IGNORECASE)


def _a_plan_about_it(ctx, ref: DatedEvent, later: DatedEvent) -> bool:
    """'the committee will look into the reports of the match on Sunday' after 'the match ...
    yesterday evening, Friday': a plan about a past event is dated by the plan, later than it."""
    if not _WILL_BEFORE.search(ctx.text, max(0, later.word_span[0] - 60), later.word_span[0]):
        return False
    seg = ctx.sentences[ref.mention.sentence]
    return bool(_PAST_DAY.search(ctx.text, max(seg.start, ref.mention.start - 40), ref.mention.end + 5))


def _modified_alike(ctx, ref: DatedEvent, modifier: str) -> bool:
    """Whether the earlier event's noun has the later one's modifier right before it ("Publishers
    Award ceremony" ... "the award ceremony")."""
    before = ctx.text[max(0, ref.word_span[0] - 30):ref.word_span[0]].split()
    if before and before[-1].lower() == modifier:
        return True
    # or elsewhere in the sentence that dates it, saying what it is: "launched, on Sunday, August 17, a
    # campaign of indoor and outdoor spraying" ... "the spraying campaign"
    seg = ctx.sentences[ref.mention.sentence]
    return modifier in (w.lower() for w in _WORDS.findall(ctx.text, seg.start, seg.end))


def _years_apart(a: DateMention, b: DateMention) -> bool:
    return a.any_year is not None and b.any_year is not None and a.any_year != b.any_year


def _elsewhere(ctx, ref: DatedEvent, later: DatedEvent) -> bool:
    """'Tuesday's attack in Mosul' after 'an attack in Kirkuk on Monday', 'the match of the Asian
    Champions League on Tuesday' after 'the match held last night, Friday': another event."""
    seg = ctx.sentences[later.mention.sentence]
    names: set[str] = set()
    for end in {max(later.mention.end, later.word_span[1]), later.word_span[1]}:  # after the phrase, the word
        tail = _PLACE_AFTER.match(ctx.text, end, seg.end)
        names |= set(re.findall(r"\b[A-Z][\w'\u2019-]+", tail.group() if tail else "")) - _CALENDAR
    ref_seg = ctx.sentences[ref.mention.sentence]
    return any(n not in ctx.text[ref_seg.start:ref_seg.end] for n in names)


def conflict(ref: DateMention, later: DateMention):
    """(earlier, later, suggestion) when the two mentions cannot be the same day."""
    rd = ref.as_date()
    if ref.has_date and later.has_date:
        same_year = ref.any_year is None or later.any_year is None or ref.any_year == later.any_year
        if (ref.month, ref.day) == (later.month, later.day) and same_year:
            return None
        if (ref.hijri or later.hijri) and same_year and _within_a_day(ref, later):
            return None  # a Hijri day may begin a day apart from the Umm al-Qura table (moon sighting)
        return (_date_text(ref), _date_text(later), _date_text(ref, ref.any_year if later.year else None))
    rw, lw = ref.actual_weekday(), later.actual_weekday()
    if rw is None or lw is None or ref.weekdays() & later.weekdays():
        return None  # the same day, or one of the two days of "the night of Friday to Saturday"
    ref_text = weekday_name(rw) + (f" ({_date_text(ref)})" if rd is not None else "")
    fix = weekday_name(rw) + ("'s" if later.possessive else "")
    return (ref_text, weekday_name(lw), fix)

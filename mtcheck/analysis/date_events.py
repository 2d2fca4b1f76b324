"""The event a date dates: ``attach_events`` ties a date to an event word next to it (data/
events.toml), unless the date belongs to a reporting verb ("said on Wednesday") or names another
event ("in a separate attack on Monday"). Split from dates.py, which reads the dates themselves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import clause_words as _clause_words
from .clauses import of_a_statement as _of_a_statement
from .clauses import participle_of_definite as _participle_of_definite
from .dates import (
    _ANOTHER_CLAUSE,
    _ANSWERED,
    _COUNTED_FROM,
    _GENERIC_FAMILIES,
    _OTHER_EVENT,
    _TIME_OF_DAY,
    _TIME_OF_DAY_WORDS,
    EVENT_FAMILIES,
    REPORTING,
    DateMention,
)
from .lexicon import load as _load

# Nouns of a phase of an event ("the end of the exams", "the start of the season"): the date is the phase's
_PHASES = frozenset(_load("events.toml").get("phase_nouns", {}).get("words", []))
# Nouns an event noun modifies ("the exam rules on April 16"): the date is theirs
_MODIFIED = frozenset(_load("events.toml").get("modifier_heads", {}).get("words", []))


@dataclass
class DatedEvent:
    mention: DateMention
    family: str
    word_span: tuple[int, int]
    definite: bool   # "Monday's verdict", "the verdict on Monday": points at a known event
    far: bool = False  # the lead's event word found far from its date: compared within its family only
    modifier: str | None = None  # "award" of "the award ceremony, scheduled for": definite by it alone


_RECALLED = re.compile(r"\b(?:reminder|reminiscent|anniversary|memory|memories|echo|echoes)[ \u00a0]+of[ \u00a0]+"
                       r"(?:the[ \u00a0]+)?$|\brecall(?:ed|ing|s)?[ \u00a0]+$", re.IGNORECASE)


def attach_events(ctx, mentions: list[DateMention]) -> list[DatedEvent]:
    """Dates tied to an event word in the same clause; dates of a report ("said on") are left out."""
    out: list[DatedEvent] = []
    lead = next((d.sentence for d in mentions if d.part == "body" and d.has_date and not d.hijri), None)
    for d in mentions:
        if d.part in ("caption", "credit") or d.shifted or d.last_year \
                or _RECALLED.search(ctx.text, max(0, d.start - 30), d.start):
            continue  # a photo's date is not the story's; "last Monday" is another week, "last year's" another
            # year; "a reminder of Feb. 6, 2023, when a 7.8-magnitude earthquake ...": another occasion told
        before, after = _clause_words(ctx, d)
        event = _event_word(d, before, after)
        far = event is None and d.sentence == lead and d.has_date
        if far:
            event = _lead_event(before)
        since = d.has_date and bool(before) and before[-1][0].lower() == "since"
        if since and event is None:
            event = _event_before(before[:-1])[0]
        if since and event is not None:
            event = _as_start(event)  # "floods have displaced 21,000 since Saturday, August 9": their start
        if event is None:
            continue
        low, s, e, definite, families = event
        modifier = definite if isinstance(definite, str) else None
        other = _OTHER_EVENT & _last_two(before + after, s) or _ANSWERED & _last_n(before, s, 4)
        if low.endswith("ed"):  # the subject's words: "the new convoy, which entered on Tuesday"
            other = (other | _OTHER_EVENT & _last_n(before, s, 4)) - {"first", "last", "final"}
            # ("the last convoy arrived on Thursday": the subject's word, not another event's)
        if other or _PHASES & _last_n(before, s, 3) and "of" in _last_n(before, s, 2):
            continue  # "in a separate attack on Monday": not the story's event; "until the end of the
            # exams on July 15": the date of a phase of a series, not of the event the story dates
        out.extend(DatedEvent(d, f, (s, e), bool(definite), far, modifier) for f in families)
    return out


def _as_start(event):
    """The start of an event ("the floods ... since August 9"), as "the floods began on" names it."""
    low, s, e, definite, families = event
    starts = frozenset(f"{f}:launch" for f in families - _GENERIC_FAMILIES)
    return (low, s, e, definite, starts) if starts else None


def _lead_event(before):
    """The story's first full date dates the lead's event however far back its word stands:
    "completing a deal for the release of 48 prisoners ... on the southern fronts of Marib
    province, on Thursday, November 5" (the nearest event word before the date, no statement)."""
    for k in range(len(before) - 1, -1, -1):
        w, s, e = before[k]
        low = w.lower()
        if low in REPORTING:
            return None
        if low in EVENT_FAMILIES and not EVENT_FAMILIES[low] <= _GENERIC_FAMILIES:
            return low, s, e, False, EVENT_FAMILIES[low]
    return None


def _last_n(words, pos: int, n: int) -> set[str]:
    return {w.lower() for w, _, _ in [x for x in words if x[1] < pos][-n:]}


def _last_two(words, pos: int) -> set[str]:
    """The two words before offset pos."""
    return {w.lower() for w, ws, _ in [x for x in words if x[1] < pos][-2:]}


def _event_word(d: DateMention, before, after):
    """(word, start, end, definite) of the event the date is attached to, or None."""
    if d.possessive:  # "Monday's verdict"
        for w, s, e in after[:2]:
            if w.lower() in EVENT_FAMILIES:
                return w.lower(), s, e, True, EVENT_FAMILIES[w.lower()]
        return None
    if _not_the_events_date(before):
        return None
    before = _without_time_of_day(before)
    if any(w.lower() in REPORTING for w, _, _ in before[-2:]):
        return None  # "said on Wednesday", "said early on Sunday": the date of the statement
    found, generic = _event_before(before)
    if found is not None:
        return found
    if generic is not None:
        return _generic_named_after(generic, after)
    # "on Tuesday, November 16, 2021, sentenced"; "the March 5 attack" (a date as an adjective
    # after "the" points at a known event)
    attributive = bool(before) and before[-1][0].lower() in ("the", "this", "that")
    for w, s, e in after[:3]:
        if w.lower() in REPORTING or w.lower() in _COUNTED_FROM or w.lower() in _ANOTHER_CLAUSE:
            break  # "on Thursday after clashes broke out": the clashes are dated by another day
        if w.lower() in EVENT_FAMILIES:
            return w.lower(), s, e, attributive, EVENT_FAMILIES[w.lower()]
    return None


def _without_time_of_day(before):
    """The clause before a date without its last "on", or its "at dawn on" / "in the evening of":
    "died and 11 were injured at dawn on Thursday" (the part of the day names no event)."""
    k = len(before)
    while k and before[k - 1][0].lower() in _TIME_OF_DAY_WORDS:
        k -= 1
    if any(w.lower() in _TIME_OF_DAY for w, _, _ in before[k:]):
        return before[:k]
    return before[:-1] if before and before[-1][0].lower() == "on" else before


def _not_the_events_date(before) -> bool:
    """"since Monday", "until Sunday", "two days after the attack, on Thursday": a date that is
    not the event's own."""
    if before and before[-1][0].lower() in ("since", "until", "by", "from"):
        return True
    near = before[-6:]  # "two days after the attack, on Thursday", not "... after X declared Y on Monday"
    # a day counted from the event (day_offsets), not the event's own date
    return any(a.lower() in ("day", "days") and b.lower() in _COUNTED_FROM
               for (a, _, _), (b, _, _) in zip(near, near[1:]))


def _back_slots(before, n: int) -> list[int]:
    """Indexes of the last ``n`` words, a run of capitalised words counted as one (a body's name:
    "The general assembly of the Oman Football Association elected, on Thursday")."""
    out: list[int] = []
    slots, k = 0, len(before) - 1
    while k >= 0 and slots < n and len(out) < 3 * n:  # (bounded: a run of capitals costs no more)
        out.append(k)
        if not (k + 1 < len(before) and before[k][0][:1].isupper() and before[k + 1][0][:1].isupper()):
            slots += 1
        k -= 1
    return out


def _event_before(before):
    """(the event word before the date, or None; a start or end verb met on the way, or None). An
    event's ``definite`` is True, False, or the modifier that alone makes it definite ("award")."""
    generic = None
    for k in _back_slots(before, 6):
        w, s, e = before[k]
        if w.lower() in REPORTING:
            break
        k0 = k - 1 if k and f"{before[k - 1][0]} {w}".lower() in EVENT_FAMILIES else k  # "under control"
        if k0 < k:
            w, s = f"{before[k0][0]} {w}", before[k0][1]
        if w.lower() in EVENT_FAMILIES:  # "sentenced 11 men on Tuesday", "the verdict on Monday"
            if k + 1 < len(before) and before[k + 1][0].lower() in _MODIFIED:
                continue  # "approved the exam rules on April 16": the rules' date, not the exam's
            if _of_a_statement(before, k0):
                return None, None  # "announced the results of the vote on Monday": the statement's day
            if generic is None and any(before[j][0].lower() in ("will", "would") for j in range(k + 2, len(before))):
                return None, None  # "the jury, ... whom the festival did not name, will meet on Nov. 20": another
                # subject's plan (not "the festival will open on")
            families = EVENT_FAMILIES[w.lower()]
            # ("the bridge opened" is no back-reference: a start or an end is said of anything)
            # ("that" before a verb is a relative pronoun: "the trucks that entered"; the participle decides)
            definite = k0 > 0 and before[k0 - 1][0].lower() in ("the", "this", "that", "its") \
                and not (w.lower().endswith("ed") and before[k0 - 1][0].lower() == "that") \
                or not families <= _GENERIC_FAMILIES and _participle_of_definite(before, k)
            if not definite and not families <= _GENERIC_FAMILIES and _modified_definite(before, k0):
                # "the award ceremony, scheduled for": a known event only where its modifier is the
                # earlier one's ("the opening ceremony" and "the closing ceremony" are two)
                definite = before[k0 - 1][0].lower()
            if families <= _GENERIC_FAMILIES:
                # "the campaign, which begins on March 5": the noun names the event, the verb
                # says which end of it is dated; keep looking for the noun
                generic = generic or (w.lower(), s, e, definite, families)
                continue
            if generic is not None:  # "the summit opened" / "the summit ... ended": two phases
                families = frozenset(f"{n}:{g}" for n in families for g in generic[4])
            return (w.lower(), s, e, definite or bool(generic and generic[3]), families), None
    return None, generic


def _modified_definite(before, k: int) -> bool:
    """"the award ceremony": one lower-case modifier between the article and the noun."""
    return k >= 2 and before[k - 2][0].lower() in ("the", "this", "its") and before[k - 1][0].islower() \
        and before[k - 1][0].isalpha() and before[k - 1][0] not in REPORTING and before[k - 1][0] not in _OTHER_EVENT


def _generic_named_after(generic, after):
    """"launched at dawn today, Saturday, a wide security sweep": the noun after the date names
    what was launched, as "the operation launched on Thursday" does before it."""
    for w, s, e in after[:5]:
        low = w.lower()
        if low in REPORTING:
            break
        if low in EVENT_FAMILIES and not EVENT_FAMILIES[low] <= _GENERIC_FAMILIES:
            families = frozenset(f"{n}:{g}" for n in EVENT_FAMILIES[low] for g in generic[4])
            return generic[0], generic[1], generic[2], generic[3], families
    return generic

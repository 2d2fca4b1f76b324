"""One event named by its noun and dated twice: a definite later reference with a relative clause
("The truce that was announced on Saturday", "The convoy, which set off on Thursday morning", "the
reduction, which starts from the beginning of May") on another day than the earlier mention that
dated the start of the same noun ("the truce, which was agreed upon yesterday, Monday evening";
"announced today, Wednesday, the departure of a new convoy"; "the reduction of the aid ...,
starting from the first of April").

Machine translation re-dates an event when a later paragraph names it again; the noun and the
start verb identify it better than the date words around it. Kept apart: another instance of
the kind ("the second convoy", "the previous truce"), another phase ("the truce, which collapsed
on Saturday": only start verbs are compared), a weekday the article spoke of before (a story of
several days), a noun dated on two days before (several events of the kind), plans ("will"),
quotations, and nouns that name a time or a speaker ("the day which began on Monday").
``conflicts(ctx, mentions, quoted)`` returns the pairs; date-mismatch words them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .date_needles import sentences_holding
from .dates import _MONTH_NUM, MONTHS, REPORTING, WEEKDAYS

_DATA = lexicon.load("event_days.toml")
_SP = r"[ \u00a0]+"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in sorted(words, key=len, reverse=True))


_STARTS = _alt(_DATA["phases"]["start"])
_NOT_EVENTS = frozenset(_DATA["nouns"]["not_events"])
_OTHER = frozenset(_DATA["nouns"]["other_instance"])
_ORDINALS = {w: k + 1 for k, w in enumerate(_DATA["start_dates"]["ordinals"])}
_MARKERS = _alt(m for m in _DATA["start_dates"]["markers"] if m != "from")
_AUX = r"(?:(?:was|were|is|are|has|have|had|been|be|will|would|officially|reportedly|already)" + _SP + r")*"
_FILL = r"(?:" + _SP + r"(?:on|in|at|during|from|as" + _SP + r"of))?(?:" + _SP + r"the)?" \
    r"(?:" + _SP + r"(?:dawn|morning|evening|night|afternoon)" + _SP + r"of)?"
# "The truce that was announced on", "the convoy, which set off on", "the reduction, which starts from the"
_RELATIVE = re.compile(r"\b(?P<det>[Tt]he|[Tt]his)" + _SP + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[\w-]+)"
                       r"[ \u00a0]*,?" + _SP + r"(?:which|that)" + _SP + _AUX + r"(?P<verb>" + _STARTS + r")"
                       + _FILL + r"[ \u00a0]*$")
# "the truce of Saturday", "the agreement of last Monday" (Arabic's construct: a known event by its day)
_OF_DAY = re.compile(r"\b(?P<det>[Tt]he)" + _SP + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)"
                     + _SP + r"of" + _SP + r"(?:last" + _SP + r")?$")
# an earlier dating without the relative pronoun: "a truce agreed on Monday", "the convoy set off today,"
_PLAIN = re.compile(r"\b(?P<noun>[\w-]+)" + _SP + r"(?P<aux>" + _AUX + r")(?P<verb>" + _STARTS + r")" + _FILL + r"[ \u00a0]*$")
# "announced today, Wednesday, the departure of a new convoy": the statement's day is the start's
_START_OF = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:morning|evening|night|afternoon)[ \u00a0]*,?[ \u00a0]*)?the" + _SP
                       + r"(?:" + _alt(_DATA["phases"]["start_nouns"]) + r")" + _SP + r"of" + _SP
                       + r"(?:(?:a|an|the|its|their)" + _SP + r")?(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)"
                       + r"(?P<noun>[\w-]+)(?=[ \u00a0]*(?:[,.;:)]|$)|" + _SP + r"(?:of|that|which|who|to|from|in|on|at"
                       r"|with|for|and|carrying|including|included|consisting|comprising)\b)")
# "Saturday's truce", "Sunday's surprise departure"
_POSSESSED = re.compile(_SP + r"(?P<mods>(?:[a-z][\w-]*" + _SP + r"){0,1}?)(?P<noun>[a-z][\w-]*)\b")
_BEFORE_DAY = re.compile(r"\b(?:today|yesterday|the" + _SP + r"day" + _SP + r"before" + _SP + r"yesterday|"
                         r"last" + _SP + r"night|this" + _SP + r"(?:morning|evening|afternoon))[ \u00a0]*[,(]?[ \u00a0]*$",
                         re.IGNORECASE)
_MON = "|".join(MONTHS)
_ORD = _alt(_ORDINALS)
# a start date: "the first of April", "the 1st of April", "April 1", "1 April", "the beginning of May", "May"
_WHEN = re.compile(r"(?:the" + _SP + r")?(?:(?P<ord>" + _ORD + r"|\d{1,2}(?:st|nd|rd|th))" + _SP + r"of" + _SP
                   + r"(?P<m1>" + _MON + r")|(?P<m2>" + _MON + r")" + _SP + r"(?P<d2>\d{1,2})(?!\d)"
                   r"|(?P<d3>\d{1,2})" + _SP + r"(?P<m3>" + _MON + r")|(?:beginning|start|outset)" + _SP + r"of"
                   + _SP + r"(?P<m4>" + _MON + r")|early" + _SP + r"(?P<m5>" + _MON + r")|(?P<m6>" + _MON + r"))"
                   r"(?![\w-])(?P<year>,?" + _SP + r"(?:19|20)\d\d)?")
_START_MARKER = re.compile(r"\b(?:" + _MARKERS + r")" + _SP + r"$", re.IGNORECASE)
_DEFINITE = re.compile(r"\b[Tt]he" + _SP + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)"
                       + _SP + r"(?:of|to|in|on|for|from|that|which|,)")
_MONTH_NEEDLES = tuple(MONTHS)
_FUTURE = frozenset(["will", "tomorrow", "scheduled", "upcoming", "next", "expected", "plans", "planned"])
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


@dataclass(frozen=True)
class NounDay:
    start: int              # the date as written (a weekday, or a start date)
    end: int
    sentence: int
    nouns: frozenset[str]   # the event's noun (lower case, singular); a start date's sentence may name several
    when: tuple             # ("wd", weekdays) or ("month", month, day or None, year or None)
    ref_span: tuple[int, int] | None = None  # a later reference: "The truce that was announced on"


@dataclass(frozen=True)
class NounDayConflict:
    ref: NounDay
    later: NounDay


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


def _noun_ok(m: re.Match, first: bool = False) -> bool:
    """A noun that names an event of its own: not a time or a speaker, not "the second convoy" (a
    first mention may be "a new convoy": new to the reader, not another than one named before)."""
    noun = m.group("noun").lower()
    mods = {w.lower() for w in _WORD.findall(m.groupdict().get("mods") or "")} - ({"new"} if first else set())
    return noun not in _NOT_EVENTS and noun not in _OTHER and not noun[0].isdigit() and not mods & _OTHER


def _dating(ctx, seg, i: int, start: int, end: int, at: int, when: tuple, marker: bool) -> NounDay | None:
    """The event noun a date at ``start`` (its first word at ``at``) dates: a later reference ("the
    truce, which was agreed upon yesterday, Monday"), or an earlier dating ("a truce agreed on
    Monday", "announced today, Wednesday, the departure of a new convoy", "the reduction of the
    aid ..., starting from the first of April" when ``marker`` lets a start date name its sentence's
    nouns)."""
    lo = max(seg.start, at - 160)
    window = ctx.text[lo:at]
    rel_day = _BEFORE_DAY.search(window)  # "agreed upon yesterday, Monday": the words before "yesterday"
    before = window[:rel_day.start()] if rel_day else window
    rel = _RELATIVE.search(before) or _OF_DAY.search(before)
    if rel and _noun_ok(rel):
        return NounDay(start, end, i, frozenset({_singular(rel.group("noun"))}), when, (lo + rel.start(), end))
    nouns = set()
    plain = _PLAIN.search(before)
    if plain and _noun_ok(plain) and plain.group("noun").islower() \
            and (plain.group("aux") or plain.group("verb").lower() not in REPORTING):
        # "a truce agreed on Monday", "the convoy set off today": not "the governor announced on Monday"
        nouns.add(_singular(plain.group("noun")))
    after = _START_OF.match(ctx.text, end, seg.end) if when[0] == "wd" else None
    if after and _noun_ok(after, first=True):
        nouns.add(_singular(after.group("noun")))
    if nouns:
        return NounDay(start, end, i, frozenset(nouns), when)
    if marker and _START_MARKER.search(before):
        nouns = {_singular(n.group("noun")) for n in _DEFINITE.finditer(ctx.text, seg.start, at) if _noun_ok(n)}
        return NounDay(start, end, i, frozenset(nouns), when) if nouns else None
    return None


def _weekday_datings(ctx, mentions, quoted) -> list[NounDay]:
    """Weekdays that date an event noun: "the truce, which was agreed upon yesterday, Monday",
    "Saturday's truce", "The convoy, which set off on Sunday, June 7" (a date's own weekday)."""
    out = []
    for m in mentions:
        if m.weekday is None or m.shifted or m.part != "body" or quoted(m.start):
            continue
        seg, when = ctx.sentences[m.sentence], ("wd", frozenset(m.weekdays()))  # (two: "the night of Friday to Saturday")
        if m.possessive:  # "Saturday's truce": a later reference by its day
            after = _POSSESSED.match(ctx.text, m.end, seg.end)
            if after and _noun_ok(after):
                out.append(NounDay(m.start, m.end, m.sentence, frozenset({_singular(after.group("noun"))}), when,
                                   (m.start, after.end())))
            continue
        at = m.weekday_span[0] if m.weekday_span else m.start
        d = _dating(ctx, seg, m.sentence, m.start, m.end, at, when, False)
        if d is not None:
            out.append(d)
    return out


def _start_datings(ctx, quoted) -> list[NounDay]:
    """Start dates of measures: "starting from the first of April", "which starts from the
    beginning of May" (a month alone, or a day of it)."""
    out = []
    for i, seg in sentences_holding(ctx, _MONTH_NEEDLES, ctx.content_sentences):
        if seg.part != "body":
            continue
        for w in _WHEN.finditer(ctx.text, seg.start, seg.end):
            if quoted(w.start()):
                continue
            month = next(_MONTH_NUM[w.group(g).lower()] for g in ("m1", "m2", "m3", "m4", "m5", "m6") if w.group(g))
            day = w.group("ord") or w.group("d2") or w.group("d3")
            if day is not None:
                day = _ORDINALS.get(day.lower()) or int(re.match(r"\d+", day).group())
            year = int(w.group("year")[-4:]) if w.group("year") else None
            d = _dating(ctx, seg, i, w.start(), w.end(), w.start(), ("month", month, day, year), True)
            if d is not None:
                out.append(d)
    return out


def _differ(a: tuple, b: tuple) -> bool:
    """Whether two datings cannot be one day."""
    if a[0] != b[0]:
        return False
    if a[0] == "wd":
        return not a[1] & b[1]
    if a[3] and b[3] and a[3] != b[3]:
        return False  # another year: another measure
    return a[1] != b[1] or (a[2] is not None and b[2] is not None and a[2] != b[2])


def _first_named(ctx, later: NounDay) -> bool:
    """Whether the later date's weekday or month is named here for the first time in the article
    (a day the article spoke of before may have an event of its own)."""
    names = [WEEKDAYS[w] for w in later.when[1]] if later.when[0] == "wd" else [MONTHS[later.when[1] - 1]]
    return all(not 0 <= ctx.text.find(name) < later.start for name in names)


def conflicts(ctx, mentions, quoted) -> list[NounDayConflict]:
    """Later references to an event noun dated on another day than the earlier datings of that
    noun, which agree on one day."""
    datings = sorted(_weekday_datings(ctx, mentions, quoted) + _start_datings(ctx, quoted), key=lambda d: d.start)
    by_noun: dict[tuple[str, str], list[NounDay]] = {}
    out = []
    for d in datings:
        if d.ref_span is not None and not _planned(ctx, d):
            (noun,) = d.nouns
            refs = [r for r in by_noun.get((noun, d.when[0]), ()) if r.sentence != d.sentence]
            if refs and not any(_differ(r.when, refs[0].when) for r in refs) and _differ(refs[0].when, d.when) \
                    and _first_named(ctx, d):
                out.append(NounDayConflict(refs[0], d))
        for noun in d.nouns:
            by_noun.setdefault((noun, d.when[0]), []).append(d)
    return out


def _planned(ctx, d: NounDay) -> bool:
    """A weekday in a sentence of plans ("will leave on Thursday") dates no event that took place; a
    measure's start date is a plan in both mentions and is compared."""
    if d.when[0] != "wd":
        return False
    seg = ctx.sentences[d.sentence]
    return bool({w.lower() for w in _WORD.findall(ctx.text, seg.start, d.start)} & _FUTURE)

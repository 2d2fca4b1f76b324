"""Days pinned to a part of the day, and the event each one dates: "at dawn today, Tuesday",
"this evening, Sunday", "the dawn of Wednesday", "the clashes of Saturday evening", "on the
night of Tuesday to Wednesday", "Friday night".

Machine translation often re-dates the story's event when it is mentioned again ("the operation,
which began at the dawn of Wednesday" after "at dawn today, Tuesday"). A later definite mention
of an event ("the operation", "the clashes", "the attack that took place") at the same part of
the day as an earlier dated mention of that kind of event, on a weekday the article has not
named before, is the same event given another day. ``conflicts(ctx, days, quoted)`` returns
those pairs; date-mismatch words the finding.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .date_needles import WEEKDAYS, sentences_holding
from .dates import _WEEKDAY_NUM, _WORD, EVENT_FAMILIES, REPORTING, _GENERIC_FAMILIES

_PARTS: dict[str, str] = {w.lower(): part for part, words in lexicon.load("events.toml")["times_of_day"].items()
                          for w in words}
_SP = r"[ \u00a0]+"
_TIME = r"(?P<t>" + "|".join(sorted((re.escape(w).replace(r"\ ", _SP) for w in _PARTS), key=len, reverse=True)) \
    + r")"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "the dawn of Wednesday", "the night of Tuesday to Wednesday", "the evening of Saturday"
_TIME_OF = re.compile(r"\b" + _TIME + _SP + r"(?:of|on)" + _SP + r"(?:the" + _SP + r")?(?P<wd>" + _DAY + r")\b"
                      r"(?:" + _SP + r"(?:to|into|and)" + _SP + r"(?P<wd2>" + _DAY + r")\b)?")
# "Saturday evening", "Friday night", "Thursday's dawn", "Sunday early morning"
_DAY_TIME = re.compile(r"\b(?P<wd>" + _DAY + r")(?:['\u2019]s)?" + _SP + r"(?:(?:early|late)" + _SP + r")?"
                       + _TIME + r"\b")
# "at dawn on Saturday", "at dawn Saturday", "before dawn on Friday"
_AT_TIME_DAY = re.compile(r"\b(?:at|before|after|around)" + _SP + _TIME + _SP + r"(?:on" + _SP + r")?"
                          r"(?P<wd>" + _DAY + r")\b")
# "on Wednesday at dawn", "Friday, at midnight"
_DAY_AT_TIME = re.compile(r"\b(?P<wd>" + _DAY + r"),?" + _SP + r"(?:at|in" + _SP + r"the)" + _SP + _TIME + r"\b")
# the part of the day written just before a relative date: "at dawn today, Tuesday"
_TIME_BEFORE = re.compile(r"\b" + _TIME + r"[ \u00a0,]+$")
_ANY_DAY = re.compile(r"\b" + _DAY + r"\b")
# Words that move a day away from the event's own ("since Saturday evening", "last Friday night").
_NOT_ITS_DAY = frozenset("since until till by from last next previous following every each".split())
_DEFINITE = frozenset("the this that".split())
# An event that went on over days ("renewed clashes this evening, Sunday"; "the clashes of the
# previous evening"): the earlier day may be its own, so no day is the event's.
_SEVERAL_DAYS = frozenset("renewed resumed again continued continuing continue fresh another".split())
_BEFORE_IT = frozenset("previous earlier prior preceding before".split())
# A sentence of plans ("will hold a meeting tomorrow") dates no event that took place.
_FUTURE = frozenset("will tomorrow scheduled upcoming next".split())
_BACK = 9  # words before a later mention searched for its event noun ("the operation, which began at the dawn of")


@dataclass(frozen=True)
class TimedDay:
    start: int
    end: int
    sentence: int
    weekdays: frozenset[int]  # one, or two for "the night of Tuesday to Wednesday"
    part: str                 # early | midday | late (data/events.toml [times_of_day])
    day_at: int               # where the (first) weekday is written


@dataclass(frozen=True)
class TimedConflict:
    ref: TimedDay
    later: TimedDay
    event: str  # the later mention's event word, as written


def _timed_in(ctx, i: int, seg, days_here) -> list[TimedDay]:
    """The timed days of one sentence: relative ones (``days_here``) with a part of the day,
    then weekdays written with one."""
    text = ctx.text
    found: list[TimedDay] = []
    for d in days_here:
        written = text[d.start:d.end].lower()
        part = next((_PARTS[w] for w in re.findall(r"[a-z]+", written) if w in _PARTS), None)
        if part is None:
            m = _TIME_BEFORE.search(text, max(seg.start, d.start - 16), d.start)
            part = _PARTS.get(" ".join(m.group("t").lower().split())) if m else None
        if part is not None:
            found.append(TimedDay(d.start, d.end, i, frozenset({d.weekday}), part, d.end - len(written)))
    for rx in (_TIME_OF, _DAY_TIME, _AT_TIME_DAY, _DAY_AT_TIME):
        for m in rx.finditer(text, seg.start, seg.end):
            if any(f.start < m.end() and m.start() < f.end for f in found) or _shifted(text, seg.start, m.start()):
                continue
            wds = {_WEEKDAY_NUM[m.group("wd").lower()]}
            if "wd2" in rx.groupindex and m.group("wd2"):
                wds.add(_WEEKDAY_NUM[m.group("wd2").lower()])
            part = _PARTS[" ".join(m.group("t").lower().split())]
            found.append(TimedDay(m.start(), m.end(), i, frozenset(wds), part, m.start("wd")))
    return found


def _shifted(text: str, lo: int, start: int) -> bool:
    """'since Saturday evening', 'last Friday night', 'on the night of ... previous': not the event's day."""
    before = _WORD.findall(text, max(lo, start - 24), start)
    return bool(before) and (before[-1].lower() in _NOT_ITS_DAY
                             or before[-1].lower() == "on" and len(before) > 1 and before[-2].lower() in _NOT_ITS_DAY)


def _families(words) -> set[str]:
    return {f for w in words for f in EVENT_FAMILIES.get(w.lower(), ()) if f not in _GENERIC_FAMILIES}


def _sentence_events(ctx, t: TimedDay) -> set[str]:
    """Every kind of event the sentence of an earlier timed day names (a lead names its event
    anywhere: "announced, at dawn today, Tuesday, the killing of five ... in an airdrop operation")."""
    seg = ctx.sentences[t.sentence]
    return _families(_WORD.findall(ctx.text, seg.start, seg.end))


def _words_of(ctx, sentence: int) -> set[str]:
    seg = ctx.sentences[sentence]
    return {w.lower() for w in _WORD.findall(ctx.text, seg.start, seg.end)}


def _definite_event(ctx, t: TimedDay) -> tuple[str, set[str]] | None:
    """The definite event noun a later timed day dates: 'the clashes of Saturday evening', 'the
    operation, which began at the dawn of Wednesday', 'the attack that took place on Friday night'."""
    seg = ctx.sentences[t.sentence]
    words = _WORD.findall(ctx.text, seg.start, t.start)[-_BACK:]
    for k in range(len(words) - 1, -1, -1):
        low = words[k].lower()
        if low in REPORTING:
            return None  # "said on Friday night": the statement's day
        fams = _families([low])
        if fams and k > 0 and words[k - 1].lower() in _DEFINITE:
            return words[k], fams
    return None


def conflicts(ctx, days, quoted) -> list[TimedConflict]:
    """Later definite events dated at the same part of the day as the earlier dated event of
    their kind, on another weekday that the article names here for the first time."""
    by_sentence: dict[int, list] = {}
    for d in days:
        by_sentence.setdefault(d.sentence, []).append(d)
    first_named: dict[int, int] = {}  # weekday -> where the article first names it
    for m in _ANY_DAY.finditer(ctx.text):
        first_named.setdefault(_WEEKDAY_NUM[m.group().lower()], m.start())
    # (event family, part of the day) -> its first timed day, and whether a later one fell on
    # another day (two events of a kind: no single reference). Constant work per mention.
    refs: dict[tuple[str, str], list] = {}
    out: list[TimedConflict] = []
    for i, seg in sentences_holding(ctx, WEEKDAYS, ctx.content_sentences):  # every timed day names one
        timed = [t for t in _timed_in(ctx, i, seg, by_sentence.get(i, ())) if not quoted(t.start)]
        for t in sorted(timed, key=lambda t: t.start):
            conflict = _conflict(ctx, t, refs, first_named)
            if conflict is not None:
                out.append(conflict)
        for t in timed:
            for fam in _sentence_events(ctx, t):
                ref = refs.setdefault((fam, t.part), [t, False])
                ref[1] = ref[1] or not (ref[0].weekdays & t.weekdays)
    return out


def _conflict(ctx, later: TimedDay, refs: dict[tuple[str, str], list], first_named: dict[int, int]):
    if any(first_named.get(wd, later.day_at) < later.day_at for wd in later.weekdays):
        return None  # a day the article spoke of before may have its own event
    event = _definite_event(ctx, later)
    if event is None:
        return None
    word, fams = event
    earlier = [refs[(f, later.part)] for f in fams if (f, later.part) in refs]
    earlier = [(r, two) for r, two in earlier if r.sentence != later.sentence]
    if not earlier:
        return None
    ref, _ = min(earlier, key=lambda rt: rt[0].start)
    if any(two or not (r.weekdays & ref.weekdays) for r, two in earlier) or ref.weekdays & later.weekdays:
        return None  # two earlier events on two days, or the same day
    if _words_of(ctx, ref.sentence) & (_SEVERAL_DAYS | _FUTURE) or _words_of(ctx, later.sentence) & _BEFORE_IT:
        return None  # "renewed clashes this evening" ... "the clashes of Saturday evening": days of one
        # unrest; "will hold a meeting": a plan
    seg = ctx.sentences[later.sentence]
    if {w.lower() for w in _WORD.findall(ctx.text, seg.start, later.start)} & _FUTURE:
        return None  # "the meeting will be held on Wednesday morning"
    return TimedConflict(ref, later, word)

"""The lead's event, dated by the report's own day, named again later on another day.

"launched today, Sunday, the national campaign" ... "the campaign, which was launched last night";
"a convoy ... arrived today" ... "the convoy that reached the city yesterday" (a speaker's words on the
report's day); "approved today, Tuesday, the draft budget" ... "the vote of last week"; "issued at dawn
today, Sunday, a warning" ... "the warning, which the centre issued on Saturday evening".

The lead is the first of the first body sentences whose verb is dated by a relative day ("today",
"this morning", "yesterday", with or without its weekday). A later definite noun names its event when
the noun is written in the lead (or names the lead verb's event: 'approved' -> "the vote", data in
events.toml [lead_backrefs]) and its own clause dates it: directly ("the vote yesterday", "the vote of
last week") or through a verb of the lead's event (its own word, its family: "arrived" / "reached", or
one that only says it took place: "held", "took"). Calendar arithmetic decides: the two days differ
(yesterday against today; last night against this morning; last week; a weekday not the lead's).

Kept apart: another event of the kind ("the previous campaign"), another place (a name the lead does not
write), another thing done to it ("the ship, which left Constanta last week"), bounds ("since yesterday"),
and a speaker with a day of his own ("said on Friday that 'the vote yesterday ...'").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .dates import _GENERIC_FAMILIES, _OTHER_EVENT, _WEEKDAY_NUM, _WORD, EVENT_FAMILIES, weekday_name

_DATA = lexicon.load("events.toml")["lead_backrefs"]
_GENERIC = frozenset(_DATA["generic"])
_SPEECH = frozenset(_DATA["speech"])
_TELLING = frozenset(_DATA["telling"])
_VERB_NOUNS = {verb: frozenset(nouns) for verb, nouns in _DATA["nouns"].items()}
_SP = r"[ \u00a0]+"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a relative day and the weekday it may carry ("yesterday, Monday"; "today (Tuesday)")
_RELATIVE = (r"(?P<rel>the" + _SP + r"day" + _SP + r"before" + _SP + r"yesterday|yesterday|today|tonight|last" + _SP
             + r"(?:night|week)|this" + _SP + r"(?:morning|evening|afternoon))(?:(?:[ \u00a0]*[,(][ \u00a0]*|"
             + _SP + r")(?:on" + _SP + r")?(?P<wd>" + _WD + r"))?")
# the lead: a past verb, a part of the day, its relative day ("arrived today, Saturday", "issued at dawn
# today", "approved, today, Tuesday,")
_LEAD = re.compile(r"\b(?P<verb>[a-z]+ed|(?:up|with)?held|met|began|took|made|won|sent|struck|hit|set|left|broke|fell"
                   r"|gave)[ \u00a0]*,?"
                   r"(?:" + _SP + r"(?:at" + _SP + r"dawn|in" + _SP + r"the" + _SP + r"(?:morning|evening)" + _SP
                   + r"of))?" + _SP + _RELATIVE + r"\b")
# a later day: a relative day, "last Tuesday", "on Saturday evening"
_LATER = re.compile(r"\b(?:" + _RELATIVE + r"|(?:last|on)" + _SP + r"(?P<only>" + _WD + r"))\b")
# a modifier between "the" and its noun is no article nor preposition: "the draft at its meeting" names no
# meeting, and "the deputies during the session" is read from its second "the"
_NOT_MODIFIER = "the a an of in at on to for from with by and or after before during its his her their".split()
# the definite noun before a later day and what stands between them: nothing ("the vote yesterday"),
# "of" ("the vote of last week"), a participle ("the session held yesterday"), or a relative clause
# ("the campaign, which was launched", "the warning, which the centre issued")
_NOUN = re.compile(r"\b(?:the|The)" + _SP + r"(?P<mods>(?:(?!(?:" + "|".join(_NOT_MODIFIER) + r")\b)[\w'\u2019-]+"
                   + _SP + r"){0,3}?)(?P<noun>[a-z][a-z-]+)"
                   r"(?P<rest>,?" + _SP + r"(?:which|that)" + _SP + r"[^,;.:\"\u201c\u201d]*?|" + _SP
                   + r"(?:of|[a-z]+ed|held|made|taken|took)" + _SP + r"|,?" + _SP + r")$")
_OFFSETS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "last week": -7}
_BOUNDS = frozenset("since until till from by before after next every".split())
# words of a plan or a phase: "the fair, which will close on Saturday", "the flights begin on Tuesday"
_PLAN = frozenset("will shall would be to scheduled expected set planned due begin begins start starts end "
                  "ends close closes conclude concludes".split())
# past verbs not ending in -ed, that a relative clause may carry ("the visit, which began yesterday")
_IRREGULAR = frozenset("began begun broke broken hit met took taken made held won sent struck set left came "
                       "went fell rose gave given saw seen".split())
_OBJECT_AFTER = re.compile(r",?" + _SP + r"(?:a|an|the)\b")
# what follows the day in its clause: "on Sunday in Cairo", "on Saturday for the vocational schools", "on
# Thursday by the finance committee" -- another place, party or body than the lead's is another event
_AFTER = re.compile(r"[ \u00a0]+(?:in|at|for|with|by|between|among|against|from)[ \u00a0]+[^,;.:\"\u201c\u201d]{1,60}")
_PLAN_BEFORE = frozenset("will shall would scheduled expected planned".split())
_FUNCTION = frozenset("the a an of in at on to for from with by and or its his her their this that".split())
_MAX_CLAUSE = 8
_THE = re.compile(r"\b[Tt]he\b")
_PLUPERFECT = re.compile(r"\bhad" + _SP + r"(?:been" + _SP + r")?[a-z]+(?:ed|en|ard|eld|et|ook|ade)\b")  # words of a relative clause between the noun and its day
_LEAD_SENTENCES = 3
_VENUE = re.compile(r"\b(?:in|at)" + _SP + r"(?:the" + _SP + r")?[A-Z]")


@dataclass(frozen=True)
class _Day:
    start: int
    end: int
    offset: int | None    # days from the report's day; None: a weekday alone
    weekday: int | None   # the weekday of the day itself, when written

    def differs(self, other: "_Day") -> bool:
        if self.offset is not None and other.offset is not None and self.offset != other.offset:
            return True
        return self.weekday is not None and other.weekday is not None and self.weekday != other.weekday


@dataclass(frozen=True)
class _Lead:
    day: _Day
    verb: str
    words: frozenset[str]  # the lead sentence's words, lower case
    names: frozenset[str]  # its capitalised words
    venue: bool = False    # it names where its event took place ("in Zarqa", "at the Amman hospital")


@dataclass(frozen=True)
class LeadBackref:
    start: int   # the definite noun
    end: int     # the end of its day
    lead: _Day
    later: _Day
    message: str


def _day(m: re.Match) -> _Day:
    wd = m.group("wd") or m.groupdict().get("only")
    weekday = _WEEKDAY_NUM[wd.lower()] if wd else None
    rel = m.group("rel")
    offset = None if rel is None else _OFFSETS.get(" ".join(rel.lower().split()), 0)
    return _Day(m.start(), m.end(), offset, weekday)


def _lead(ctx, quoted) -> _Lead | None:
    body = [s for s in ctx.sentences if s.part == "body"][:_LEAD_SENTENCES]
    for seg in body:
        for m in _LEAD.finditer(ctx.text, seg.start, seg.end):
            verb = m.group("verb").lower()
            if verb in _SPEECH or quoted(m.start()):
                continue
            words = _WORD.findall(ctx.text, seg.start, seg.end)
            return _Lead(_day(m), verb, frozenset(w.lower() for w in words),
                         frozenset(w for w in words if w[:1].isupper()), bool(_VENUE.search(ctx.text, m.end(), seg.end)))
    return None


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _verbs(rest: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(rest) if w.lower().endswith("ed") or w.lower() in _IRREGULAR]


def _event_noun(lead: _Lead, noun: str) -> bool:
    """A noun that names an event ('the vote', 'the ceremony'), not a phase ('the end of last week')."""
    families = EVENT_FAMILIES.get(noun, set())
    return noun in _VERB_NOUNS.get(lead.verb, ()) or bool(families) and not families <= _GENERIC_FAMILIES


def _verb_fits(lead: _Lead, verb: str) -> bool:
    """Whether a later verb tells the lead's event: its own verb ('the closure, which we announced'),
    one of its family ('arrived' / 'reached'), one that says only that it took place ('held'), or its
    start when the lead tells a start or an arrival ('the visit, which began')."""
    if verb == lead.verb:
        return True
    if lead.verb in _TELLING:
        return False  # "announced today" ... "the elections, which took place yesterday": what was told
    families = EVENT_FAMILIES.get(lead.verb, set())
    later = EVENT_FAMILIES.get(verb, set())
    return verb in _GENERIC or bool(later & families) or "launch" in later and bool(families & {"launch", "arrival"})


def _known_mods(lead: _Lead, mods: set[str]) -> bool:
    """Whether the words before the noun are the lead's ("the national campaign", "the minister's visit",
    "the opening ceremony" after "opened"): a modifier the lead does not write names another event."""
    known = {_stem(w) for w in lead.words} | _VERB_NOUNS.get(lead.verb, frozenset())
    return all(_stem(re.sub(r"['\u2019]s?$", "", w)) in known for w in mods)


def _names_lead(lead: _Lead, noun: str, mods: str, rest: str) -> bool:
    """Whether 'the <mods> <noun> <rest>' names the lead's event."""
    mods_words = {w.lower() for w in _WORD.findall(mods)}
    rest_words = _WORD.findall(rest)
    if mods_words & _OTHER_EVENT or len(rest_words) > _MAX_CLAUSE or not _known_mods(lead, mods_words):
        return False  # "the previous campaign"; "the board meeting" after a meeting of ministers
    if any(w[:1].isupper() and w not in lead.names for w in rest_words) or {w.lower() for w in rest_words} & _PLAN:
        return False  # "the ship that arrived in Tartus": another ship; "which will close": a plan
    event_noun = _event_noun(lead, noun)
    if not (event_noun or _stem(noun) in {_stem(w) for w in lead.words}):
        return False
    verbs = _verbs(rest)
    if verbs and not re.search(r"\b(?:which|that)\b", rest) and not (event_noun or verbs[0] == lead.verb):
        return False  # "the families of the detainees organised on Sunday a sit-in": a main verb, not "the session held"
    if not verbs:  # "the vote yesterday"; "the city yesterday" is no event; "which broke out": no verb read
        return event_noun and lead.verb not in _TELLING and not re.search(r"\b(?:which|that)\b", rest)
    return any(_verb_fits(lead, v) for v in verbs)


def _backref(text: str, lead: _Lead, lo: int, at: int) -> re.Match | None:
    """The definite noun nearest before ``at`` that names the lead's event ("the convoy that reached the
    city yesterday": not "the city", but "the convoy")."""
    for the in reversed(list(_THE.finditer(text, lo, at))):
        n = _NOUN.match(text, the.start(), at)
        if n is not None and _names_lead(lead, n.group("noun").lower(), n.group("mods"), n.group("rest")):
            return n
    return None


def _other_after(text: str, lead: _Lead, at: int, own_verb: bool = False) -> bool:
    """Whether the day's clause goes on with a place, party or body the lead does not name. Where
    the clause tells the lead's own verb of the lead's own noun and the lead names no place of its
    own ("launched this morning the national campaign" ... "the campaign, which was launched last
    night at the Prince Hamzah Hospital"), a venue there is where that event was held."""
    m = _AFTER.match(text, at)
    if m is None:
        return False
    if own_verb and not lead.venue and m.group().split()[0] in ("at", "in"):
        return False
    known = {_stem(w) for w in lead.words}
    return any(w not in lead.names if w[:1].isupper() else w.lower() not in _FUNCTION and _stem(w.lower()) not in known
               for w in _WORD.findall(m.group())[1:])


_OF_BEFORE = re.compile(r"\b[Tt]he" + _SP + r"(?P<noun>[a-z][a-z-]+)" + _SP + r"of" + _SP + r"$")


def _of_before(text: str, lo: int, at: int) -> int:
    """Where the noun phrase starts: "the visit of the minister, which began" is read from "the visit"."""
    m = _OF_BEFORE.search(text, max(lo, at - 40), at)
    return m.start() if m is not None and m.group("noun") in EVENT_FAMILIES else at


def _speaker_day(ctx, seg, at: int) -> bool:
    """A quoted speaker with a day of his own ("said on Friday that '...'"): his days count from it."""
    return any(_WEEKDAY_NUM.get(w.lower()) is not None for w in _WORD.findall(ctx.text, seg.start, at))


def _planned(text: str, seg, lead: _Lead, n: re.Match, own_verb: bool) -> bool:
    """A plan before the noun ("will attend the session held on Sunday") names an event to come; not
    a thing the lead's own verb made known ("would accept the results announced on Monday evening")."""
    if own_verb and not _event_noun(lead, n.group("noun").lower()):
        return False
    return bool({w.lower() for w in _WORD.findall(text, seg.start, n.start())} & _PLAN_BEFORE)


def conflicts(ctx, quoted) -> list[LeadBackref]:
    """Later definite nouns that name the lead's event and date it on another day."""
    lead = _lead(ctx, quoted)
    if lead is None:
        return []
    out = []
    for seg in ctx.sentences:
        if seg.part != "body" or seg.end <= lead.day.end or seg.start <= lead.day.start:
            continue  # (the lead's own sentence tells other events with their days: "concluded today the hearing
            # of the appeals against the results of the elections, which were held on Saturday, November 7")
        for m in _LATER.finditer(ctx.text, max(seg.start, lead.day.end), seg.end):
            later = _day(m)
            before = _WORD.findall(ctx.text, max(seg.start, m.start() - 20), m.start())
            if not later.differs(lead.day) or before and before[-1].lower() in _BOUNDS:
                continue
            if quoted(m.start()) and (later.offset is None or _speaker_day(ctx, seg, m.start())):
                continue  # a speaker's weekday may be his own; his "yesterday" counts from his day
            if _OBJECT_AFTER.match(ctx.text, m.end()):
                continue  # "organised on Sunday a sit-in": the day of a main verb with its object
            n = _backref(ctx.text, lead, max(seg.start, m.start() - 120), m.start())
            own_verb = n is not None and lead.verb in _verbs(n.group("rest"))
            if n is None or _PLUPERFECT.search(ctx.text, seg.start, m.start()) \
                    or _other_after(ctx.text, lead, m.end(), own_verb) or _planned(ctx.text, seg, lead, n, own_verb):
                continue  # "the court had heard ... at the hearing held last Tuesday": an earlier event; a plan
            start = _of_before(ctx.text, seg.start, n.start())
            out.append(LeadBackref(start, m.end(), lead.day, later, _message(ctx.text, lead, start, m)))
    return out


def _when(day: _Day) -> str:
    if day.weekday is not None:
        return f"a {weekday_name(day.weekday)}"
    return {0: "the report's day", -1: "the day before the report", -2: "two days before the report"}.get(
        day.offset, "an earlier week")


def _message(text: str, lead: _Lead, start: int, m: re.Match) -> str:
    written = text[start:m.end()]
    return (f"'{written}' puts the lead's event on {_when(_day(m))}, but the lead dates it "
            f"'{text[lead.day.start:lead.day.end]}' ({_when(lead.day)}).")

"""The story's day, from its lead, against a later definite reference to the story's event.

Machine translation re-dates the story's event when a later paragraph names it again in free
phrasing: "four newborns died ... on Thursday evening" ... "those responsible for the incident of
last Tuesday"; "were killed on Tuesday evening" ... "the crime committed by the militia on Sunday
night" (in a quoted speaker's words too: a weekday name, unlike "today", does not move with the
speaker). The lead dates the story's event; a later definite noun that names an event of the kind
the lead reports ("the attack", "the blast", "the fire"; "the incident", "the crime" for any kind),
dated by a weekday the article names there for the first time, is that event put on another day.

Kept apart: statement days ("said on Monday"), days that are not the event's ("since Monday",
"last Friday", "two days after the attack on Friday"), another event of the kind ("an earlier
attack", "the previous raid", "the attack on a checkpoint in Kirkuk": a place the lead does not
name), plans ("will hold"), and a weekday the article spoke of before (a story with events on
several days). ``conflicts(ctx, mentions, days)`` returns the pairs; date-mismatch words them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .date_needles import RELATIVE, sentences_holding
from .relative_days import _OFFSETS
from .dates import _OTHER_EVENT, _TIME_OF_DAY, _WEEKDAY_NUM, _WORD, EVENT_FAMILIES, REPORTING, DateMention

_DATA = lexicon.load("events.toml")["story_events"]
_PHASES = lexicon.load("events.toml")["story_phases"]
_OTHER_LEAD = frozenset(lexicon.load("events.toml")["story_lead"]["other_families"])
_LASTING_KINDS = frozenset(lexicon.load("events.toml")["story_lead"]["lasting"])
_SINCE = frozenset({"since"})
_COMPLEMENT_OF = frozenset(lexicon.load("events.toml")["complement_heads"]["words"])
_PROCESSES = frozenset(lexicon.load("events.toml")["story_lead"]["processes"])
_ONSET, _END = (re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _PHASES[k]) + r")\b",
                           re.IGNORECASE) for k in ("onset", "end"))
ANY = "any"
_REFER: dict[str, frozenset[str]] = {}  # noun (or two-word noun) -> the families it refers back as
_CUES: dict[str, set[str]] = {}         # a lead's word (or two words) -> the family it shows
for _fam, _table in _DATA.items():
    for _w in _table.get("refer", []):
        _REFER[_w.lower()] = _REFER.get(_w.lower(), frozenset()) | {_fam}
    for _w in _table.get("cues", []):
        _CUES.setdefault(_w.lower(), set()).add(_fam)

_DEFINITE = frozenset("the this that".split())
# Words between a weekday and what it dates that say only when in the day or which day of the week.
_FILLER = _TIME_OF_DAY | frozenset("on at in the of early late yesterday today this around about approximately exactly".split())
# Words before a weekday that make it not the day of the event beside it.
_NOT_THE_DAY = frozenset("since until till by from before after".split())
# Words before an event noun that make it another event than the story's, or a time counted from it.
_ANOTHER = _OTHER_EVENT | frozenset("after before since following than prior preceding days weeks response "
                                    "retaliation revenge avenge".split())
# A sentence of plans dates no event that took place.
_FUTURE = frozenset("will tomorrow scheduled upcoming planned expected".split())
# A lead that dates a stage of an event lasting days ("for a second day on Thursday", "to end three
# days of clashes", "after two days of continuous intervention", "in renewed clashes") does not date
# its start; nor does a later sentence of such a stage.
_LASTING = re.compile(r"\b(?:(?:second|third|fourth|fifth|sixth|seventh|consecutive)\s+(?:day|night)s?|days\s+of"
                      r"|continued|continuing|continues|ongoing|renewed|resumed|again|still)\b", re.IGNORECASE)
# "Tuesday's attack in Mosul" after "an attack in Kirkuk on Monday": a place after the event word
_PLACE_AFTER = re.compile(r",?\s+(?:in|at|near|outside|inside|against|on|of)\s+(?:the\s+)?(?P<name>[A-Z][\w'\u2019-]+)")
# Words that cannot stand between "the" and its noun: "the cowardly terrorist attack" is one noun
# phrase, "the army said an attack" is not.
_NOT_MODIFIER = REPORTING | frozenset(["a", "an", "of", "in", "on", "at", "by", "to", "and", "that", "which"])
_LEAD_SENTENCES = 3
# A phrase between the noun and its weekday that names a place or a thing ("inspected the works on the
# old bridge in Deir ez-Zor on Monday"): the weekday dates what was done there, not the noun's event.
# A part of the day ("at dawn on", "in the early hours of") is no such phrase.
_OBJECT = re.compile(r"\b(?:on|in|at|near|to|from|into|over|inside|outside|against|for|with)\s+(?:the\s+)?+"
                     r"(?:(?:around|about|approximately|exactly)\s+)?+"
                     r"(?!(?:dawn|morning|evening|night|afternoon|noon|midday|early|late|midnight|hours)\b)"
                     r"(?!(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                     r"(?:[:.]\d\d)?\s*(?:o['\u2019]clock|[ap]\.?m\b))\w",  # (a clock time is a part of the day)
                     re.IGNORECASE)
# A verb an event noun is the subject of, between it and its day ("voting in the stations closed at
# eight o'clock on Friday"): what comes before the verb belongs to the event, "after" before the noun
# opens a clause of the event itself, not a time counted from it.
_SUBJECT_VERB = re.compile(r"\b(?:closed|opened|took\s+place|was\s+held|were\s+held)\b", re.IGNORECASE)
# "yesterday", "the day before yesterday" written without a weekday (relative_days reads those with one)
_BARE_RELATIVE = re.compile(r"\b(?:the[ \u00a0]+day[ \u00a0]+before[ \u00a0]+yesterday|yesterday|last[ \u00a0]+night"
                            r"|this[ \u00a0]+(?:morning|evening|afternoon)|today|tonight)\b"
                            r"(?![ \u00a0]*[,(]?[ \u00a0]*(?:on[ \u00a0]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
                            re.IGNORECASE)  # body sentences searched for the lead's dated event
# a date without its weekday a few days from the lead's dates the story's event (further off: another one)
_NEAR_DATE = 7
_BACK = 8            # words before a later weekday searched for its event noun


@dataclass(frozen=True)
class StoryDayConflict:
    lead: DateMention        # the lead's dated mention of the story's event
    later: DateMention       # the later weekday that dates the same event on another day
    word_span: tuple[int, int]  # the later event noun ("incident", "crime")


def _words_before(text: str, lo: int, at: int, n: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, max(lo, at - 12 * n), at)][-n:]


def _event_day(ctx, m: DateMention, days_at: dict[int, int]) -> bool:
    """Whether the mention dates what happened, not a statement ("said on Monday", "announced
    today, Wednesday") nor a bound of time ("since Monday")."""
    if m.shifted or m.part != "body":
        return False
    seg = ctx.sentences[m.sentence]
    at = days_at.get(m.end, m.start)  # in a relative day ('received yesterday, Tuesday'): the words before it
    words = [w for w, _, _ in _words_before(ctx.text, seg.start, at, 5)]
    while words and words[-1] in _FILLER:
        words.pop()
    return not (words and (words[-1] in REPORTING or words[-1] in _NOT_THE_DAY))


@dataclass(frozen=True)
class _Lead:
    mentions: list            # its event-day mentions, all on one day
    families: set[str]        # the kinds of events it reports (story_events cues), and "any"
    others: set[str]          # kinds of events whose day it may be instead (a verdict, arrests)
    onset: bool               # it dates the event's start, not its end ("brought under control")

    def takes(self, families: frozenset[str]) -> bool:
        """Whether a later noun of these families refers back to the lead's event."""
        return bool(families & self.families) and (not self.others or bool(families & self.others))


def _lead(ctx, mentions: list, days) -> _Lead | None:
    """The lead's event day: the first body sentence (of the first few) that dates what happened."""
    days_at = {d.end: d.start for d in days}
    today_ends = {d.end for d in days if d.offset == 0}
    body = [i for i, s in enumerate(ctx.sentences) if s.part == "body"][:_LEAD_SENTENCES]
    for i in body:
        here = [m for m in mentions if m.sentence == i and m.weekday is not None and _event_day(ctx, m, days_at)]
        if not here:
            continue
        if not set.intersection(*(m.weekdays() for m in here)):
            # "decided today, Monday, the closure of the schools, after the collapse ... on Sunday":
            # today is the day of the report's news; the other day is its event's
            here = [m for m in here if m.end not in today_ends] or here
        if not set.intersection(*(m.weekdays() for m in here)):
            return None  # the lead dates two days (an event and what followed): no one story day
        seg = ctx.sentences[i]
        words = [w.lower() for w in _WORD.findall(ctx.text, seg.start, seg.end)]
        lead_text = ctx.text[seg.start:seg.end]
        if _LASTING.search(lead_text) or _LASTING_KINDS.intersection(words):
            return None  # a stage of a lasting event, or an event that goes on for days
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
        families = {f for w in set(words) | pairs for f in _CUES.get(w, ())}
        # a verdict, arrests or a vote in the lead: its day may be theirs, not the day of the attack it
        # also names; then only a noun of their own kind refers back to the lead's day
        others = {f for w in words for f in EVENT_FAMILIES.get(w, ())} & _OTHER_LEAD
        return _Lead(here, families | {ANY}, others, bool(_ONSET.search(lead_text)) and not _END.search(lead_text))
    return None


def _definite_noun(ctx, m: DateMention, lead_names: set[str]) -> tuple[tuple[int, int], frozenset[str]] | None:
    """(span, families) of the definite event noun the weekday dates: 'the incident of last
    Tuesday', 'the crime committed by the militia on Sunday night', 'Sunday's attack'."""
    text, seg = ctx.text, ctx.sentences[m.sentence]
    # (fillers after the noun take room: "at eight o'clock in the evening of")
    words = _words_before(text, seg.start, m.start, _BACK + 8)
    if m.possessive or words and words[-1][0] in _DEFINITE:
        return _noun_after(ctx, m, lead_names)  # "Sunday's attack", "the Sunday night missile strike"
    j = len(words)
    if j and words[j - 1][0] == "last":
        j -= 1  # "the incident of last Tuesday", "the works that began last Thursday" (al-madi)
    while j and words[j - 1][0] in _FILLER:
        j -= 1
    if j and words[j - 1][0] in _NOT_THE_DAY:
        return None
    for k in range(j - 1, max(j - _BACK, 0) - 1, -1):
        w = words[k][0]
        if w in REPORTING or w in _FUTURE:
            return None
        first = k - 1 if k and f"{words[k - 1][0]} {w}" in _REFER else k
        noun = " ".join(x[0] for x in words[first:k + 1])
        if noun not in _REFER:
            continue
        det = next((i for i in range(first - 1, max(first - 4, -1), -1) if words[i][0] in _DEFINITE), None)
        # "Voting in the stations closed ... yesterday, Friday": a gerund is the event without "the"
        bare = det is None and noun.endswith("ing") \
            and not any(x[0] in ("a", "an") for x in words[max(0, first - 3):first])
        if det is None and not bare or det is not None and any(x[0] in _NOT_MODIFIER for x in words[det + 1:first]):
            return None  # "in an attack on Friday": an event not known yet ("the cowardly attack" is known)
        lo = first if bare else det
        before = {x[0] for x in words[max(0, lo - 3):first]}  # "days after the attack", "the previous raid"
        between = text[words[k][2]:m.start]
        verb = _SUBJECT_VERB.search(between)  # "after voting ... closed at eight": the event is the verb's subject
        if _LAST_ONLY.fullmatch(text, words[k][2], m.start):
            # "a week before the collapse last Friday": "last" ties the day to the noun (al-madi), and a
            # count before it goes with the clause's own verb; "days after the attack on Friday" may be
            # Friday's clause
            before -= {"after", "before", "following", "prior", "preceding", "days", "weeks"}
        if _REFER[noun] <= _PROCESSES and _ONSET.search(text, words[k][2], m.start) or verb:
            # "since the reception began on Monday": the day its start is dated
            before -= _SINCE | ({"after", "following"} if verb else set())
        if not bare and det and words[det - 1][0] == "of" \
                and REPORTING.intersection(x[0] for x in words[max(0, det - 5):det]):
            return None  # "announced the results of the vote on Monday": the statement's day
        if not bare and det and det > 1 and words[det - 1][0] == "of" and words[det - 2][0] in _COMPLEMENT_OF:
            return None  # "arrived at the site of the cut on Monday": the arrival's day
        first = lo if bare else det + 1
        if verb:
            between = between[verb.end():]  # "Voting in the stations closed": a place of the event itself
        if before & _ANOTHER or _new_name(between, lead_names) or _indefinite(between) or _OBJECT.search(between) \
                or _place_after(text, m.end, seg.end, lead_names):
            return None  # "the previous attack", "the attack on a checkpoint in Kirkuk"
        return (words[first][1], words[k][2]), _REFER[noun]
    return None


def _noun_after(ctx, m: DateMention, lead_names: set[str]) -> tuple[tuple[int, int], frozenset[str]] | None:
    """The event noun a weekday stands before as an adjective: "Sunday's attack", "the Friday
    bombing", "the Sunday night missile strike" (a part of the day and one word may come between)."""
    text, seg = ctx.text, ctx.sentences[m.sentence]
    after = [(x.group().lower(), x.start(), x.end()) for x in _WORD.finditer(text, m.end, min(seg.end, m.end + 40))][:4]
    k = 0
    while k < len(after) and after[k][0] in _TIME_OF_DAY:
        k += 1
    for j in range(k, min(k + 2, len(after))):
        two = f"{after[j - 1][0]} {after[j][0]}" if j > k else ""
        noun = two if two in _REFER else after[j][0] if after[j][0] in _REFER else None
        if noun is not None:
            if _place_after(text, after[j][2], seg.end, lead_names):
                return None  # "Tuesday's attack in Mosul"
            return (after[j - 1 if noun == two else j][1], after[j][2]), _REFER[noun]
    return None


def _new_name(between: str, lead_names: set[str]) -> bool:
    return any(w[:1].isupper() and w not in lead_names for w in _WORD.findall(between))


def _place_after(text: str, at: int, end: int, lead_names: set[str]) -> bool:
    m = _PLACE_AFTER.match(text, at, end)
    return m is not None and m.group("name") not in lead_names and m.group("name").lower() not in _WEEKDAY_NUM


def _indefinite(between: str) -> bool:
    return any(w.lower() in ("a", "an", "another") for w in _WORD.findall(between))


def _bare_relatives(ctx, days, quoted) -> list[DateMention]:
    """"the elections that took place the day before yesterday", "the blast yesterday": relative
    days written without their weekday, given it from the report's day (the article's "today,
    Sunday"), as weekday mentions. None when the article does not date the report."""
    if not days:
        return []
    report = days[0].report_weekday
    out = []
    for i, seg in sentences_holding(ctx, RELATIVE, ctx.content_sentences):
        if seg.part != "body":
            continue
        for m in _BARE_RELATIVE.finditer(ctx.text, seg.start, seg.end):
            if quoted(m.start()):
                continue  # a speaker's yesterday is counted from the day they spoke
            wd = (report + _OFFSETS.get(" ".join(m.group().lower().split()), 0)) % 7
            out.append(DateMention(start=m.start(), end=m.end(), sentence=i, part="body", weekday=wd))
    return out


def conflicts(ctx, mentions: list[DateMention], days, quoted) -> list[StoryDayConflict]:
    """Later definite references to the lead's event dated on another weekday, named there for
    the first time in the article."""
    dated = sorted([m for m in mentions if m.weekday is not None] + _bare_relatives(ctx, days, quoted),
                   key=lambda m: m.start)
    lead = _lead(ctx, dated, days)
    if lead is None:
        return []
    here = lead.mentions
    lead_days = set.intersection(*(m.weekdays() for m in here))
    lead_date = next((d for m in here if (d := m.as_date()) is not None), None)
    if lead_date is not None:  # "the day of the explosion, May 18" after "today, Tuesday, May 19, 2026"
        dated = sorted(dated + [m for m in mentions if m.weekday is None and m.sentence > here[0].sentence
                                and (d := m.as_date()) is not None and 0 < abs((d - lead_date).days) <= _NEAR_DATE],
                       key=lambda m: m.start)
    lead_seg = ctx.sentences[here[0].sentence]
    lead_names = {w for w in _WORD.findall(ctx.text, lead_seg.start, lead_seg.end) if w[:1].isupper()}
    first_named: dict[int, int] = {}  # weekday -> where the article first names it
    for m in mentions:
        if m.weekday is not None and m.weekday_span is not None:
            first_named.setdefault(m.weekday, m.weekday_span[0])
    out = []
    for m in dated:
        at = m.weekday_span[0] if m.weekday_span else m.start
        if m.sentence <= here[0].sentence or m.part != "body" or m.weekdays() & lead_days \
                or first_named.get(m.weekday, at) < at or m.shifted and not _last(ctx.text, m):
            continue  # "next Friday", "every Friday"; a weekday spoken of before may have its own event
        seg = ctx.sentences[m.sentence]
        sentence = ctx.text[seg.start:seg.end]
        if {w.lower() for w in _WORD.findall(ctx.text, seg.start, m.start)} & _FUTURE \
                or _END.search(sentence) or _LASTING.search(ctx.text, *_clause_around(ctx.text, seg, m)):
            continue  # a plan; the end or a later stage of a lasting event ("brought under control")
        noun = _definite_noun(ctx, m, lead_names)
        if noun is None or not lead.takes(noun[1]):
            continue
        if not lead.onset and _ONSET.search(ctx.text, noun[0][1], m.start):
            continue  # "the fire broke out on Tuesday" after "brought under control on Wednesday": its start
        if noun[1] <= _PROCESSES and not (lead.onset and _ONSET.search(ctx.text, noun[0][1], m.start)):
            continue  # "the harvest on Tuesday" is a day of weeks of work; only its start is the lead's day
        out.append(StoryDayConflict(here[0], m, noun[0]))
    return out


_CLAUSE_END = re.compile(r"[,;:]")
_LAST_ONLY = re.compile(r"[ \u00a0]+last[ \u00a0]+")


def _clause_around(text: str, seg, m: DateMention) -> tuple[int, int]:
    """The words of the day's own clause: a stage ("for a second day on Thursday") is told beside its
    day, while "dozens of families still live in damaged houses" after "the collapse last Friday, but"
    is another clause."""
    end = _CLAUSE_END.search(text, m.end, seg.end)
    return max(seg.start, m.start - 100), end.start() if end else seg.end


def _last(text: str, m: DateMention) -> bool:
    """"the works that began last Thursday": Arabic's al-madi (past) after a known event points at
    the story's own week; "next", "every" and "the following" never do."""
    return text[max(0, m.start - 6):m.start].lower().rstrip().endswith("last")

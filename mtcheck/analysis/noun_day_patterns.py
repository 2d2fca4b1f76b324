"""The phrases that date an event noun, for analysis/noun_days.py: a later reference ("The truce
that was announced on", "the race held", "the session of", "after the load test on", "the May 12
inauguration"), an earlier dating by a verb ("a truce agreed on", "in its meeting held in Aden
yesterday", "signed the agreement on"), a start date ("starting from the first of April"), and the
word lists of event_days.toml they are built from; and the record of one dating (NounDay).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .dates import MONTHS, REPORTING, WEEKDAYS

_DATA = lexicon.load("event_days.toml")
_SP = r"[ \u00a0]+"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in sorted(words, key=len, reverse=True))


_PHASE = {" ".join(w.split()): "start" for w in _DATA["phases"]["start"]} \
    | {" ".join(w.split()): "whole" for w in _DATA["phases"]["whole"]} \
    | {" ".join(w.split()): "end" for w in _DATA["phases"].get("end", [])}
_VERBS = _alt(_PHASE)
# the words of those verbs: a gap between a verb and its date holds none ("voted in its session held on":
# "held" dates the session)
_VERB_WORDS = frozenset(v.split()[1] if v.split()[0] in ("is", "was") else v.split()[0] for v in _PHASE)
_INTRANSITIVE = frozenset(" ".join(w.split()) for w in _DATA["phases"]["intransitive"])
_PASSIVE = frozenset(["was", "were", "is", "are", "been", "be"])


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


# each name of one event -> the first name of its group ("killing" -> "crime"), singular
_SAME = {" ".join(_singular(w) for w in name.split()): _singular(group[0])
         for group in _DATA["nouns"]["same_event"] for name in group}


def _canon(noun: str) -> str:
    noun = _singular(noun)
    return _SAME.get(noun, noun)


_VERB_NOUNS = {k: frozenset(_canon(n) for n in v) for k, v in _DATA["verb_nouns"].items()}
_NOT_EVENTS = frozenset(_DATA["nouns"]["not_events"])
_EVENTS = frozenset(_canon(w) for w in _DATA["nouns"]["events"])
_OTHER = frozenset(_DATA["nouns"]["other_instance"])
_LASTING = frozenset(_DATA["nouns"]["lasting"])
_ORDINALS = {w: k + 1 for k, w in enumerate(_DATA["start_dates"]["ordinals"])}
_MARKERS = _alt(m for m in _DATA["start_dates"]["markers"] if m != "from")
_AUX = r"(?:(?:was|were|is|are|has|have|had|been|be|will|would|officially|reportedly|already)" + _SP + r")*"
_FILL = r"(?:" + _SP + r"(?:on|in|at|during|from|for|as" + _SP + r"of))?(?:" + _SP + r"the)?" \
    r"(?:" + _SP + r"(?:dawn|morning|evening|night|afternoon)" + _SP + r"of)?"
# a place or an agent between the verb and its date: "held in the temporary capital Aden yesterday",
# "shot dead by unknown gunmen in front of his office ... on the evening of"
# (no clause opener inside: "the session will start at 10 am and that the committee had finished its report
# on Thursday" dates the report, not the session)
_GAP = r"(?P<gap>" + _SP + r"(?:in|at|near|inside|outside|by|on|against|along|across|into|from|to)" + _SP \
    + r"(?:(?!\b(?:that|which|who|whom|while|whereas)\b)[^,;:.()\u201c\u201d\"]){1,100}?)?"
# the object of the verb of a relative clause whose subject is the event: "the attack which targeted the
# army checkpoint on Sunday"
_OBJ_GAP = r"(?P<ogap>" + _SP + r"(?:the|a|an|its|their)" + _SP + r"[^,;:.()\u201c\u201d\"]{1,60}?)?"
# "The truce that was announced on", "the convoy, which set off on", "the reduction, which starts from the",
# "The meeting, held on"
# (an event noun with the participle right after it, "the race held", "in its session held", is a reduced
# relative clause too; "its", "a" open a first dating, no later reference)
# the subject of a relative clause whose object is the event: "the decision, which we took", "the
# adjournment decision, which the court took yesterday"
# (an active verb after it: "that the contracts were signed" is a passive clause of its own)
_SUBJ = r"(?:(?P<subj>(?:we|they|he|she|I|you|the" + _SP + r"[a-z][\w-]*)" + _SP + r")(?:(?:have|has|had)" + _SP \
    + r")?|" + _AUX + r")"
_RELATIVE = re.compile(r"\b(?P<det>[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Aa]n?)" + _SP
                       + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[\w-]+)"
                       r"(?:[ \u00a0]*,?" + _SP + r"(?:which|that)" + _SP + _SUBJ + r"|[ \u00a0]*," + _SP
                       + r"|(?P<reduced>" + _SP + r"))"
                       r"(?P<verb>" + _VERBS + r")" + _OBJ_GAP + _GAP + _FILL + r"[ \u00a0]*$")
# "after the load test on Saturday evening", "the crime on the night of": an event noun dated by the
# date right after it
# (with its complement: "the meeting of the council on Thursday")
# (a body's possessive is a modifier: "the committee's meeting on July 29")
_ON_DAY = re.compile(r"\b(?P<det>[Tt]he|[Tt]his|[Aa]n?)" + _SP + r"(?P<mods>(?:[a-z][\w-]*['\u2019]s" + _SP
                     + r"|[\w-]+" + _SP + r"){0,2}?)"
                     r"(?P<noun>[a-z][\w-]*)(?:" + _SP + r"(?:of|for)" + _SP + r"(?:the" + _SP + r")?(?P<comp>[\w'\u2019-]+(?:" + _SP
                     + r"[\w'\u2019-]+){0,3}?))?" + _SP + r"(?:on" + _FILL + r"|next|coming)[ \u00a0]*$")
# (a coming weekday too: "the session next Wednesday", the speaker's week, which is the report's)
# "The ministry's announcement yesterday, Monday, of the cuts", "the session today,": an event noun right
# before a relative day (the day words themselves are cut off before this is searched)
_AT_REL_DAY = re.compile(r"\b(?P<det>[Tt]he|[Tt]his)" + _SP + r"(?P<mods>(?:[a-z][\w-]*['\u2019]s" + _SP
                         + r"|[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)[ \u00a0]*,?[ \u00a0]*$")
# what may stand before _ON_DAY's noun phrase: a preposition or a clause's start ("after the load test on
# Saturday"), not a verb or "of", whose date it may be ("announced the results of the vote on Monday"); a
# quotation's start too ('said that "the session next Wednesday will be')
_ON_DAY_OPENS = re.compile(r"(?:^|[,;:(\u201c\"][ \u00a0]*|\b(?:after|before|during|in|at|following|since|from|to|that|and|but|about"
                           r"|over|until|amid|with|ahead[ \u00a0]+of|for)" + _SP + r")$", re.IGNORECASE)
# "the May 12 inauguration", "the Sunday meeting": a date before its event noun
_ATTRIBUTIVE = re.compile(r"\b[Tt]he" + _SP + r"$")
# "the truce of Saturday", "the agreement of last Monday" (Arabic's construct: a known event by its day;
# "The court's session of May 5")
_OF_DAY = re.compile(r"\b(?P<det>[Tt]he|[Aa]n?)" + _SP + r"(?P<mods>(?:[\w-]+(?:['\u2019]s)?" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)"
                     + _SP + r"of" + _SP + r"(?:last" + _SP + r")?$")
# an earlier dating by the verb of its clause: "a truce agreed on Monday", "A new convoy of returnees set
# off today,", "The truce between the two tribes was signed on", "the two delegations met today,"
# (a date set off by commas: "elected, on Sunday, January 18, the engineer")
_VERB_END = re.compile(r"(?<![\w-])(?P<aux>" + _AUX + r")(?P<verb>" + _VERBS + r")" + _GAP + r",?" + _FILL + r"[ \u00a0]*$")
# an actor's verb with its object before the date: "signed the agreement on", "approved a new decree on"
# (with the object's destination: "resumed its flights to Cairo on")
_VERB_OBJECT_END = re.compile(r"(?<![\w-])(?P<verb>" + _VERBS + r")" + _SP + r"(?:the|a|an|its|their)" + _SP
                              + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)"
                              + r"(?:" + _SP + r"(?:to|from)" + _SP + r"[A-Z][\w'\u2019-]*(?:" + _SP
                              + r"[A-Z][\w'\u2019-]*){0,3})?" + _GAP + _FILL
                              + r"[ \u00a0]*$")
# the clause before that verb: back to a comma, a semicolon or a word that opens another clause
_CLAUSE_START = re.compile(r".*(?:[,;:()\u201c\u201d\"]"
                           r"|\b(?:that|which|who|and(?![ \u00a0]+[A-Z])|but|after|before|when|while|as|since)\b)",
                           re.DOTALL)  # ("the governorates of Sfax and Sidi Bouzid": an "and" of names is no clause)
_PREP = (r"of|that|which|who|to|from|in|on|at|with|for|and|by|against|across|among|between|into|under|over"
         r"|along|towards?|near|within|through|after|before|amid|as|carrying|including|included|consisting"
         r"|comprising|bound|heading|loaded|was|were|is|are|has|had|have|will")
# a noun with its determiner: "a new convoy (of)", "the truce (between)", "the two tribes (was)"
_NOUN_PHRASE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)" + _SP + r"(?P<mods>(?:[\w-]+" + _SP
                          + r"){0,2}?)(?P<noun>[a-z][\w-]*)(?=[ \u00a0]*(?:[,.;:)]|$)|" + _SP + r"(?:" + _PREP
                          + r")\b)")
# the definite subject of a passive or intransitive verb, with its party: "that the contracts with the three
# companies were (signed on)", "the handover ceremony was (held on)": a known event dated again
_SUBJECT = re.compile(r"[ \u00a0]*(?P<det>[Tt]he|[Tt]his)" + _SP + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)"
                      r"(?P<noun>[a-z][\w-]*)(?P<pp>" + _SP + r"(?:with|between|of|for)" + _SP
                      + r"[^,;:()\u201c\u201d\"]{1,60}?)?[ \u00a0]*$")
# "since the start of the strike on", "the resumption of its flights on", "the beginning of the marketing
# season on the": a known event's start dated by the date right after it
_START_PHASE_OF = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)" + _SP + r"(?:" + _alt(_DATA["phases"]["start_of"]) + r")"
                             + _SP + r"of" + _SP + r"(?P<det>the|its|their)" + _SP
                             + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)" + _FILL + r"[ \u00a0]*$")
# "announced today, Wednesday, the departure of a new convoy": the statement's day is the start's
_START_OF = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:morning|evening|night|afternoon)[ \u00a0]*,?[ \u00a0]*)?the" + _SP
                       + r"(?:" + _alt(_DATA["phases"]["start_nouns"]) + r")" + _SP + r"of" + _SP
                       + r"(?:(?:a|an|the|its|their)" + _SP + r")?(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)"
                       + r"(?P<noun>[\w-]+)(?=[ \u00a0]*(?:[,.;:)]|$)|" + _SP + r"(?:" + _PREP + r")\b)")
# "announced, at dawn today, Thursday, the killing of": a one-day event reported on the statement's day
_EVENT_OF = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:morning|evening|night|afternoon)[ \u00a0]*,?[ \u00a0]*)?the" + _SP
                       + r"(?:" + _alt(_DATA["phases"]["event_nouns"]) + r")" + _SP + r"of\b")
# "The Border Guard announced on", "said yesterday,": the day of the lead's statement
_REPORT_END = re.compile(r"(?<![\w-])(?:" + _alt(w for w in REPORTING if w not in ("according", "quoted", "told"))
                         + r")" + _FILL + r"[ \u00a0]*$")
_STATEMENT = frozenset({"statement", "announcement"})
# "the grounding of the ship, which took place on": the event whose complement the relative clause follows
_HEAD_OF = re.compile(r"\b(?P<det>[Tt]he)" + _SP + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)" + _SP
                      + r"of" + _SP + r"$")
_EVENT_ONLY = frozenset(["took place", "occurred", "happened"])  # verbs whose subject is an event
_DURING = re.compile(r"\b(?:in|during|through|within)" + _SP + r"$")
# "announced during a field visit to the Mosul Dam today, Tuesday", "said during the same visit, yesterday,
# Monday": the event a date right after "during" and its noun phrase stands in (a place or a party
# between them, no clause: no comma)
_DURING_NOUN = re.compile(r"\b(?:during|throughout)" + _SP + r"(?P<det>the|a|an|his|her|its|their)" + _SP
                          + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)"
                          + r"(?P<gap>" + _SP + r"(?:to|in|at|of|near|with|for)" + _SP
                          + r"[^,;:.()\u201c\u201d\"]{1,60}?)?[ \u00a0]*,?[ \u00a0]*$")
# "Saturday's truce", "Sunday's surprise departure"
_POSSESSED = re.compile(_SP + r"(?P<mods>(?:[a-z][\w-]*" + _SP + r"){0,1}?)(?P<noun>[a-z][\w-]*)\b")
_BEFORE_DAY = re.compile(r"\b(?:today|yesterday|the" + _SP + r"day" + _SP + r"before" + _SP + r"yesterday|"
                         r"last" + _SP + r"night|this" + _SP + r"(?:morning|evening|afternoon))"
                         r"[ \u00a0]*[,(]?[ \u00a0]*$",
                         re.IGNORECASE)
_MON = "|".join(MONTHS)
_ORD = _alt(_ORDINALS)
# a start date: "the first of April", "the 1st of April", "April 1", "1 April", "the beginning of May", "May"
_WHEN = re.compile(r"(?:the" + _SP + r")?(?:(?P<ord>" + _ORD + r"|\d{1,2}(?:st|nd|rd|th))" + _SP + r"of" + _SP
                   + r"(?P<m1>" + _MON + r")|(?P<m2>" + _MON + r")" + _SP + r"(?P<d2>\d{1,2})(?!\d)"
                   r"|(?P<d3>\d{1,2})" + _SP + r"(?P<m3>" + _MON + r")|(?:beginning|start|outset)" + _SP + r"of"
                   + _SP + r"(?P<m4>" + _MON + r")|early" + _SP + r"(?P<m5>" + _MON + r")|(?P<m6>" + _MON + r"))"
                   r"(?![\w-])(?P<year>,?" + _SP + r"(?:19|20)\d\d)?")
_START_MARKER = re.compile(r"\b(?:" + _MARKERS + r")" + _SP + r"(?:the" + _SP + r")?$", re.IGNORECASE)
_DEFINITE = re.compile(r"\b[Tt]he" + _SP + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)"
                       + _SP + r"(?:of|to|in|on|for|from|that|which|,)")
_MONTH_NEEDLES = tuple(MONTHS)
_MONTH_WORDS = frozenset(w.lower() for w in MONTHS + WEEKDAYS)
# "signed in April last year", "on March 3 of the previous year": a date of another year than the story's
_OTHER_YEAR = re.compile(r",?" + _SP + r"(?:of" + _SP + r")?(?:(?:the" + _SP + r")?"
                         r"(?:last|next|previous|past|following)"
                         + _SP + r"year|the" + _SP + r"year" + _SP + r"before)\b", re.IGNORECASE)
# the object of an actor's verb after its date: "launched today, Tuesday, an offensive", "signed on Sunday an
# agreement"
_OBJECT = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:morning|evening|night|afternoon)[ \u00a0]*,?[ \u00a0]*)?"
                     r"(?:a|an|the|its|their)" + _SP + r"(?P<mods>(?:[\w-]+" + _SP + r"){0,2}?)(?P<noun>[a-z][\w-]*)"
                     r"(?=[ \u00a0]*(?:[,.;:)]|$)|" + _SP + r"(?:" + _PREP + r")\b)")
# "a new round of talks", "a series of meetings": the event named after the partitive
_PARTS = frozenset(["round", "series"])
_PARTITIVE = re.compile(_SP + r"of" + _SP + r"(?:the" + _SP + r")?(?P<noun>[a-z][\w-]*)")
# "yesterday's meeting", "today's session"
_REL_POSSESSIVE = re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday)['\u2019]s" + _SP + r"(?P<mods>(?:[a-z][\w-]*" + _SP
                             + r"){0,1}?)(?P<noun>[a-z][\w-]*)\b")
_REL_NEEDLES = ("esterday", "oday")
_REL_OFFSET = {"yesterday": -1, "today": 0, "the day before yesterday": -2}
# "yesterday", "today" without a weekday after them (relative_days reads those with one)
_BARE_REL = re.compile(r"\b(?:the" + _SP + r"day" + _SP + r"before" + _SP + r"yesterday|[Yy]esterday|[Tt]oday)\b"
                       r"(?!['\u2019]s)(?![ \u00a0]*[,(]?[ \u00a0]*(?:on" + _SP + r")?"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
# "on Sunday in Cairo", "on Friday for the security forces", "on Monday with Egypt": a place, a group
# or a party after the later date
_PLACE_AFTER = re.compile(r"(?:" + _SP + r"(?:morning|evening|night|afternoon))?,?" + _SP
                          + r"(?:in|at|near|outside|inside"
                          r"|from|for|with|against|between|among|by)" + _SP
                          # ("in the presence of the mayor", "in the framework of": no place, no party)
                          + r"(?!(?:(?:the|a|an)" + _SP + r")?(?:which|whom|whose|presence|attendance|framework"
                          r"|context|light|absence)\b)(?:(?:the|a|an)" + _SP + r")?"
                          r"(?P<name>[\w'\u2019-]+(?:" + _SP + r"[\w'\u2019-]+){0,2})")
_FUNCTION = frozenset(["the", "a", "an", "of", "and", "in", "on", "at", "to", "its", "their", "his", "her", "which",
                       "that", "who", "was", "were", "is", "are", "by", "for", "with", "after", "before"])
# (a date a case is put off to is a plan: "decided to postpone the case to the session of Monday")
_FUTURE = frozenset(["will", "tomorrow", "scheduled", "upcoming", "next", "expected", "plans", "planned", "postpone",
                     "postponed", "adjourn", "adjourned"])
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def last_search(rx: re.Pattern, text: str) -> re.Match | None:
    """``rx``'s match in ``text`` (a pattern anchored at its end) whose gaps hold no verb of their own:
    the one nearest the date ("its session held on", not "The council voted in its session held on")."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        gaps = " ".join(g for k in ("gap", "ogap") if k in rx.groupindex and (g := m.group(k)))
        if not _VERB_WORDS.intersection(gaps.lower().split()):
            return m
        pos = m.start() + 1
    return None


@dataclass(frozen=True)
class NounDay:
    start: int              # the date as written (a weekday, or a start date)
    end: int
    sentence: int
    nouns: frozenset[str]   # the event's noun (lower case, singular); a start date's sentence may name several
    when: tuple             # ("wd", weekdays) or ("month", month, day or None, year or None, year written)
    phase: str | None       # "start" ("agreed", "set off"), "whole" ("held", "met"), None ("Saturday's truce")
    ref_span: tuple[int, int] | None = None  # a later reference: "The truce that was announced on"
    mods: frozenset[str] = frozenset()        # its noun's content modifiers ("the board meeting": board)
    same: bool = False      # a reference that says it is the event told before: "during the same visit"
    relative: bool = False  # dated by the report's own day: "today, Tuesday", "yesterday, Monday"
    dated: bool = False     # its mention has a month and day ("Sunday, March 9"; "5 February 2026")
    derived: bool = False   # a weekday not written, computed from the date of a known year
    also: frozenset[str] = frozenset()  # a reference's verb's event, dated with it ("the show will reopen": reopening)


@dataclass(frozen=True)
class NounDayConflict:
    ref: NounDay
    later: NounDay

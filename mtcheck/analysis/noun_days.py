"""One event named by its noun and dated twice: a definite later reference ("The truce that was
announced on Saturday", "The convoy, which set off on Thursday morning", "the reduction, which
starts from the beginning of May", "Saturday's truce", "yesterday's meeting") on another day than
the earlier mentions that dated the same noun ("the truce, which was agreed upon yesterday, Monday
evening"; "announced today, Wednesday, the departure of a new convoy"; "the reduction of the aid
..., starting from the first of April"; "the two delegations met today, Tuesday").

Machine translation re-dates an event when a later paragraph names it again; the noun and its verb
identify it better than the date words around it. A verb dates its subject when that is the event
(a passive, "the truce was signed"; an intransitive verb, "the convoy set off"), else its object
("approved on Sunday a decree") or the noun the verb names ("met" -> the meeting); an actor ("the
delegation met") acts on many days. Start verbs ("agreed", "set off", "starts") and verbs of a
whole one-day event ("held", "taken") are compared only among themselves. Kept apart: another
instance of the kind ("the second convoy", "the previous truce"), another phase ("the truce, which
collapsed on Saturday"), a weekday or month the article spoke of before (a story of several days),
a noun dated on two days before (several events of the kind), another place, party or year after
the later date ("held on Sunday in Cairo", "signed on Monday with Egypt"), plans ("will"),
quotations, and nouns that name a time or a speaker ("the day which began on Monday"). A noun of a
one-day event (event_days.toml [nouns] events) is the event whatever follows it: a participle right
after it dates it ("in its session held on Sunday", "the race held yesterday, Saturday"), and so
does a date right after or before it ("after the load test on Saturday evening", "the May 12
inauguration"); the lead's reporting verb dates its statement ("announced on Tuesday, February 18").
Later references too: a start named by its noun ("since the start of the strike on March 6" after "The
strike began on Sunday, March 9"), a body's possessive ("the committee's meeting on July 29"), a
definite subject of a passive with its party ("the contracts with the three companies were signed
on"), and a feast's name ("the day of the Eid on June 27": analysis/holiday_days.py). What happens
during an event is dated with it ("announced during a field visit to the dam today, Tuesday"), and
"during the same visit, yesterday, Monday" names it again; a date of a known year dates its weekday
too ("The statement issued on 5 February 2026", a Thursday, after "in a statement on Wednesday").
Which event a noun phrase names: analysis/noun_day_nouns.py; comparing the datings: analysis/noun_day_compare.py.
``conflicts(ctx, mentions, days, quoted)`` returns the pairs; date-mismatch words them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .date_needles import sentences_holding
from .date_policy import COMING
from .date_policy import spoken_today as _spoken_today
from .holiday_days import conflicts as holiday_conflicts
from . import last_week
from .noun_day_compare import add, another_kind, conflict, modifiers_named, planned
from .noun_day_nouns import event_noun, names_event, phrase_words, said_same
from .dates import _MONTH_NUM, REPORTING
from .noun_day_patterns import (  # the phrases, built once
    _PHASE, _INTRANSITIVE, _PASSIVE, _VERB_NOUNS, _EVENTS, _OTHER, _ORDINALS, _RELATIVE, _ON_DAY, _AT_REL_DAY,
    _ATTRIBUTIVE, _OF_DAY, _VERB_END, _VERB_OBJECT_END, _CLAUSE_START, _NOUN_PHRASE, _START_OF, _EVENT_OF,
    _REPORT_END, _STATEMENT, _DURING, _POSSESSED, _BEFORE_DAY, _WHEN, _START_MARKER, _DEFINITE, _MONTH_NEEDLES,
    _OTHER_YEAR, _OBJECT, _REL_POSSESSIVE, _REL_NEEDLES, _REL_OFFSET, _BARE_REL, _FUNCTION,
    _WORD, _ON_DAY_OPENS, last_search, _singular,
    _START_PHASE_OF, _LASTING, _SUBJECT, _DURING_NOUN, _HEAD_OF, _EVENT_ONLY, NounDay, NounDayConflict,
)


_ANY_DAY = frozenset(range(7))  # "last week": no weekday of its own
# a subject with a relative clause put aside between commas, right before its verb
_PUT_ASIDE = re.compile(r"(?:^|[,;:]|\b(?:that|and|but|when|after))[ \u00a0]+(?P<np>(?:[Tt]he|[Aa]n?)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
                        r"[a-z][\w-]*),[ \u00a0]+(?:which|that)[ \u00a0][^,;:()\u201c\u201d\"]{1,120},[ \u00a0]*$")


def _dating(ctx, seg, i: int, start: int, end: int, at: int, when: tuple, marker: bool,
            lead: bool = False) -> NounDay | None:
    """The event noun a date at ``start`` (its first word at ``at``) dates: a later reference ("the
    truce, which was agreed upon yesterday, Monday"), or an earlier dating ("a truce agreed on
    Monday", "announced today, Wednesday, the departure of a new convoy", "the reduction of the
    aid ..., starting from the first of April" when ``marker`` lets a start date name its sentence's
    nouns; the statement a reporting verb dates in the ``lead``)."""
    lo = max(seg.start, at - 160)
    window = ctx.text[lo:at]
    rel_day = _BEFORE_DAY.search(window)  # "agreed upon yesterday, Monday": the words before "yesterday"
    before = window[:rel_day.start()] if rel_day else window
    if (named := _relative_clause(i, start, end, when, before, lo) or _start_phase(i, start, end, when, before, lo)):
        return named  # "The truce that was announced on", "since the start of the strike on"
    of_day = _OF_DAY.search(before) or _ON_DAY.search(before) or rel_day and _AT_REL_DAY.search(before)
    if of_day and names_event(of_day) and (of_day.re is _OF_DAY or event_noun(of_day) in _EVENTS
                                        and _ON_DAY_OPENS.search(before, 0, of_day.start())):
        later = of_day.group("det").lower() in ("the", "this")  # "in a statement on Tuesday": a first dating
        return NounDay(start, end, i, frozenset({event_noun(of_day)}), when, None,
                       (lo + of_day.start(), end) if later else None, phrase_words(of_day))
    if (during := _during(i, start, end, when, before, lo, rel_day is not None)):
        return during  # "during a field visit to the dam today, Tuesday", "during the same visit, yesterday"
    verb = last_search(_VERB_END, before)
    if verb and (verb.group("aux") or verb.group("verb").lower() not in REPORTING):
        # "the convoy set off today", "the two sides met today": not "the governor announced on Monday"
        clause = before[:verb.start()]
        cut = _CLAUSE_START.match(clause)
        at, to = (cut.end() if cut else 0), len(clause)
        if (np := _PUT_ASIDE.search(clause)) is not None:
            at, to = np.span("np")  # "the convoy, which carries 1.3 million litres, set off": the noun before the aside
        clause = clause[at:to]
        if (ref := _subject_reference(ctx, i, start, end, when, verb, clause, lo + at)):
            return ref
        if any({w.lower() for w in n.group("mods").split()} & _OTHER - {"new", "first"}
               for n in _NOUN_PHRASE.finditer(clause)):  # (a first dating: "a new convoy set off today")
            return None  # "the second unit will be inaugurated on 1 December": another instance's event
        nouns = {event_noun(n) for n in _NOUN_PHRASE.finditer(clause) if names_event(n, first=True)
                 and (_of_event(verb) or event_noun(n) in _EVENTS)}  # (an event noun is the event: "the attack targeted")
        nouns |= _VERB_NOUNS.get(" ".join(verb.group("verb").lower().split()), frozenset())
        obj = _OBJECT.match(ctx.text, end, seg.end) if not _of_event(verb) else None
        if obj and names_event(obj, first=True):  # "launched today, Tuesday, an offensive": its object is the event
            nouns.add(event_noun(obj))
        if nouns:
            return NounDay(start, end, i, frozenset(nouns), when, _phase(verb.group("verb")))
    if (named := _object_dating(ctx, i, start, end, when, before) or _named_after(ctx, seg, i, start, end, when)):
        return named  # "signed the agreement on Monday", "on Saturday, the start of the strike"
    if lead and _REPORT_END.search(before):  # "announced on Tuesday, February 18, that": the lead's statement
        return NounDay(start, end, i, _STATEMENT, when, None)
    if marker and _START_MARKER.search(before):
        nouns = {event_noun(n) for n in _DEFINITE.finditer(ctx.text, max(seg.start, at - 400), at)
                 if names_event(n)}  # (bounded: a long sentence of many dates is not read again per date)
        return NounDay(start, end, i, frozenset(nouns), when, "start") if nouns else None
    return None


def _object_dating(ctx, i: int, start: int, end: int, when: tuple, before: str) -> NounDay | None:
    """The object a verb before the date dates: "signed the agreement on", "approved a decree on"."""
    obj = last_search(_VERB_OBJECT_END, before)
    if obj and obj.group("verb").lower() not in REPORTING and names_event(obj, first=True):
        named = _VERB_NOUNS.get(" ".join(obj.group("verb").lower().split()), frozenset())  # "inaugurated the hospital"
        return NounDay(start, end, i, frozenset({event_noun(obj)}) | named, when, _phase(obj.group("verb")))
    return None


def _named_after(ctx, seg, i: int, start: int, end: int, when: tuple) -> NounDay | None:
    """The event a weekday dates named after it: "on Saturday, the start of the strike", or what an
    event of that day was part of ("the killing of 5 terrorists ... in a joint airborne operation")."""
    if when[0] != "wd":
        return None
    after = _START_OF.match(ctx.text, end, seg.end)
    if after and names_event(after, first=True):
        return NounDay(start, end, i, frozenset({event_noun(after)}), when, "start")
    after = _EVENT_OF.match(ctx.text, end, seg.end)
    if after:  # "the killing of 5 terrorists ... in a joint airborne operation": what the event was part of
        tail = ctx.text[after.end():min(seg.end, after.end() + 160)]
        nouns = {event_noun(n) for n in _NOUN_PHRASE.finditer(tail)
                 if n.group(0)[:1] in "aA" and names_event(n, first=True) and _DURING.search(tail, 0, n.start())}
        # (an indefinite noun, introduced here, that the event took place in: not "in connection with a bombing")
        if nouns:
            return NounDay(start, end, i, frozenset(nouns), when, "whole")
    return None


def _relative_clause(i: int, start: int, end: int, when: tuple, before: str, lo: int) -> NounDay | None:
    """"The truce that was announced on", "its session held on": the noun of a relative clause."""
    rel = last_search(_RELATIVE, before)
    if rel and (head := _event_head(rel, before)):
        return NounDay(start, end, i, frozenset({event_noun(head)}), when, _phase(rel.group("verb")),
                       (lo + head.start(), end), phrase_words(head), said_same(head))
    if rel and names_event(rel, first=rel.group("det").lower() not in ("the", "this")) \
            and (event_noun(rel) in _EVENTS or rel.group("reduced") is None and _of_event(rel)):
        later = rel.group("det").lower() in ("the", "this")  # "its session held", "a meeting held": a first dating
        return NounDay(start, end, i, frozenset({event_noun(rel)}), when, _phase(rel.group("verb")),
                       (lo + rel.start(), end) if later else None, phrase_words(rel), later and said_same(rel))
    return None


def _event_head(rel: re.Match, before: str) -> re.Match | None:
    """"the grounding of the ship, which took place on Friday": a verb only an event takes follows the
    complement of an event noun (the ship did not take place; the grounding did); so does a start said
    with "which" ("the visit of the minister, which began yesterday": the minister did not begin)."""
    verb = " ".join(rel.group("verb").lower().split())
    # ("the visit of the minister, which began yesterday": "which", not "who", and a start: the visit began)
    begun = _phase(verb) == "start" and re.search(r"\bwhich\b", rel.group(0)) is not None
    if rel.group("det").lower() != "the" or verb not in _EVENT_ONLY and not begun or event_noun(rel) in _EVENTS:
        return None
    head = _HEAD_OF.search(before, 0, rel.start())
    return head if head and names_event(head) and (event_noun(head) in _EVENTS or begun and event_noun(head) in _LASTING) else None


def _during(i: int, start: int, end: int, when: tuple, before: str, lo: int, relative: bool) -> NounDay | None:
    """"announced during a field visit to the Mosul Dam today, Tuesday": the date of what happened during
    an event is the event's (a whole day: "the visit"); "during the same visit, yesterday, Monday" names
    it again, said to be the one told before, and so does the actor's own event dated by the report's
    day ("the minister, during his visit yesterday, Monday" after "inspected today, Tuesday"). Not "during
    the visit" alone, nor "his visit on Monday": another day of a visit of several days."""
    m = _DURING_NOUN.search(before)
    if m is None or not names_event(m, first=True):
        return None
    det = m.group("det").lower()
    same = det == "the" and said_same(m)
    later = same or relative and det in ("his", "her", "its", "their")
    return NounDay(start, end, i, frozenset({event_noun(m)}), when, "whole",
                   (lo + m.start(), end) if later else None, phrase_words(m) if later else frozenset(), same)


def _start_phase(i: int, start: int, end: int, when: tuple, before: str, lo: int) -> NounDay | None:
    """"since the start of the strike on March 6", "the resumption of its flights on 21 January": a
    known event's start (an event noun, or one that lasts: event_days.toml [nouns] lasting)."""
    m = _START_PHASE_OF.search(before)
    if m is None or not names_event(m) or event_noun(m) not in _EVENTS and _singular(m.group("noun")) not in _LASTING:
        return None
    return NounDay(start, end, i, frozenset({event_noun(m)}), when, "start", (lo + m.start(), end), phrase_words(m))


def _subject_reference(ctx, i: int, start: int, end: int, when: tuple, verb: re.Match, clause: str,
                       at: int) -> NounDay | None:
    """"the contracts with the three companies were signed on 17 October", "the handover ceremony was held
    on Sunday": a definite event subject of a passive or intransitive verb (``clause``, at offset ``at``,
    the words before it) is a known event dated again. The words of its party ("with the three
    companies") must be named where it was dated first, as a modifier's are."""
    subj = _SUBJECT.fullmatch(clause)
    if subj is None or not _of_event(verb) or not names_event(subj):
        return None
    party = {w.lower() for w in _WORD.findall(subj.group("pp") or "")} - _FUNCTION
    return NounDay(start, end, i, frozenset({event_noun(subj)}), when, _phase(verb.group("verb")),
                   (at + subj.start("det"), end), phrase_words(subj) | party,
                   also=_VERB_NOUNS.get(" ".join(verb.group("verb").lower().split()), frozenset()))
    # ("the show will reopen on July 1" dates the reopening too: "the reopening of the show on July 15")


def _of_event(m: re.Match) -> bool:
    """Whether the subject of the verb matched is the event ("the truce was signed", "the convoy set
    off"), not an actor ("the delegation met", "the army launched")."""
    aux = {w.lower() for w in _WORD.findall(m.group(0)[:m.start("verb") - m.start()])}
    if m.groupdict().get("subj"):
        return True  # "the decision, which the court took": the noun is the verb's object, the event
    return bool(aux & _PASSIVE) or " ".join(m.group("verb").lower().split()) in _INTRANSITIVE


def _phase(verb: str) -> str:
    return _PHASE[" ".join(verb.lower().split())]


def _weekday_datings(ctx, mentions, days, quoted=lambda _: False) -> list[NounDay]:
    """Dates that date an event noun: "the truce, which was agreed upon yesterday, Monday",
    "Saturday's truce", "The convoy, which set off on Sunday, June 7" (by its weekday, and by its
    month and day: "the decision, which was issued on the 3rd of this month"; a date of a known year
    by its weekday too: "The statement issued on 5 February 2026", a Thursday, after "said in a
    statement on Wednesday"). ``days``: the report's relative days, whose datings are marked.
    Dates inside quotations count too: a weekday or a date is the same day whoever says it ("since
    the start of the strike on March 6" in a worker's quote against "The strike began on Sunday,
    March 9"); only a speaker's relative day ("yesterday") counts from when they spoke."""
    out = []
    relative = {d.end for d in days}  # "today, Tuesday(, November 11)" ends where its weekday ends
    lead = next((m.sentence for m in mentions if m.part == "body"), None)  # the first dated body sentence
    for m in mentions:
        if m.shifted and not COMING.search(ctx.text, max(0, m.start - 8), m.start) \
                or m.part not in ("body", "standfirst") or m.weekday is None and not m.has_date:
            continue  # "last Monday", "every Monday": another week; "next Wednesday" names its weekday
            # (a speaker's coming weekday counts from the report's day: analysis/date_policy.py)
            # (the standfirst states the story's facts: "The session will be held on Tuesday, October 7")
        seg = ctx.sentences[m.sentence]
        whens = ([("wd", frozenset(m.weekdays()))] if m.weekday is not None else []) \
            + ([("month", m.month, m.day, m.any_year, m.year is not None)] if m.has_date and not _OTHER_YEAR.match(ctx.text, m.end, seg.end)
               else [])  # (two weekdays: "the night of Friday to Saturday"; a year-less date: the story's year)
        if m.weekday is None and len(whens) == 1 and not m.last_year and (day := m.as_date()) is not None:
            whens.append(("wd", frozenset({day.weekday()})))
        if _ATTRIBUTIVE.search(ctx.text, max(seg.start, m.start - 8), m.start):  # "the May 12 inauguration"
            after = _POSSESSED.match(ctx.text, m.end, seg.end)
            if after and names_event(after) and event_noun(after) in _EVENTS:
                out.extend(NounDay(m.start, m.end, m.sentence, frozenset({event_noun(after)}), when,
                                   None, (m.start - 4, after.end()), phrase_words(after)) for when in whens)
                continue
        if m.possessive:  # "Saturday's truce": a later reference by its day
            after = _POSSESSED.match(ctx.text, m.end, seg.end)
            if after and names_event(after):
                out.append(NounDay(m.start, m.end, m.sentence, frozenset({event_noun(after)}), whens[0],
                                   None, (m.start, after.end())))
            continue
        at = m.weekday_span[0] if m.weekday_span else m.start
        # (a speaker's "yesterday, Sunday" counts from the report's day too when the sentence gives him no
        # day of his own: "the visit of the minister, which began yesterday, Sunday" in a governor's quote)
        said_today = quoted(m.start) and _BEFORE_DAY.search(ctx.text, max(seg.start, at - 30), at) is not None \
            and _spoken_today(ctx, seg, quoted, None)
        coming = m.shifted  # "next Wednesday": counted from the report's day (date_policy.py)
        out.extend(replace(d, relative=(m.weekday_span or (m.start, m.end))[1] in relative or said_today or coming,
                           dated=m.has_date,
                           derived=when[0] == "wd" and m.weekday is None) for when in whens
                   if (d := _dating(ctx, seg, m.sentence, m.start, m.end, at, when, when[0] == "month",
                                    m.sentence == lead)))
    return out


def _relative_refs(ctx, days, quoted) -> list[NounDay]:
    """"yesterday's meeting", "The truce that was announced yesterday" in a report whose day the
    article gives ("met today, Tuesday"): later references by a relative day alone (its weekday
    counted from the report's day)."""
    if not days:
        return []
    report, out = days[0].report_weekday, []
    for i, seg in sentences_holding(ctx, _REL_NEEDLES, ctx.content_sentences):
        if seg.part != "body":
            continue
        spoke_today = None  # whether a quotation here was spoken on the report's day (read when needed)
        for m in _REL_POSSESSIVE.finditer(ctx.text, seg.start, seg.end):
            if quoted(m.start()) and not (spoke_today := _spoken_today(ctx, seg, quoted, spoke_today)):
                continue
            if names_event(m):
                wd = (report + _REL_OFFSET[m.group("rel").lower()]) % 7
                out.append(NounDay(m.start(), m.end("rel"), i, frozenset({event_noun(m)}),
                                   ("wd", frozenset({wd})), None, (m.start(), m.end())))
        for m in _BARE_REL.finditer(ctx.text, seg.start, seg.end):
            if quoted(m.start()) and not (spoke_today := _spoken_today(ctx, seg, quoted, spoke_today)):
                continue
            wd = (report + _REL_OFFSET[" ".join(m.group().lower().split())]) % 7
            d = _dating(ctx, seg, i, m.start(), m.end(), m.start(), ("wd", frozenset({wd})), False)
            if d is not None and d.ref_span is not None:  # only a later reference: "The truce that was agreed"
                out.append(d)
    return out


def _start_datings(ctx, mentions, quoted) -> list[NounDay]:
    """Start dates of measures: "starting from the first of April", "which starts from the
    beginning of May" (a month alone, or a day of it; a full date is _weekday_datings')."""
    out = []
    dated_ends = {m.end for m in mentions if m.has_date}
    for i, seg in sentences_holding(ctx, _MONTH_NEEDLES, ctx.content_sentences):
        if seg.part != "body":
            continue
        for w in _WHEN.finditer(ctx.text, seg.start, seg.end):
            if quoted(w.start()) or w.end() in dated_ends or _OTHER_YEAR.match(ctx.text, w.end(), seg.end):
                continue
            month = next(_MONTH_NUM[w.group(g).lower()] for g in ("m1", "m2", "m3", "m4", "m5", "m6") if w.group(g))
            day = w.group("ord") or w.group("d2") or w.group("d3")
            if day is not None:
                day = _ORDINALS.get(day.lower()) or int(re.match(r"\d+", day).group())
            year = int(w.group("year")[-4:]) if w.group("year") else None
            d = _dating(ctx, seg, i, w.start(), w.end(), w.start(), ("month", month, day, year, year is not None), True)
            if d is not None:
                out.append(d)
    return out


def conflicts(ctx, mentions, days, quoted) -> list[NounDayConflict]:
    """Later references to an event noun dated on another day than the earlier datings of that
    noun, which agree on one day. ``days``: the article's relative days ("today, Tuesday")."""
    datings = sorted(_weekday_datings(ctx, mentions, days, quoted) + _start_datings(ctx, mentions, quoted)
                     + _relative_refs(ctx, days, quoted), key=lambda d: d.start)
    # (noun, kind, phase) -> [its first dating, whether all its datings agree with it]: constant work
    # per reference however often a noun is dated (linear time on long articles)
    index: dict[tuple, list] = {}
    first: dict[str, int] = {}  # a weekday's or month's first offset in the article
    pending: list[NounDay] = []  # the datings of the sentence being read: a reference looks at other sentences
    out = []
    for d in datings:
        if pending and pending[0].sentence != d.sentence:
            add(index, pending)
            pending = []
        if d.ref_span is not None:
            c = conflict(ctx, index, d, first)
            # a plan is compared with a plan only: "The session will be held on Tuesday, October 7" ...
            # "the session next Wednesday will be decisive" (one schedule said two ways), not with what
            # took place ("met on Sunday" ... "will meet again on Thursday")
            if c is not None and (not planned(ctx, d) or planned(ctx, c.ref)):
                out.append(c)
        if not another_kind(ctx, index, d):
            pending.append(d)
    if pending:
        add(index, pending)
    weeks = last_week.references(ctx, quoted, lambda seg, i, s, e: _dating(ctx, seg, i, s, e, s, ("wd", _ANY_DAY), False),
                                 lambda seg: _spoken_today(ctx, seg, quoted, None))
    out += [NounDayConflict(ref, d) for ref, d in last_week.conflicts(ctx, index, weeks, modifiers_named)]
    return out + [NounDayConflict(_feast_day(ctx, ref), _feast_day(ctx, later))
                  for ref, later in holiday_conflicts(ctx, mentions, quoted)]


def _feast_day(ctx, dating: tuple) -> NounDay:
    """A feast's dating (analysis/holiday_days.py) as a noun's: "Eid al-Adha, which is expected on"."""
    m, _, span = dating
    name = re.match(r"(?:the )?(?:first )?(?:day of )?(?:the )?(\w+)", ctx.text[span[0]:span[1]], re.I).group(1)
    when = ("month", m.month, m.day, m.any_year, m.year is not None) if m.has_date else ("wd", frozenset(m.weekdays()))
    return NounDay(m.start, m.end, m.sentence, frozenset({name.lower()}), when, None, span)



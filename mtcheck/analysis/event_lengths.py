"""A stated length of an event against the dates the article gives its start and its end, in other
sentences: "the trial, which began on October 6, 2024, lasted for two months" and the verdict
"today, Wednesday, January 22, 2025"; "a two-week training course" and "the course, which will be
held from Sunday, October 6 to Thursday, October 10"; "the campaign will continue for seven days,
starting from Sunday, 15 September" and "the campaign will end on 25 September". (A length and the
two dates that bound it in one sentence are stated_spans.py's.)

The length belongs to the noun that governs it: the noun it modifies ("a two-week course"), or the
subject of its verb ("the outage, which lasted five days", "the campaign will continue for"), or the
noun it complements ("an absence of five weeks"). The noun's bounds are read where a sentence names
it again: a range ("the course ... from October 6 to October 10"), or a start ("the trial of the
accused began on February 2") and an end ("the campaign will end on 25 September"); for a length
said in the past tense, also the sentence that dates what ends such an event (data/events.toml
[lasting_ends]: the verdict ends a trial, services restored end an outage). Each bound must be
the only one the article gives the noun, or which is meant is not said, and nothing is read.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import lexicon
from .dates import EVENT_FAMILIES, DateMention
from .month_spans import conflicts as month_conflicts
from .month_spans import said_of
from .nth_days import conflicts as nth_day_conflicts
from .nth_days import gap_conflicts
from .report_day import dateline_date
from .runs import by_sentence
from .stated_spans import NUMBER_WORDS, SpanConflict, length_conflict, mention_day, report_mention, sentence_lengths
from .time_spans import ranges as read_ranges

_SP = r"[ \u00a0]+"
_ENDS = {noun: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
         for noun, words in lexicon.load("events.toml")["lasting_ends"].items()}
_PAST = re.compile(r"^(?:lasted|continued|ran|took|spanned|went)\b", re.IGNORECASE)
_VERB = (r"(?P<verb>lasted|lasts|lasting|continued|continues|continuing|ran|runs|running|spanned|spans|extends|extended"
         r"|extending|went" + _SP + r"on|took|(?:will|would|is" + _SP + r"to|are" + _SP + r"to|to)" + _SP
         + r"(?:last|continue|run|extend|take|go" + _SP + r"on)"
         # "has a duration of 18 months", "will be implemented over a period of 18 months"
         r"|(?:has|had|have|with)" + _SP + r"a" + _SP + r"duration" + _SP + r"of"
         r"|(?:will|would|is|are|was|were|to)" + _SP + r"(?:be" + _SP + r")?(?:implemented|carried" + _SP + r"out|executed"
         r"|completed)" + _SP + r"(?:over|within|in|during)" + _SP + r"(?:a" + _SP + r"period" + _SP + r"of)?)")
# "the outage, which lasted five days", "a trial that lasted three months", "The trial, which began
# on October 6, 2024, lasted for two months", "the campaign will continue for"
_SUBJECT = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)" + _SP + r"(?:[a-z]+" + _SP + r"){0,2}?(?P<noun>[a-z]{4,})"
                      # ("the drainage project in the south and east of Jeddah, which ..., has a duration of")
                      r"(?:" + _SP + r"(?:of|in|at|for|on)" + _SP + r"[^,;:.]{1,60}?)?"
                      r"(?:,(?:[^;:.]|\.(?=\d)){3,120}?,|,?" + _SP + r"(?:which|that)"
                      # "the trial began on 2 March 2025 and lasted eight months"
                      r"|" + _SP + r"(?:began|started|opened|commenced)\b(?:[^;:.]|\.(?=\d)){3,80}?,?" + _SP + r"and)?"
                      + _SP + r"(?:has" + _SP + r"|had" + _SP
                      + r")?" + _VERB + r"(?:" + _SP + r"for)?" + _SP + r"$")
# "a two-week training course", "the 45-day campaign"
_MODIFIED = re.compile(r"[ \u00a0-]*(?P<first>[a-z]{3,})(?:" + _SP + r"(?P<second>[a-z]{4,}))?\b")
# "an absence of five weeks", "a closure of ten days"
# "a truce for 72 hours", "a truce for a period of three months"
_OF = re.compile(r"\b(?:[Tt]he|[Aa]n?)" + _SP + r"(?P<noun>[a-z]{4,})" + _SP + r"(?:of|for(?:" + _SP + r"a" + _SP
                 + r"period" + _SP + r"of)?)" + _SP + r"$")
# "during the 45 days of the season": the whole length of the event named after it
_THE_DAYS_OF = re.compile(r"\b(?:the|in|over|after)" + _SP + r"(?P<n>\d{1,3}|[a-z]+)" + _SP + r"(?P<unit>days|nights|weeks|months)" + _SP + r"of"
                          + _SP + r"(?:the" + _SP + r")?(?P<noun>[a-z]{4,})\b", re.IGNORECASE)
# nouns that name no event of their own ("the exam period": the exams')
_TRANSPARENT = frozenset("period duration time span length total stage phase".split())
_ORDINALS = frozenset("first second third fourth fifth sixth final last initial".split())
# words after "a two-week course" that are no part of its noun
_FUNCTION = frozenset("during which that with from under after before between since until into over about "
                      "through across against among within without".split())
_NOT_EVENTS = frozenset("which that this these those there days weeks months".split())
# a relative day between a cue and its date: "began today, Tuesday, 10 February", "concluded today, Thursday"
_CUE_DAY = r"(?:(?:today|yesterday)[ \u00a0,]*)?$"
_START = re.compile(r"\b(?:began|begun|begins|begin|started|starts|start|starting|beginning|launched|launch"
                    r"|broke" + _SP + r"out|erupted"
                    r"|opened|opens|commenced|commences|kicked" + _SP + r"off|kicks" + _SP + r"off)"
                    r"(?:" + _SP + r"(?:on|from|at" + _SP + r"dawn" + _SP + r"on|in|at))?[ \u00a0,]*" + _CUE_DAY, re.IGNORECASE)
_END = re.compile(r"\b(?:end|ends|ended|ending|concluded|concludes|conclude|close|closes|closed|finished|finishes|finish"
                  r"|expires|expired)(?:" + _SP + r"(?:on|in))?[ \u00a0,]*" + _CUE_DAY, re.IGNORECASE)
# a start cue after its date, in the length's own sentence: "at the start of a three-day official visit"
_START_AFTER = re.compile(r"\b(?:at|on|with)" + _SP + r"the" + _SP + r"(?:start|beginning|outset|opening)" + _SP + r"of" + _SP
                          + r"(?:a|an|his|her|its|their)" + _SP, re.IGNORECASE)
_AFTER_REACH = 200
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_CORRESPONDING = re.compile(r"(?:,?" + _SP + r"(?:corresponding|equivalent)" + _SP + r"to|[ \u00a0]*\()[ \u00a0]*$",
                            re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\b")
_FROM = re.compile(r"\b(?:from|between)" + _SP + r"$", re.IGNORECASE)
_UNTIL_GAP = re.compile(r",?" + _SP + r"(?:to|until|till|through|and)" + _SP, re.IGNORECASE)
_CUE_REACH = 40
_PERIOD = re.compile(r"\b(?:for|over|during)" + _SP + r"(?:a|the)" + _SP + r"(?:period|duration|term)" + _SP + r"of"
                     + _SP + r"$", re.IGNORECASE)
_PERIOD_NOUNS = 8
_PERIOD_IS = re.compile(r"\b(?:[Tt]he|[Ii]ts)" + _SP + r"(?:([a-z]{4,})" + _SP + r")?(?:period|duration|term)(?:" + _SP
                        + r"of" + _SP + r"(?:the" + _SP + r")?([a-z]{4,}))?" + _SP
                        + r"(?:is|was|will" + _SP + r"be|would" + _SP + r"be)" + _SP + r"$")
_OF_WORK = re.compile(_SP + r"of" + _SP + r"(?:the" + _SP + r")?(work|works|construction|implementation)\b", re.IGNORECASE)
_NUMBERS = frozenset(NUMBER_WORDS) | {str(n) for n in range(1, 400)}


def _key(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _nouns(ctx, seg, m: re.Match) -> list[tuple[str, bool]]:
    """The event nouns the length ``m`` may belong to, nearest first, each with whether the length is
    said in the past: the noun a hyphened length modifies, else every subject its verb may have ("the
    reopening of the crossing after a closure that lasted": the closure, then the reopening); the
    caller takes the first the article dates."""
    text = ctx.text
    before = text[max(seg.start, m.start() - 200):m.start()]
    if text[m.start("unit") - 1] == "-":
        after = _MODIFIED.match(text, m.end(), seg.end)
        if after is None:
            return []
        second = after.group("second")
        return [(_key(second if second and second not in _FUNCTION and not _verb_like(second) else after.group("first")),
                 False)]
    out = []
    for a in reversed(list(_ARTICLE.finditer(before))):
        s = _SUBJECT.match(before, a.start())
        if s is None:
            continue
        noun = s.group("noun")
        if noun in _TRANSPARENT:
            prior = re.search(r"([a-z]{4,})" + _SP + re.escape(noun) + r"\b", before)
            # ("the first phase, which lasted three days": the phase that one, not a "first")
            noun = "" if prior is None else f"{prior.group(1)} {noun}" if prior.group(1) in _ORDINALS else prior.group(1)
        if noun and noun not in _NOT_EVENTS:
            past = bool(_PAST.match(s.group("verb")))
            out.append((_key(noun), past))
            # ("the harvest campaign ..., which will extend for 45 days" ... "the harvesting ... from March 1")
            mod = re.search(r"([a-z]{4,})" + _SP + "$", before[a.end():s.start("noun")])
            if mod and mod.group(1) not in _FUNCTION | _NOT_EVENTS | _ORDINALS:
                out.append((_key(mod.group(1)), past))
    o = _OF.search(before)
    if not out and o is not None and o.group("noun") not in _TRANSPARENT | _NOT_EVENTS:
        out.append((_key(o.group("noun")), False))
    p = _PERIOD_IS.search(before)
    if not out and p and (p.group(1) or p.group(2)):  # "the implementation period is 18 months"
        out.append((_key(p.group(1) or p.group(2)), False))
    if not out and m.group("unit").lower().startswith("month"):
        work = _OF_WORK.match(text, m.end())  # "completed after 18 months of work"
        if work:
            out.append((_key(work.group(1)), False))
    if not out and m.group("unit").lower()[:3] in ("day", "wee", "hou") and _PERIOD.search(before):
        # "announced the opening of booking for ... units, for a period of 30 days": no noun governs
        # the length; the nouns before it, nearest first (the one the article dates is taken)
        words = re.findall(r"\b[a-z]{5,}\b", before[before.rfind(".") + 1:])
        out += [(_key(w), False) for w in reversed(words) if w not in _FUNCTION | _NOT_EVENTS | _TRANSPARENT][:_PERIOD_NOUNS]
    return out


_VERB_WORDS = frozenset("will would shall could should must were have began ended ends starts lasted".split())


def _verb_like(word: str) -> bool:
    """The clause's verb after "the three-week campaign" ("showed", "will"), no second noun of it."""
    return word in _VERB_WORDS or word.endswith("ed")


def _names(ctx, seg, noun: str, before: int) -> bool:
    """Whether the sentence names the event noun before offset ``before``, or a noun of its kind ("the
    operation, which lasted three days" ... "carried out the pursuit between November 8 and 14")."""
    if said_of(noun).search(ctx.text, seg.start, before) is not None:
        return True
    kin = _kin(noun)
    return kin is not None and kin.search(ctx.text, seg.start, before) is not None


@lru_cache(maxsize=256)
def _kin(noun: str) -> re.Pattern | None:
    """The nouns of the noun's event family (events.toml [families]), or None."""
    families = EVENT_FAMILIES.get(noun, set())
    words = sorted(w for w, f in EVENT_FAMILIES.items() if f & families and w != noun and " " not in w)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE) if words else None


_OBJECT_AFTER = re.compile(r"(?:,?" + _SP + r"\d{4})?(?:,?" + _SP + r"corresponding" + _SP + r"to" + _SP + r"[^,;.]{3,40}?"
                           r"\b(?:AH|H)\b)?,?" + _SP + r"(?:a|an|the|its|their)" + _SP + r"(?:[a-z-]+" + _SP + r"){0,3}?")


def _object(ctx, noun: str, d: DateMention) -> bool:
    """A start or end verb's object right after its date: "launched today, Wednesday, May 20, 2026, a national
    awareness campaign"; "concluded today, Thursday, November 26, 2026, corresponding to 15 Jumada al-Akhira
    1448 AH, the hearing of the appeals"."""
    return _object_rx(noun).match(ctx.text, d.end) is not None


@lru_cache(maxsize=256)
def _object_rx(noun: str) -> re.Pattern:
    return re.compile(_OBJECT_AFTER.pattern + said_of(noun).pattern, re.IGNORECASE)


_AFTER_RANGE = 60


def _named_after(ctx, noun: str, r) -> bool:
    """A range followed by its event: "carried out, from Sunday, June 1, to Tuesday, June 3, a wide
    operation"; "during the period from February 1 to February 15, as part of a campaign"."""
    seg = ctx.sentences[r.sentence]
    return said_of(noun).search(ctx.text, r.end, min(seg.end, r.end + _AFTER_RANGE)) is not None


class _Bounds:
    """The article's start and end dates, read once; each event noun's bounds, found once (a long
    article states many lengths of a few events: the cost stays linear)."""

    def __init__(self, ctx, dated: list[DateMention], ranges, report: DateMention | None,
                 mentions: list[DateMention]):
        self.ctx, self.ranges, self.report = ctx, ranges, report
        self.cued: list[tuple[DateMention, str]] = []  # dated mentions after a start or an end cue
        self.by_sentence = by_sentence(dated)
        for d in dated:
            seg = ctx.sentences[d.sentence]
            # ("starting from Saturday, 15 Ramadan 1446 AH, corresponding to March 15": the cue is the
            # Hijri date's, read before its weekday)
            said = _CORRESPONDING.search(ctx.text, max(seg.start, d.start - 30), d.start)
            first = said and next((m for m in reversed(mentions) if m.sentence == d.sentence
                                   and said.start() - 40 <= m.end <= said.start()), None)
            at = first.start if first else d.start
            lead = ctx.text[max(seg.start, at - _CUE_REACH):at]
            kind = "start" if _START.search(lead) else "end" if _END.search(lead) else None
            if kind is None and _START_AFTER.search(ctx.text, d.end, min(seg.end, d.end + _AFTER_REACH)):
                kind = "start"  # "received today, Tuesday, 10 February, ..., at the start of a three-day visit"
            if kind:
                self.cued.append((d, kind))
        self._nouns: dict[tuple[str, bool], tuple] = {}
        # "was closed from Tuesday, 3 September, until Monday, 9 September" in a story that writes no year:
        # time_spans reads ranges of full dates only
        self.year_less_ranges = [(a, b) for a, b in zip(dated, dated[1:]) if a.sentence == b.sentence
                                 and a.as_date() is None and _FROM.search(ctx.text, max(0, a.start - 6), a.start)
                                 and _UNTIL_GAP.fullmatch(ctx.text, a.end, b.start)]

    def of(self, noun: str, past: bool, own: int):
        """(first, last) mentions that bound the noun's event, or None (none, or several candidates)."""
        span, starts, ends = self._read(noun, past)
        if span is not None:
            return span or None
        starts, ends = dict(starts), dict(ends)
        for d, kind in self.cued:
            if d.sentence == own:
                (starts if kind == "start" else ends).setdefault(mention_day(d), d)
        if len(starts) != 1 or len(ends) != 1:
            return None
        return next(iter(starts.values())), next(iter(ends.values()))

    def start_of(self, noun: str) -> DateMention | None:
        """The one dated start of the noun's event ("the fires that broke out on Thursday, July 30")."""
        _, starts, _ = self._read(_key(noun), False)
        return next(iter(starts.values())) if len(starts) == 1 else None

    def _read(self, noun: str, past: bool):
        key = (noun, past)
        if key not in self._nouns:
            self._nouns[key] = self._noun_bounds(noun, past)
        return self._nouns[key]

    def _noun_bounds(self, noun: str, past: bool):
        """(range, starts, ends): the noun's one range ((first, last); () for several), else its
        start and end dates by day."""
        ctx = self.ctx
        spans = {(r.first, r.last): r for r in self.ranges if _names(ctx, ctx.sentences[r.sentence], noun, r.start)
                 or _named_after(ctx, noun, r)}
        if len(spans) == 1:
            r = next(iter(spans.values()))
            inside = [d for d in self.by_sentence.get(r.sentence, ()) if r.start <= d.start < r.end]
            if len(inside) == 1 and mention_day(inside[0]) == r.last != r.first:
                # "from 1 to 6 March": the first day is written as a bare number, no date of its own
                day = re.match(r"\d{1,2}", self.ctx.text[r.start:inside[0].start])
                first = replace(inside[0], start=r.start, end=r.start + (day.end() if day else 0), month=r.first.month,
                                day=r.first.day, weekday=None, weekday_span=None)
                return (first, inside[0]), {}, {}
            if inside:
                return (inside[0], inside[-1]), {}, {}
        if spans:
            return (), {}, {}
        pairs = {(mention_day(a), mention_day(b)): (a, b) for a, b in self.year_less_ranges
                 if _names(ctx, ctx.sentences[a.sentence], noun, a.start)}
        if len(pairs) == 1:
            return next(iter(pairs.values())), {}, {}
        starts, ends = {}, {}
        for d, kind in self.cued:
            if _names(ctx, ctx.sentences[d.sentence], noun, d.start) or _object(ctx, noun, d):
                (starts if kind == "start" else ends).setdefault(mention_day(d), d)
        if past and not ends and noun in _ENDS:
            ends = self._ended(noun)
        return None, starts, ends

    def _ended(self, noun: str) -> dict:
        """The dates of the sentences that say what ends such an event ('issued today, Monday, July
        14, 2025, ... a sentence of imprisonment'): their own date, else the report's day for 'today'."""
        ctx, out = self.ctx, {}
        for k, seg in ctx.content_sentences:
            if not _ENDS[noun].search(ctx.text, seg.start, seg.end):
                continue
            own = self.by_sentence.get(k)
            if own:
                out.setdefault(mention_day(own[0]), own[0])
            elif self.report is not None and _TODAY.search(ctx.text, seg.start, seg.end):
                out.setdefault(mention_day(self.report), self.report)
        return out


def conflicts(ctx, mentions: list[DateMention]) -> list[SpanConflict]:
    """Machine-translated copy only: wire copy states lengths of events it dates loosely on purpose."""
    if not ctx.machine_translated:
        return []
    dated = [m for m in mentions if m.has_date and not m.last_year and not m.hijri and mention_day(m) is not None]
    if len(dated) < 2:
        return month_conflicts(ctx, _nouns)
    report = report_mention(ctx, mentions) or dateline_date(ctx, mentions)
    bounds_of = None
    by_start = {d.start: d for d in dated}
    out, from_today = [], []
    for k, seg in ctx.content_sentences:
        lengths = sentence_lengths(ctx, seg)
        from_today += _from_today(ctx, seg, lengths, by_start, report)
        whole = [m for m in _THE_DAYS_OF.finditer(ctx.text, seg.start, seg.end) if m.group("n").lower() in _NUMBERS]
        if len(lengths) + len(whole) != 1:
            continue
        m, rough = lengths[0] if lengths else (whole[0], False)
        found = _nouns(ctx, seg, m) if lengths else [(_key(whole[0].group("noun")), False)]
        if not found:
            continue
        if bounds_of is None:
            bounds_of = _Bounds(ctx, dated, read_ranges(ctx, mentions), report, mentions)
        bounds = next((b for noun in found if (b := bounds_of.of(*noun, k)) is not None), None)
        if bounds is not None:
            c = length_conflict(m, rough, *bounds)
            if c is not None:
                out.append(c)
    if bounds_of is None:
        bounds_of = _Bounds(ctx, dated, read_ranges(ctx, mentions), report, mentions)
    out += nth_day_conflicts(ctx, bounds_of.start_of, report)  # "for the tenth consecutive day"
    out += gap_conflicts(ctx, dated, report)  # "the signing came two days after the approval ... on February 17"
    return _one_per_span(ctx, out + from_today + month_conflicts(ctx, _nouns))  # "18 months" ... "between January and December 2027"


def _one_per_span(ctx, found: list[SpanConflict]) -> list[SpanConflict]:
    """One finding per pair of bounds: the body's length, not the standfirst's that repeats it ("a
    three-month truce" ... "a truce for a period of three months" ... "began on 6 May and expires on 6 June")."""
    def rank(c):
        return ctx.sentences[ctx.sentence_at(c.start)].part != "body"
    best: dict[tuple[int, int], SpanConflict] = {}
    for c in found:
        key = (c.first.start, c.last.start)
        if key not in best or rank(c) < rank(best[key]):
            best[key] = c
    return [c for c in found if best[(c.first.start, c.last.start)] is c]


# "will be discharged within five days, on Thursday, April 16": a length from the report's day to the date set
# right beside it
_WITHIN = re.compile(r"\b(?:within|in|after)" + _SP + r"$", re.IGNORECASE)
_ON_DATE = re.compile(r",?" + _SP + r"(?:on|by)" + _SP)


def _from_today(ctx, seg, lengths: list[tuple[re.Match, bool]], by_start: dict[int, DateMention],
                report: DateMention | None) -> list[SpanConflict]:
    """The sentence's lengths that run from the report's day to a date set right beside them."""
    if report is None:
        return []
    out = []
    for m, rough in lengths:
        if not _WITHIN.search(ctx.text, max(seg.start, m.start() - 8), m.start()):
            continue
        on = _ON_DATE.match(ctx.text, m.end())
        d = by_start.get(on.end()) if on else None
        if d is not None and d is not report and mention_day(d) > mention_day(report):
            c = length_conflict(m, rough, report, d)
            if c is not None:
                out.append(c)
    return out


"""date-mismatch: a weekday that contradicts its date, an impossible date, one event dated two ways."""
from __future__ import annotations

import re

from ..analysis.date_words import date_text as _date_text
from ..analysis.date_words import days_apart as _days_apart
from ..analysis.date_words import impossible, wrong_weekday
from ..analysis.date_words import with_weekday as _with_weekday
from ..analysis.date_events import DatedEvent, attach_events
from ..analysis.dates import DateMention, month_name, weekday_name
from ..analysis.attributive_days import conflicts as attributive_conflicts
from ..analysis.budget_years import conflicts as draft_budget_conflicts
from ..analysis.day_offsets import day_offsets, fits
from ..analysis.event_index import EventIndex
from ..analysis.event_conflicts import event_conflicts
from ..analysis.gc_pause import no_cycle_collection
from ..analysis.hijri import as_mentions as hijri_mentions
from ..analysis.hijri import conflicts as hijri_conflicts
from ..analysis.hijri import message as hijri_message
from ..analysis.hijri_weekdays import conflicts as hijri_weekday_conflicts
from ..analysis.hijri_yearless import as_mentions as yearless_hijri
from ..analysis.noun_days import conflicts as noun_day_conflicts
from ..analysis.past_events import conflicts as past_event_conflicts
from ..analysis.quotes import QuoteIndex
from ..analysis.relative_days import dated as dated_relatives
from ..analysis.relative_days import relative_days
from ..analysis.relative_days import weekday_fixed as _weekday_fixed
from ..analysis.report_day import dateline_date, filed_before_statement, month_conflicts, today_after_lead
from ..analysis.shifted_days import conflicts as shifted_day_conflicts
from ..analysis.adjournments import conflicts as adjournment_conflicts
from ..analysis.statement_media import conflicts as medium_conflicts
from ..analysis.start_slips import conflicts as start_slip_conflicts
from ..analysis.start_slips import message as start_slip_message
from ..analysis.event_lengths import conflicts as event_length_conflicts
from ..analysis.stated_spans import conflicts as span_conflicts
from ..analysis.stated_spans import message as span_message
from ..analysis.story_day import conflicts as story_day_conflicts
from ..analysis.lead_backrefs import conflicts as lead_backref_conflicts
from ..analysis.timed_days import conflicts as timed_conflicts
from ..analysis.timeline import conflicts as timeline_conflicts
from ..analysis.timeline import message as timeline_message
from ..analysis.year_less import same_date_two_weekdays, weekdays_apart
from .base import Check, Document, same_pair

class DateMismatch(Check):
    rule = "date-mismatch"
    code = "MT202"
    doc = "Flags a weekday that contradicts its date, an impossible date, or one event given two dates."
    explanation = """\
    Flags a weekday that contradicts its date ("Monday, 3 March 2021" was a Wednesday), an
    impossible date (31 April), and one event given two different dates in one article (also
    through "the operation" pointing back at the story's first dated event). Relative dates are
    checked against each other, the dateline and dated events ("today, Wednesday" ... "yesterday,
    Monday" of the same day), days counted from a date must land on the weekday written ("two
    days later, on Wednesday" after Sunday), and a Hijri date must match its Gregorian partner
    (and one Hijri day may have only one). One event pinned to a part of the day is compared
    across its mentions ("at dawn today, Tuesday" ... "the operation, which began at the dawn of
    Wednesday"), and so is a past event named by its place ("the collision near Girga in August
    2022" ... "the Girga collision of August 2020"), and so is a draft budget given another fiscal
    year ("the draft budget for the fiscal year 2027" ... "the draft budget of 2028"). The lead's event named again later on a day
    the article names there first is flagged too ("died ... on Thursday evening" ... "the incident
    of last Tuesday"; a quoted speaker's weekday counts, his "yesterday" does not), and so is a
    season's start dated again ("began harvesting ... on Sunday" ... "the harvest was launched
    yesterday, Saturday"). A relative day told by a dated statement must not put the report
    before that statement ("said on Tuesday that the convoy arrived yesterday, Sunday"; "in a
    statement on Sunday" ... "launched yesterday, Friday, the statement said"), nor give it another
    day than the lead's statement ("announced on Tuesday" ... "stated today, Wednesday"). One event
    named again by its noun must keep its day ("the truce, which was agreed upon yesterday, Monday"
    ... "The truce that was announced on Saturday"; "announced today, Wednesday, the departure of a
    convoy" ... "The convoy, which set off on Thursday"; "starting from the first of April" ...
    "the reduction, which starts from the beginning of May"; "met today, Tuesday" ... "yesterday's
    meeting"), and so must the lead's statement named again by its medium ("announced today, Tuesday"
    ... "said in a statement" ... "in its statement issued yesterday, Monday"). A date used as an
    adjective names a known event: "the March 5 raids" where the article dates only its lead's event,
    on March 3, is that event on another day; so is "since 13 March" after "since 3 March" (a digit
    slipped in one start date). In an article without a year, one weekday and date fix the others ("Sunday, June
    21" makes July 10 a Friday). Every expression of time is also read as the days it may stand for,
    counted from the report's day ("next Sunday", "last week", "three days ago"), and keyed by the event
    its clause names: "signed on Monday, November 10" ... "the contract that was signed last Thursday"
    share no day; a length must fit the range of the same event ("a ten-day drive" ... "from October 27
    to November 14").

    Dates are often recomputed or mistranslated by machine translation (weekday names especially); a
    wrong date misleads readers about when something happened.
    """
    example = 'Parliament meets\n\nParliament will meet on Monday, 3 March 2021 to vote on the budget.\n'
    default_severity = 'error'

    def run(self, ctx: Document):
        with no_cycle_collection():  # many small objects, no cycles (analysis/gc_pause.py)
            findings = list(self._findings(ctx))
        yield from findings

    def _findings(self, ctx: Document):
        mentions = ctx.dates
        self._clause_words: dict = {}  # a mention's clause words, read once however often compared
        flagged, pairs = set(), []  # the spans flagged; the findings of the second pass
        for d in mentions:
            f = self._impossible(ctx, d) or self._wrong_weekday(ctx, d)
            if f is not None:
                flagged.add((d.start, d.end))
                yield f
        # read once for both tests of dated events; a Hijri date alone dates its event too
        hijri = hijri_mentions(ctx) + yearless_hijri(ctx)
        quoted = QuoteIndex(ctx.text).inside
        days = relative_days(ctx, quoted)  # read once for the relative-date tests
        # "docked yesterday, Monday" after "announced on Tuesday, 4 November": Monday is 3 November
        on_days = dated_relatives(mentions, days)
        events = attach_events(ctx, sorted(on_days + hijri, key=lambda d: d.start) if hijri else on_days)
        for f in list(self._same_date_two_weekdays(ctx, mentions)) + list(self._weekdays_apart(ctx, mentions)) \
                + list(self._events(ctx, events)):
            if not any(s < f.end and f.start < e for s, e in flagged):  # one error, one finding
                flagged.add((f.start, f.end))
                yield f
        for f in list(self._hijri(ctx)) + list(self._against_dateline(ctx, mentions, days)) \
                + list(self._before_statement(ctx, mentions, days)) \
                + list(self._relative(ctx, days)) + list(self._relative_vs_dated(ctx, mentions, days)) \
                + list(self._counted_days(ctx, mentions, events, quoted)) + list(self._timed(ctx, days, quoted)) \
                + list(self._past_events(ctx, quoted)) + list(self._story_day(ctx, mentions, days, quoted)) \
                + list(self._noun_days(ctx, mentions + hijri, days, quoted)) + list(self._medium_days(ctx, days)) \
                + list(self._attributive(ctx, mentions, days, quoted)) + list(self._start_slips(ctx, mentions, quoted)) \
                + list(self._stated_spans(ctx, mentions, quoted)) + list(self._timeline(ctx, mentions, days)) \
                + [self.finding(ctx, "error", s, e, why) for s, e, why
                   in month_conflicts(ctx, mentions) + shifted_day_conflicts(ctx, mentions)
                   + adjournment_conflicts(ctx, mentions)]:
            if not any(s < f.end and f.start < e for s, e in flagged) and not same_pair(f, pairs):
                flagged.add((f.start, f.end))
                pairs.append(f)
                yield f

    def _against_dateline(self, ctx: Document, mentions: list[DateMention], days):
        """'Baghdad, November 5, 2024 (INA) - ... announced today, Sunday': November 5, 2024 was a
        Tuesday, and today is the dateline's day."""
        dl = dateline_date(ctx, mentions) if days else None
        if dl is None:
            return
        filed = dl.as_date()
        for d in days:
            if d.report_weekday != filed.weekday():
                yield self._report_day(ctx, d, f"but the dateline dates it {_date_text(dl)}, a "
                                              f"{weekday_name(filed.weekday())}", dl, filed.weekday())

    def _before_statement(self, ctx: Document, mentions: list[DateMention], days):
        """'said on Tuesday' ... 'visited the city yesterday, Sunday': the report filed a day before the
        statement it reports."""
        for d, said in filed_before_statement(ctx, mentions, days):
            yield self._report_day(ctx, d, f"before the statement it reports, dated {ctx.text[said.start:said.end]}",
                                   said, said.weekday)
        for d, said in today_after_lead(ctx, mentions, days):  # "announced on Tuesday" ... "today, Wednesday"
            yield self._report_day(ctx, d, f"but the lead dates the report's statement on "
                                           f"{ctx.text[said.start:said.end]}", said, said.weekday)

    def _report_day(self, ctx: Document, d, why: str, ref, weekday: int):
        """A relative day that makes the report's day a weekday ``why`` says it is not; the fix
        puts ``weekday`` (the report's day by ``ref``) in its place."""
        written = ctx.text[d.start:d.end]
        return self.finding(
            ctx, "error", d.start, d.end,
            f"'{written}' makes the day of the report a {weekday_name(d.report_weekday)}, {why}.",
            related=[(ref.start, ref.end)], suggestion=_weekday_fixed(written, d, weekday))

    def _same_date_two_weekdays(self, ctx: Document, mentions: list[DateMention]):
        """'Sunday, November 5' ... 'Saturday, November 5': one date cannot fall on two weekdays."""
        for c in same_date_two_weekdays(mentions):
            d, ref = c.later, c.ref
            yield self.finding(
                ctx, "error", d.start, d.end,
                f"{_date_text(d)} is a {weekday_name(ref.weekday)} earlier in the article "
                f"('{ctx.text[ref.start:ref.end]}') but a {weekday_name(d.weekday)} here.",
                related=[(ref.start, ref.end)], suggestion=_with_weekday(ctx, d, ref.weekday))

    def _weekdays_apart(self, ctx: Document, mentions: list[DateMention]):
        """'Monday, January 12' ... 'Wednesday, January 13'; 'Sunday, June 21' ... 'Thursday, July
        10': in an article that gives no year, one weekday and date fix the others' weekdays
        (analysis/year_less.py)."""
        for c in weekdays_apart(ctx, mentions):
            d, ref, expected = c.later, c.ref, c.expected
            said = " or a ".join(weekday_name(w) for w in sorted(expected))  # (two across a leap day)
            yield self.finding(
                ctx, "error", d.start, d.end,
                f"{_date_text(d)} is {_days_apart(c.apart)} '{ctx.text[ref.start:ref.end]}', so it is "
                f"a {said}, not a {weekday_name(d.weekday)}.", related=[(ref.start, ref.end)],
                suggestion=_with_weekday(ctx, d, min(expected)) if len(expected) == 1 else None)

    def _hijri(self, ctx: Document):
        """'5 Ramadan 1445 AH, corresponding to March 25, 2024': 5 Ramadan 1445 was March 15."""
        for c in hijri_conflicts(ctx):
            (why, related), g, h = hijri_message(ctx.text, c), c.gregorian, c.hijri
            # either side may be the slip (annotators mark either): the finding holds both (of one sentence)
            s, e = (min(g.start, h.start), max(g.end, h.end)) if g.sentence == h.sentence else (h.start, h.end)
            yield self.finding(ctx, "error", s, e, why, related=related)
        yield from (self.finding(ctx, "error", s, e, why) for s, e, why in hijri_weekday_conflicts(ctx))

    def _medium_days(self, ctx: Document, days):
        """'announced today, Tuesday' ... 'said in a statement' ... 'in its statement issued yesterday,
        Monday': the lead's statement dated a day apart (analysis/statement_media.py)."""
        for lead, d, medium in medium_conflicts(ctx, days):
            lead_text = ctx.text[lead.start:lead.end]
            yield self.finding(
                ctx, "error", d.start, d.end,
                f"'{ctx.text[d.start:d.end]}' dates the {medium} on a {weekday_name(d.weekday)}, but the lead "
                f"dates it '{lead_text}' ({weekday_name(lead.weekday)}).",
                related=[(lead.start, lead.end)], suggestion=lead_text)

    def _attributive(self, ctx: Document, mentions: list[DateMention], days, quoted):
        """'succeeded on Tuesday, March 3, 2026 in dismantling a cell' ... 'the March 5 raids': a date as
        an adjective names a known event, and the article knows only the lead's (analysis/attributive_days.py)."""
        for c in attributive_conflicts(ctx, mentions, days, quoted):
            (start, end), lead = c.span, c.lead
            yield self.finding(ctx, "error", start, end, f"'{ctx.text[start:end]}' points at an event the article "
                               f"has not dated on that day; the story's event is dated "
                               f"'{ctx.text[lead.start:lead.end]}'.", related=[(lead.start, lead.end)])

    def _start_slips(self, ctx: Document, mentions: list[DateMention], quoted):
        """'since 3 March' ... 'since 13 March': one start date, its digits slipped (analysis/start_slips.py)."""
        for ref, later in start_slip_conflicts(ctx, mentions, quoted):
            yield self.finding(ctx, "error", later.start, later.end, start_slip_message(ctx.text, ref, later),
                               related=[(ref.start, ref.end)])

    def _stated_spans(self, ctx: Document, mentions: list[DateMention], quoted):
        """'for two weeks, from March 19 to April 10': a length its dates deny (stated_spans, event_lengths)."""
        for c in span_conflicts(ctx, mentions, quoted) + event_length_conflicts(ctx, mentions):
            yield self.finding(ctx, "error", c.start, c.end, span_message(ctx.text, c),
                               related=[(c.first.start, c.first.end), (c.last.start, c.last.end)])

    def _timeline(self, ctx: Document, mentions: list[DateMention], days):
        """'signed on Monday, November 10' ... 'signed last Thursday'; 'a ten-day drive' ... 'from
        October 27 to November 14': one event's expressions of time that share no day (analysis/timeline.py).
        Machine-translated copy only: the calendar reads a clause's event from its words, and human wire
        copy names several events of a kind on several days in free phrasing that it cannot keep apart."""
        if not ctx.machine_translated:
            return
        for c in timeline_conflicts(ctx, mentions, days):
            yield self.finding(ctx, "error", c.later.start, c.later.end, timeline_message(ctx.text, c),
                               related=[(c.ref.start, c.ref.end)])

    def _relative(self, ctx: Document, days):
        """'today, Wednesday' ... 'yesterday, Monday': one report cannot have two todays."""
        if not days:
            return
        ref = days[0]
        earlier = EventIndex(ctx, self._clause_words)  # days[:k], by their event words
        earlier.add(ref)
        for d in days[1:]:
            if d.report_weekday == ref.report_weekday:
                f = self._relative_event(ctx, earlier, d)
                earlier.add(d)
                if f is not None:
                    yield f
                continue
            earlier.add(d)
            yield self._report_day(ctx, d, f"but '{ctx.text[ref.start:ref.end]}' earlier makes it a "
                                           f"{weekday_name(ref.report_weekday)}", ref, ref.report_weekday)

    def _relative_vs_dated(self, ctx: Document, mentions: list[DateMention], days):
        """'Fires that broke out on Sunday, June 9' ... 'the fires that broke out yesterday, Saturday':
        one event given a weekday by its date and another by a relative date."""
        dated = EventIndex(ctx, self._clause_words)
        for m in mentions:
            if m.weekday is not None and m.has_date and not m.shifted:
                dated.add(m)
        if not dated.items:
            return
        for d in days:
            ref = dated.first_same_event(d, lambda r, d=d: r.sentence != d.sentence and r.also_weekday != d.weekday)
            if ref is not None:
                yield self._one_event_two_days(ctx, d, ref)

    def _past_events(self, ctx: Document, quoted):
        """'the collision near Girga in August 2022' ... 'the Girga collision of August 2020': one past
        event dated two ways (analysis/past_events.py)."""
        for ref, later in past_event_conflicts(ctx) + draft_budget_conflicts(ctx):  # (one shape: a year each)
            if quoted(later.start):
                continue
            def when(e):
                return (f"{month_name(e.month)} " if e.month else "") + str(e.year)
            written = ctx.text[later.start:later.end]
            yield self.finding(
                ctx, "error", later.start, later.end,
                f"'{written}' dates this event {when(later)}, but it is dated {when(ref)} earlier "
                f"('{ctx.text[ref.start:ref.end]}').",
                related=[(ref.start, ref.end)], suggestion=written.replace(str(later.year), str(ref.year))
                if later.month == ref.month or later.month is None or ref.month is None else None)

    def _story_day(self, ctx: Document, mentions: list[DateMention], days, quoted):
        """'died ... on Thursday evening' ... 'the incident of last Tuesday': the lead's event named
        again on another day (analysis/story_day.py)."""
        for c in story_day_conflicts(ctx, mentions, days, quoted):
            later, lead = c.later, c.lead
            start, end = min(c.word_span[0], later.start), max(c.word_span[1], later.end)  # "Sunday's attack"
            written, lead_text = ctx.text[start:end], ctx.text[lead.start:lead.end]
            wd = lead.actual_weekday()
            ws, we = later.weekday_span or (later.start, later.end)  # "yesterday": the whole word
            yield self.finding(
                ctx, "error", start, end,
                f"'{written}' puts the story's event on a {weekday_name(later.actual_weekday())}, but the "
                f"lead dates it on a {weekday_name(wd)} ('{lead_text}').", related=[(lead.start, lead.end)],
                suggestion=None if later.has_date else ctx.text[start:ws] + weekday_name(wd) + ctx.text[we:end])
        for c in lead_backref_conflicts(ctx, quoted):  # "approved today" ... "the vote of last week"
            yield self.finding(ctx, "error", c.start, c.end, c.message, related=[(c.lead.start, c.lead.end)])

    def _noun_days(self, ctx: Document, mentions: list[DateMention], days, quoted):
        """'the truce, which was agreed upon yesterday, Monday evening' ... 'The truce that was
        announced on Saturday': one event's start, named by its noun, on two days
        (analysis/noun_days.py); a Hijri date alone dates its event too."""
        for c in noun_day_conflicts(ctx, sorted(mentions, key=lambda d: d.start), days, quoted):
            ref, later = c.ref, c.later
            start, end = later.ref_span
            written, ref_text = ctx.text[start:end], ctx.text[ref.start:ref.end]
            when = ctx.text[later.start:later.end]
            fix = None  # a weekday written alone ("on Saturday", "Saturday's") takes the earlier one's
            if ref.when[0] == "wd" and len(ref.when[1]) == 1 and re.fullmatch(r"[A-Z][a-z]+day(['\u2019]s)?", when):
                fix = written.replace(when, weekday_name(min(ref.when[1])) + when[when.index("day") + 3:], 1)
            noun = next(iter(later.nouns))  # the noun as written ("talks"), else the event its name stands for
            noun = (m.group().lower() if (m := re.search(rf"\b{re.escape(noun)}\w*", written, re.I)) else "event")
            yield self.finding(
                ctx, "error", start, end,
                f"'{written}' dates the {noun} to {when}, but the article dates it '{ref_text}' earlier.",
                related=[(ref.start, ref.end)], suggestion=fix)

    def _timed(self, ctx: Document, days, quoted):
        """'at dawn today, Tuesday, ... an airdrop operation' ... 'the operation, which began at the
        dawn of Wednesday': the story's event put on another day at the same part of the day
        (analysis/timed_days.py)."""
        for c in timed_conflicts(ctx, days, quoted):
            later, ref = c.later, c.ref
            written, ref_text = ctx.text[later.start:later.end], ctx.text[ref.start:ref.end]
            said = " or ".join(weekday_name(w) for w in sorted(later.weekdays))
            was = " or ".join(weekday_name(w) for w in sorted(ref.weekdays))
            fixed = written[:later.day_at - later.start] + weekday_name(min(ref.weekdays)) \
                + written[later.day_at - later.start + len(weekday_name(min(later.weekdays))):] \
                if len(later.weekdays) == 1 and len(ref.weekdays) == 1 else None
            yield self.finding(
                ctx, "error", later.start, later.end,
                f"'{written}' dates the {c.event} on {said}, but it is dated '{ref_text}' ({was}) earlier.",
                related=[(ref.start, ref.end)], suggestion=fixed)

    def _counted_days(self, ctx: Document, mentions: list[DateMention], events: list[DatedEvent], quoted):
        """'The attack took place on Sunday' ... 'two days later, on Wednesday': Sunday and two
        days is a Tuesday."""
        for d in day_offsets(ctx, mentions, events, quoted):
            if fits(d):
                continue
            a = d.anchor
            anchor_wd = a.actual_weekday()
            expected = weekday_name((anchor_wd + d.days) % 7)
            written = ctx.text[d.start:d.end]
            count = _days_apart(d.days)
            yield self.finding(
                ctx, "error", d.start, d.end,
                f"'{written}': {count} {weekday_name(anchor_wd)} ('{ctx.text[a.start:a.end]}') is a "
                f"{expected}, not a {weekday_name(d.weekday)}.",
                related=[(a.start, a.end)],
                suggestion=written[:written.rindex(weekday_name(d.weekday))] + expected)

    def _relative_event(self, ctx: Document, earlier: EventIndex, d):
        """'carried out at dawn today, Thursday' ... 'carried out at dawn yesterday, Wednesday': the
        report's day agrees, but one event is put on two days."""
        # ("met yesterday, Saturday" ... "will visit tomorrow, Monday": a plan and a past event, two events)
        ref = earlier.first_same_event(d, lambda r: r.sentence != d.sentence and (r.offset > 0) == (d.offset > 0))
        return None if ref is None else self._one_event_two_days(ctx, d, ref)

    def _one_event_two_days(self, ctx: Document, d, ref):
        written, ref_text = ctx.text[d.start:d.end], ctx.text[ref.start:ref.end]
        return self.finding(
            ctx, "error", d.start, d.end,
            f"'{written}' puts this on a {weekday_name(d.weekday)}, but the same event is dated "
            f"'{ref_text}' ({weekday_name(ref.weekday)}) earlier.",
            related=[(ref.start, ref.end)], suggestion=ref_text)

    def _impossible(self, ctx: Document, d: DateMention):
        why = impossible(d)
        return None if why is None else self.finding(ctx, "error", d.start, d.end, why)

    def _wrong_weekday(self, ctx: Document, d: DateMention):
        wrong = wrong_weekday(ctx, d)
        if wrong is None:
            return None
        why, related, fixed = wrong
        return self.finding(ctx, "error", d.start, d.end, why, related=related, suggestion=fixed)

    def _events(self, ctx: Document, events: list[DatedEvent]):
        """A later, definite mention of an event ('Monday's verdict') on another day than before;
        or a definite back-reference ('the operation carried out on Thursday night') on another
        day than the story's first dated event, of whatever kind (analysis/event_conflicts.py)."""
        for ref, later, conflict in event_conflicts(ctx, events):
            start = min(later.mention.start, later.word_span[0])
            end = max(later.mention.end, later.word_span[1])
            word = ctx.text[later.word_span[0]:later.word_span[1]]
            m = later.mention
            fixed = ctx.text[start:m.start] + conflict[2] + ctx.text[m.end:end]
            here = conflict[1]
            if m.hijri:  # the Hijri date as written, with the Gregorian day it stands for
                here, fixed = f"'{ctx.text[m.start:m.end]}' ({here}, Umm al-Qura calendar)", None
            what = f"'{ctx.text[start:end]}' is" if word.endswith("ed") else \
                f"The {word} {'are' if word.endswith('s') and not word.endswith('ss') else 'is'}"  # a verb: the phrase
            yield self.finding(
                ctx, "error", start, end, f"{what} dated {here} here but {conflict[0]} earlier in the article.",
                related=[(ref.mention.start, ref.mention.end)], suggestion=fixed)

"""number-mismatch: one quantity given two different values ("a 600km border" ... "the 650km border")."""
from __future__ import annotations

from dataclasses import replace

from ..analysis.all_breakdowns import all_breakdowns
from ..analysis.conversions import bad_conversions
from ..analysis.reversed_updates import reversed_updates
from ..analysis.running_totals import running_totals
from ..analysis.orphan_counts import orphans
from ..analysis.ordinal_members import OrdinalMembers
from ..analysis.cited_figures import cited_conflicts
from ..analysis.figure_swaps import figure_swaps
from ..analysis.gc_pause import no_cycle_collection
from ..analysis.garbled_figures import garbled_antecedent
from ..analysis.garble_prior import garbled_pairs
from ..analysis.group_counts import group_conflicts
from ..analysis.hedged_pairs import hedged_conflicts
from ..analysis.new_values import new_value_conflicts
from ..analysis.partitives import partitive_overflows
from ..analysis.quoted_slips import other_source, quoted_slip
from ..analysis.quotes import QuoteIndex
from ..analysis.quantities import Quantity, same_value
from ..analysis.digit_slips import SlipFinder, sole_antecedent
from ..analysis.place_tallies import place_parts
from ..analysis.percent_changes import conflicts as percent_conflicts, message as percent_message
from ..analysis.price_units import period_swaps, scale_swaps, swaps as price_unit_swaps
from ..analysis.tallies import counts_the_toll, first_toll, toll_restated
from ..analysis.quantities_earlier import MAX_DISTANCE, EarlierQuantities
from ..analysis.quantity_pairs import THRESHOLD, any_linked, ceiling_exceeded, comparable, evidence, same_frame
from ..analysis.runs import by_sentence
from ..analysis.quantity_messages import format_like, message, running_message, suggestion
from ..analysis.quantity_slips import far_apart, slip_reference
from ..analysis.figure_vetoes import (counts_by_sentence, kept_apart, may_compare, one_of_several,
                                     participle_names, restates_another, spread_over_several)
from .base import Check, Document


_KEPT_CEILINGS = 4  # the ceilings of one dimension compared with each later figure


class NumberMismatch(Check):
    rule = "number-mismatch"
    code = "MT201"
    doc = "Flags one quantity given two different values in the same article."
    explanation = """\
    Flags one quantity (the same thing counted at the same place and time: people killed, troops
    sent, barrels a day) given two different values in one article. Numbers written in words and in
    figures, and units written in different forms, are compared as values. In edited wire copy (a
    dateline, no MT marker) findings are info: two figures there are far more often two quantities.

    A digit swapped, inserted or dropped, a scale word changed ("1.2 billion" / "1.2 million"), a
    unit swapped for the same figure (miles / km, litres / gallons, percentage points / per cent)
    in translation changes the news; the second value is flagged with the first as its reference.
    Parts listed for a total ("including", "namely", a colon, or place by place: "1,900 families in
    Derna and 1,400 in Sousse") must not add up to more than it, nor to less when the list
    names every part ("divided into", "of whom 20 to Europe, 12 to Africa and 4 to Asia", "the
    international traffic ... while the domestic traffic ...", a second batch "bringing the total
    to", a list shared out by category with its sum after it, "..., for a combined 710 billion riyals",
    or "to the remaining governorates"). A definite count that points back at the lead's count with its
    digits reordered ("120 new schools" ... "the 210 schools") is flagged. A change in per cent is read against the article's own
    two values ("a rise of 3.5 per cent" after 61.2 and 64.7 per cent is 3.5 points), and a price
    put on another unit ("per tonne" / "per kilogram") is flagged. Not conflicts: an old value
    ("up from", "compared with last year"), hedged figures, another speaker's quotation, race
    times, a total over several stages, a part of the place ("in the capital"), two people's
    figures of one kind (each co-defendant's sentence) or two named owners' ("Al-Minaa has 29
    points" / "Al-Zawraa ... 24 points"), an expected, forecast or demanded figure against the
    actual one, a figure of an earlier occasion ("At its previous meeting, ..."), and two values five
    times or more apart whose digits are no slip of each other ("229,614 students" ... "9,842 students
    ... in Egypt alone": a part or another group).
    Also flagged: a bracketed conversion that does not convert its measure ("60 kilometres (about
    96 miles)"), a total or an update that repeats an earlier figure's digits reordered or on another
    scale ("the total rain reached 182 mm" after 128 mm; "had risen to 2,300" after 3,200), and a
    definite count of something the article never reported that repeats a figure said of something
    else ("46 were transferred to hospitals" ... "the 46 deaths"); an amount restated with its
    significant digits reordered in the same unit and scale, named otherwise ("goods worth 4.7 billion
    dinars" ... "the total damage reached 7.4 billion dinars"), when it is the story's only amount of
    that size and plays the same role (not a cut or rise, a forecast, another period); two approximations of one figure
    that cannot both hold ("about 2,300 families" ... "more than 3,000 families"), and an approximation
    whose digits reorder the other figure's ("a shortage of 340 teachers" ... "about 430 teachers"): "about"
    allows a nearby figure, not a transposition; a group of one
    and others counted again as another number ("a leader and three of his aides" ... "the five
    terrorists"); and "the new price of 500 pounds" after a rise "from 300 pounds to 450 pounds".
    A rise (or fall) the verb's way to the same digits reordered is the figure garbled when it gives
    no time of its own ("including 37 deaths" since the beginning of August ... "the deaths rose to
    73 since the beginning of August"), and a total in another currency with the same figure ("a
    budget of 4.6 million dinars" ... "the total cost reaches 4.6 million euros") is flagged, as are two
    such amounts of two significant digits (not ending in 5) in millions or more, and a count on another scale
    ("640 thousand subscribers" ... "the 640 million subscribers"), one material's figure in a unit of another
    measure ("30,000 tonnes of diesel" ... "30,000 barrels of diesel") and a price's figure in its currency's
    sub-unit and unit ("the loaf at 20 piastres" ... "the loaf sold at 20 pounds"). A quotation
    that points back at a figure with three or more of its digits reordered ("412,650 students" ... "the
    421,650 examinees are the sons of all Iraq") garbles that figure; a speaker's own figure is his. A
    back-reference in the narration that no figure of the narration's own names ("this 38-million-dinar
    project" after the minister's quoted "48 million dinars") is read against the quoted figure, unless
    its sentence reports another speaker. "New" ones restated with their digits garbled ("sixteen new
    schools" ... "the 60 schools") are no running total, and "during the past year" is "last year".
    """
    example = ('Floods hit the south\n\nThe floods killed 12 people in Basra province on Monday. '
               'Officials said the floods killed 21 people in Basra province.\n')
    default_severity = 'error'

    def run(self, ctx: Document):
        with no_cycle_collection():  # many small objects, no cycles (analysis/gc_pause.py)
            findings = list(self._findings(ctx))
            starts = {f.start for f in findings}
            findings += [f for f in self._garbled(ctx, ctx.quantities) if f.start not in starts]
        if ctx.human_wire:
            # edited wire copy (a dateline, no machine-translation marker): two figures that
            # disagree there are far more often two quantities than a slip; shown, never gating
            findings = [replace(f, severity="info") for f in findings]
        yield from findings  # (the pipeline puts findings in text order)

    def _findings(self, ctx: Document):
        qs = ctx.quantities
        self._quotes = QuoteIndex(ctx.text)  # read by every pass
        first_score = next((q for q in qs if q.dimension == "score"), None)
        # earlier quantities by dimension, in text order
        by_dimension: dict[str, EarlierQuantities] = {}
        words: dict[int, set[str]] = {}
        self._slips = SlipFinder(ctx)
        self._members = OrdinalMembers(ctx.text)  # "two defendants" ... "a third defendant" ... "the three"
        self._counts = counts_by_sentence(qs)
        self._by_sentence = by_sentence(qs)
        parts = place_parts(ctx, qs)  # "2,500 families in Maimouna and 1,900 in Kahla": no restatements
        quotes = self._quotes
        flagged: set[int] = set()
        self._quoted: dict[str, EarlierQuantities] = {}  # quoted amounts: references of a later slip only
        for later in qs:
            if quotes.inside(later.start) or later.timing:
                # a figure in another speaker's quotation, or a race time or gap (Quantity.timing)
                if not later.timing:
                    yield from self._quoted_slip(ctx, later, by_dimension, words)
                    self._quoted.setdefault(later.dimension.split(":")[0], EarlierQuantities()).add(later)
                continue
            # all currencies share a bucket: "1.2 billion dinars" / "1.2 billion dollars"
            bucket = by_dimension.setdefault(later.dimension.split(":")[0], EarlierQuantities())
            finding = None if later.part in ("caption", "credit") or id(later) in parts else \
                self._check(ctx, later, self._candidates(later, bucket, first_score), words,
                            None if later.dimension == "score" else bucket)
            bucket.add(later)
            if finding is not None:
                flagged.add(id(later))
                yield finding
        yield from self._parts_over_total(ctx, qs)
        yield from self._running_totals(ctx, [q for q in qs if id(q) not in flagged])
        yield from self._percent_changes(ctx, qs)
        yield from self._per_unit_swaps(ctx, [q for q in qs if id(q) not in flagged])
        yield from self._conversions(ctx, [q for q in qs if id(q) not in flagged])
        yield from self._reversed_updates(ctx, [q for q in qs if id(q) not in flagged])
        yield from self._restated_otherwise(ctx, [q for q in qs if id(q) not in flagged])
        yield from self._orphans(ctx, [q for q in qs if id(q) not in flagged])
        yield from self._ceilings(ctx, [q for q in qs if id(q) not in flagged])

    def _garbled(self, ctx: Document, qs: list[Quantity]):
        """A figure that is a slip of one earlier figure of its measure (digits swapped, a zero added,
        a teen read as a ten), given once, with nothing that keeps the two apart: the garbling
        prior and the policy of analysis/garble_prior.py."""
        quotes = self._quotes
        for ref, q, _ in garbled_pairs(ctx, qs, skip=lambda x: quotes.inside(x.start)):
            yield self.finding(ctx, "error", q.start, q.end, message(ref, q), related=[(ref.start, ref.end)],
                               suggestion=suggestion(ctx, ref, q))

    def _quoted_slip(self, ctx: Document, later: Quantity, by_dimension: dict, words: dict):
        """'the 421,650 examinees' in a quotation after '412,650 students': a quoted back-reference
        with the digits reordered (analysis/quoted_slips.py)."""
        dimension = later.dimension.split(":")[0]
        buckets = [b for b in (by_dimension.get(dimension), self._quoted.get(dimension)) if b is not None]
        ref = quoted_slip(ctx, later, buckets, words)
        if ref is not None:
            yield self.finding(ctx, "error", later.start, later.end, message(ref, later),
                               related=[(ref.start, ref.end)], suggestion=suggestion(ctx, ref, later))

    def _told_in_quotes(self, ctx: Document, later: Quantity, words: dict) -> list[Quantity]:
        """'this 38-million-dinar project' after the minister's '"the cost of the project amounts to 48
        million dinars"': a back-reference in the narration that no figure of the narration's own names
        (evidence below THRESHOLD) points back at the quoted figure it names. Where the narration gives
        its own figure of the thing, a quoted one is another source's and is not read; so where the later
        sentence reports another speaker ("The company stated that the 8,400 containers")."""
        quoted = self._quoted.get(later.dimension.split(":")[0])
        if quoted is None:
            return []
        quoted.window(later, MAX_DISTANCE)
        return [q for q in quoted.comparable(later) if same_frame(q, later) and comparable(ctx, q, later, words)
                and not other_source(ctx, q, later)]

    def _ceilings(self, ctx: Document, qs: list[Quantity]):
        """'up to 14 hours a day' ... 'cut for 16 hours a day': a figure above the ceiling given
        before for the same thing (quantity_pairs.ceiling_exceeded). The last few ceilings of each
        dimension are kept: constant work per figure."""
        quotes = self._quotes
        ceilings: dict[str, list[Quantity]] = {}
        for q in qs:
            if not quotes.inside(q.start) and q.part not in ("caption", "credit"):
                ref = next((c for c in reversed(ceilings.get(q.dimension, ())) if ceiling_exceeded(ctx, c, q)), None)
                if ref is not None:
                    yield self.finding(ctx, "error", q.start, q.end,
                                       f"'{q.text}' here is more than the most given earlier ('up to' "
                                       f"'{ref.text}') for what appears to be the same thing.",
                                       related=[(ref.start, ref.end)])
            if q.ceiling:
                ceilings.setdefault(q.dimension, []).append(q)
                del ceilings[q.dimension][:-_KEPT_CEILINGS]

    def _restated_otherwise(self, ctx: Document, qs: list[Quantity]):
        """Restatements the pairwise comparison cannot see, one finding per figure at most: two
        hedged figures whose ranges cannot meet ('about 2,300 families' ... 'more than 3,000
        families': analysis/hedged_pairs.py), a group of one and others counted again ('a leader
        and three of his aides' ... 'the five terrorists': group_counts.py), and the value a
        change led to ('from 300 pounds to 450 pounds' ... 'the new price of 500 pounds': new_values.py),
        and a part above its whole ('of the 212 cases, ... 231 cases had been confirmed': partitives.py)."""
        quotes = self._quotes
        skip = lambda x: quotes.inside(x.start)  # noqa: E731 (another speaker's figure)
        done: set[int] = set()
        for ref, q in hedged_conflicts(ctx, qs, skip=skip):
            done.add(id(q))
            yield self.finding(ctx, "error", q.start, q.end,
                               f"'{q.text}' here cannot be the same figure as '{ref.text}' earlier, "
                               f"even allowing for the approximation, for what appears to be the same thing.",
                               related=[(ref.start, ref.end)])
        for ref, q in cited_conflicts(ctx, qs):  # "the 2.6 million containers referred to by the director"
            done.add(id(q))
            yield self.finding(ctx, "error", q.start, q.end, message(ref, q), related=[(ref.start, ref.end)],
                               suggestion=suggestion(ctx, ref, q))
        for group, q in group_conflicts(ctx, [q for q in qs if id(q) not in done], skip=skip):
            done.add(id(q))
            yield self.finding(ctx, "error", q.start, q.end,
                               f"'{q.text}' here, but the group counted earlier ('{ctx.text[group.start:group.end]}') "
                               f"is {group.total}: one and {group.others}.", related=[(group.start, group.end)])
        for new, q in new_value_conflicts(ctx, [q for q in qs if id(q) not in done], skip=skip):
            done.add(id(q))
            yield self.finding(ctx, "error", q.start, q.end,
                               f"'{q.text}' here, but the change reported earlier led to '{new.text}'.",
                               related=[(new.start, new.end)], suggestion=suggestion(ctx, new, q))
        # ("2.8 million dollars" ... "the 2.8 million euro project"; a quoted figure too: the same digits in
        # another currency are no speaker's own figure, "'a grant of 75,000 dinars'" ... "'75,000 dollars'")
        for ref, q in figure_swaps(ctx, [q for q in qs if id(q) not in done]):
            done.add(id(q))
            yield self.finding(ctx, "error", q.start, q.end, message(ref, q), related=[(ref.start, ref.end)],
                               suggestion=suggestion(ctx, ref, q))
        for whole, q in partitive_overflows(ctx, [q for q in qs if id(q) not in done], skip=skip):
            yield self.finding(ctx, "error", q.start, q.end,
                               f"'{q.text}' is more than the whole it is a part of ('of the {whole.text}').",
                               related=[(whole.start, whole.end)])

    def _orphans(self, ctx: Document, qs: list[Quantity]):
        """'46 of them were transferred to hospitals' ... 'the 46 deaths', no death reported before: the
        figure put on another noun (analysis/orphan_counts.py)."""
        quotes = self._quotes
        for ref, q in orphans(ctx, qs):
            if not quotes.inside(q.start):
                yield self.finding(ctx, "error", q.start, q.end,
                                   f"'{q.text}' points back at a figure, but the article reports no "
                                   f"{q.noun or 'such cases'} before; the same figure counted something else "
                                   f"earlier ('{ref.text}').", related=[(ref.start, ref.end)])

    def _reversed_updates(self, ctx: Document, qs: list[Quantity]):
        """'about 3,200 families' ... 'had risen to 2,300': a rise to the same digits reordered, and
        less; or more, with no time of its own (analysis/reversed_updates.py)."""
        for same_period in (False, True):
            how = "with its digits reordered and no time of its own (the same period)" if same_period else \
                "against its verb (a rise to less, or a fall to more) with the same digits reordered"
            for ref, q in reversed_updates(ctx, qs, same_period=same_period):
                if not self._quotes.inside(q.start):
                    yield self.finding(ctx, "error", q.start, q.end,
                                       f"'{q.text}' updates '{ref.text}' {how}: the same figure, garbled.",
                                       related=[(ref.start, ref.end)], suggestion=suggestion(ctx, ref, q))

    def _conversions(self, ctx: Document, qs: list[Quantity]):
        """'60 kilometres (about 96 miles)': a bracketed conversion that does not convert the measure
        before it (analysis/conversions.py)."""
        for c in bad_conversions(ctx.text, qs):
            a, b = c.measure, c.converted
            s, e = b.number
            fixed = ctx.text[b.start:s] + format_like(round(c.expected, 1 if c.expected < 10 else 0),
                                                       ctx.text[s:e]) + ctx.text[e:b.end]
            yield self.finding(ctx, "error", b.start, b.end,
                               f"'{b.text}' does not convert '{a.text}' (that is {fixed}).",
                               related=[(a.start, a.end)], suggestion=fixed)

    def _per_unit_swaps(self, ctx: Document, qs: list[Quantity]):
        """'850,000 dinars per tonne' ... '850,000 dinars per kilogram', the unit's scale, or the period of a
        rate ('12,000 loaves per day' ... '12,000 loaves a week') changed (analysis/price_units.py)."""
        said = [q for q in qs if not self._quotes.inside(q.start)]
        for pairs, what in ((price_unit_swaps(said), "the same price per another unit"),
                            (scale_swaps(said), "the same figure with its unit on another scale"),
                            (period_swaps(said), "the same rate over another period")):
            for ref, q in pairs:
                yield self.finding(ctx, "error", q.start, q.end, f"'{q.text}' here, but '{ref.text}' earlier: {what}.",
                                   related=[(ref.start, ref.end)], suggestion=ref.text)

    def _percent_changes(self, ctx: Document, qs: list[Quantity]):
        """'a rise of 3.5 per cent' after '64.7 per cent, compared to 61.2 per cent last year'
        (analysis/percent_changes.py)."""
        quotes = self._quotes
        for c in percent_conflicts(qs):
            if not quotes.inside(c.change.start):
                msg, fix = percent_message(ctx.text, c)
                yield self.finding(ctx, "error", c.change.start, c.change.end, msg,
                                   related=[(c.old.start, c.old.end), (c.new.start, c.new.end)], suggestion=fix)

    def _parts_over_total(self, ctx: Document, qs: list[Quantity]):
        """'the dead include 9 women and 16 children' after a toll of 23: parts that add up to
        more than their total (fewer is fine where a list may name only some: 'including'), or
        to less where the list names every part ('divided into', 'distributed as')."""
        for b in all_breakdowns(ctx, qs):
            short = b.exhaustive and b.sum < b.total.value - b.total.precision / 2
            if b.total.hedged or b.sum <= b.total.value and not short:
                continue
            first, last = b.parts[0], b.parts[-1]
            shown = " + ".join(ctx.text[p.number[0]:p.number[1]] for p in b.parts)
            total = f"{(b.sum * first.numeral / first.value if first.value and first.numeral else b.sum):,.10g}"
            how = "less than" if short else "more than"
            # (a sum said right after its list, "..., for a combined 710 billion riyals", is in the span too)
            end = b.total.end if b.total.sentence == last.sentence and b.total.start > last.end else last.end
            yield self.finding(ctx, "error", first.start, end,
                               f"The parts listed here ({shown} = {total}) add up to {how} the total "
                               f"'{b.total.text}'.", related=[(b.total.start, b.total.end)])

    def _running_totals(self, ctx: Document, qs: list[Quantity]):
        """'750 units ... in the second batch, bringing the total to 1,520 units' after a first batch of
        500: the total is the two batches (analysis/running_totals.py)."""
        for r in running_totals(ctx, qs):
            if not r.adds_up and not self._quotes.inside(r.total.start):
                msg, fix = running_message(ctx.text, r)
                yield self.finding(ctx, "error", r.total.start, r.total.end, msg, suggestion=fix,
                                   related=[(r.before.start, r.before.end), (r.added.start, r.added.end)])

    @staticmethod
    def _candidates(later: Quantity, bucket: EarlierQuantities, first_score: Quantity | None) -> list[Quantity]:
        if later.dimension == "score":
            # Articles report other matches too ("lost 1-0 in December"); only a pointing-back
            # "the 3-1 victory" is checked, and only against the match the story opens with.
            ok = later.anaphoric and first_score is not None and first_score is not later
            return [first_score] if ok else []
        return bucket.window(later, MAX_DISTANCE)

    def _check(self, ctx: Document, later: Quantity, earlier: list[Quantity], words: dict,
               window: EarlierQuantities | None):
        """``earlier`` is ``window``'s last window (its index finds the few that may agree), or
        for a score the story's first result alone."""
        if (later.other and not later.total or later.update) and not later.anaphoric:
            return None  # comparable() and slip_reference() refuse every earlier mention (a total
            # only a slip of one: quantity_slips._total_slip)
        refs = [(q, e) for q, e in self._references(ctx, later, earlier, words, window)
                if same_frame(q, later) and not spread_over_several(self._counts, q, later)]
        quoted = self._quoted.get(later.dimension.split(":")[0])  # ("6,200 million" after a quoted "6.2 billion")
        if not refs or any(same_value(q, later) for q, _ in refs) \
                or quoted and any(same_value(q, later) for q in quoted.items) \
                or later.anaphoric and window is not None and window.bare_before(later):
            return None  # consistent with something said before ("212 of them" ... "the 212 buildings")
        if self._members.counts(later):
            return None  # "a third defendant" made the group three: "the three defendants" agrees
        if window is not None and restates_another(ctx, later, window):
            return None  # "five-year sentence" (one defendant's) ... "the 7-year sentence" (the other's)
        ref = max(refs, key=lambda qe: (qe[1], -qe[0].start))[0]
        if kept_apart(ctx, ref, later, window, self._by_sentence) or one_of_several(self._counts, ref, later):
            return None  # two things of one kind, not one thing given twice (analysis/figure_vetoes.py)
        agreeing = [q for q, _ in refs if same_value(q, ref)]
        return self.finding(ctx, "error", later.start, later.end, message(ref, later),
                            related=[(q.start, q.end) for q in agreeing],
                            suggestion=suggestion(ctx, ref, later))

    def _references(self, ctx: Document, later: Quantity, earlier: list[Quantity], words: dict,
                    window: EarlierQuantities | None) -> list[tuple[Quantity, float]]:
        """The earlier figures ``later`` may restate, with their evidence, from the first test that
        finds any: the comparable ones, a quoted one the narration points back at, a slip of one's
        digits, the sole antecedent, a garbled figure, the story's first toll."""
        # (people named by a participle, "the nine detained", are linked to an earlier count by its
        # verb, which the index does not hold: the window is scanned for them, a rare case)
        indexed = window is not None and not participle_names(later)
        scored = self._scored(ctx, later, earlier, words, window, indexed)
        # ("229,614 students sat" ... "9,842 students sat ... in Egypt alone": a part or another
        # group, however alike the words; a slip keeps some of the digits: quantity_slips.far_apart)
        refs = [(q, e) for q, e in scored if e >= THRESHOLD and not far_apart(q, later)]
        if not refs and indexed and later.anaphoric:  # no figure of the narration's own: a quoted one
            told = [(q, evidence(q, later, ctx)) for q in self._told_in_quotes(ctx, later, words)]
            refs = [(q, e) for q, e in told if e >= THRESHOLD and not far_apart(q, later)]
        if not refs and window is not None:
            refs = [(q, THRESHOLD) for q in window.slips(later) + window.rescaled(later)
                    if slip_reference(ctx, q, later, words)]
        if refs:
            return refs
        ref = sole_antecedent(later, scored, earlier, THRESHOLD)  # "the nine new wells" / "7 new wells"
        if ref is None:  # digits reordered, a digit dropped (analysis/garbled_figures.py)
            ref = garbled_antecedent(ctx, later, earlier, words, self._slips,
                                     self._quoted.get(later.dimension.split(":")[0]))
        if ref is None and later.dimension == "count" and counts_the_toll(ctx, later):
            toll = first_toll(ctx, earlier)
            ref = toll if toll is not None and toll_restated(ctx, toll, later) else None
        return [(ref, THRESHOLD)] if ref is not None else []

    def _scored(self, ctx: Document, later: Quantity, earlier: list[Quantity], words: dict,
                window: EarlierQuantities | None, indexed: bool) -> list[tuple[Quantity, float]]:
        """The comparable earlier mentions with their evidence; those whose counted nouns differ
        score 0 (evidence()) and are left out before the costlier tests."""
        maybe = window.comparable(later) if indexed else may_compare(later, earlier)
        maybe = [q for q in maybe if same_frame(q, later) and comparable(ctx, q, later, words)]
        by_verb = not indexed and window is not None and not any(any_linked(later.head, q.head) for q in maybe)
        return [(q, evidence(q, later, ctx, by_verb)) for q in maybe]

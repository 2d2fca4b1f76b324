"""What a number counts and how it is framed: the counted noun, the words of its clause,
hedges, back-references, time cues and proper nouns around it. ``Describer`` is the half of
the sentence parser (``quantities._SentenceParser``) that turns a read number into a Quantity.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import quantity_frames as frames
from . import quantity_parts as parts
from .quantity_nouns import NounReader
from .quantity_words import (_AGENT_VERBS, _AUXILIARIES, _BASELINE, _CLAUSE_BREAKS, _CLOCK_TAIL, _EXACT_ENOUGH, _HEDGES,
                             _LIST_CUES, _NAME_PARTICLES, _OTHER_CUES, _PART_CUES, _PERIODS, _RATE_WORDS, _REPORTING,
                             _TIME_CUES, _TIMING, _TOTAL_CUES, _UPDATE_CUES, _VALUE_NOUNS, STOP, WEEKDAYS, Quantity,
                             Token, _bare, _clause_bounds, _content, _is_month)
from .units import CONTAINERS, FAMILIES, GENERIC, NAME_TO_UNIT, SCOPE_NOUNS, UNITS, stem


_REMAINS = frozenset("bodies remains corpses funerals".split())  # "the bodies of N ...": a toll said before
_OF_WHOLE = frozenset("that those them which this these it whom".split())  # "400 of that": a part
_CHANGE_FAMILIES = frozenset({"increase", "decrease"})  # data/units.toml families of change words
_RATE_PERIODS = _PERIODS | {"day", "hour"}  # "500 trucks a day"
_WEEKDAY_SET = frozenset(WEEKDAYS)
_AT_LARGE = re.compile(r"[ \u00a0]+(?:who[ \u00a0]+|that[ \u00a0]+)?(?:remain|remained|are|were|still)[ \u00a0]+"
                       r"(?:still[ \u00a0]+)?(?:at[ \u00a0]+large|on[ \u00a0]+the[ \u00a0]+run|fugitives?|wanted)\b")
_AMONG_DETERMINERS = frozenset("the its their his her our these those all".split())
_INCLUDED = frozenset("included includes include".split())


def _among_whole(toks, i0: int) -> bool:
    """'no injuries among the 148 passengers': after 'among' (a determiner between) the figure
    names the whole group, the part is what comes before 'among'; 'among them 9 children' counts
    a part. 'The batch included 152 families': what a collective noun (data/units.toml containers)
    included is all it held, no part of another count."""
    n = i0 - 1
    while n >= 0 and toks[n].low in _AMONG_DETERMINERS:
        n -= 1
    if n >= 1 and toks[n].low in _INCLUDED and toks[n - 1].low in CONTAINERS:
        return True
    return n >= 0 and toks[n].low == "among"



# a change named as a noun: "the drop of 3.4 metres" restates "has dropped by 4.3 metres"
_CHANGE_NOUNS = frozenset("drop rise increase decline fall decrease reduction jump hike".split())


class Describer(NounReader):
    """Describes numbers of one tokenised sentence (``self.toks``, ``self.starts``, ``self.text``)."""

    def _build(self, k: int, end: int, value: float, digits: str, unit_key: str | None,
               precision: float = 1.0, start: int | None = None, dimension: str | None = None,
               number: tuple[int, int] = (0, 0), scale: float = 1.0) -> Quantity:
        toks = self.toks
        numeral = value / scale
        unit = UNITS.get(unit_key) if unit_key else None
        if unit is not None:
            value *= unit.factor
            precision *= unit.factor
            dimension = unit.dimension
        dimension = dimension or "count"
        # first token after the number expression
        j = bisect_left(self.starts, end)
        head, head_end, n_after = self._head_after(j, dimension)
        noun = head[-1] if head and head_end else ""  # as written, for messages
        i0 = self._first_token(k, start)
        left_words, anaphoric, hedged = self._left(i0, dimension)
        ceiling = hedged and self._ceiling(i0)
        head, head_end, pointing = self._head_before(i0, n_after, dimension, head, head_end, left_words)
        anaphoric = anaphoric or pointing
        per, per_end = self._per_unit(j) if dimension.startswith("money") else (None, 0)
        if per is not None:  # a price compares per base unit: 850,000 dinars a tonne = 850 a kilogram
            value, precision = value / UNITS[per].factor, precision / UNITS[per].factor
        span_end = max(end, head_end, per_end)  # "14 suspects", "650,000-barrel cargo", "... per tonne"
        lo, hi = _clause_bounds(toks, i0, j, 6, 6)
        window = toks[lo:hi]
        qstart = start if start is not None else toks[k].start
        time_cues, days, update, other, total = self._cues(window, i0, j)
        if self._another_subset(i0, n_after, span_end, dimension):
            other, total = True, False
        if self.opening and toks[i0].start > toks[self.first_word].start:
            time_cues |= self.opening  # "At its previous meeting on Oct. 15, the MPC cut by 150 bps"
        if self.when_sites:
            time_cues |= frames.cues_at(self.when_sites, i0)  # "... in March, when the forces killed three"
        added = parts.definite_addition(self.toks, i0, self._determiner)
        if added:  # "the additional 25 cubic metres per second": the increase said before, restated
            other, total, anaphoric = False, False, True
        change = added or self._measures_change(i0, head)
        if i0 >= 3 and toks[i0 - 1].low == "of" and toks[i0 - 2].low in _CHANGE_NOUNS \
                and toks[i0 - 3].low in ("the", "this", "that"):
            anaphoric, change = True, True  # "the drop of 3.4 metres": the change said before, restated
        if update and anaphoric and change:
            update = False  # "the 13 percent drop" restates a change; it is no new level
        listed = any(t.low in _LIST_CUES for t in toks[max(0, i0 - 2):i0]) \
            and not _among_whole(toks, i0)  # "including 9 deaths"
        qtext = self.text[qstart:span_end]
        return Quantity(start=qstart, end=span_end, value=value,
                        dimension=dimension, unit=unit_key, precision=precision, digits=digits,
                        sentence=self.index, part=self.part,
                        head=frozenset(stem(w) for w in head) - GENERIC,
                        near=self._near(window, qstart, end), anaphoric=anaphoric, hedged=hedged,
                        time_cues=time_cues, days=days, update=update, other=other, total=total, ceiling=ceiling,
                        fresh=j < len(toks) and toks[j].low == "new",  # "12 new cases" (not "newly displaced")
                        names_near=self._names(lo, hi, i0, j),
                        number=number, numeral=numeral, scale=scale,
                        noun=noun, timing=self._timing(qtext, unit_key, span_end),
                        item=self._changed_item(n_after) if change else frozenset(), listed=listed, text=qtext,
                        change=change, added=added, per=per, expected=frames.expected(toks, i0) or frames.expected_after(toks, n_after),
                        owner=frames.owner_at(self.owner_sites, i0),
                        roles=frames.measure_roles(window) if dimension != "count" else frozenset())

    def _first_token(self, k: int, start: int | None) -> int:
        """The first token of the number expression whose number is toks[k] and whose text starts at
        ``start`` (None: at toks[k])."""
        i0 = k
        if start is not None:
            while i0 > 0 and self.toks[i0 - 1].start >= start:
                i0 -= 1
        return i0

    def _head_before(self, i0: int, n_after: int, dimension: str, head: list[str], head_end: int,
                     left_words: list[str]) -> tuple[list[str], int, bool]:
        """What the number counts or measures, read also before it where the words after it do not
        say (``head``, ending at ``head_end``): (the head words, where the span ends, 0 for the amount
        alone; whether the noun the amount is "of" points back: "the fine of")."""
        if dimension != "count" and not head:
            head = self._antecedent(i0)  # "the deficit of the governorate, which had reached 700 MW"
        if dimension.split(":")[0] in ("percent", "score", "money") and not head:
            head = left_words[:3]  # "turnout in Mount Lebanon reached 46 per cent"
        owner_noun, pointing = self._owner_noun(i0, dimension, head)
        if owner_noun:
            # "compensation of 100,000 pounds for the family", "the fine of 2 million pounds aims":
            # the noun the amount is "of" names it, whatever follows
            head = [*head, owner_noun, *self._compound_before(i0 - 2)]  # "the package price of": package, price
            head_end = 0  # the span is the amount: "the fine of [2 million pounds] aims to"
        if dimension == "count":
            head = self._count_head(i0, n_after, head)
        return head, head_end, pointing if owner_noun else False

    def _compound_before(self, k: int) -> list[str]:
        """The noun right before toks[k] that makes a compound with it ("package" of "the package
        price"): a lower-case content word, no participle or adverb."""
        t = self.toks[k - 1] if k >= 1 else None
        if t is None or t.kind != "word" or t.text[0].isupper() or t.low in STOP or t.low.endswith(("ed", "ly")):
            return []
        return [t.text]

    def _owner_noun(self, i0: int, dimension: str, head: list[str]) -> tuple[str | None, bool]:
        """The noun an amount or a per cent is "of", and whether a determiner before it points back;
        for a count with no noun of its own, that noun when it is one of a counted family."""
        if dimension.split(":")[0] in ("money", "percent"):
            return self._noun_of(i0)
        if dimension == "count" and not head:
            # "the death toll of 34": a count with no noun after it counts what the noun it is "of"
            # names, when that noun is one of a counted family (data/units.toml), not "one of"
            of_noun, points = self._noun_of(i0)
            if of_noun is not None and stem(of_noun) in FAMILIES:
                return of_noun, points
        return None, False

    def _count_head(self, i0: int, n_after: int, head: list[str]) -> list[str]:
        """What a count counts: its noun, else the noun a "number of" or a numbering verb names; with
        the verb that says what a generic noun counts ("killing 32 people")."""
        if not head:
            # "the number of students sitting the exams this year had reached 124,600": the noun
            # the clause's "number of" names, however far before the figure
            counted = self._number_of(i0)
            if counted is not None:
                head = counted
        if not head:
            head = self._numbering(i0)  # "the food baskets, numbering 5,400"
        if all(stem(w) in GENERIC for w in head):
            # "killing 32 people", "the 23 people killed": the verb says what is counted
            return head + self._verb_around(i0, n_after)
        if head:
            return head + self._verb_around(i0, n_after, passive_only=True)  # "14 suspects were detained"
        return head

    def _near(self, window: list[Token], qstart: int, end: int) -> frozenset[str]:
        """The stems of the clause's content words beside the number (no names, no reporting verbs)."""
        return frozenset(stem(t.text) for t in window if _content(t) and t.low not in _REPORTING
                         and not t.text[0].isupper() and not qstart <= t.start < end) - GENERIC

    def _another_subset(self, i0: int, n_after: int, span_end: int, dimension: str) -> bool:
        """The figure counts another subset, not those counted before: "a third defendant ... serves a
        three-year sentence"; "Rumaila accounts for 400 of that"; "41 suspects remain at large" after
        "arrested 14 suspects"."""
        toks = self.toks
        return i0 > self.another_at or self._of_that(n_after) \
            or not dimension.startswith("percent") and parts.out_of_figure(toks, n_after) \
            or _AT_LARGE.match(self.text, span_end) is not None or parts.one_of_several(toks, i0, self.member_sites)

    def _timing(self, qtext: str, unit_key: str | None, end: int) -> bool:
        """Seconds or minutes ('a gap of 41 seconds'), or hours followed by minutes ('in two hours,
        nine minutes and forty seconds'): a race time or gap, never compared."""
        return bool(_TIMING.search(qtext) or unit_key == "hour" and _CLOCK_TAIL.match(self.text, end))

    def _ends_date(self, n: int) -> bool:
        """toks[n] is the year of "March 25, 2024"."""
        toks = self.toks
        return n >= 3 and toks[n - 1].text == "," and toks[n - 2].kind == "num" and _is_month(toks[n - 3])

    def _cues(self, window: list[Token], i0: int, j: int):
        """Time frame, weekdays, and whether the number is an update or some other value."""
        toks = self.toks
        # "96,000 tonnes compared with 137,000 last year": what follows a baseline word after the
        # number ("compared", "than", "versus") is the baseline's, not this number's frame
        after_baseline = next((t.start for t in window if t.start >= toks[j - 1 if j > i0 else i0].end
                               and t.low in _BASELINE), None)
        if after_baseline is not None:
            window = [t for t in window if t.start < after_baseline]
        time_cues = {t.low for t in window if t.low in _TIME_CUES
                     and not (t.low == "former" and frames.former_of_post(toks, bisect_left(self.starts, t.start)))}
        own = (toks[i0].start, toks[j - 1].end if j > i0 else toks[i0].end)
        # a year that ends a full date ("March 25, 2024") dates the report, it is no time frame
        dated = {t.start for t in window if t.kind == "num" and self._ends_date(bisect_left(self.starts, t.start))}
        # ("the reduction of the 1,368,000 unemployed by half by 2030": a target year frames the change
        # aimed at, not the figure; a figure planned for then is told by its frame, quantity_frames.py)
        targets = {b.start for a, b in zip(window, window[1:]) if a.low == "by" and b.kind == "num"}
        time_cues |= {t.text for t in window if t.kind == "num" and len(t.text) == 4 and t.text.isdigit()
                      and t.start not in dated and t.start not in targets
                      and 1800 <= int(t.text) <= 2100 and not own[0] <= t.start < own[1]}
        time_cues |= {_bare(t.low) for t in window if t.kind == "word" and _is_month(t)
                      and not parts.year_start(window, t)}  # (a month is a word)
        # a rate is not a total: "500 trucks a day", "4 million tonnes a year", "daily"
        for a, b in zip(window, window[1:]):
            if a.low in ("a", "an", "per", "every", "each") and b.low in _RATE_PERIODS:
                time_cues.add(f"per {b.low}")
            elif a.low in ("per", "every", "each") and b.kind == "word" and b.low not in STOP:
                time_cues.add(f"per {_bare(b.low)}")  # "25 kilograms for every dunam", "the share of each individual"
        time_cues |= {f"per {_RATE_WORDS[t.low]}" for t in window if t.low in _RATE_WORDS}
        # "during the past year" is "last year" (one time frame in other words: "the past month", "the past
        # week"; "the past five years" is none)
        time_cues |= {"last" for a, b in zip(window, window[1:]) if a.low == "past" and b.low in _PERIODS}
        # "this year", "first quarter", "second half": a period named around the number
        # ("this year", "this season" is the story's own frame, as a figure with no cue)
        time_cues |= {f"{a.low} {b.low}" for a, b in zip(window, window[1:])
                      if b.low in _PERIODS and a.low in ("first", "second", "third", "fourth", "same")}
        days = {_bare(t.low) for t in window} & _WEEKDAY_SET
        update = any(t.low in _UPDATE_CUES for t in window)
        # "up from 300", "from 5 to 7": an old value; but "12 miles from the crossing" is a place
        # ("up to 14 hours" is a ceiling of this figure, not "up from" another: Describer._ceiling)
        other_cues = {t.low for k, t in enumerate(window) if t.low in _OTHER_CUES
                      and (t.low != "from" or t.start < toks[i0].start and self._from_value(t.start, i0))
                      and not (t.low == "up" and k + 1 < len(window) and window[k + 1].low == "to")
                      # ("shot down the forty drones": a verb's particle, not "down from")
                      and not (t.low in ("up", "down") and k + 1 < len(window) and window[k + 1].low != "from")
                      and not (t.low == "second" and k > 0 and window[k - 1].low in parts.RATE_MARKERS)
                      and not (k + 1 < len(window) and window[k + 1].low in frames.TELLING)
                      and not (t.low in _TOTAL_CUES and self._total_of_another(t.start, i0))}
        # ("said in a second statement that the 1,520 kilograms": another telling, not another amount)
        if "than" in other_cues and self._bound_than(i0):
            other_cues.discard("than")  # "more than 3,000 families": a bound of this figure (hedged), no comparison
        # "the number of students who sat, 117,342, included ...": a list cue after the number makes
        # it the whole of the list, not one of its parts
        part = any(t.low in _PART_CUES for t in toks[max(0, i0 - 2):i0]) and not _among_whole(toks, i0) \
            or any(t.low in _PART_CUES - _LIST_CUES for t in toks[j:min(len(toks), j + 2)])
        other = bool(other_cues) or part and not self._second_group(i0, j)
        # "the total rain reached 182 millimetres": a total, and nothing else makes it another figure
        total = other and not part and other_cues <= _TOTAL_CUES
        return frozenset(time_cues), frozenset(days), update, other, total

    def _total_of_another(self, start: int, i0: int) -> bool:
        """'the total cost of the 340-kilometre line': the figure is a definite "of" phrase of a noun
        the total word qualifies (the cost), so the total is not this figure's ('a total length of
        340 km' is)."""
        toks = self.toks
        return i0 >= 3 and self._determiner(i0 - 1) and toks[i0 - 2].low == "of" \
            and start < toks[i0 - 3].start and _content(toks[i0 - 3])

    def _from_value(self, start: int, i0: int) -> bool:
        """'up from 300', 'from about 5 to 7': "from" right before the number (hedges between) gives an
        old value; "the death toll from the floods stood at 64" names a cause."""
        toks = self.toks
        n = i0 - 1
        while n >= 0 and toks[n].low in _HEDGES:
            n -= 1
        return n >= 0 and toks[n].start == start

    def _bound_than(self, i0: int) -> bool:
        """'more than 3,000', 'fewer than 40', 'no less than 12': the only 'than' of the clause is
        the hedge right before the number (a comparison says 'than' elsewhere: 'higher than in 2019')."""
        toks = self.toks
        lo, hi = _clause_bounds(toks, i0, i0 + 1, 6, 6)
        thans = [n for n in range(lo, hi) if toks[n].low == "than"]
        # every "than" of the clause a bound of some figure: "mobilised more than 2,400 observers in
        # the 96 examination centres" compares nothing with the 96
        return bool(thans) and all(n >= 1 and toks[n - 1].low in ("more", "less", "fewer")
                                   and n + 1 < len(toks) and toks[n + 1].kind == "num" for n in thans)

    def _ceiling(self, i0: int) -> bool:
        """'power cuts of up to 14 hours a day', 'at most 20', 'a maximum of 300', 'no more than 50':
        the figure is the most there is."""
        toks = self.toks
        two = " ".join(t.low for t in toks[max(0, i0 - 2):i0])
        three = " ".join(t.low for t in toks[max(0, i0 - 3):i0])
        return two in ("up to", "at most", "maximum of") or three in ("no more than", "not more than", "not exceeding")

    def _of_that(self, j: int) -> bool:
        """'Rumaila accounts for 400 mmscfd of that', '12 of them': a part of a figure said before."""
        toks = self.toks
        if not (j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low in _OF_WHOLE):
            return False
        # "the 421 families of this week": a determiner before a noun dates the figure, it is no part
        nxt = toks[j + 2] if j + 2 < len(toks) else None
        return toks[j + 1].low in ("them", "whom", "it") or nxt is None or nxt.kind != "word" \
            or nxt.low in STOP

    def _second_group(self, i0: int, j: int) -> bool:
        """'13 people were killed and 94 others were injured': 'others' after 'and' counts a
        second group of people, not a part of the first; the figure is that group's whole."""
        toks = self.toks
        return i0 > 0 and toks[i0 - 1].low == "and" and j < len(toks) and toks[j].low == "others" \
            and not any(t.low in _PART_CUES for t in toks[max(0, i0 - 3):i0 - 1])

    def _measures_change(self, i0: int, head: list[str]) -> bool:
        """The number is the size of a change: 'the 13 percent drop', 'fell by 30 percent', 'a rise of 37 percent'."""
        if any(_CHANGE_FAMILIES & FAMILIES.get(stem(w), set()) for w in head):
            return True
        toks, b = self.toks, i0 - 1
        while b >= 0 and toks[b].low in _HEDGES:
            b -= 1
        return b >= 0 and (toks[b].low == "by" and not (b > 0 and toks[b - 1].low in _AGENT_VERBS)
                           or toks[b].low == "of" and b > 0
                           and bool(_CHANGE_FAMILIES & FAMILIES.get(stem(toks[b - 1].low), set())))

    def _changed_item(self, n: int) -> frozenset[str]:
        """What a change is of, after its noun: 'the 13 percent drop in the Garmiyan crop'."""
        toks = self.toks
        if not (n < len(toks) and toks[n].low in ("in", "of")):
            return frozenset()
        words = []
        for t in toks[n + 1:n + 6]:
            if t.kind != "word" or t.text in _CLAUSE_BREAKS or t.low in _AUXILIARIES or len(words) == 3:
                break
            if t.low not in STOP:
                words.append(stem(t.text))
        return frozenset(words)

    def _names(self, lo: int, hi: int, i0: int, j: int) -> frozenset[str]:
        """Proper nouns right around the number ("Iraq's 600km border", "the 1,458km border with
        Iran"), and a place named by a common noun in its clause ("in the capital")."""
        names = set()
        for n in range(max(lo, i0 - 2), min(hi, j + 4)):
            t = self.toks[n]
            bare = _bare(t.low)
            if t.kind == "word" and t.text[0].isupper() and n != self.first_word and not _is_month(t) \
                    and bare not in WEEKDAYS and bare not in STOP and bare not in NAME_TO_UNIT \
                    and bare not in _NAME_PARTICLES:
                names.add(_bare(t.text))
        # "turnout in the capital reached 41 percent", "In the capital, the campaign targets 1.4
        # million children": a part of the country's figure
        opening = range(2, min(3, len(self.toks)))  # the sentence's own "In the capital, ..."
        for n in [*range(lo + 2, hi), *opening]:
            if self.toks[n].low in SCOPE_NOUNS and self.toks[n - 1].low == "the" \
                    and self.toks[n - 2].low in ("in", "at", "across", "inside"):
                # ("in the city of Sfax" names Sfax, as "in Sfax" does: the place, not its scope)
                named = n + 2 < len(self.toks) and self.toks[n + 1].low == "of" and self.toks[n + 2].text[:1].isupper()
                names.add(_bare(self.toks[n + 2].text) if named else self.toks[n].low)
        return frozenset(names)

    def _left(self, i: int, dimension: str) -> tuple[list[str], bool, bool]:
        """Content words just before the number; whether it is anaphoric or hedged.

        Anaphoric: a determiner or possessive right before it ("the 16 detainees", "Lebanon's
        2-1 win"), or before a noun that takes it with "of" ("the turnout of 36.8 per cent").
        """
        toks = self.toks
        words: list[str] = []
        hedged = False
        n = i - 1
        while n >= 0 and i - n <= 6 and toks[n].text not in _CLAUSE_BREAKS:
            t = toks[n]
            if t.low in _HEDGES and t.low not in _EXACT_ENOUGH and i - n <= 2 \
                    and not (t.low == "over" and n > 0 and toks[n - 1].low in frames.PARTICLE_VERBS) \
                    and not (n < i - 1 and self._determiner(i - 1)):
                hedged = True  # ("will hand over 1,200 units": the verb's particle, no bound; "takes more
                # than the 3,450 dollars set": a comparison with a definite figure, which is exact)
            if t.low == "to" and n > 0 and toks[n - 1].low == "up":
                hedged = True
            capital_ok = n == self.first_word or not t.text[0].isupper()
            if _content(t) and t.low not in _REPORTING and t.low not in _HEDGES and capital_ok:
                words.append(t.text)
            n -= 1
        anaphoric = False
        n = i - 1
        while n >= 0 and toks[n].low in _HEDGES:
            n -= 1  # "the nearly 600km border"
        if n >= 0 and self._determiner(n):
            anaphoric = True
        elif n >= 2 and toks[n].low == "of" and toks[n - 1].low in _REMAINS and self._determiner(n - 2):
            anaphoric = True  # "the bodies of four drivers": the dead already reported
        elif n >= 2 and toks[n].low == "of" and toks[n - 1].low in _VALUE_NOUNS:
            # "the turnout of", "the ministry's target of": determiner + value noun + of
            for d in (n - 2, n - 3):
                if d >= 0 and self._determiner(d) and all(_content(t) for t in toks[d + 1:n]):
                    anaphoric = True
                    break
        return words, anaphoric, hedged

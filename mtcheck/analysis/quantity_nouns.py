"""What a number counts: the noun after it, the noun it is "of", the noun a "number of" or a
relative clause names, a verb around it, and the unit a price is per. ``NounReader`` is the half
of ``quantity_context.Describer`` that reads nouns; it works on ``self.toks`` of one sentence.
"""
from __future__ import annotations

import re

from .counted_phrases import coordinated
from .quantity_words import (_ANAPHORIC, _AUXILIARIES, _BASELINE, _CLAUSE_BREAKS, _HEDGES, _MEASURE_ADJECTIVES,
                             _NOT_ADVERBS, _REPORTING, STOP, _content)
from .units import FAMILIES, GENERIC, GENERIC_OF, NAME_TO_UNIT, UNITS, stem


_PRICED_DIMENSIONS = frozenset({"mass", "length", "area", "volume", "oil-volume"})  # what a price may be per
# what opens a participle's object or complement ("linking the villages", "covering about", "serving 12")
_PARTICIPLE_OBJECTS = frozenset("the a an its their his her this these those about around nearly some".split())
# "the number of students ... had reached 124,600": nouns that count what their "of" names, and the
# verbs that give their figure
_COUNT_NOUNS = frozenset(["number", "total", "count", "tally", "numbers"])
_FIGURE_VERBS = frozenset("""reached reach reaches reaching stood stands stand totalled totaled totals
amounted amounts rose risen climbed increased jumped fell dropped declined hit exceeded was were is are
became""".split())
_NUMBERING = frozenset("numbering numbered totalling totalled totaling totaled".split())
_NUMBER_OF_REACH = 14  # tokens back from the verb to "number of"
_APPOSED_VERBS = frozenset(["estimated", "put", "set", "valued", "numbering"])


def _plural(low: str) -> bool:
    """A plural by its ending: 'brigades', 'machines'; not 'class', 'dialysis', 'crisis', 'bus', 'virus'."""
    return low.endswith("s") and not low.endswith(("ss", "is", "us"))


class NounReader:
    """Finds the noun a number of ``self.toks`` counts or measures."""

    def _number_of(self, i0: int) -> list[str] | None:
        """The noun of a 'the number of <noun>' (or total, count, tally) that a value verb right
        before toks[i0] ('reached', 'stood at', 'rose to', 'put ... at') gives the figure of, in one clause."""
        toks = self.toks
        n = i0 - 1
        while n >= 0 and toks[n].low in _HEDGES:
            n -= 1
        # ("put the number of displaced families at 4,300": "at" alone ends the phrase it gives the figure of)
        if n < 0 or toks[n].low not in _FIGURE_VERBS and toks[n].low != "at" \
                and not (toks[n].low == "to" and n > 0 and toks[n - 1].low in _FIGURE_VERBS):
            return None
        # "the number of trucks expected to use the route, estimated at 5,400": the comma before an
        # apposed "estimated at" joins the figure to the phrase it estimates
        apposed = toks[n].low == "at" and n >= 2 and toks[n - 1].low in _APPOSED_VERBS and toks[n - 2].text == ","
        for b in range(n - 1, max(n - _NUMBER_OF_REACH, 1) - 1, -1):
            t = toks[b]
            if (t.text in _CLAUSE_BREAKS and not (apposed and b == n - 2)) or t.kind == "num":
                return None  # another clause, or another figure between
            if t.low == "of" and toks[b - 1].low in _COUNT_NOUNS and b + 1 < n:
                return self._phrase_noun(b + 1 + (toks[b + 1].low in ("the", "those")), n)
            if t.low in ("toll", "tolls"):
                return [t.text]  # "the death toll stood at 21": a count of the dead (units.toml death)
        return None

    def _numbering(self, i0: int) -> list[str]:
        """'the food baskets, numbering 5,400', 'the injured numbered 83': a count given by a numbering
        verb counts the noun right before the verb (a comma between allowed)."""
        toks = self.toks
        n = i0 - 1
        while n >= 0 and toks[n].low in _HEDGES:
            n -= 1
        if n < 1 or toks[n].low not in _NUMBERING:
            return []
        n -= 1 + (toks[n - 1].text == ",")
        t = toks[n] if n >= 0 else None
        return [t.text] if t is not None and _content(t) and not t.text[0].isupper() else []

    def _of_noun(self, n: int) -> list[str]:
        """The first lower-case content word of an 'of' phrase at toks[n] ('of (the) prosecution')."""
        toks = self.toks
        if not (n + 1 < len(toks) and toks[n].low == "of"):
            return []
        n += 1 + (toks[n + 1].low in ("the", "a", "an"))
        t = toks[n] if n < len(toks) else None
        return [t.text] if t is not None and _content(t) and not t.text[0].isupper() else []

    def _phrase_noun(self, a: int, stop: int) -> list[str] | None:
        """The noun of the phrase from toks[a] ('displaced families in the camps': families): up to
        three lower-case content words, ending at the first plural. A vague noun keeps the word
        before it, which says what it counts ('the prosecution cases': prosecution, cases)."""
        words = []
        for t in self.toks[a:min(a + 3, stop)]:
            if not _content(t) or t.text[0].isupper():
                break
            words.append(t.text)
            if _plural(t.low):
                break
        if not words:
            return None
        return words[-2:] if len(words) > 1 and stem(words[-1]) in GENERIC else words[-1:]

    def _antecedent(self, i0: int) -> list[str]:
        """'the deficit of the governorate, which had reached 700 megawatts': a measure put in a
        relative clause is said of the noun the clause hangs on (the first noun of its phrase)."""
        toks = self.toks
        n = i0 - 1
        while n > 0 and i0 - n <= 5 and toks[n].low not in ("which", "that"):
            if toks[n].text in _CLAUSE_BREAKS:
                return []
            n -= 1
        if n < 2 or toks[n].low not in ("which", "that") or toks[n - 1].text != ",":
            return []
        k = n - 2  # the phrase before the comma, back to its determiner (past "of the": "the deficit of the governorate")
        while k > 0 and n - k <= 7 and toks[k].kind == "word" \
                and (toks[k].low not in _ANAPHORIC or toks[k - 1].low == "of"):
            k -= 1
        if toks[k].low not in _ANAPHORIC:
            return []
        first = next((t for t in toks[k + 1:n - 1] if _content(t) and not t.text[0].isupper()), None)
        return [first.text] if first is not None else []

    def _per_unit(self, j: int) -> tuple[str | None, int]:
        """'850,000 dinars per tonne', '20 dollars a barrel', 'for the kilogram': the unit of
        measure a price is for, and where its word ends."""
        toks = self.toks
        n = j
        if n < len(toks) and toks[n].low in ("per", "a", "an", "each", "every", "for"):
            n += 1
            while n < len(toks) and toks[n].low in ("the", "each", "one", "every"):
                n += 1
            key = NAME_TO_UNIT.get(toks[n].low) if n < len(toks) and n > j + 0 else None
            if key is not None and UNITS[key].dimension in _PRICED_DIMENSIONS:
                return key, toks[n].end
        return None, 0

    def _noun_of(self, i0: int) -> tuple[str | None, bool]:
        """'a fine of 2 billion pounds': the noun a measure is 'of', and whether a determiner
        before it points back ('the fine of', 'its cost of')."""
        toks = self.toks
        if i0 < 2 or toks[i0 - 1].low != "of" or not _content(toks[i0 - 2]) or toks[i0 - 2].text[0].isupper():
            return None, False
        return toks[i0 - 2].text, i0 >= 3 and self._determiner(i0 - 3) and toks[i0 - 3].low in _ANAPHORIC

    def _verb_around(self, i: int, n: int, passive_only: bool = False) -> list[str]:
        """A participle after the noun ("people killed", "were detained") or a verb right before."""
        toks = self.toks
        out = []
        k = n
        while k < len(toks) and k - n < 2 and toks[k].low in _AUXILIARIES:
            k += 1
        if k < len(toks) and toks[k].kind == "word" and not toks[k].text[0].isupper() \
                and (toks[k].low.endswith("ed") or toks[k].low in FAMILIES or stem(toks[k].low) in FAMILIES) \
                and (k > n or not passive_only):
            out.append(toks[k].text)
        if passive_only:
            return out
        b = i - 1
        while b >= 0 and toks[b].low in _HEDGES:
            b -= 1
        if b >= 0 and _content(toks[b]) and not toks[b].text[0].isupper() and toks[b].low not in _REPORTING:
            out.append(toks[b].text)
        return out

    def _head_after(self, j: int, dimension: str) -> tuple[list[str], int, int]:
        """The counted noun after the number: '14 suspects were', 'four army brigades,'."""
        toks = self.toks
        n = j
        if n < len(toks) and toks[n].text == "-" and n + 1 < len(toks) and toks[n + 1].kind == "word" \
                and toks[n].start == toks[n - 1].end:
            # "16-member council", "five-storey building": the compound's own noun is what is
            # counted; the noun after it is only described
            return [toks[n + 1].text], toks[n + 1].end, n + 2
        words, end, n = self._noun_phrase(j, dimension)
        if words and dimension == "count":
            more, n = coordinated(toks, words, n)
            if more:
                words += more
                end = toks[n - 1].end
        if words and dimension == "count" and words[-1].lower() in GENERIC_OF:
            words[:0] = self._of_noun(n)  # "37 cases of prosecution of journalists": prosecution
        joiners = ("in", "for", "of") if dimension.startswith("money") else ("of",)
        if not words and dimension.split(":")[0] not in ("count", "percent", "score", "duration") \
                and n < len(toks) and toks[n].low in joiners:
            return self._measured_after(n + 1)  # "2.3 tonnes of hashish", "$1.5 billion in lost revenue"
        return words, end, n

    def _noun_phrase(self, j: int, dimension: str) -> tuple[list[str], int, int]:
        """The words of the noun phrase that starts at toks[j] (up to three for a count, two for a
        measure), where its span ends, and the token after it."""
        toks = self.toks
        words: list[str] = []
        end = 0
        n = j
        while n < len(toks) and len(words) < (3 if dimension == "count" else 2):
            skip = self._modifier_span(n) if dimension == "count" and not words else 0
            if skip:
                n += skip  # "fifteen new ship-to-shore cranes", "fourteen Hajj and Umrah companies"
                continue
            t = toks[n]
            demonym = not words and n == j and t.text[0].isupper() and t.low.endswith("s") and t.kind == "word"
            if self._describes_noun(n, j, words, demonym):
                n += 1
                continue
            if self._ends_noun(n, words, dimension, demonym):
                break
            words.append(t.text)
            if dimension == "count" or not end:
                end = t.end  # the span keeps a unit's noun short: "600km border", not "... requires"
            n += 1
            if _plural(t.low):
                break  # "four army brigades", "40-day vaccination campaigns": a plural ends the phrase
        return words, end, n

    def _modifier_span(self, n: int) -> int:
        """How many tokens from toks[n] on only describe the plural noun right after them: a hyphened
        compound ("ship-to-shore cranes") or two names joined by "and" ("Hajj and Umrah companies");
        0 when none does."""
        toks = self.toks
        k = n
        while k + 2 < len(toks) and toks[k].kind == "word" and toks[k + 1].text == "-" \
                and toks[k + 1].start == toks[k].end and toks[k + 2].start == toks[k + 1].end:
            k += 2  # over "ship-to-" of "ship-to-shore"
        if k > n:
            k += 1
        elif k + 3 < len(toks) and toks[k].kind == "word" and toks[k].text[0].isupper() and toks[k + 1].low == "and" \
                and toks[k + 2].kind == "word" and toks[k + 2].text[0].isupper():
            k += 3
        else:
            return 0
        after = toks[k] if k < len(toks) else None
        plural = after is not None and after.kind == "word" and not after.text[0].isupper() and _plural(after.low) \
            and after.low not in STOP
        return k - n if plural else 0

    def _describes_noun(self, n: int, j: int, words: list[str], demonym: bool) -> bool:
        """toks[n] only describes the counted noun after it: not what is counted."""
        toks = self.toks
        t = toks[n]
        if t.kind == "word" and not words and (t.low.endswith("ly") and t.low not in _NOT_ADVERBS or t.low == "new"):
            return True  # "8,100 newly displaced households", "50 new wells"
        if not words and _tech_label(toks, n):
            return True  # "forty new 5G base stations", "12 3D printers": a label, not what is counted
        if not words and n == j and t.kind == "word" and t.text[0].isupper() and not demonym \
                and n + 1 < len(toks) and toks[n + 1].kind == "word" and toks[n + 1].low.endswith("s") \
                and not toks[n + 1].text[0].isupper() and toks[n + 1].low not in STOP:
            return True  # "1.2 million Captagon pills", "40 Iraqi soldiers": a name describes the noun
        # "five wounded Peshmerga fighters": a name between the words of the noun
        return bool(words) and n + 1 < len(toks) and t.kind == "word" and t.text[0].isupper() \
            and toks[n + 1].kind == "word" and toks[n + 1].low.endswith("s") \
            and not toks[n + 1].text[0].isupper() and toks[n + 1].low not in STOP

    def _ends_noun(self, n: int, words: list[str], dimension: str, demonym: bool) -> bool:
        """The noun phrase ends before toks[n]."""
        toks = self.toks
        t = toks[n]
        if t.kind != "word" or t.low in STOP or t.low in _BASELINE or t.text[0].isupper() and not demonym \
                or dimension != "count" and t.low in _MEASURE_ADJECTIVES:
            return True  # ("3,000 Palestinians": a plural demonym is what is counted)
        if words and t.low.endswith("ed") and not self._describes_plural(n + 1):
            return True  # "two men wanted": a verb follows the noun ("23 wooden coloured coffins": it describes it)
        # "a road of 14 kilometres linking the villages": a participle, no measured noun
        return not words and dimension != "count" and t.low.endswith("ing") and n + 1 < len(toks) \
            and toks[n + 1].low in _PARTICIPLE_OBJECTS

    def _measured_after(self, n: int) -> tuple[list[str], int, int]:
        """What a measure with no noun of its own measures, from toks[n] on, after its "of" ("2.3
        tonnes of hashish"): up to two words; its span is the measure alone."""
        toks = self.toks
        words: list[str] = []
        while n < len(toks) and toks[n].low in ("the", "a", "an"):
            n += 1
        while n < len(toks) and len(words) < 2 and toks[n].kind == "word" and toks[n].low not in STOP \
                and toks[n].low not in _BASELINE and not toks[n].text[0].isupper():
            words.append(toks[n].text)
            n += 1
        return words, 0, n

    def _describes_plural(self, n: int) -> bool:
        """toks[n] is a lower-case plural content word: the participle before it describes it."""
        toks = self.toks
        return n < len(toks) and _content(toks[n]) and not toks[n].text[0].isupper() and _plural(toks[n].low)

    def _determiner(self, n: int) -> bool:
        t = self.toks[n]
        return t.low in _ANAPHORIC or (t.kind == "word" and bool(re.search(r"['\u2019]s$", t.text)))


def _tech_label(toks, n: int) -> bool:
    """toks[n] is part of a figure-and-capitals label written as one word: "5G", "4K", "3D"."""
    t = toks[n]
    if t.kind == "num":
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        return nxt is not None and nxt.kind == "word" and nxt.start == t.end and nxt.text.isupper() and len(nxt.text) <= 2
    return t.kind == "word" and n > 0 and toks[n - 1].kind == "num" and toks[n - 1].end == t.start \
        and t.text.isupper() and len(t.text) <= 2


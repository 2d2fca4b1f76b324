"""Quantities in running text: a number, its unit and what it counts, with exact offsets.

``extract(ctx)`` finds every comparable quantity ("a 600km border", "14 suspects", "38.6 per
cent", "$1.5bn", "beat Bahrain 2-1") and converts it to the base unit of its dimension, so equal
values written differently compare equal. Numbers that are not quantities of the story are left
out: years, dates, times, ages, ordinals, ranges and numbers that are part of a name ("Resolution
2254", "F-16"). Units, scale words and families of counted nouns live in data/units.toml.
"""
from __future__ import annotations

import re
from operator import itemgetter

from . import lexicon
from . import quantity_frames as frames
from . import quantity_parts as parts
from .counted_lists import share_units
from .gc_pause import no_cycle_collection
from .quantity_context import Describer
from .quantity_words import (_AGE_AFTER, _HEDGES, _ORDINAL_AFTER, _TENS, _TIME_AFTER, _WORD_NUMBERS,
                             _YEAR_PREPOSITIONS, WEEKDAYS, Quantity, _clause_bounds, _is_month, _number_value,
                             tokenize)
from .units import (CASED_UNIT_AFTER, FAMILIES, MONEY_AFTER, PERCENT_SIGN, SCALE, SCALE_AFTER, SYMBOL_BEFORE,
                    SYMBOL_TO_UNIT, UNIT_AFTER, UNITS, stem, unit_of)


# The units digit of a compound number word ("twenty-one"): "one" too, which alone is no count
_UNIT_WORDS = {**{w: n for w, n in _WORD_NUMBERS.items() if n < 10}, "one": 1}
_ADDED_BEFORE_UNIT = re.compile(r"[ \u00a0]+(?:additional|extra|further)(?=[ \u00a0])", re.IGNORECASE)
# the ordinals of the units digit ("thirty-first"), from the ordinal days of data/event_days.toml
_ORDINAL_UNITS = frozenset(lexicon.load("event_days.toml")["start_dates"]["ordinals"][:9])
_SCALE_WORDS = ("thousand", "million", "billion", "trillion")  # "one million": a number
# "one" and "nil" are no counted numbers elsewhere ("one of the ..."), but are in a result
_SCORE_WORDS = {"one": 1, "nil": 0, "zero": 0, "none": 0}
_STARTERS = frozenset({*_WORD_NUMBERS, *_TENS, *_SCORE_WORDS, "one"})  # words a quantity may open with
_YEAR = re.compile(r"(?:19|20)\d\d")
_RANGE_JOINERS = frozenset(("to", "and", "or", "-", "\u2013"))  # "three to 15 years", "3-5"
# the first words of the Hijri months: a number before one is a day of the month, no count
_HIJRI_MONTHS = frozenset("""Muharram Safar Rabi Rabi' Rabia Rabee Jumada Jumadi Jumadah Rajab Shaban Sha'ban Shaaban
Ramadan Ramadhan Shawwal Shawal Dhu Dhul Zul Thul Dhi""".split())
_LOW = itemgetter(4)  # Token.low
_PLACE_PREPOSITIONS = frozenset("in at from near".split())
# "which number 12,000 houses", "who number 300": the verb that counts, before a figure, names nothing
_NUMBER_VERB_BEFORE = frozenset("which who that they now together".split())


class _SentenceParser(Describer):
    """Finds the quantities of one sentence."""

    def __init__(self, text: str, start: int, end: int, index: int, part: str):
        self.text, self.start, self.end = text, start, end
        self.index, self.part = index, part
        self.toks = tokenize(text, start, end)
        self.starts = [t.start for t in self.toks]  # for bisect: no rescan from the sentence start
        self.first_word = next((k for k, t in enumerate(self.toks) if t.kind == "word"), -1)
        self.range_members: set[int] = set()
        lows = set(map(_LOW, self.toks))  # the sentence's words: passes for words it lacks are skipped
        if not lows.isdisjoint(_RANGE_JOINERS):
            self._mark_ranges()
        # the sentence-wide frames (quantity_frames): one pass each, read by every number
        self.opening, self.when_sites, self.owner_sites, self.another_at = \
            frames.sentence_frames(self.toks, self.first_word, lows)
        # "the largest of which": read only in a sentence that holds one of its words
        self.member_sites = parts.member_sites(self.toks) if not lows.isdisjoint(parts.MEMBER_WORDS) else []

    # ranges ("three to 15 years", "between 2019 and 2020", "3-5") are not single quantities
    def _mark_ranges(self) -> None:
        toks = self.toks
        for k in range(1, len(toks) - 1):
            if toks[k].low in _RANGE_JOINERS and self._is_number(k - 1) and self._is_number(k + 1):
                if toks[k].low == "and" and not any(t.low == "between" for t in toks[max(0, k - 4):k]):
                    continue
                if toks[k].text == "-" and toks[k - 1].low in _TENS and toks[k - 1].end == toks[k].start:
                    continue  # "twenty-five": one number
                if self._year_then_amount(k):
                    continue  # "rose during the first ten months of the year 2026 to 3.87 billion dinars"
                self.range_members.update({k - 1, k + 1})

    def _year_then_amount(self, k: int) -> bool:
        """A year named as such ("the year 2026", "in 2026") before "to" and a figure that is no year: the
        year ends one phrase and the figure is what something rose or fell to."""
        left, right = self.toks[k - 1], self.toks[k + 1]
        year = _YEAR.fullmatch(left.text) is not None and k >= 2 and self.toks[k - 2].low in ("year", "in", "of")
        return year and self.toks[k].low == "to" and _YEAR.fullmatch(right.text) is None

    def _is_number(self, k: int) -> bool:
        t = self.toks[k]
        return t.kind == "num" or t.low in _WORD_NUMBERS or t.low in _TENS

    def quantities(self) -> list[Quantity]:
        out = []
        skip_to = -1
        toks = self.toks
        # only numerals and number words start a quantity: the others are not visited
        for k in [k for k, t in enumerate(toks) if t.kind == "num" or t.low in _STARTERS]:
            tok = toks[k]
            if k <= skip_to:
                continue
            # a result written out opens with a small number ("three goals against one")
            q, end = self._word_score(k) if tok.kind == "num" or tok.low in _SCORE_WORDS \
                or tok.low in _WORD_NUMBERS else (None, -1)
            if q is not None:
                out.append(q)
                skip_to = end
                continue
            if tok.kind == "num":
                q, skip_to = self._score(k)
                if q is None:
                    q = self._numeric(k)
            elif tok.low in _WORD_NUMBERS or tok.low in _TENS or tok.low == "one" and self._one_scaled(k):
                q = self._word_number(k)
                skip_to = self._word_end  # "one hundred and fifty-six": one number
            if q is not None:
                out.append(q)
        if len(out) > 1:
            _mark_casualty_peers(out)
            parts.mark_own_antecedents(out, self.text)
            parts.mark_summed_parts(out, self.text)
            out = share_units(self.text, out)  # "12, 18 and 9 kilometers": all kilometres
        return out

    # -- numbers ----------------------------------------------------------------------------
    def _one_scaled(self, k: int) -> bool:
        """'nearly one million people': one of a scale word (a bare 'one' is no counted number:
        'one of the ...')."""
        toks = self.toks
        return toks[k].low == "one" and k + 1 < len(toks) and (toks[k + 1].low in _SCALE_WORDS
                                                               or toks[k + 1].low == "hundred")

    def _word_number(self, k: int) -> Quantity | None:
        toks, tok = self.toks, self.toks[k]
        self._word_end = k
        if k in self.range_members:
            return None
        if k > 0 and toks[k - 1].text == "-" and toks[k - 1].end == tok.start:
            return None  # "twenty-five" tail, "top-ten"
        if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].start == tok.end \
                and toks[k + 2].low in _ORDINAL_UNITS:
            return None  # "the thirty-first of March": an ordinal, no count of thirty
        value, end_k = self._below_hundred(k)
        if value is None:
            value = 1  # "one million" (_one_scaled)
        if value < 100 and end_k + 1 < len(toks) and toks[end_k + 1].low == "hundred":
            # "one hundred and fifty-six families", "three hundred twelve", "fifteen hundred runners"
            value, end_k = value * 100, end_k + 1
            n = end_k + 1 + (end_k + 1 < len(toks) and toks[end_k + 1].low == "and")
            rest, rest_end = self._below_hundred(n) if n < len(toks) else (None, n)
            if rest is not None and n not in self.range_members:
                value, end_k = value + rest, rest_end
        self._word_end = end_k
        return self._measure(k, toks[end_k].end, float(value), 0, str(int(value)), None)

    def _below_hundred(self, k: int) -> tuple[int | None, int]:
        """The value of a number word from toks[k] ("seven", "twenty", "forty-five") and its last index."""
        toks, tok = self.toks, self.toks[k]
        value = _WORD_NUMBERS.get(tok.low, _TENS.get(tok.low, 1 if tok.low == "one" else None))
        if tok.low in _TENS and k + 2 < len(toks) and toks[k + 1].text == "-" \
                and toks[k + 1].start == tok.end and _UNIT_WORDS.get(toks[k + 2].low):
            return value + _UNIT_WORDS[toks[k + 2].low], k + 2  # "twenty-one", "forty-five"
        return value, k

    def _numeric(self, k: int) -> Quantity | None:
        toks, tok, text = self.toks, self.toks[k], self.text
        if k in self.range_members:
            return None
        value, decimals, digits = _number_value(tok.text)
        after = tok.end
        if _ORDINAL_AFTER.match(text, after) or _TIME_AFTER.match(text, after):
            return None
        if k > 0 and toks[k - 1].text in (":", "/", "#") and toks[k - 1].end == tok.start:
            return None
        if k > 1 and toks[k - 1].text == "-" and toks[k - 1].end == tok.start \
                and toks[k - 2].end == toks[k - 1].start:
            return None  # "F-16", "Covid-19", "2019-20"
        if k + 1 < len(toks) and toks[k + 1].text in ("/", ":") and toks[k + 1].start == tok.end:
            return None  # "9/11", "24/7", "10:30"
        if k > 0 and _is_month(toks[k - 1]) or k + 1 < len(toks) and _is_month(toks[k + 1]):
            return None  # a date
        if k + 1 < len(toks) and toks[k + 1].text in _HIJRI_MONTHS:
            return None  # a Hijri date: "9 Dhu al-Hijjah", "22 Dhu al-Qa'dah"
        symbol = SYMBOL_BEFORE.search(text, max(self.start, tok.start - 4), tok.start)
        if "," not in tok.text and decimals == 0 and 1800 <= value <= 2100 and not symbol \
                and not self._counts_plural(k):
            return None  # a year: "in 2017", "the 2021 elections"
        if symbol is None and self._looks_like_identifier(k):
            return None
        return self._measure(k, after, value, decimals, digits, symbol)

    def _measure(self, k: int, after: int, value: float, decimals: int, digits: str,
                 symbol: re.Match | None) -> Quantity | None:
        """Read the scale word and unit after a number, then describe the quantity."""
        text = self.text
        num_end = after
        precision = 10.0 ** -decimals
        scale = 1.0
        m = SCALE_AFTER.match(text, after)
        if m:
            word = m.group("scale").lower()
            attached_only = word in ("m", "k", "b")
            metres = word == "m" and not symbol and not self._million_follows(m.end())
            if not (attached_only and m.group("sp")) and not metres and not (word == "b" and not symbol):
                scale = SCALE[word]
                after = m.end()
        value *= scale
        # "1 billion" is a round figure, but not one that also covers 1.4 billion; "143 million" has
        # three significant figures and is "143.2 million" rounded to them (a headline's, a summary's)
        precision = precision * scale if decimals or scale == 1.0 or value >= 10 * scale else 0.1 * scale
        unit_key = None
        if symbol:
            unit_key = SYMBOL_TO_UNIT[symbol.group("sym").strip()]
        else:
            um = PERCENT_SIGN.match(text, after)
            if um:
                unit_key, after = "percent", um.end()
            else:
                um = CASED_UNIT_AFTER.match(text, after) or UNIT_AFTER.match(text, after) \
                    or MONEY_AFTER.match(text, after)
                added = None if um else _ADDED_BEFORE_UNIT.match(text, after)
                if added:  # "the 1,200 additional megawatts": the unit after the word of an addition
                    um = CASED_UNIT_AFTER.match(text, added.end()) or UNIT_AFTER.match(text, added.end())
                if um and um.end() <= self.end:
                    name = um.group("unit")
                    unit_key = unit_of(name)
                    after = um.end()
                elif scale == 1.0 and re.match(r"m(?![\w])", text[after:after + 2]):
                    unit_key, after = "metre", after + 1
        if unit_key is not None and UNITS[unit_key].dimension == "duration" and _AGE_AFTER.match(text, after):
            return None  # "a 31-year-old", "34 years old"
        if unit_key is None and self._is_age_apposition(k):
            return None
        start = symbol.start() if symbol else self.toks[k].start
        return self._build(k, after, value, digits, unit_key, precision=precision, start=start,
                           number=(self.toks[k].start, num_end), scale=scale)

    def _counts_plural(self, k: int) -> bool:
        """'deployed 2000 troops': a year-like number that counts the plural noun after it."""
        toks = self.toks
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        prev = toks[k - 1].low if k > 0 else ""
        return nxt is not None and nxt.kind == "word" and nxt.low.endswith("s") and nxt.text.islower() \
            and prev not in _YEAR_PREPOSITIONS

    def _million_follows(self, pos: int) -> bool:
        """After "1.2m": a unit or a plural noun makes it million ("1.2m bpd", "3m people")."""
        if UNIT_AFTER.match(self.text, pos) or MONEY_AFTER.match(self.text, pos):
            return True
        nxt = re.match(r"[ \u00a0]([a-z]+)", self.text[pos:pos + 30])
        return bool(nxt) and (nxt.group(1).endswith("s") or nxt.group(1) in ("people", "children"))

    def _looks_like_identifier(self, k: int) -> bool:
        """'Resolution 2254', 'Article 140', 'No. 5', 'Brigade 47': a number that names."""
        if k == 0:
            return False
        prev = self.toks[k - 1]
        if prev.text == "." and k > 1 and self.toks[k - 2].low in ("no", "nos"):
            return True
        if prev.kind != "word":
            return False
        if prev.low == "no" or prev.low == "number" and not (k > 1 and self.toks[k - 2].low in _NUMBER_VERB_BEFORE):
            return True  # ("the units, which number 12,000 houses": the verb counts them)
        if "," in self.toks[k].text:
            return False  # a figure grouped in thousands names nothing: "distributed in the first phase
            # 5,200 food baskets", "the harbour of Sur 1,870 boats" count the baskets and the boats
        if prev.low in ("resolution", "article", "route", "highway", "flight", "room",
                        "phase", "level", "gate", "line", "block", "camp", "unit", "division", "brigade"):
            return True
        if re.search(r"['\u2019]s$", prev.text):
            return False  # "Iraq's 600km border"
        if k > 1 and self.toks[k - 2].low in _PLACE_PREPOSITIONS and self._counts_plural(k):
            return False  # "signed in Baghdad 12 agreements": a place, then a count
        return prev.text[0].isupper() and k - 1 != self.first_word and prev.low not in _HEDGES \
            and not _is_month(prev) and prev.low not in WEEKDAYS

    def _is_age_apposition(self, k: int) -> bool:
        """'Faisal Al Mutairi, 34, a lawyer': an age set off by commas after a name."""
        toks = self.toks
        if not (0 < k < len(toks) - 1 and toks[k - 1].text == "," and toks[k + 1].text == ","):
            return False
        return k > 1 and toks[k - 2].kind == "word" and toks[k - 2].text[0].isupper()

    def _small_int(self, k: int) -> int | None:
        t = self.toks[k]
        if t.kind == "num":
            return int(t.text) if t.text.isdigit() and len(t.text) <= 2 else None
        return _SCORE_WORDS.get(t.low, _WORD_NUMBERS.get(t.low))

    def _word_score(self, k: int) -> tuple[Quantity | None, int]:
        """A result written out, as Arabic reports give it: "three goals against one (goal)",
        "2 goals to 1"."""
        toks = self.toks
        if k + 3 >= len(toks) or toks[k + 1].low not in ("goals", "goal") \
                or toks[k + 2].low not in ("against", "to", "for"):
            return None, -1
        a_i, b_i = self._small_int(k), self._small_int(k + 3)
        if a_i is None or b_i is None:
            return None, -1
        end = k + 4 if k + 4 < len(toks) and toks[k + 4].low in ("goals", "goal") else k + 3
        q = self._build(k, toks[end].end, float(max(a_i, b_i) * 100 + min(a_i, b_i)),
                        f"{a_i}{b_i}", None, dimension="score", number=(toks[k].start, toks[end].end))
        q.score = (a_i, b_i)
        return q, end

    def _score(self, k: int) -> tuple[Quantity | None, int]:
        """A match result "2-1": two small integers joined by a dash near a result word."""
        toks = self.toks
        if not (k + 2 < len(toks) and toks[k + 1].text in ("-", "\u2013") and toks[k + 2].kind == "num"
                and toks[k + 1].start == toks[k].end and toks[k + 2].start == toks[k + 1].end):
            return None, -1
        a, b = toks[k].text, toks[k + 2].text
        if not (a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2):
            return None, -1
        lo, hi = _clause_bounds(toks, k, k + 3, 6, 6)
        words = {stem(t.text) for t in toks[lo:hi] if t.kind == "word"}
        if not any("match-result" in FAMILIES.get(w, ()) for w in words):
            return None, -1  # a range such as "3-5 years": not a score
        a_i, b_i = int(a), int(b)
        q = self._build(k, toks[k + 2].end, float(max(a_i, b_i) * 100 + min(a_i, b_i)),
                        a + b, None, dimension="score", number=(toks[k].start, toks[k + 2].end))
        q.score = (a_i, b_i)
        return q, k + 2


# A digit, or a number word written as a token of its own: a sentence without one has no
# quantity, and is not tokenized (about half the sentences of an article).
_ANY_NUMBER = re.compile(r"\d|(?<![^\W\d_])(?:%s)(?![^\W\d_])" % "|".join(
    map(re.escape, sorted({*_WORD_NUMBERS, *_TENS, *_SCORE_WORDS, *_SCALE_WORDS}, key=lambda w: (-len(w), w)))),
    re.IGNORECASE)


_NUMBER_WORDS = frozenset(w.lower() for w in (*_WORD_NUMBERS, *_TENS, *_SCORE_WORDS, *_SCALE_WORDS))
_ASCII_WORD = re.compile(r"[a-z]+")
_LETTER = re.compile(r"[^\W\d_]")


def _has_number(text: str, start: int, end: int) -> bool:
    """_ANY_NUMBER.search, faster: an ASCII sentence (most) is searched for a digit, then its
    lower-cased words are looked up (the same test: a number word is a whole run of letters)."""
    seg = text[start:end]
    if not seg.isascii():
        return _ANY_NUMBER.search(text, start, end) is not None
    if any(c in seg for c in "0123456789"):
        return True
    words = _ASCII_WORD.findall(seg.lower())
    if words and start and seg[0].isalpha() and _LETTER.match(text, start - 1):
        words = words[1:]  # the first run goes on a word begun before the sentence: not a whole word
    return not _NUMBER_WORDS.isdisjoint(words)


def extract_sentence(text: str, start: int, end: int, index: int = 0, part: str = "body") -> list[Quantity]:
    if not _has_number(text, start, end):
        return []
    return _SentenceParser(text, start, end, index, part).quantities()


_CASUALTY_ROLES = ("death", "injury")  # data/units.toml families


def _casualty_roles(words: frozenset[str]) -> set[str]:
    return {f for w in words for f in FAMILIES.get(w, ()) if f in _CASUALTY_ROLES}


def _mark_casualty_peers(qs: list[Quantity]) -> None:
    """'Seven soldiers died at the scene and two more died in hospital', 'ten died inland and four
    on the coast': two counts of one casualty role in a sentence are parts of a toll, so neither
    restates the toll on the strength of that role (quantity_pairs.evidence). A count's own words
    say its role before its clause does ("three drivers were killed and five others were injured")."""
    seen: dict[str, list[Quantity]] = {}
    for q in qs:
        if q.dimension == "count" and (q.listed or not q.other):  # ("killing three guards and wounding 11 others": a second group)
            for role in _casualty_roles(q.head) or _casualty_roles(q.near):
                seen.setdefault(role, []).append(q)
    for group in seen.values():
        if len(group) > 1:
            for q in group:
                q.casualty_peers = True


def extract(ctx) -> list[Quantity]:
    """Every quantity of the article, in reading order (marker and credit lines skipped)."""
    out: list[Quantity] = []
    with no_cycle_collection():  # many objects, no cycles (gc_pause)
        for i, seg in ((i, seg) for i, seg in enumerate(ctx.sentences) if seg.part not in ("marker", "credit")):
            out.extend(extract_sentence(ctx.text, seg.start, seg.end, i, seg.part))
    parts.mark_exact_parts(out)  # "a quota of 28,000 tonnes" ... "22,000 tonnes for ... and 6,000 tonnes for ..."
    return out


def same_value(a: Quantity, b: Quantity) -> bool:
    """Equal within the rounding of the coarser mention (and 2 % across units: '600km (373 miles)')."""
    if a.dimension != b.dimension:
        return False
    if a.dimension == "score":
        return a.value == b.value
    allowance = max(a.precision, b.precision) / 2 + 1e-9 * max(abs(a.value), abs(b.value), 1)
    if abs(a.value - b.value) <= allowance:
        return True
    if a.unit != b.unit and a.unit and b.unit:
        return abs(a.value - b.value) <= 0.02 * max(abs(a.value), abs(b.value))
    return False

"""Quantities in running text: a number, its unit and what it counts, with exact offsets.

``extract(ctx)`` finds every comparable quantity ("a 600km border", "14 suspects", "38.6 per
cent", "$1.5bn", "beat Bahrain 2-1") and converts it to the base unit of its dimension, so equal
values written differently compare equal. Numbers that are not quantities of the story are left
out: years, dates, times, ages, ordinals, ranges and numbers that are part of a name ("Resolution
2254", "F-16"). Units, scale words and families of counted nouns live in data/units.toml.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import lexicon
from .units import (CASED_UNIT_AFTER, FAMILIES, GENERIC, MONEY_AFTER, NAME_TO_UNIT, PERCENT_SIGN, SCALE,
                    SCALE_AFTER, SYMBOL_BEFORE, SYMBOL_TO_UNIT, UNIT_AFTER, UNITS, stem, unit_of)


# Arabic-Indic and Extended Arabic-Indic digits and separators read as ASCII.
_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                         **{chr(0x6F0 + i): str(i) for i in range(10)},
                         "\u066b": ".", "\u066c": ","})

# --- tokens -------------------------------------------------------------------------------
_TOKEN = re.compile(r"""
    (?P<num>\d{1,3}(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?(?!\d)|\d+(?:[.\u066b]\d+)?)
  | (?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)
  | (?P<punct>\S)
""", re.VERBOSE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # num | word | punct

    @property
    def low(self) -> str:
        return self.text.lower()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.lastgroup) for m in _TOKEN.finditer(text, start, end)]


# --- word lists ---------------------------------------------------------------------------
_WORDS = lexicon.words()
_WORD_NUMBERS = {w: n for w, n in _WORDS.number_words.items() if n < 20}
_TENS = {w: n for w, n in _WORDS.number_words.items() if n >= 20}
MONTHS = {m: i + 1 for i, m in enumerate(_WORDS.month_names)}
_MONTH_ABBR = {k: v for k, v in _WORDS.months.items() if k not in MONTHS}
WEEKDAYS = _WORDS.weekday_names

# Words before a number that make it approximate or a bound; such values are not compared.
_HEDGES = frozenset("""about around some nearly almost roughly approximately over under least
upwards more less fewer than close estimated up to many as just only""".split())
_EXACT_ENOUGH = frozenset({"estimated", "just", "only", "as", "to"})  # harmless alone
# Determiners that make a later mention point back at something already said.
_ANAPHORIC = frozenset("the this these those its their his her whose our".split())
# Function words and reporting verbs: never evidence that two numbers count the same thing.
STOP = frozenset("""a an the and or but of in on at to from for with by as into onto over under
than that which who whom whose this these those its their his her our your my is are was were be
been being had has have having will would shall should can could may might must do does did not
no nor so if then also each per all both either neither other another such some any said says
told tell telling added adding according stated announced reported noted explained insisted he
she it they we i you him them us there here while when where after before during since until
about around between among against within without up down out off more most less least than
very just only still even already yet again now new same own one ones what how why further
last next previous earlier later ago""".split())
_REPORTING = _WORDS.reporting_verbs
# Cues that put a number in another time frame ("in the previous by-election", "last year").
_TIME_CUES = frozenset("""previous previously last earlier ago former prior next upcoming coming
since until""".split())
_NAME_PARTICLES = lexicon.names().particles | _WORDS.honorifics
_RATE_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
               "annual": "year", "hourly": "hour"}
_PERIODS = frozenset("year week month quarter half season term".split())
# Cues that a number is a new value ("rose to 35"): a later one like it is an update, not a
# contradiction, though an earlier one is still what the article said.
_UPDATE_CUES = frozenset("""rose risen rise rising climbed climb increased increase increasing
jumped grew fell fall falling dropped drop declined decline doubled tripled halved now revised
updated""".split())
# Cues that a number is something else: an old value, a part, an addition or a comparison.
_OTHER_CUES = frozenset("""up down from further another additional extra total overall altogether
remaining than compared versus vs""".split())
# Cues right next to a number that make it a part of a whole ("the two other managers").
_PART_CUES = frozenset("other others rest remaining among including included".split())
_NOT_ADVERBS = frozenset("family supply assembly ally rally july italy fly reply anomaly monopoly".split())
_RELATIVES = frozenset("which who whose that".split())
_CLAUSE_BREAKS = frozenset(",;:()[]\u2014\u2013\"\u201c\u201d")


# Nouns that name a value, so "the turnout of 36.8 per cent" points back like "the 36.8 per cent".
_VALUE_NOUNS = frozenset("""target goal total toll number figure tally count turnout rate share level
capacity crowd population sum amount cost value budget output production estimate forecast score
margin majority length distance weight size""".split())
_YEAR_PREPOSITIONS = frozenset("in since by of from until before after the its during between and".split())
_AUXILIARIES = frozenset("were was are is have has had been being be".split())
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"(?:[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|hrs\b|o'clock)|[:.]\d\d[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.)|:\d\d)",
                         re.IGNORECASE)
_AGE_AFTER = re.compile(r"[- \u00a0]old\b|[ \u00a0]years?[ \u00a0]old\b", re.IGNORECASE)


@dataclass
class Quantity:
    """One number mention that can be compared with another."""

    start: int                 # tight span: number with its unit (and counted noun)
    end: int
    value: float               # in the dimension's base unit (a score: goals, sorted)
    dimension: str             # "count", "length", "percent", "money:USD", "score" ...
    unit: str | None
    precision: float           # half of this is the rounding allowance, in base units
    digits: str                # the digits as written, for typo-likeness
    sentence: int
    part: str
    head: frozenset[str] = frozenset()     # stems of what is counted ("suspect", "border")
    near: frozenset[str] = frozenset()     # stems of content words in the same clause
    anaphoric: bool = False                # "the 16 detainees", "whose 12-year terms"
    hedged: bool = False                   # "about", "more than", "nearly" ...
    time_cues: frozenset[str] = frozenset()  # years, months, "last", "previous" ...: another time frame
    days: frozenset[str] = frozenset()       # weekdays in the clause ("on Sunday")
    update: bool = False                   # "rose to 35": a new value
    other: bool = False                    # "up from", "another", "total", "the two other": not this one
    fresh: bool = False                    # "12 new cases": new ones, not the running total
    names_near: frozenset[str] = frozenset()  # proper nouns right around it
    score: tuple[int, int] | None = None
    number: tuple[int, int] = (0, 0)       # offsets of the numeral itself
    numeral: float = 0.0                   # the numeral's own value ("1.5" in "$1.5bn")
    scale: float = 1.0                     # 1e6 for "million", "m" ...
    noun: str = ""                         # what is counted, as written
    text: str = field(default="", repr=False)


def _number_value(tok: str) -> tuple[float, int, str]:
    """Value, decimals and bare digits of a numeric token (Arabic-Indic digits allowed)."""
    ascii_ = tok.translate(_DIGITS).replace(",", "")
    decimals = len(ascii_.split(".")[1]) if "." in ascii_ else 0
    return float(ascii_), decimals, ascii_.replace(".", "").lstrip("0") or "0"


def _bare(word: str) -> str:
    """The word without a possessive 's."""
    return re.sub(r"['\u2019]s$", "", word)


def _is_month(tok: Token) -> bool:
    low = _bare(tok.low).rstrip(".")
    return low in MONTHS or (low in _MONTH_ABBR and tok.text[0].isupper())


def _clause_bounds(toks: list[Token], i: int, j: int, left: int = 6, right: int = 6) -> tuple[int, int]:
    """Token index range around toks[i:j], stopping at clause punctuation."""
    a = i
    while a > 0 and i - a < left and (toks[a - 1].text not in _CLAUSE_BREAKS or toks[a - 1].text == ","
                                      and toks[a].low in _RELATIVES):
        a -= 1  # "The attack, which left 110 dead": the relative clause belongs to its noun
    b = j
    while b < len(toks) and b - j < right and toks[b].text not in _CLAUSE_BREAKS:
        b += 1
    return a, b


def _content(tok: Token) -> bool:
    """A word that can say what a number counts (not a function word, scale word or unit)."""
    return tok.kind == "word" and tok.low not in STOP and len(tok.text) > 1 and tok.low not in SCALE \
        and tok.low not in NAME_TO_UNIT and tok.low not in _WORD_NUMBERS and tok.low not in _TENS


class _SentenceParser:
    """Finds the quantities of one sentence."""

    def __init__(self, text: str, start: int, end: int, index: int, part: str):
        self.text, self.start, self.end = text, start, end
        self.index, self.part = index, part
        self.toks = tokenize(text, start, end)
        self.starts = [t.start for t in self.toks]  # for bisect: no rescan from the sentence start
        self.first_word = next((k for k, t in enumerate(self.toks) if t.kind == "word"), -1)
        self.range_members: set[int] = set()
        self._mark_ranges()

    # ranges ("three to 15 years", "between 2019 and 2020", "3-5") are not single quantities
    def _mark_ranges(self) -> None:
        toks = self.toks
        for k in range(1, len(toks) - 1):
            if toks[k].low in ("to", "and", "or", "-", "\u2013") and self._is_number(k - 1) and self._is_number(k + 1):
                if toks[k].low == "and" and not any(t.low == "between" for t in toks[max(0, k - 4):k]):
                    continue
                self.range_members.update({k - 1, k + 1})

    def _is_number(self, k: int) -> bool:
        t = self.toks[k]
        return t.kind == "num" or t.low in _WORD_NUMBERS or t.low in _TENS

    def quantities(self) -> list[Quantity]:
        out = []
        skip_to = -1
        for k, tok in enumerate(self.toks):
            if k <= skip_to:
                continue
            q = None
            if tok.kind == "num":
                q, skip_to = self._score(k)
                if q is None:
                    q = self._numeric(k)
            elif tok.low in _WORD_NUMBERS or tok.low in _TENS:
                q = self._word_number(k)
            if q is not None:
                out.append(q)
        return out

    # -- numbers ----------------------------------------------------------------------------
    def _word_number(self, k: int) -> Quantity | None:
        toks, tok = self.toks, self.toks[k]
        if k in self.range_members:
            return None
        if k > 0 and toks[k - 1].text == "-" and toks[k - 1].end == tok.start:
            return None  # "twenty-five" tail, "top-ten"
        value = _WORD_NUMBERS.get(tok.low) or _TENS.get(tok.low)
        end_k = k
        if tok.low in _TENS and k + 2 < len(toks) and toks[k + 1].text == "-" \
                and toks[k + 1].start == tok.end and toks[k + 2].low in _WORD_NUMBERS \
                and _WORD_NUMBERS[toks[k + 2].low] < 10:
            value += _WORD_NUMBERS[toks[k + 2].low]
            end_k = k + 2
        return self._measure(k, toks[end_k].end, float(value), 0, str(int(value)), None)

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
        # "1 billion" is a round figure, but not one that also covers 1.4 billion
        precision = precision * scale if decimals or scale == 1.0 else 0.1 * scale
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
        if prev.low in ("no", "number", "resolution", "article", "route", "highway", "flight", "room",
                        "phase", "level", "gate", "line", "block", "camp", "unit", "division", "brigade"):
            return True
        if re.search(r"['\u2019]s$", prev.text):
            return False  # "Iraq's 600km border"
        return prev.text[0].isupper() and k - 1 != self.first_word and prev.low not in _HEDGES \
            and not _is_month(prev) and prev.low not in WEEKDAYS

    def _is_age_apposition(self, k: int) -> bool:
        """'Faisal Al Mutairi, 34, a lawyer': an age set off by commas after a name."""
        toks = self.toks
        if not (0 < k < len(toks) - 1 and toks[k - 1].text == "," and toks[k + 1].text == ","):
            return False
        return k > 1 and toks[k - 2].kind == "word" and toks[k - 2].text[0].isupper()

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

    # -- description ------------------------------------------------------------------------
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
        i0 = k
        if start is not None:
            while i0 > 0 and toks[i0 - 1].start >= start:
                i0 -= 1
        left_words, anaphoric, hedged = self._left(i0, dimension)
        if dimension in ("percent", "score") and not head or dimension.startswith("money") and not head:
            head = left_words[:3]  # "turnout in Mount Lebanon reached 46 per cent"
        if dimension == "count" and all(stem(w) in GENERIC for w in head):
            # "killing 32 people", "the 23 people killed": the verb says what is counted
            head = head + self._verb_around(i0, n_after)
        elif dimension == "count" and head:
            head = head + self._verb_around(i0, n_after, passive_only=True)  # "14 suspects were detained"
        span_end = max(end, head_end)  # "14 suspects", "650,000-barrel cargo"
        lo, hi = _clause_bounds(toks, i0, j, 6, 6)
        window = toks[lo:hi]
        qstart = start if start is not None else toks[k].start
        near = frozenset(stem(t.text) for t in window if _content(t) and t.low not in _REPORTING
                         and not t.text[0].isupper() and not qstart <= t.start < end) - GENERIC
        time_cues, days, update, other = self._cues(window, i0, j)
        fresh = j < len(toks) and toks[j].low == "new"  # "12 new cases" (not "newly displaced")
        names = self._names(lo, hi, i0, j)
        return Quantity(start=start if start is not None else toks[k].start, end=span_end, value=value,
                        dimension=dimension, unit=unit_key, precision=precision, digits=digits,
                        sentence=self.index, part=self.part,
                        head=frozenset(stem(w) for w in head) - GENERIC,
                        near=near, anaphoric=anaphoric, hedged=hedged, time_cues=time_cues,
                        days=days, update=update, other=other, fresh=fresh, names_near=names,
                        number=number, numeral=numeral, scale=scale,
                        noun=noun,
                        text=self.text[start if start is not None else toks[k].start:span_end])

    def _ends_date(self, n: int) -> bool:
        """toks[n] is the year of "March 25, 2024"."""
        toks = self.toks
        return n >= 3 and toks[n - 1].text == "," and toks[n - 2].kind == "num" and _is_month(toks[n - 3])

    def _cues(self, window: list[Token], i0: int, j: int):
        """Time frame, weekdays, and whether the number is an update or some other value."""
        toks = self.toks
        time_cues = {t.low for t in window if t.low in _TIME_CUES}
        own = (toks[i0].start, toks[j - 1].end if j > i0 else toks[i0].end)
        # a year that ends a full date ("March 25, 2024") dates the report, it is no time frame
        dated = {t.start for t in window if t.kind == "num" and self._ends_date(bisect_left(self.starts, t.start))}
        time_cues |= {t.text for t in window if t.kind == "num" and len(t.text) == 4 and t.text.isdigit()
                      and t.start not in dated
                      and 1800 <= int(t.text) <= 2100 and not own[0] <= t.start < own[1]}
        time_cues |= {_bare(t.low) for t in window if _is_month(t)}
        # a rate is not a total: "500 trucks a day", "4 million tonnes a year", "daily"
        for a, b in zip(window, window[1:]):
            if a.low in ("a", "an", "per", "every", "each") and b.low in _PERIODS | {"day", "hour"}:
                time_cues.add(f"per {b.low}")
        time_cues |= {f"per {_RATE_WORDS[t.low]}" for t in window if t.low in _RATE_WORDS}
        # "this year", "first quarter", "second half": a period named around the number
        time_cues |= {f"{a.low} {b.low}" for a, b in zip(window, window[1:])
                      if b.low in _PERIODS and a.low in ("this", "first", "second", "third", "fourth", "same")}
        days = {_bare(t.low) for t in window} & set(WEEKDAYS)
        update = any(t.low in _UPDATE_CUES for t in window)
        # "up from 300", "from 5 to 7": an old value; but "12 miles from the crossing" is a place
        other = any(t.low in _OTHER_CUES and (t.low != "from" or t.start < toks[i0].start) for t in window) \
            or any(t.low in _PART_CUES for t in toks[max(0, i0 - 2):min(len(toks), j + 2)])
        return frozenset(time_cues), frozenset(days), update, other

    def _names(self, lo: int, hi: int, i0: int, j: int) -> frozenset[str]:
        """Proper nouns right around the number: "Iraq's 600km border", "the 1,458km border with Iran"."""
        names = set()
        for n in range(max(lo, i0 - 2), min(hi, j + 4)):
            t = self.toks[n]
            bare = _bare(t.low)
            if t.kind == "word" and t.text[0].isupper() and n != self.first_word and not _is_month(t) \
                    and bare not in WEEKDAYS and bare not in STOP and bare not in NAME_TO_UNIT \
                    and bare not in _NAME_PARTICLES:
                names.add(_bare(t.text))
        return frozenset(names)

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
        words: list[str] = []
        end = 0
        n = j
        if n < len(toks) and toks[n].text == "-" and n + 1 < len(toks) and toks[n + 1].kind == "word" \
                and toks[n].start == toks[n - 1].end:
            # "16-member council", "five-storey building": the compound's own noun is what is
            # counted; the noun after it is only described
            return [toks[n + 1].text], toks[n + 1].end, n + 2
        while n < len(toks) and len(words) < (3 if dimension == "count" else 2):
            t = toks[n]
            demonym = not words and n == j and t.text[0].isupper() and t.low.endswith("s") and t.kind == "word"
            if t.kind == "word" and not words and (t.low.endswith("ly") and t.low not in _NOT_ADVERBS
                                                   or t.low == "new"):
                n += 1
                continue  # "8,100 newly displaced households", "50 new wells": not what is counted
            if t.kind != "word" or t.low in STOP or t.text[0].isupper() and not demonym:
                break  # ("3,000 Palestinians": a plural demonym is what is counted)
            if words and t.low.endswith("ed"):
                break  # "two men wanted": a verb follows the noun
            words.append(t.text)
            if dimension == "count" or not end:
                end = t.end  # the span keeps a unit's noun short: "600km border", not "... requires"
            n += 1
            if t.low.endswith("s") and not t.low.endswith("ss"):
                break  # "four army brigades", "40-day vaccination campaigns": a plural ends the phrase
        joiners = ("in", "for", "of") if dimension.startswith("money") else ("of",)
        if not words and dimension not in ("count", "percent", "score", "duration") and n < len(toks) \
                and toks[n].low in joiners:
            # "2.3 tonnes of hashish", "$1.5 billion in lost revenue"
            n += 1
            while n < len(toks) and toks[n].low in ("the", "a", "an"):
                n += 1
            while n < len(toks) and len(words) < 2 and toks[n].kind == "word" and toks[n].low not in STOP \
                    and not toks[n].text[0].isupper():
                words.append(toks[n].text)
                n += 1
            return words, 0, n
        return words, end, n

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
            if t.low in _HEDGES and t.low not in _EXACT_ENOUGH and i - n <= 2:
                hedged = True
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
        elif n >= 2 and toks[n].low == "of" and toks[n - 1].low in _VALUE_NOUNS:
            # "the turnout of", "the ministry's target of": determiner + value noun + of
            for d in (n - 2, n - 3):
                if d >= 0 and self._determiner(d) and all(_content(t) for t in toks[d + 1:n]):
                    anaphoric = True
                    break
        return words, anaphoric, hedged

    def _determiner(self, n: int) -> bool:
        t = self.toks[n]
        return t.low in _ANAPHORIC or (t.kind == "word" and bool(re.search(r"['\u2019]s$", t.text)))


def extract_sentence(text: str, start: int, end: int, index: int = 0, part: str = "body") -> list[Quantity]:
    return _SentenceParser(text, start, end, index, part).quantities()


def extract(ctx) -> list[Quantity]:
    """Every quantity of the article, in reading order (marker and credit lines skipped)."""
    out: list[Quantity] = []
    for i, seg in enumerate(ctx.sentences):
        if seg.part in ("marker", "credit"):
            continue
        out.extend(extract_sentence(ctx.text, seg.start, seg.end, i, seg.part))
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


def typo_like(a: str, b: str) -> bool:
    """Digits that differ by one changed digit or two swapped ones (15.3/13.5, 14/16)."""
    if len(a) == len(b) == 2 and a != b and ({a[0], b[1]} == {"1", "0"} and a[1] == b[0]
                                          or {b[0], a[1]} == {"1", "0"} and b[1] == a[0]):
        return True  # fifteen / fifty, 13 / 30: a -teen heard or read as a -ty
    if len(a) < 2 or len(b) < 2 or len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]] \
        or sorted(a) == sorted(b) and len(diff) <= 3

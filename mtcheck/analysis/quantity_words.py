"""Tokens, word lists and the Quantity record shared by the quantity reader (``quantities``)
and its describer (``quantity_context``): what a number is, and the words around numbers that
say what it counts, whether it is hedged, and which time frame it belongs to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .units import NAME_TO_UNIT, SCALE


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


class Token(NamedTuple):
    """A tuple, built by C code (``tuple.__new__``): a sentence has dozens, an article tens of thousands."""
    text: str
    start: int
    end: int
    kind: str  # num | word | punct
    low: str   # text.lower(), read many times per token


_new_tuple = tuple.__new__


# The same tokens with the whitespace before each: one findall gives them all as strings, and the
# offsets follow from their lengths (the matches are contiguous), with no Match object per token.
_SPACED_TOKEN = re.compile(r"(\s*)(?:(%s)|(%s)|(\S))" % (
    r"\d{1,3}(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?(?!\d)|\d+(?:[.\u066b]\d+)?", r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*"))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    add = out.append
    pos = start
    for space, num, word, punct in _SPACED_TOKEN.findall(text, start, end):
        pos += len(space)
        if num:
            add(_new_tuple(Token, (num, pos, pos + len(num), "num", num)))  # digits have no case
            pos += len(num)
        elif word:
            add(_new_tuple(Token, (word, pos, pos + len(word), "word", word.lower())))
            pos += len(word)
        else:
            add(_new_tuple(Token, (punct, pos, pos + 1, "punct", punct.lower())))
            pos += 1
    return out


# --- word lists ---------------------------------------------------------------------------
_WORDS = lexicon.words()
_WORD_NUMBERS = {w: n for w, n in _WORDS.number_words.items() if n < 20}
_TENS = {w: n for w, n in _WORDS.number_words.items() if n >= 20}
MONTHS = {m: i + 1 for i, m in enumerate(_WORDS.month_names)}
_MONTH_ABBR = {k: v for k, v in _WORDS.months.items() if k not in MONTHS}
WEEKDAYS = _WORDS.weekday_names

# Words before a number that make it approximate or a bound; such values are not compared.
_HEDGES = frozenset("""about around some nearly almost roughly approximately over under least
upwards more less fewer than close estimated up to many as just only
tops topped topping exceeds exceeded exceeding surpassed surpasses surpassing""".split())
# ("turnout tops 60 percent", "the cost exceeds 4,000 pounds": a bound, not the figure)
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
updated expanded expand expanding""".split())  # ("designed to be expanded to 60 machines": a new size)
# Cues that a number is something else: an old value, a part, an addition or a comparison.
# passives whose "by" names who did it, not the size of a change ("attended by about fifteen thousand fans")
_AGENT_VERBS = frozenset("""attended watched visited followed accompanied chaired led headed hit killed injured wounded
signed approved endorsed supported backed rejected won received used joined boycotted seen""".split())
_OTHER_CUES = frozenset("""up down from further another additional extra total overall altogether combined
remaining than compared versus vs second third fourth fifth other""".split())  # "a second convoy of 15 trucks"
# ("2,100 workers at the company's other plants": the workers of other places)
# Words after a measure that say which way it is measured ("30 miles long"), not what is measured.
_MEASURE_ADJECTIVES = frozenset("long wide deep high tall thick away across apart broad".split())
# Words after a number that introduce the value it is measured against ("compared with last year").
_BASELINE = frozenset("compared comparison than versus vs".split())
# Cues right next to a number that make it a part of a whole ("the two other managers").
_TOTAL_CUES = frozenset("total overall altogether combined".split())  # a total: another figure, unless a slip
_PART_CUES = frozenset("other others rest remaining among including included".split())
_LIST_CUES = frozenset("among including included".split())  # a part named in a list: still its noun's count
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
# (whole words: "40 ambulances", "5 amendments" are no clock times)
_TIME_AFTER = re.compile(r"(?:[ \u00a0]?(?:(?:am|pm|GMT|UTC|hrs)\b|a\.m\.|p\.m\.|o'clock)|[:.]\d\d[ \u00a0]?(?:(?:am|pm)\b|a\.m\.|p\.m\.)|:\d\d)",
                         re.IGNORECASE)
# Seconds or minutes in a mention: a race time or a gap ("4 hours, 38 minutes and 12 seconds",
# "third at 22 seconds"); riders' times differ by nature, so such a figure is no restatement.
_TIMING = re.compile(r"\b(?:seconds?|secs?|minutes?|mins?)\b", re.IGNORECASE)
# "in two hours, nine minutes and forty seconds": hours followed by minutes are a time on the clock
# (a race's), written out in words as often as in figures
_CLOCK_TAIL = re.compile(r",?[ \u00a0]+(?:and[ \u00a0]+)?[\w-]+[ \u00a0]+(?:minutes?|mins?|seconds?)\b", re.IGNORECASE)
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
    total: bool = False                    # "the total rain reached 182 mm": other only as a total
    ceiling: bool = False                  # "up to 14 hours a day": the most there is (hedged too)
    fresh: bool = False                    # "12 new cases": new ones, not the running total
    names_near: frozenset[str] = frozenset()  # proper nouns right around it
    score: tuple[int, int] | None = None
    number: tuple[int, int] = (0, 0)       # offsets of the numeral itself
    numeral: float = 0.0                   # the numeral's own value ("1.5" in "$1.5bn")
    scale: float = 1.0                     # 1e6 for "million", "m" ...
    noun: str = ""                         # what is counted, as written
    timing: bool = False                   # seconds or minutes: a race time or gap, never compared
    item: frozenset[str] = frozenset()     # stems of what a change is of ("drop in the [Garmiyan crop]")
    listed: bool = False                   # a listed part ("312 cases, including 9 deaths"): other, yet its own count
    per: str | None = None                 # "850,000 dinars per tonne": the unit a price is for (unit key)
    change: bool = False                   # the size of a change: "a rise of 3.5 per cent", "fell by 30 percent"
    added: bool = False                    # "the additional 25 m3/s": a definite addition, an increase told before
    expected: bool = False                 # "analysts expected a 200-basis-point cut": not the actual figure
    owner: frozenset[str] = frozenset()    # "Al-Minaa has 29 points": whose figure it is (quantity_frames)
    casualty_peers: bool = False           # another count of the sentence shares its casualty role: a part of a toll
    roles: frozenset[str] = frozenset()    # an amount's role by its clause: production, import, need ...
    text: str = field(default="", repr=False)

    @property
    def periods(self) -> frozenset[str]:
        """The periods a rate is given for ("per day", "per week"), from its time cues."""
        return frozenset(c for c in self.time_cues if c.startswith("per "))


def _number_value(tok: str) -> tuple[float, int, str]:
    """Value, decimals and bare digits of a numeric token (Arabic-Indic digits allowed)."""
    ascii_ = tok.translate(_DIGITS).replace(",", "")
    decimals = len(ascii_.split(".")[1]) if "." in ascii_ else 0
    return float(ascii_), decimals, ascii_.replace(".", "").lstrip("0") or "0"


_POSSESSIVE_END = re.compile(r"['\u2019]s$")


def _bare(word: str) -> str:
    """The word without a possessive 's."""
    if not word.endswith(("s", "\n")):
        return word  # nothing to strip: the common case, read for every token near a number
    return _POSSESSIVE_END.sub("", word)


def _is_month(tok: Token) -> bool:
    return _month_word(tok.text)


@lru_cache(maxsize=1 << 14)  # asked for most tokens near a number, of a few thousand words
def _month_word(text: str) -> bool:
    low = _bare(text.lower()).rstrip(".")
    return low in MONTHS or (low in _MONTH_ABBR and text[0].isupper())


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


__all__ = ["MONTHS", "Quantity", "STOP", "Token", "WEEKDAYS", "_AGE_AFTER", "_AGENT_VERBS", "_ANAPHORIC", "_AUXILIARIES", "_BASELINE", "_CLAUSE_BREAKS", "_CLOCK_TAIL", "_DIGITS", "_EXACT_ENOUGH", "_HEDGES", "_LIST_CUES", "_MEASURE_ADJECTIVES", "_MONTH_ABBR", "_NAME_PARTICLES", "_NOT_ADVERBS", "_ORDINAL_AFTER", "_OTHER_CUES", "_PART_CUES", "_PERIODS", "_RATE_WORDS", "_RELATIVES", "_REPORTING", "_TENS", "_TIME_AFTER", "_TIME_CUES", "_TIMING", "_TOKEN", "_UPDATE_CUES", "_VALUE_NOUNS", "_WORDS", "_WORD_NUMBERS", "_YEAR_PREPOSITIONS", "_bare", "_clause_bounds", "_content", "_is_month", "_number_value", "tokenize"]

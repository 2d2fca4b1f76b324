"""One figure garbled between two mentions that name it otherwise: "benefit 412,000 students" ...
"the 421,000 grant holders", "damaged 1,850 tents and shelters" ... "the total of the damaged
shelters at 2,850", "the batch included 152 families" ... "one hundred and fifty-six families
arrived in this batch".

number-mismatch's pairwise test asks much context of two different figures, because two counts of
one kind in a story are common. A translator's or typist's slip is its own evidence when it is
the kind no chance repeats: the figure's significant digits, read from its value (so "3,200
million" and "3.2 billion", "152" and "one hundred and fifty-two" are one figure), with two
adjacent digits swapped or one digit changed, three significant digits or more. Such a pair then
needs only what says the two name one thing, by role rather than by the same wording: the
later counted noun is linked to the earlier one's, or is a word of the earlier sentence (the
"grant" of "raising of the university grant ... benefit 412,000 students"), or the reverse.

A definite back-reference ("the 2.3 billion cubic meters stored") asserts that the figure was
given before; two significant digits swapped are then a slip as well, when the story has no
other figure of that unit with those digits.

Frames that keep two such figures apart all stay: another time, place, owner, role or occasion,
an approximation of the later figure, a new value ("rose to"), a plan against an outcome (a
changed digit, not a swap), and a later value said before (two figures of the story).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .digit_edits import swapped
from .digit_slips import SlipFinder, dates_said_in_both, dropped_digit, roles
from .quantities_earlier import MAX_DISTANCE, EarlierQuantities
from .quantity_pairs import _sentence_words, any_linked, same_frame
from .quantity_words import STOP, Quantity
from .units import stem

if TYPE_CHECKING:
    from .document import Document

_STRONG = 3  # significant digits with which a swap or one changed digit is no chance
_LONG = 4  # ... and with which a bare figure, naming nothing itself, is no chance either


@lru_cache(maxsize=1 << 14)
def significant(value: float) -> tuple[str, int]:
    """The value's significant digits and its order of magnitude: 3.2e9 and 3,200 million alike."""
    d = Decimal(repr(value)).normalize()
    sign, digits, _ = d.as_tuple()
    return "".join(map(str, digits)), d.adjusted()


@lru_cache(maxsize=1 << 16)  # every later figure against each earlier one of its window: a long
# article's figures repeat, so most pairs of values were judged before
def slip_kind(a: float, b: float) -> tuple[str, int] | None:
    """('swap' | 'changed', significant digits) when the two values, of one order of magnitude,
    differ by two adjacent digits swapped or by one digit changed (neither a zero: a zero is a
    rounding, 1,850 / 1,800); else None."""
    if not (a and b) or a == b:
        return None
    (da, ma), (db, mb) = significant(a), significant(b)
    if ma != mb:
        # the same digits one place over: a zero added or dropped, a decimal point moved ("1.2 million
        # pounds" / "12 million pounds", "1,200 housing units" / "12,000 houses")
        return ("shifted", len(da)) if da == db and abs(ma - mb) == 1 and len(da) >= 2 else None
    n = max(len(da), len(db))
    da, db = da.ljust(n, "0"), db.ljust(n, "0")
    if swapped(da, db):
        return "swap", n
    diff = [k for k in range(n) if da[k] != db[k]]
    if len(diff) == 1 and "0" not in (da[diff[0]], db[diff[0]]):
        return "changed", n
    return None


def _thing_linked(ctx: Document, ref: Quantity, later: Quantity, cache: dict, both_ways: bool) -> bool:
    """The two name one thing: linked counted nouns, or the later counted noun said in the earlier
    sentence ("the 421,000 grant holders" after "the university grant ... 412,000 students"), or
    (``both_ways``) the earlier counted noun said in the later sentence."""
    if ref.head and later.head and any_linked(ref.head, later.head) or ref.roles & later.roles:
        return True  # (an amount's role by its clause: "the storage stood at" / "the ... stored in the lake")
    if later.head and any_linked(later.head - _VAGUE, _stems(ctx, ref, cache)):
        return True
    return both_ways and bool(ref.head) and any_linked(ref.head - _VAGUE, _stems(ctx, later, cache))


def _unrounded(q: Quantity) -> bool:
    """A figure no speaker rounds to: its last written digit is not a zero ("14 shops", not "4,800")."""
    return q.value == int(q.value) and int(q.value) % 10 != 0


def _one_thing(ref: Quantity, later: Quantity) -> bool:
    """Two significant digits swapped are often two amounts ("1.2 million" / "the 2.1 million"): the
    two must name one thing by their own words or roles, not by their sentences."""
    return bool(ref.head and later.head and any_linked(ref.head, later.head) or ref.roles & later.roles)


def _points_back(ctx: Document, ref: Quantity, later: Quantity, cache: dict) -> bool:
    """Two digits swapped in a later figure that points back at the earlier one: a definite mention
    or a count put on a thing named before ("the number of grant holders reached 5,400" after "grants
    to 4,500 students"); what it names is the earlier one's by its own words or role, or (the same
    written scale, a dimension where chance repeats digits less) a word of the earlier sentence."""
    named = frozenset()
    if later.value >= 100:
        named = _named_back(ctx, later) or _named_back(ctx, later, _RESTATED_NOUN)
    if not (later.anaphoric or named):
        return False  # ("the number of evacuated people reached 42" after "24 residents": small counts
        # share digits by chance; a definite "the 81 detainees" points back whatever its size)
    if _one_thing(ref, later):
        return True
    if ref.scale != later.scale or later.dimension in _CHANCE:
        return False  # ("1,200,000 dirhams in cash" / "the sum of 2.1 million dirhams seized")
    return any_linked((later.head | named) - _VAGUE, _stems(ctx, ref, cache))


_CHANCE = ("percent", "percent:points", "temperature", "duration")
_NUMBER_OF = re.compile(r"\bthe[ \u00a0]+(?:number|count|tally)[ \u00a0]+of[ \u00a0]+((?:[\w'-]+[ \u00a0]+){0,4}?[\w'-]+)"
                        r"[ \u00a0]+(?:reached|stood[ \u00a0]+at|amounted[ \u00a0]+to|totall?ed|is|was|are|were)[ \u00a0]+$",
                        re.IGNORECASE)


# "the units delivered today, which number 12,000 houses": a relative clause that counts its noun again
_RESTATED = re.compile(r",[ \u00a0]+(?:which|who)[ \u00a0]+(?:number|numbered|totall?ed)[ \u00a0]+\Z")
# ... and the noun it counts again ("the grant holders, who number 5,400")
_RESTATED_NOUN = re.compile(r"\b(?:the|its|their)[ \u00a0]+((?:[\w'-]+[ \u00a0]+){0,2}?[\w'-]+)[ \u00a0]*,[ \u00a0]+"
                            r"(?:which|who)[ \u00a0]+(?:number|numbered|totall?ed)[ \u00a0]+$", re.IGNORECASE)


def _named_back(ctx: Document, q: Quantity, pattern: re.Pattern = _NUMBER_OF) -> frozenset[str]:
    """The stems of what ``pattern`` names right before the figure, or nothing: 'the number of ...
    reached' (_NUMBER_OF), "the grant holders, who number 5,400" (_RESTATED_NOUN)."""
    seg = ctx.sentences[q.sentence]
    m = pattern.search(ctx.text, max(seg.start, q.start - 80), q.start)
    return frozenset(stem(w.lower()) for w in m.group(1).split() if w.lower() not in STOP) if m else frozenset()


def _stems(ctx: Document, q: Quantity, cache: dict) -> frozenset[str]:
    """The stems of a figure's sentence, vague nouns left out ("cases" names no one disease)."""
    return frozenset(stem(w.lower()) for w in _sentence_words(ctx, q, cache) if w.isalpha()) - _VAGUE


_VAGUE = frozenset(stem(w) for w in "number total figure amount value cases people persons".split())
# "a deficit of 1,530 megawatts until new units enter service": a horizon bounds the figure's own
# period; it does not put it in another period as "last year" or "previous" do
_HORIZONS = frozenset(("until", "since"))


def _frames_apart(ctx: Document, ref: Quantity, later: Quantity) -> bool:
    if ref.sentence == later.sentence or ref.part in ("caption", "credit") or ref.fresh != later.fresh:
        return True
    if ref.other and not (ref.total or ref.listed) or ref.update and not ref.anaphoric:
        return True  # "up from 412", "another 421"
    if ref.time_cues - _HORIZONS != later.time_cues - _HORIZONS and not dates_said_in_both(ctx, ref, later):
        return True  # last year's figure, or another month's (a horizon, "until", "since", dates no other period)
    if ref.names_near and later.names_near and ref.names_near.isdisjoint(later.names_near):
        return True  # each said of another place or person
    a, b = roles(ref), roles(later)
    return bool(a and b and a.isdisjoint(b)) or not same_frame(ref, later)


def garbled_reference(ctx: Document, later: Quantity, earlier: list[Quantity], cache: dict,
                      told: list[Quantity] = ()) -> Quantity | None:
    """The one earlier figure ``later`` garbles (see the module's doc), or None. ``told``: earlier
    figures said in quotations, references of a three-digit slip only (a speaker's two-digit figure
    pointed back at with its digits swapped may be his own round figure: "4,800" / "the 8,400")."""
    quoted = {id(q) for q in told}
    earlier = [*earlier, *told]
    if later.hedged or later.update or later.other and not later.total or later.part in ("caption", "credit") \
            or later.timing or later.dimension == "score":
        return None
    same = [q for q in earlier if q.dimension == later.dimension and q.unit == later.unit]
    if any(abs(q.value - later.value) <= later.precision / 2 + 1e-9 * later.value for q in same):
        return None  # the later figure was said before (or rounds one: "84.3 per cent" ... "the 84 per cent")
    found = []
    for ref in same:
        kind = slip_kind(ref.value, later.value)
        if kind is None or _frames_apart(ctx, ref, later):
            continue
        how, n = kind
        if not later.head and later.dimension == "count" and n < _LONG:
            continue  # a bare count that names nothing ("the students in the camp school, 132"): too short
            # (a measure's unit names what it measures: "the deficit of 1,530 megawatts")
        # (a changed digit is weaker than a swap: a listed part, "the returnees included 152 families",
        # a plan or an approximation may differ from the later count by one digit)
        strong = n >= _STRONG and (how == "swap" or how == "changed" and not (ref.hedged or ref.listed)
                                   and ref.expected == later.expected)
        if strong and _thing_linked(ctx, ref, later, cache, both_ways=True):
            found.append(ref)
        elif how == "swap" and n == 2 and (id(ref) not in quoted or _unrounded(ref) and _one_thing(ref, later)) \
                and _points_back(ctx, ref, later, cache):
            found.append(ref)  # "the storage stood at 3,200 million cubic meters" ... "the 2.3 billion ... stored"
        elif how == "shifted" and later.dimension == "count" and not (ref.hedged or ref.listed) \
                and ref.expected == later.expected and id(ref) not in quoted and _one_thing(ref, later) \
                and (later.anaphoric or _named_back(ctx, later)
                     or _RESTATED.search(ctx.text, max(0, later.start - 40), later.start)):
            # (a count named alike that points back: an amount or a measure ten times another is as
            # often a part, a programme, a conversion: "a $25 million grant" / "a $250 million health
            # programme"; "built 12,000 houses" / "distributed 1,200 houses" a total and a part)
            found.append(ref)
    if len({q.value for q in found}) != 1:
        return None  # none, or several figures this one may garble
    return max(found, key=lambda q: q.start)


def garbled_antecedent(ctx: Document, later: Quantity, earlier: list[Quantity], cache: dict, slips: SlipFinder,
                       quoted: EarlierQuantities | None) -> Quantity | None:
    """The one earlier figure ``later`` garbles where none compares with it: its digits reordered
    (SlipFinder), a digit dropped ("including 9 deaths" ... "the 19 deaths recorded"), or a slip of
    this module's kinds. ``quoted``: the quoted figures of ``later``'s measure, if any."""
    # a quoted amount restated outside the quotation with its digits reordered: one figure garbled
    slip = slips.reference(later, earlier, quoted.window(later, MAX_DISTANCE) if quoted else [])
    if slip is None:
        slip = dropped_digit(ctx, later, earlier)
    if slip is None:  # "412,000 students" ... "the 421,000 grant holders"
        told = quoted.items[quoted.lo:quoted.hi] if quoted and later.anaphoric else []
        slip = garbled_reference(ctx, later, earlier, cache, told)
    return slip

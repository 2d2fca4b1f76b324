"""When two mentions are one quantity, and the prior that a garbled figure is one.

Policy. Two figures of one article are read as one quantity when what joins them outweighs what
keeps them apart.

What joins them:
- the same measure: the same unit (tonnes, megawatts, dinars), or both counts;
- what is counted or measured, named alike: the same head noun or one of a family in
  data/units.toml [families] (shipment/cargo/consignment, deficit/shortfall/shortage/gap,
  capacity, housing units/apartments/homes, shops/stores/outlets, cases/patients ...), or the
  later figure names nothing and its clause holds the earlier one's noun ("the food baskets,
  numbering 5,400");
- a figure the story gives once: the later value is said nowhere else of that measure, and the
  earlier one is the only figure the later one can be a slip of.

What keeps them apart (any one):
- the same sentence (two figures side by side are two quantities);
- another time ("last year", "in 2013", "previous"), a target, forecast or demand against an
  outcome, a new value ("rose to"), a change against a level, a part ("of them", a listed part),
  another owner, another role (production/imports), a bracketed or quoted speaker's own figure,
  other proper names around each (another place, another plant);
- "additional", "another", "remaining", "than" on the later figure unless it points back ("the").

The prior. Two figures of one measure whose digits are a typist's or translator's slip of one
another are almost never two quantities in one news story. Measured on the development articles
(benchmarks/garble_pairs.py: every pair of figures of one measure in different sentences, clean
wire copy included): two adjacent significant digits swapped, three or more significant digits, are
an annotated conflict in 90 of 105 pairs, 2 of them in clean copy (a rate and a forecast of it);
two digits swapped with the same head noun 62 of 77 (1 in clean copy), with other or no heads 45 of
80 (10 in clean copy); a zero added or dropped with the same head 9 of 13, none in clean copy, with
other heads 5 of 33; one digit changed, same head, only 49 of 301 (two counts of one kind are
common: left to the pairwise comparison). So: three or more digits swapped need the same measure
and nothing that keeps the two apart (two counts must not name different things); two digits
swapped, a zero added or dropped, a teen read as a ten ("fifteen" / "50", "14" / "40") or a digit
put before a one-digit figure ("9 percent" / "19 percent", pointed back at) also need what is
counted named alike. A bare later count ("the number ..., 132") needs four significant digits.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .antecedents import other_named_things
from .garbled_figures import slip_kind
from .digit_slips import own_roles
from .ordinal_things import other_member
from .quantities_earlier import MAX_DISTANCE
from .quantity_pairs import _sentence_words, any_linked
from .quantity_words import _UPDATE_CUES, Quantity
from .units import FAMILIES

# time cues (quantity_context) that put a figure on another occasion: a year, an earlier or a later
# time, a separate case ("83 tonnes had been seized in a separate case")
_APART_TIME = re.compile(r"^(1[89]|20)\d\d$|^(previous|previously|last|earlier|ago|former|prior|next|upcoming|coming|"
                         r"separate|another|different|unrelated|unconnected)$")
_MONTH = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$")


@lru_cache(maxsize=1 << 16)  # asked of every pair of figures a long article weighs: values repeat
def slip(a: float, b: float) -> tuple[str, int] | None:
    """The kind of slip that turns one value into the other, with the significant digits involved:
    'swap' (two adjacent digits, 1,850 / 1,580; 205 / 250), 'shifted' (a zero added or dropped, a
    decimal point moved: 1.2 / 12 million), 'teen' (14 / 40: a teen read as a ten), 'inserted' (a
    digit put before a one-digit figure: 9 / 19); else None."""
    a, b = float(f"{a:.12g}"), float(f"{b:.12g}")  # 205 fils in dinars is 0.20500000000000002
    if not (a and b) or a == b:
        return None
    lo, hi = sorted((a, b))
    if lo == int(lo) and hi == int(hi):
        lo, hi = int(lo), int(hi)
        scale = 1  # ("fifteen thousand dinars" / "50,000 dinars": the teen read as a ten before its thousands)
        while lo % (scale * 1000) == 0 and hi % (scale * 1000) == 0 and lo // scale > 19:
            scale *= 1000
        if 13 <= lo // scale <= 19 and hi // scale == (lo // scale - 10) * 10:
            return "teen", 2
        if 1 <= lo <= 9 and hi == 10 + lo:
            return "inserted", 2
    kind = slip_kind(a, b)  # a swap or a shift; one changed digit is no slip here (49 of 301 in dev)
    return kind if kind and kind[0] != "changed" else None


def _apart_in_time(ctx, a: Quantity, b: Quantity) -> bool:
    """Another occasion on either side, or a month on one side that the other's sentence does not
    name ("since 3 March" / "since 13 April"); a period the later mention does not repeat ("in the
    first month" ... "the catch of 1,430 tonnes") is none."""
    ta = {c for c in a.time_cues if _APART_TIME.match(c)}
    tb = {c for c in b.time_cues if _APART_TIME.match(c)}
    ma = {c for c in a.time_cues if _MONTH.match(c)} - _sentence_months(ctx, b)
    mb = {c for c in b.time_cues if _MONTH.match(c)} - _sentence_months(ctx, a)
    rates_a, rates_b = a.periods, b.periods
    return ta != tb or bool(ma or mb) or bool(rates_a and rates_b and rates_a != rates_b) \
        or bool(a.days and b.days and a.days.isdisjoint(b.days))


def _sentence_months(ctx, q: Quantity) -> set[str]:
    seg = ctx.sentences[q.sentence]
    return {w for w in re.findall(r"[a-z]+", ctx.text[seg.start:seg.end].lower()) if _MONTH.match(w) and len(w) >= 3}


_PLACE_OPENER = re.compile(r"\W*(?:In|At|From|Meanwhile, in) ((?:[A-Z][\w'-]+ ?){1,3}),")


def _names_apart(ctx, a: Quantity, b: Quantity) -> bool:
    """Each said of someone or somewhere else: names around each that differ, or the later
    sentence opens on a place the earlier one does not name ("In Laayoune, the landings reached")."""
    if a.names_near and b.names_near and a.names_near.isdisjoint(b.names_near):
        return True
    seg = ctx.sentences[b.sentence]
    m = _PLACE_OPENER.match(ctx.text, seg.start, seg.end)
    if m is None:
        return False
    ref_seg = ctx.sentences[a.sentence]
    return m.group(1).strip() not in ctx.text[ref_seg.start:ref_seg.end]


def _named_alike(ref: Quantity, later: Quantity) -> bool:
    """What is counted or measured is named alike: head nouns linked (one family), or the later
    figure names nothing and its clause holds the earlier one's noun."""
    if ref.head and later.head:
        return any_linked(ref.head, later.head)
    if not later.head and ref.head:
        return any_linked(ref.head, later.near)
    if not ref.head and later.head and ref.noun == "others":
        return any_linked(later.head, ref.near)  # "the injury of 38 others" ... "the injured numbered 83"
    return False


def _kept_apart(ctx, ref: Quantity, later: Quantity, kind: str, cache: dict) -> bool:
    return next(kept_apart_reasons(ctx, ref, later, kind, cache), None) is not None


def kept_apart_reasons(ctx, ref: Quantity, later: Quantity, kind: str, cache: dict) -> Iterator[str]:
    """What keeps a slip pair apart, by name, in the order tested (the prior stops at the first;
    benchmarks/number_guards.py reads them all)."""
    if ref.sentence == later.sentence or ref.part in ("caption", "credit") or later.part in ("caption", "credit") \
            or later.start - ref.end > MAX_DISTANCE:
        yield "placement"
    if later.update and not _remarked_change(ctx, later):
        yield "update"  # "rose to 329,000": a new value
    if _changes(later) != _changes(ref):
        yield "change"
    if later.listed or ref.listed:
        yield "listed"
    if later.hedged:
        yield "hedged"  # (an approximation later is the pairwise comparison's: approximate_slips.py)
    if ref.hedged and not (kind in ("swap", "teen") and _points_back(ctx, later)):
        yield "hedged-ref"  # "about" allows a nearby figure or a rounding, not a transposition or a teen read as a
        # ten pointed back at ("about fifteen thousand fans" ... "the 50,000 fans")
        # ("about 1,250 barrels per day" ... "cut 1,205 barrels per day": a cut, no restatement)
    if later.other and later.noun != "others" and not (later.total and kind == "swap") \
            and not _defined_by_of(ctx, later):
        yield "other"  # "additional", "another", "the remaining", "second"; a total ("31 others were
        # injured": the injured; "the total of 4.2 million dinars" after 2.4 million: that figure)
    if later.fresh != ref.fresh and not _new_ones_garbled(ctx, ref, later, kind):
        yield "fresh"  # "12 new cases" against the running total of "37 cases"
    yield from (f"frame:{r}" for r in _frame_reasons(ctx, ref, later))
    mine, theirs = own_roles(later), own_roles(ref)
    if mine and theirs and mine.isdisjoint(theirs):
        yield "own-roles"  # the killed are not the wounded, the convicted not the acquitted
    if not later.names_near <= _sentence_words(ctx, ref, cache) | _headline_words(ctx):
        yield "names-unsaid"  # "the border with Iran" (a name of the headline is the story's own: "the
        # daily average ... from Basra" in a Basra story)
    if other_member(ctx, ref, later):
        yield "other-member"  # "the first line" after "the fourth line"
    if _apart_in_time(ctx, ref, later):
        yield "time"
    if _names_apart(ctx, ref, later):
        yield "names-apart"
    if other_named_things(ctx, ref, later):
        yield "other-named-things"


def _new_ones_garbled(ctx, ref: Quantity, later: Quantity, kind: str) -> bool:
    """'sixteen new schools' ... 'the 60 schools', '2,350 new homes' ... 'the 3,250 homes': a back-reference
    with no time of its own that repeats the new ones' digits garbled is them, not a running total (a
    total rarely repeats the additions' digits reordered): three or more significant digits with two
    adjacent ones swapped, or a teen read as a ten where one of the two is written in words (the words
    are what is misread: 'sixteen' / 'sixty')."""
    if later.time_cues or ref.time_cues or not _points_back(ctx, later):
        return False  # ("the 40 cases recorded since the outbreak began": the total to date)
    if kind == "swap":
        return len(ref.digits.strip("0")) >= 3
    return kind == "teen" and (_in_words(ctx, ref) or _in_words(ctx, later))


def _in_words(ctx, q: Quantity) -> bool:
    return ctx.text[q.number[0]:q.number[0] + 1].isalpha()


_CLAUSE_START = re.compile(r"[,;:(\u2014]")
_WORDS_RE = re.compile(r"[a-z]+")


def _remarked_change(ctx, q: Quantity) -> bool:
    """'the 329,000 examinees this year represent an increase': a back-reference whose change word comes
    after it restates a known figure and remarks on it; a change word before it in its clause ('rose
    this month to 1,850') makes it the new value."""
    if not _points_back(ctx, q):
        return False
    seg = ctx.sentences[q.sentence]
    before = ctx.text[seg.start:q.start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    return _UPDATE_CUES.isdisjoint(_WORDS_RE.findall(before[cut:].lower()))


_NAMED = ("count", "percent")  # what these measure is said by their nouns, not by a unit


# "the shipment of 65,600 tonnes", "the deficit of 1,530 megawatts", "the roads of 50 kilometres": a
# definite noun whose "of" gives its figure points back as "the 65,600 tonnes" does
_THE_X_OF = re.compile(r"\bthe (?:[a-z-]+ ){0,2}[a-z-]+ of $", re.IGNORECASE)


_OTHER_BEFORE = re.compile(r"\b(?:another|additional|extra|other|remaining|further|second|third|new)\b", re.IGNORECASE)


def _defined_by_of(ctx, q: Quantity) -> bool:
    """'the shipment of 65,600 tonnes will be followed by another shipment': a definite noun that
    its 'of' phrase gives a figure, with no 'another' / 'additional' of its own; a cue later in the
    sentence is another noun's."""
    m = _THE_X_OF.search(ctx.text, max(0, q.start - 40), q.start)
    return m is not None and not _OTHER_BEFORE.search(m.group(0))


def _points_back(ctx, q: Quantity) -> bool:
    return q.anaphoric or bool(_THE_X_OF.search(ctx.text, max(0, q.start - 40), q.start))


_CHANGE_FAMILIES = frozenset({"increase", "decrease"})


def _changes(q: Quantity) -> bool:
    """The size of a change: 'a rise of 9 percent', and 'a growth rate of 19 percent' (a rate named by
    its change)."""
    return q.change or "rate" in q.head and any(FAMILIES.get(w, set()) & _CHANGE_FAMILIES for w in q.near)


def _headline_words(ctx) -> set[str]:
    """The words of the headline and standfirst: the story's own subject."""
    out: set[str] = set()
    for seg in ctx.sentences:
        if seg.part in ("headline", "standfirst"):
            out.update(re.findall(r"[\w'-]+", ctx.text[seg.start:seg.end]))
        elif seg.part == "body":
            break
    return out


def _frame_reasons(ctx, ref: Quantity, later: Quantity) -> Iterator[str]:
    """quantity_pairs.frame_reasons, but a definite later figure ("expects the 12,000 apartments to be
    delivered within 30 months") points back at a known figure: what is expected is about it."""
    if ref.expected != later.expected and not _points_back(ctx, later):
        yield "expected"  # a target, forecast or demand against the figure that came about
    if (ref.added or later.added) and not (ref.change and later.change):
        yield "added"
    if ref.roles and later.roles and ref.roles.isdisjoint(later.roles):
        yield "roles"
    if ref.owner and later.owner and ref.owner.isdisjoint(later.owner):
        yield "owners"


def _strong(ctx, kind: str, n: int, ref: Quantity, later: Quantity) -> bool:
    """Whether the slip alone (with the same measure) says one quantity, or it needs the thing
    named alike as well."""
    if ref.dimension in _NAMED and not later.head:
        return kind == "swap" and n >= 4 and _named_alike(ref, later)  # a bare "132" after "312 students" says too little
    if kind == "swap" and n >= 3:
        # a count (or a share) with two named heads of different things stays two counts
        return not (ref.dimension in _NAMED and ref.head and later.head and not any_linked(ref.head, later.head))
    both_changes = _changes(ref) and _changes(later) and not (ref.item and later.item
                                                               and not any_linked(ref.item, later.item))
    if kind in ("teen", "inserted") and not (_points_back(ctx, later) or both_changes):
        return False  # ("across six provinces" ... "a red alert in 16 provinces"): it must point back
    if kind == "teen" and ref.dimension not in _NAMED and ref.unit and ref.unit == later.unit \
            and (_in_words(ctx, ref) or _in_words(ctx, later)):
        return True  # "fifteen kilograms of crystal meth" ... "the 50 kilograms seized": the words misread
    if kind == "teen" and (_in_words(ctx, ref) or _in_words(ctx, later)) and _same_toll(ref, later):
        return True  # "the death of seventeen people" ... "the 70 dead": one toll, its words misread
    if kind == "swap" and ref.dimension not in _NAMED and ref.unit and ref.unit == later.unit and ref.scale == later.scale \
            and _points_back(ctx, later):
        return True  # a measured amount pointed back at with its digits swapped, in its unit and scale
        # ("the embezzlement of 2.4 million dinars" ... "the total of 4.2 million dinars")
    if both_changes and ref.dimension == "percent":
        return True  # two sizes of a change of one thing in per cent ("an increase of 9 percent" ...
        # "the growth rate of 19 percent"), the figure garbled
    return _named_alike(ref, later)


_TOLLS = frozenset({"death", "injury"})


def _same_toll(ref: Quantity, later: Quantity) -> bool:
    """The later figure counts the dead (or the injured) by its own noun ("the 70 dead"), and the earlier
    one is said of them ("the floods caused the death of seventeen people")."""
    counted = {f for w in later.head for f in FAMILIES.get(w, ())} & _TOLLS
    said = {f for w in ref.head | ref.near for f in FAMILIES.get(w, ())}
    return bool(counted) and counted <= said


def garbled_pairs(ctx, qs: list[Quantity], skip=lambda q: False) -> Iterator[tuple[Quantity, Quantity, str]]:
    """(reference, later, kind) for each later figure that is a slip of exactly one earlier figure of
    its measure, given once, with nothing that keeps the two apart. Linear: values are indexed by
    measure, and a later figure looks up only the values a slip could have come from."""
    said: dict[tuple, dict[float, int]] = {}
    for q in qs:
        if not q.timing and q.dimension != "score":
            counts = said.setdefault((q.dimension, q.unit), {})
            counts[q.value] = counts.get(q.value, 0) + 1
    earlier: dict[tuple, list[Quantity]] = {}
    cache: dict = {}
    for later in qs:
        if later.timing or later.dimension == "score":
            continue
        key = (later.dimension, later.unit)
        seen = earlier.setdefault(key, [])
        if not skip(later) and said[key].get(later.value, 0) == 1:
            found = [(r, s) for r in _slipped_from(later, seen) if not skip(r) and (s := slip(_written(r), _written(later)))]
            values = {r.value for r, _ in found}
            if len(values) == 1 and not any(r.sentence == later.sentence for r, _ in found) \
                    and not _PART_AFTER.match(ctx.text, later.end):
                # (the nearest mention of that one figure that names it alike; none beside the later one,
                # "the budget, 2.1 billion dinars, ... had received 1.2 billion dinars of it": a part)
                ref = next((r for r, (kind, n) in reversed(found) if not _kept_apart(ctx, r, later, kind, cache)
                            and _strong(ctx, kind, n, r, later)), None)
                if ref is not None:
                    yield ref, later, found[0][1][0]
        seen.append(later)


def _written(q: Quantity) -> float:
    """The figure as written, with its scale word ("fifteen kilometres" is 15, not 15,000 metres; "1.6
    billion" 1.6e9): a teen read as a ten is a slip of the words, whatever the unit's factor."""
    return q.numeral * q.scale if q.numeral else q.value


_PART_AFTER = re.compile(r"[ \u00a0]*(?:of (?:it|them|which|these|those|this)\b)", re.IGNORECASE)
_WINDOW = 400  # earlier figures of one measure looked at: a restatement is within a few paragraphs


def _slipped_from(later: Quantity, seen: list[Quantity]) -> list[Quantity]:
    """The earlier figures (most recent _WINDOW of the measure) whose magnitude a slip can reach."""
    v = later.value
    return [r for r in seen[-_WINDOW:] if v / 11 <= r.value <= v * 11]

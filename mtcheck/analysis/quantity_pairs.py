"""Whether two quantities of an article name one figure: the evidence number-mismatch weighs
(a shared counted noun, unit, context words, a definite back-reference, digits that look like a
slip of the other) and the frames that keep two figures apart (another time, place or owner).
Digit slips, weighed on less context, are read by ``quantity_slips``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from .digit_slips import roles
from .digit_edits import swapped, typo_like
from .quantities import Quantity, same_value
from .quantity_words import WEEKDAYS
from .quantities_earlier import other_unit, word_link_keys
from .ordinal_things import other_member
from .quantity_frames import held_thing
from .units import FAMILIES, linked, stem

if TYPE_CHECKING:
    from .document import Document


# Evidence needed before two different numbers are called one quantity. A shared counted noun
# (or a noun tied to the other mention's verb, "detained" ~ "detainees") is worth 2; a shared
# unit, a later mention that points back ("the", "whose"), and digits that look like a typo of
# the other (15.3 / 13.5) are worth 1 each. Different quantities of the same kind are common in
# news ("4,217 votes" and "3,950 votes"), so one noun alone is never enough.
THRESHOLD = 4
_WEEKDAY = re.compile(r"\b(%s)\b" % "|".join(WEEKDAYS), re.IGNORECASE)
_CASUALTY_ROLES = frozenset({"death", "injury"})  # data/units.toml families: what happened to the people counted
CONTEXT_CAP = 2
_SINCE = frozenset({"since"})


def _sentence_words(ctx: Document, q: Quantity, cache: dict[int, set[str]] | None = None) -> set[str]:
    """The words of a quantity's sentence (computed once per sentence when a cache is given)."""
    if cache is not None and q.sentence in cache:
        return cache[q.sentence]
    seg = ctx.sentences[q.sentence]
    words = {w.strip(".,;:()\"'\u201c\u201d").removesuffix("'s").removesuffix("\u2019s")
             for w in ctx.text[seg.start:seg.end].split()}
    # a name's parts as a later mention names it ("Al-Dossary" ... "Dossary": names_near drops the particle)
    words |= {p for w in words if "-" in w for p in w.split("-")}
    if cache is not None:
        cache[q.sentence] = words
    return words


def unit_swap(ref: Quantity, later: Quantity) -> bool:
    """The same figure with another unit or currency: '3,400 tonnes' / '3,400 kilograms',
    '12 kilometres' / '12 miles', '1.2 billion dinars' / '1.2 billion dollars'."""
    if not (ref.unit and later.unit and ref.unit != later.unit) or ref.numeral != later.numeral:
        return False
    if ref.dimension == "duration":
        return False  # "two weeks" and "two days" are usually two spans of time
    # all currencies are one kind of amount, and per cent and percentage points one kind of share
    kin = ref.dimension.split(":")[0] == later.dimension.split(":")[0]
    return kin and ref.scale == later.scale


def comparable(ctx: Document, ref: Quantity, later: Quantity, cache: dict | None = None,
               hedges_ok: bool = False, since_ok: bool = False) -> bool:
    """Could the two mentions be the same quantity at the same time? (Values aside; and hedges
    aside with ``hedges_ok``: the caller compares hedged figures as ranges.)"""
    return next(apart_reasons(ctx, ref, later, cache, hedges_ok, since_ok), None) is None


def apart_reasons(ctx: Document, ref: Quantity, later: Quantity, cache: dict | None = None,
                  hedges_ok: bool = False, since_ok: bool = False) -> Iterator[str]:
    """The guards of comparable() that keep the two apart, by name, in the order they are tested
    (comparable() stops at the first; benchmarks/number_guards.py reads them all)."""
    if ref.dimension != later.dimension and not unit_swap(ref, later):
        yield "dimension"
    if ref.sentence == later.sentence:
        yield "same-sentence"  # two values in one sentence are a comparison, not a restatement
    if (ref.hedged or later.hedged) and not hedges_ok and not unit_swap(ref, later):
        yield "hedged"  # "about", "more than"
    if ref.other or later.other and not (later.total and unit_swap(ref, later)):
        yield "other"  # "up from", "another", "total" (a total is another figure, unless it is this
        # one's figure in another unit: "a budget of 4.6 million dinars" ... "the total cost reaches
        # 4.6 million euros")
    if later.update:
        yield "update"  # a later "rose to" updates
    if ref.fresh != later.fresh:
        yield "fresh"  # "12 new cases" against a total of "37 cases"
    if ref.dimension == "count" and not (ref.head and later.head):
        yield "bare-count"  # a bare number ("the other two") says too little about what it counts
    if ref.time_cues != later.time_cues and not (since_ok and _since_only(ref, later)):
        yield "time-cues"  # "in the previous by-election", "last year", "in January"
    if ref.dimension != "score" and ref.names_near and later.names_near \
            and not ref.names_near & later.names_near and not later.names_near <= _sentence_words(ctx, ref, cache):
        yield "names-near"  # each is said of someone else: "182 votes" for one candidate, "42" for another
        # (not a name the earlier sentence says too: "issued fifteen building permits in the Adhamiya
        # district" ... "The 50 permits issued in Adhamiya")
    if ref.owner and later.names_near and not later.owner and ref.owner.isdisjoint(later.names_near):
        yield "owner"  # "Al-Dossary won 1,284 votes against 1,102 for his rival" ... "Al-Buainain received 1,248"
    # a proper noun that restricts the later one ("the border with Iran") must fit the earlier,
    # and so must what a change is of ("the 21 percent fall in imports" / "exports fell by 12 percent")
    if not _item_fits(ctx, ref, later, cache):
        yield "item"
    if not later.names_near <= _sentence_words(ctx, ref, cache):
        yield "names-unsaid"
    if other_member(ctx, ref, later):
        yield "other-member"  # "The first line ... carries" after "the fourth line"


def same_frame(ref: Quantity, later: Quantity) -> bool:
    """Both actual (or both expected), and not owned by two differently named subjects
    (analysis/quantity_frames.py): "expected a 200-basis-point cut" is no restatement of the
    100-point cut made, nor "Al-Zawraa ... 24 points" of "Al-Minaa has 29 points"."""
    return next(frame_reasons(ref, later), None) is None


def frame_reasons(ref: Quantity, later: Quantity) -> Iterator[str]:
    """The guards of same_frame() that keep the two apart, by name, in the order tested."""
    if ref.expected != later.expected and not _digits_transposed(ref, later):
        yield "expected"  # (a plan's "33,690 pilgrims" against "the 36,390 pilgrims": one figure garbled)
    if (ref.added or later.added) and not (ref.change and later.change):
        yield "added"  # "the additional 25 m3/s" restates an increase ("raised by 20 m3/s"), not a level
    if ref.roles and later.roles and ref.roles.isdisjoint(later.roles):
        yield "roles"  # "the harvest reached 1.8 million tonnes" / "imported 8.1 million tonnes"
    if ref.owner and later.owner and ref.owner.isdisjoint(later.owner):
        yield "owners"


def _digits_transposed(ref: Quantity, later: Quantity) -> bool:
    """Two adjacent digits swapped in a figure of three or more significant digits, same unit and
    scale: a plan or target and the figure that came about rarely differ by exactly that, while a
    translator's slip does ("plans to transport 33,690 pilgrims" ... "the 36,390 pilgrims")."""
    a, b = ref.digits, later.digits
    if ref.unit != later.unit or ref.scale != later.scale or len(a) != len(b) or len(a.strip("0")) < 3:
        return False
    return swapped(a, b)


def _item_fits(ctx: Document, ref: Quantity, later: Quantity, cache: dict | None) -> bool:
    """What the later change is of ('the 21 percent fall in imports') is named by the earlier sentence."""
    if not later.item:
        return True
    return any(linked(w, stem(x)) for w in later.item for x in _sentence_words(ctx, ref, cache))


def _score_evidence(ref: Quantity, later: Quantity, ctx: Document | None) -> int:
    """A later 'the 3-2 victory' against the story's first result: the nouns next to a score say
    little ('over its neighbour with three goals against one'); a result word in both sentences
    ('a precious victory ... three goals against one' / 'the 3-2 victory') is the evidence."""
    ref_words = {stem(w) for w in _sentence_words(ctx, ref)} if ctx is not None else set(ref.near)
    result_word = any("match-result" in FAMILIES.get(h, ()) for h in later.head | later.near) \
        and any("match-result" in FAMILIES.get(w, ()) for w in ref_words)
    return 2 * result_word + 1 + later.anaphoric + typo_like(ref.digits, later.digits)


def evidence(ref: Quantity, later: Quantity, ctx: Document | None = None, by_verb: bool = False) -> int:
    """``by_verb``: the later one names people by a participle that no earlier counted noun
    matches ("the nine detained"), so the earlier clause's verb ("arrested") may name them."""
    if ref.dimension == "score" and later.dimension == "score":
        return _score_evidence(ref, later, ctx)
    score = 0
    heads_linked = any_linked(later.head, ref.head) or by_verb and any_linked(later.head, ref.near)
    if ref.head and later.head and not heads_linked \
            and not (other_unit(ref, later) and unit_swap(ref, later)):
        return 0  # each names what it counts, and they differ: "revenue" vs "spending" (but "the 10
        # million dollars" the family received points back at a figure said in another currency)
    if later.dimension == "percent" and ctx is not None and _rates_named_apart(ctx.text, ref, later):
        return 0  # "the deposit rate to 20.00% and the lending rate to 21.00%": two rates
    ref_roles, later_roles = roles(ref), roles(later)
    if ref_roles and later_roles and not ref_roles & later_roles:
        return 0  # "two children were killed" / "the 12 children wounded": other people
    if ctx is not None and ctx.rare_names.get(ref.sentence, set()) & ctx.rare_names.get(later.sentence, set()):
        score += 1  # both sentences name the same rare place or person ("in Jableh")
    if heads_linked or not ref.head and any_linked(later.head, ref.near) \
            or not later.head and any_linked(ref.head, later.near):
        score += 2  # one names what it counts and the other has that word nearby ("sentenced to 15 years")
    if later.dimension != "count":
        score += 1  # the same unit (km, barrels, per cent, a match score)
    if later.anaphoric:
        score += 1
    if heads_linked and ref_roles & later_roles & _CASUALTY_ROLES and _nouns_linked(ref, later) \
            and not (ref.casualty_peers or later.casualty_peers) and not later.listed \
            and not other_days(ctx, ref, later):
        score += 1  # the same people, killed (or hurt) in both: "three truck drivers were killed" / "the bodies of four drivers"
    if ref.days & later.days:
        score += 1  # both said of the same day ("137 lorries crossed on Sunday" / "the 170 trucks ... on Sunday")
    # the same words around both ("attack", "left" in "the attack left 64 dead" / "... 110 dead")
    score += _shared_context(ref.near - ref.head, later.near - later.head)
    if ctx is not None and later.dimension != "count" and _held_alike(ctx, ref, later):
        score += 1  # "keep the key rate unchanged at 2.75 percent" ... "keep the rate at 2.5 percent"
    if unit_swap(ref, later):
        # one figure, two units: a classic slip (a real conversion changes the figure); the more
        # significant digits the figure has, the less likely two quantities share it by chance
        score += 3 if len(later.digits.strip("0")) >= 2 else 2
    elif typo_like(ref.digits, later.digits) or ref.digits.rstrip("0") == later.digits.rstrip("0"):
        score += 1  # 15.3 / 13.5, 14 / 16, or the same digits on another scale ($1.5bn / $1.5m, 5,000 / 50,000)
    return score


def _held_alike(ctx: Document, ref: Quantity, later: Quantity) -> bool:
    """Both figures are a level held ('kept ... at'), and the later names its thing only by
    words the earlier's sentence says (quantity_frames.held_thing)."""
    a = held_thing(ctx.text, ref.number[0])
    b = a and held_thing(ctx.text, later.number[0])
    if not b:
        return False
    seg = ctx.sentences[ref.sentence]
    return b <= set(re.findall(r"[\w'’-]+", ctx.text[seg.start:seg.end].lower()))


def _nouns_linked(ref: Quantity, later: Quantity) -> bool:
    """The two name the same people by a noun ("drivers", "guards"), not only by what befell them
    ("23 people wounded" / "18 wounded people" says no more than the role itself)."""
    return any_linked(_people_nouns(ref.head), _people_nouns(later.head))


@lru_cache(maxsize=4096)
def _people_nouns(head: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in head if not FAMILIES.get(w, set()) & _CASUALTY_ROLES)


def other_days(ctx: Document | None, ref: Quantity, later: Quantity) -> bool:
    """The two sentences name weekdays, and not the same: 15 killed on Monday, 12 on Sunday."""
    if ctx is None:
        return bool(ref.days and later.days and ref.days.isdisjoint(later.days))
    a, b = (_weekdays(ctx.text[seg.start:seg.end])
            for seg in (ctx.sentences[ref.sentence], ctx.sentences[later.sentence]))
    return bool(a and b and a.isdisjoint(b))


@lru_cache(maxsize=4096)  # the same sentences meet again for every pair of their figures
def _weekdays(sentence: str) -> frozenset[str]:
    return frozenset(m.lower() for m in _WEEKDAY.findall(sentence))


def ceiling_exceeded(ctx: Document, ref: Quantity, later: Quantity) -> bool:
    """'power cuts of up to 14 hours a day' ... 'power is cut for 16 hours a day': a figure above the
    ceiling given for the same thing (a part or a smaller figure fits under it; a larger does not)."""
    if not ref.ceiling or later.hedged or later.other or later.update or later.expected or ref.expected:
        return False
    if ref.sentence == later.sentence or ref.dimension != later.dimension or ref.fresh != later.fresh:
        return False
    if ref.time_cues != later.time_cues or later.value <= ref.value + max(ref.precision, later.precision) / 2:
        return False
    if ref.names_near and later.names_near and not ref.names_near & later.names_near:
        return False
    return same_frame(ref, later) and _item_fits(ctx, ref, later, None) and evidence(ref, later, ctx) >= THRESHOLD


def _since_only(ref: Quantity, later: Quantity) -> bool:
    """The two time frames differ only by a 'since' ('recorded 38 cases' / 'the cases reached 83
    since January'): a running count to date, no other occasion; too weak to set a digit slip
    aside."""
    return ref.time_cues ^ later.time_cues == _SINCE


# the word naming a rate right before it, in the figure's own clause: "the overnight [lending]
# rate to 21.00%", "the [discount] rate were both cut to 20.50%" (no comma, no other figure between)
_RATE_NAME = re.compile(r"(?i:\b([a-z]+)[ \u00a0-]rates?\b)[^,;.\d%]{0,40}$")
_NOT_RATE_NAMES = frozenset("the a an its their this that same new current key main".split())


def _rate_name(text: str, q: Quantity) -> str | None:
    m = _RATE_NAME.search(text, max(0, q.start - 60), q.start)
    word = m.group(1).lower() if m else None
    return None if word is None or word in _NOT_RATE_NAMES else word


def _rates_named_apart(text: str, ref: Quantity, later: Quantity) -> bool:
    """Each percentage is a rate named by its own word ("overnight deposit rate" / "overnight
    lending rate", "discount rate" / "deposit rate"): two rates of one statement, not one rate
    given twice. "The rate", "the key rate" name nothing of their own and may restate it."""
    a, b = _rate_name(text, ref), _rate_name(text, later)
    return a is not None and b is not None and stem(a) != stem(b)


@lru_cache(maxsize=1 << 16)  # the same few word sets meet again and again in a long article
def any_linked(a_words: frozenset[str], b_words: frozenset[str]) -> bool:
    """A word of one set is linked (units.linked) to a word of the other."""
    return any(linked(a, b) for a in a_words for b in b_words)


@lru_cache(maxsize=1 << 16)
def _shared_context(ref_words: frozenset[str], later_words: frozenset[str]) -> int:
    """How many of ``later_words`` a word of ``ref_words`` is linked to, up to CONTEXT_CAP; a
    word whose link keys meet none of the other's (word_link_keys) is linked to none."""
    if not ref_words or not later_words:
        return 0
    keys = frozenset().union(*map(word_link_keys, ref_words))
    n = 0
    for b in later_words:
        if not keys.isdisjoint(word_link_keys(b)) and any(linked(a, b) for a in ref_words):
            n += 1
            if n == CONTEXT_CAP:
                break
    return n


def both_given(sentences: dict[int, list[Quantity]], ref: Quantity, later: Quantity) -> bool:
    """The article sets the two figures side by side: the earlier value given again in the later
    one's sentence or the next, as another source's figure ('three soldiers had been wounded. The
    army, which put the number at two, ...'): a disagreement reported, no slip of translation."""
    # (what it counts unnamed, or named as the later one names it: "11 killed and 17 injured" ... "the
    # 17 dead ..., while the 11 injured" swaps two counts, it gives no second figure of one)
    return any(q is not ref and q is not later and q.dimension == later.dimension and same_value(q, ref)
               and (not q.head or any_linked(q.head, later.head))
               for n in (later.sentence, later.sentence + 1) for q in sentences.get(n, ()))

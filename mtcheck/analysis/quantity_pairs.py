"""Whether two quantities of an article name one figure: the evidence number-mismatch weighs
(a shared counted noun, unit, context words, a definite back-reference, digits that look like a
slip of the other) and the frames that keep two figures apart (another time, place or owner)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .approximate_slips import reordered_beyond_hedge, rescaled_beyond_hedge
from .digit_slips import roles
from .quantities import Quantity, typo_like
from .quantity_words import WEEKDAYS
from .quantities_earlier import word_link_keys
from .ordinal_things import other_member
from .quantity_frames import held_thing
from .units import FAMILIES, GENERIC, linked, stem

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
    if ref.dimension != later.dimension and not unit_swap(ref, later) or ref.sentence == later.sentence:
        return False  # two values in one sentence are a comparison, not a restatement
    if (ref.hedged or later.hedged) and not hedges_ok and not unit_swap(ref, later) or ref.other \
            or later.other and not (later.total and unit_swap(ref, later)) or later.update:
        return False  # "about", "more than", "up from", "another", "total"; a later "rose to" updates
        # (a total is another figure, unless it is this one's figure in another unit: "a budget of 4.6
        # million dinars" ... "the total cost reaches 4.6 million euros")
    if ref.fresh != later.fresh:
        return False  # "12 new cases" against a total of "37 cases"
    if ref.dimension == "count" and not (ref.head and later.head):
        return False  # a bare number ("the other two") says too little about what it counts
    if ref.time_cues != later.time_cues and not (since_ok and _since_only(ref, later)):
        return False  # "in the previous by-election", "last year", "in January"
    if ref.dimension != "score" and ref.names_near and later.names_near \
            and not ref.names_near & later.names_near:
        return False  # each is said of someone else: "182 votes" for one candidate, "42" for another
    if ref.owner and later.names_near and not later.owner and ref.owner.isdisjoint(later.names_near):
        return False  # "Al-Dossary won 1,284 votes against 1,102 for his rival" ... "Al-Buainain received 1,248"
    # a proper noun that restricts the later one ("the border with Iran") must fit the earlier,
    # and so must what a change is of ("the 21 percent fall in imports" / "exports fell by 12 percent")
    return _item_fits(ctx, ref, later, cache) and later.names_near <= _sentence_words(ctx, ref, cache) \
        and not other_member(ctx, ref, later)  # "The first line ... carries" after "the fourth line"


def same_frame(ref: Quantity, later: Quantity) -> bool:
    """Both actual (or both expected), and not owned by two differently named subjects
    (analysis/quantity_frames.py): "expected a 200-basis-point cut" is no restatement of the
    100-point cut made, nor "Al-Zawraa ... 24 points" of "Al-Minaa has 29 points"."""
    if ref.expected != later.expected:
        return False
    if (ref.added or later.added) and not (ref.change and later.change):
        return False  # "the additional 25 m3/s" restates an increase ("raised by 20 m3/s"), not a level
    if ref.roles and later.roles and ref.roles.isdisjoint(later.roles):
        return False  # "the harvest reached 1.8 million tonnes" / "imported 8.1 million tonnes"
    return not (ref.owner and later.owner and ref.owner.isdisjoint(later.owner))


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
    if ref.head and later.head and not heads_linked:
        return 0  # each names what it counts, and they differ: "revenue" vs "spending"
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


# Dimensions where two different quantities often share digits by chance (turnout 23 % here, 32 %
# there; 23C one day, 32C the next): a digit slip there needs the counted words to agree.
_CHANCE_DIMENSIONS = ("percent", "percent:points", "temperature", "duration", "score")


def digit_slip(ref: Quantity, later: Quantity) -> bool:
    """The same significant digits reordered (312 / 321, 6.8 / 8.6, KD 42m / KD 24m) or put on
    another power of ten (1.2 million / 120,000 litres): the classic slips of a translator or
    typist. Two or more significant digits, so that a chance match is unlikely."""
    a, b = ref.digits, later.digits
    if ref.unit != later.unit or ref.dimension != later.dimension or ref.value == later.value:
        return False
    if a == b:  # the figure kept, its scale word changed: "1.2 billion dinars" / "the 1.2 million dinars"
        return ref.scale != later.scale and len(a.strip("0")) >= 2
    if sorted(a) == sorted(b) and len(a.strip("0")) >= 2:
        return True
    core = a.rstrip("0")
    if core != b.rstrip("0") or len(core.lstrip("0")) < 2 or not (ref.value and later.value):
        return False
    ratio = max(ref.value, later.value) / min(ref.value, later.value)
    return any(abs(ratio - 10 ** k) < 1e-6 * 10 ** k for k in range(1, 7))


def _same_thing(ref: Quantity, later: Quantity) -> bool:
    """Both mentions name what they count alike: agreeing heads or counted nouns, or (for a
    measure in one unit) a later mention that points back ("the 120,000 litres seized")."""
    if ref.head and later.head and any(linked(a, b) for a in later.head for b in ref.head):
        return True
    if ref.dimension == "count" or ref.dimension in _CHANCE_DIMENSIONS:
        if ref.head and later.head:
            return _same_vague_noun(ref, later)
        return bool(ref.noun and later.noun and linked(stem(ref.noun), stem(later.noun)))
    return later.anaphoric


def _same_vague_noun(ref: Quantity, later: Quantity) -> bool:
    """'had risen to 1,240 cases' ... 'the 1,420 cases recorded': one vague noun ('cases') whose
    heads are the verbs around it (risen, recorded); a later mention that points back at it, and
    no two roles ('32 people killed' / 'the 23 people wounded') tell the two apart."""
    if not (later.anaphoric and ref.noun and later.noun) or stem(ref.noun) not in GENERIC:
        return False
    ref_roles, later_roles = roles(ref), roles(later)
    return stem(ref.noun) == stem(later.noun) and not (ref_roles and later_roles and not ref_roles & later_roles)


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


def _hedged_reordered(ref: Quantity, later: Quantity) -> bool:
    """'At least 27 people were killed' ... 'the bodies of the 72 victims': a hedge allows a
    nearby figure, not the same digits reordered in a mention that points back at it, nor four or
    more significant digits reordered in any mention ('More than 142,600 students' ... 'the number
    of students ... had reached 124,600': no chance repeats them)."""
    core = ref.digits.strip("0")
    return (later.anaphoric or len(core) >= _LONG_SLIP) and ref.digits != later.digits \
        and sorted(ref.digits) == sorted(later.digits) and len(set(core)) >= 2


def _total_slip(ctx: Document, ref: Quantity, later: Quantity) -> bool:
    """'the total rain in Jabal Samhan reached 182 millimetres' after '128 millimetres' there; 'the
    total of the funds allocated reached 120 billion pounds' after 'allocated 120 million pounds':
    a total is another figure, unless it repeats the other one's digits reordered (three or more
    significant digits) or on another scale, and the two sentences share a rare name, the counted
    noun or a word. Either may be the total ("a total of 1,420 cases" ... "the 1,240 cases")."""
    if any(q.other and not q.total for q in (ref, later)) or ref.dimension != later.dimension \
            or ref.unit != later.unit:
        return False
    a, b = ref.digits, later.digits
    significant = len(a.strip("0"))
    rescaled = a == b and ref.scale != later.scale and significant >= 2
    reordered = a != b and sorted(a) == sorted(b) and significant >= 3
    if not (rescaled or reordered):
        return False
    if ctx.rare_names.get(ref.sentence, set()) & ctx.rare_names.get(later.sentence, set()):
        return True
    if ref.noun and later.noun and stem(ref.noun) == stem(later.noun):
        return True  # "1,420 cholera cases" ... "the total of 1,240 cases"
    return any_linked(ref.near | ref.head, later.near | later.head)


def _named_apart(ref: Quantity, later: Quantity) -> bool:
    """Each said of another proper name ("Basra", "Maysan"). A place named by a common noun ("in
    the province") beside a name ("Diwaniyah growers") is no other place: the digits weigh more."""
    a = {n for n in ref.names_near if n[:1].isupper()}
    b = {n for n in later.names_near if n[:1].isupper()}
    if a and b:
        return not a & b
    return bool(ref.names_near and later.names_near and not ref.names_near & later.names_near) and not (a or b)


def slip_reference(ctx: Document, ref: Quantity, later: Quantity, cache: dict) -> bool:
    """A digit slip of an earlier mention of the same thing: flagged on less context than other
    differences, because the digits themselves are the evidence."""
    if ref.sentence == later.sentence or ref.part in ("caption", "credit") or not digit_slip(ref, later):
        return False
    # an approximation allows a nearby figure, not its digits reordered far from it
    # (two sentences of two weekdays are two occasions for an approximation: "admitted 25 patients on
    # Friday" / "On Saturday, it admitted about 52"; an exact slip is still read, the days may be the slip)
    approx = (ref.hedged or later.hedged) and (reordered_beyond_hedge(ctx.text, ref, later)
                                               or rescaled_beyond_hedge(ctx.text, ref, later)) \
        and not other_days(ctx, ref, later)
    if ref.hedged and not (_hedged_reordered(ref, later) or approx) or later.hedged and not approx \
            or later.update or ref.fresh != later.fresh:
        return False
    if (later.total or ref.total) and (ref.time_cues == later.time_cues or later.anaphoric) \
            and _total_slip(ctx, ref, later):
        return True
    if later.other or ref.other and not _listed_restated(ctx, ref, later):
        return False
    if ref.time_cues != later.time_cues and not later.anaphoric and not _since_only(ref, later):
        return False  # "last year" against this year, unless the later one points back ("the 321 cases")
    if _named_apart(ref, later) or later.time_cues & _EARLIER_OCCASION - ref.time_cues:
        return False  # ("the 54 survivors of an earlier sinking": another occasion, pointing back or not)
    ref_roles, later_roles = roles(ref), roles(later)
    if ref_roles and later_roles and ref_roles.isdisjoint(later_roles):
        return False  # "killed 12 militants" ... "the 21 gunmen arrested": other people
    if _bare_long_reorder(ctx, ref, later, cache):
        return True
    if not _same_thing(ref, later) or not _item_fits(ctx, ref, later, cache):
        return False
    if later.anaphoric or ref.other:
        return True  # "the 321 cases" points back at "312 cases"; a listed count restated (_listed_restated)
    # (a hedged reference here has four or more digits reordered: _hedged_reordered)
    return comparable(ctx, ref, later, cache, hedges_ok=ref.hedged or later.hedged, since_ok=True) \
        and evidence(ref, later, ctx) >= 2


def _listed_restated(ctx: Document, ref: Quantity, later: Quantity) -> bool:
    """'the batch included 1,230 displaced persons' ... 'the 1,320 people who left': a part named in a
    list still counts its own noun, and a later mention with its digits reordered restates it when it
    points back at it ('the 73 deaths') or counts over the same running period ('including 38 deaths'
    among the cases since the start of the outbreak ... 'the deceased reached 83 since the start of
    the outbreak')."""
    if not (ref.listed and ref.digits != later.digits and sorted(ref.digits) == sorted(later.digits)):
        return False
    if later.anaphoric:
        return True
    a, b = _since_phrase(ctx, ref), _since_phrase(ctx, later)
    return "since" in later.time_cues and bool(a and b) and (a <= b or b <= a)


_SINCE_PHRASE = re.compile(r"\bsince[ \u00a0]+((?:[\w'-]+[ \u00a0]+){0,9}[\w'-]+)", re.IGNORECASE)
_NO_START = frozenset("the a an of at in on start beginning end outbreak's".split())


def _since_phrase(ctx: Document, q: Quantity) -> frozenset[str]:
    """The words that name the start of its sentence's running count, up to the clause's end ('since
    the start of the outbreak at the end of August': outbreak, august)."""
    seg = ctx.sentences[q.sentence]
    m = _SINCE_PHRASE.search(ctx.text, seg.start, seg.end)
    return frozenset(w.lower() for w in m.group(1).split() if w.lower() not in _NO_START) if m else frozenset()


def _since_only(ref: Quantity, later: Quantity) -> bool:
    """The two time frames differ only by a 'since' ('recorded 38 cases' / 'the cases reached 83
    since January'): a running count to date, no other occasion; too weak to set a digit slip
    aside."""
    return ref.time_cues ^ later.time_cues == _SINCE


_EARLIER_OCCASION = frozenset("earlier previous previously last former prior ago".split())
_LONG_SLIP = 4  # significant digits of a reordered figure that no chance repeats


def _bare_long_reorder(ctx: Document, ref: Quantity, later: Quantity, cache: dict | None) -> bool:
    """'The number of the students who sat the exam, 117,342, included ...' after '171,342 students
    sat': a bare figure set off by commas names nothing itself; four or more significant digits
    reordered, with what the earlier one counts named in the later sentence, are the same figure."""
    if later.head or later.noun or sorted(ref.digits) != sorted(later.digits):
        return False
    if len(ref.digits.strip("0")) < _LONG_SLIP or ref.time_cues != later.time_cues:
        return False
    words = frozenset(stem(w) for w in _sentence_words(ctx, later, cache) if w)
    return any_linked(ref.head | ref.near, words)


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

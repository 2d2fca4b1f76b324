"""Digit slips between two mentions of one figure: the same significant digits reordered or put
on another scale ("312 cases" ... "the 321 cases", "1.2 billion" ... "the 1.2 million"), weighed on
less context than other differences because the digits themselves are the evidence; the frames
that still keep two such figures apart (another time, place, occasion or role)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .approximate_slips import reordered_beyond_hedge, rescaled_beyond_hedge
from .digit_slips import dates_said_in_both, roles
from .digit_edits import one_inserted, typo_like
from .quantities import Quantity
from .quantity_pairs import _item_fits, _sentence_words, _since_only, any_linked, comparable, evidence, other_days
from .units import GENERIC, linked, stem

if TYPE_CHECKING:
    from .document import Document


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
    if ref.scale != later.scale and _reordered_across_scales(ref, later):
        return True  # "1,250,000 dirhams" / "1.52 million dirhams": 125 reordered, written two ways
    core = a.rstrip("0")
    if core != b.rstrip("0") or len(core.lstrip("0")) < 2 or not (ref.value and later.value):
        return False
    ratio = max(ref.value, later.value) / min(ref.value, later.value)
    return any(abs(ratio - 10 ** k) < 1e-6 * 10 ** k for k in range(1, 7))


def whole_digits(q: Quantity) -> str:
    """The digits of a whole value in the base unit ("1.52 million" and "1,520,000": 1520000), or ""."""
    v = q.value
    return str(int(round(v))) if v >= 10 and abs(v - round(v)) < 1e-6 * v else ""


def _reordered_across_scales(ref: Quantity, later: Quantity) -> bool:
    """One mention with a scale word and one written out, of one size, whose digits are the same
    digits reordered once both are written out: three or more significant digits, as a reordered
    figure needs when nothing else says the two are one (two significant digits are too often
    two amounts: '1.2 million' / 'the 2.1 million')."""
    a, b = whole_digits(ref), whole_digits(later)
    return bool(a) and len(a) == len(b) and a != b and sorted(a) == sorted(b) and len(a.strip("0")) >= 3


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
    if ref.time_cues != later.time_cues and not later.anaphoric and not _since_only(ref, later) \
            and not dates_said_in_both(ctx, ref, later):
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


# How far apart two values of one noun may be and still be read as one figure given twice when
# their digits share nothing a slip leaves (unseen wire copy: '229,614 students' / '9,842 students
# ... in Egypt alone', '46 kilograms of hashish' / 'a citizen possessing 9 kilograms'). A
# translator's or typist's slip keeps digits: reordered, one changed, inserted or dropped, or the
# same digits on another scale; a fivefold gap with none of these is two quantities.
_FAR_RATIO = 5.0


def far_apart(ref: Quantity, later: Quantity) -> bool:
    """The two values are _FAR_RATIO or more apart and their digits are no slip of each other."""
    if not (ref.value and later.value) or ref.dimension != later.dimension:
        return False
    if max(ref.value, later.value) / min(ref.value, later.value) < _FAR_RATIO:
        return False
    return not digits_related(ref.digits, later.digits) and ref.numeral != later.numeral


def digits_related(a: str, b: str) -> bool:
    """One figure's significant digits slipped into the other's: one changed or two swapped
    (typo_like), all reordered, the same on another scale (15 / 150), or one digit inserted or
    dropped (3 / 13, 1,250 / 125)."""
    return typo_like(a, b) or sorted(a) == sorted(b) or a.rstrip("0") == b.rstrip("0") or one_inserted(a, b)


# "also" before a figure in its sentence adds an item to what was said ("The court also issued an
# absentee ruling against two accused", "The police also announced the arrest of a citizen for
# possessing 9 kilograms"); "in a separate context" opens another story
_ALSO = re.compile(r"\b(?:also|in[ \u00a0]+a[ \u00a0]+separate)\b", re.IGNORECASE)


def added_item(ctx: Document, ref: Quantity, later: Quantity) -> bool:
    """The later figure, not pointing back, is said of an item its sentence adds ('also'), and its
    digits are no slip of the earlier one's: another group or seizure, not the first one given
    again. ('It also ordered their deportation after they serve the three-year sentence' points
    back at the sentence given before.)"""
    if later.anaphoric:
        return False
    seg = ctx.sentences[later.sentence]
    return bool(_ALSO.search(ctx.text, seg.start, later.start)) and not digits_related(ref.digits, later.digits)

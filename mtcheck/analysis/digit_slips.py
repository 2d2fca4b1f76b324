"""Transposed or rescaled digits of one measured amount: "3.2 billion pounds" ... "2.3 billion pounds",
"1.2 billion dinars" ... "1.2 million dinars", "850 tonnes" ... "85,000 kilograms",
"270,000 barrels per day" ... "207,000 barrels per day", "a rise of 37 percent" ... "the 73
percent increase".

Two amounts in one unit whose significant digits are the same digits in another order are the
classic slip of a translator or typist, and a strong prior on their own: two different amounts of
one article rarely share all their digits by chance. The evidence that they are one amount is
then read from the two *sentences* (the words they share), not from the noun phrase next to
each number, because a money or percent figure is often named only by a verb or a noun further
off ("the value of the paid dues exceeded 5.4 billion pounds" / "the dues paid to the farmers
reached 4.5 billion pounds").

Counts are left to number-mismatch's own tests, small counts being far more often two different
counts that happen to share digits; a count of people with three significant digits or more whose
people the same thing happened to (evacuated, killed, detained) is the exception ("the evacuation
of 1,240 residents" ... "the number of evacuated people reached 1,420").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .digit_edits import one_inserted
from .lead_counts import lead_slip
from .permuted_amounts import lone_permutation
from .quantity_words import _HEDGES, _REPORTING, MONTHS, STOP, Quantity
from .units import FAMILIES, GENERIC, NAME_TO_UNIT, SCALE, linked, stem

# Dimensions where two different amounts share digits by chance too often (23C / 32C, a
# 2-1 win / a 1-2 loss, two spans of days) or that number-mismatch's count tests cover.
_EXCLUDED = ("count", "temperature", "duration", "score", "magnitude")
# Words right before a number that make it another amount than an earlier one.
_ANOTHER = frozenset("another additional extra further remaining other others more less fewer".split())
# A hedged first figure ("about 270,000") still conflicts with a permutation this far from it.
_HEDGE_TOLERANCE = 0.10
_SHARED_NEEDED = 2
# Verbs that only put a figure on something ("reached 84 million dinars"): they name no measure.
_VALUE_VERBS = frozenset(stem(w) for w in """reached exceeded totalled totaled amounted stood hit topped
surpassed passed worth valued estimated""".split())
# Words two sentences may share without naming one amount: value verbs, units and scale words
# ("dinars" is in every sentence that gives an amount in dinars)
_NOT_SHARED = _VALUE_VERBS | frozenset(stem(w) for w in (*NAME_TO_UNIT, *SCALE))
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# data/units.toml families that say what happened to people counted
_ROLE_FAMILIES = frozenset({"death", "injury", "detention", "displacement", "infection", "scored", "conceded",
                            "convicted", "acquitted", "registered", "voted"})
_VAGUE = frozenset("""year years month months week day days time period total number amount value
percent cent per figure figures level rate official officials source sources""".split())


def _permuted(a: str, b: str) -> bool:
    """The same significant digits in another order (not merely another power of ten)."""
    return a != b and sorted(a) == sorted(b) and len(a.strip("0")) >= 2 and a.rstrip("0") != b.rstrip("0")


def _rescaled(ref: Quantity, later: Quantity) -> bool:
    """The same significant digits on another power of ten, written with another scale word or
    unit: "1.2 billion dinars" / "1.2 million dinars", "850 tonnes" / "85,000 kilograms"."""
    core = ref.digits.rstrip("0")
    if core != later.digits.rstrip("0") or len(core.lstrip("0")) < 2 or not (ref.value and later.value):
        return False
    if (ref.unit, ref.scale) == (later.unit, later.scale):
        return False  # "12 tonnes" / "120 tonnes": a dropped digit is number-mismatch's own test
    if (ref.scale == 1) != (later.scale == 1):
        return False  # "a grant of 1.8 million dollars" / "the engine costs 1,800 dollars": the scale
        # word was not swapped for another, the figure is written out: two amounts
    ratio = max(ref.value, later.value) / min(ref.value, later.value)
    return any(abs(ratio - 10 ** k) < 1e-6 * 10 ** k for k in range(1, 10))


def _content_stems(text: str) -> set[str]:
    out = set()
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.lower()
        if w[0].isupper() or low in STOP or low in _REPORTING or low in _VAGUE or len(low) < 3:
            continue  # proper nouns are weighed by names_near; capitals of a sentence start are rare content
        out.add(stem(low))
    return out - GENERIC


def _shared(a: set[str], b: set[str]) -> int:
    exact = a & b
    loose = {x for x in a - exact for y in b - exact if linked(x, y)}
    return len(exact) + len(loose)


def _another_before(ctx, q: Quantity) -> bool:
    words = _WORD.findall(ctx.text[max(0, q.start - 30):q.start])[-2:]
    return any(w.lower() in _ANOTHER for w in words)


class SlipFinder:
    """Finds, for a later amount, an earlier amount of which it is a digit permutation."""

    def __init__(self, ctx):
        self.ctx = ctx
        self._stems: dict[int, set[str]] = {}
        # the story's first body sentence: its counts are the story's own (lead_counts.py)
        self._lead = next((k for k, s in enumerate(ctx.sentences) if s.part == "body"), None)

    def sentence_stems(self, index: int) -> set[str]:
        if index not in self._stems:
            seg = self.ctx.sentences[index]
            self._stems[index] = _content_stems(self.ctx.text[seg.start:seg.end])
        return self._stems[index]

    def reference(self, later: Quantity, earlier: list[Quantity], quoted: list[Quantity] = ()) -> Quantity | None:
        """The earlier amount ``later`` looks like a transposition of, or None. ``quoted`` are earlier
        amounts inside quotations ("a pension that does not exceed 1,495 pounds" in a worker's words
        ... "the pension of 1,459 pounds" in the reporter's): a reference only on the full evidence
        of _fits (shared words, the later noun in the earlier sentence), never by the digits alone."""
        if later.dimension == "count" and later.part not in ("caption", "credit"):
            return self._count_reference(later, earlier) or self._quoted_count(later, quoted) \
                or lead_slip(later, earlier, self._lead)
        if later.dimension.startswith(_EXCLUDED) or later.part in ("caption", "credit"):
            return None
        if later.hedged or later.update and not later.anaphoric or _another_before(self.ctx, later):
            return None  # "rose to 73 percent" is a new value; "the 73 percent increase" points back
        same_unit = [q for q in earlier if q.dimension == later.dimension
                     and (q.unit == later.unit or _rescaled(q, later))]
        in_quotes = [q for q in quoted if q.dimension == later.dimension and q.unit == later.unit]
        if any(q.value == later.value for q in same_unit + in_quotes):
            return None  # the later figure was said before: no slip, or two amounts in the story
        for ref in sorted(same_unit + in_quotes, key=lambda q: q.start, reverse=True):
            if self._fits(ref, later):
                return ref
        return lone_permutation(later, same_unit, self._shared_words, self._verb_before)

    def _shared_words(self, ref: Quantity, later: Quantity) -> int:
        """Content words the two mentions' sentences share, verbs that only put a figure aside, and
        the word each sentence opens with ("Exports reached ..." / "... said exports had reached")."""
        a, b = (self.sentence_stems(q.sentence) | self._opening_stem(q.sentence) for q in (ref, later))
        return _shared(a - _NOT_SHARED, b - _NOT_SHARED)

    def _opening_stem(self, index: int) -> set[str]:
        """The stem of a sentence's first word when it is a content word: capitalised only because
        it opens the sentence, it is left out of sentence_stems with the proper nouns."""
        seg = self.ctx.sentences[index]
        m = _WORD.search(self.ctx.text, seg.start, seg.end)
        low = m.group().lower() if m else ""
        if not low or low in STOP or low in _REPORTING or low in _VAGUE or len(low) < 3:
            return set()
        return {stem(low)} - GENERIC

    def _verb_before(self, q: Quantity) -> str:
        """The word before a mention's number, hedges skipped ('cut about 1,205 barrels': cut)."""
        words = [w.lower() for w in _WORD.findall(self.ctx.text[max(0, q.start - 40):q.start])]
        while words and words[-1] in _HEDGES:
            words.pop()
        return words[-1] if words else ""

    def _count_reference(self, later: Quantity, earlier: list[Quantity]) -> Quantity | None:
        """A count of people whose three significant digits or more an earlier count of the same
        people (what happened to them: evacuated, killed, detained ...) had in another order:
        "the evacuation of 1,240 residents" ... "the number of evacuated people reached 1,420".
        Small counts share digits by chance (12 / 21 wounded in two attacks); long ones rarely."""
        if later.hedged or later.other or later.update or later.fresh or _another_before(self.ctx, later) \
                or len(later.digits.strip("0")) < 3:
            return None
        later_roles = roles(later)
        if not later_roles:
            return None
        same = [q for q in earlier if q.dimension == "count" and roles(q) & later_roles]
        if any(q.value == later.value for q in same):
            return None
        slips = [q for q in same if _permuted(q.digits, later.digits) and q.sentence != later.sentence
                 and not (q.hedged or q.other or q.fresh) and q.part not in ("caption", "credit")
                 and q.time_cues == later.time_cues
                 and not (q.names_near and later.names_near and not q.names_near & later.names_near)]
        return slips[-1] if len(slips) == 1 else None

    def _quoted_count(self, later: Quantity, quoted: list[Quantity]) -> Quantity | None:
        """A count said in a quotation and pointed back at in narration with three or more of its
        significant digits reordered: '"the port received 4,860 containers"' ... "the 4,680 containers
        received by the port". The back-reference takes the speaker's figure as said, so its digits
        are the figure garbled; _fits asks the full evidence (shared words, the same unit)."""
        if not later.anaphoric or later.hedged or later.other or later.update or later.fresh \
                or len(later.digits.strip("0")) < 3:
            return None
        same = [q for q in quoted if q.dimension == "count" and q.unit == later.unit]
        if any(q.value == later.value for q in same):
            return None
        refs = [q for q in same if not q.hedged and self._fits(q, later)]
        return refs[-1] if len({q.value for q in refs}) == 1 else None

    def _names_crossed(self, ref: Quantity, later: Quantity) -> bool:
        """The later mention's names are said in the earlier one's sentence ("releases from the
        Derbendikhan Dam towards the Diyala River to 150 m3/s" ... "the release of 105 m3/s from
        Derbendikhan"): the nearest name differs, the place is one. (A sentence that gives each of
        two places its figure is the same sentence: never compared.)"""
        a = self.ctx.sentences[ref.sentence]
        return all(n in self.ctx.text[a.start:a.end] for n in later.names_near)

    def _fits(self, ref: Quantity, later: Quantity) -> bool:
        if ref.sentence == later.sentence or ref.part in ("caption", "credit"):
            return False
        if not (_permuted(ref.digits, later.digits) and ref.scale == later.scale and ref.unit == later.unit
                or _rescaled(ref, later)) or _another_before(self.ctx, ref):
            return False
        if ref.hedged and abs(ref.value - later.value) <= _HEDGE_TOLERANCE * ref.value:
            return False
        if later.time_cues and later.time_cues != ref.time_cues and not dates_said_in_both(self.ctx, ref, later):
            return False  # "last year 73 percent": another time frame
        if ref.names_near and later.names_near and not ref.names_near & later.names_near \
                and not self._names_crossed(ref, later):
            return False  # said of two places or people
        ref_words, later_words = self.sentence_stems(ref.sentence), self.sentence_stems(later.sentence)
        head = later.head - _VALUE_VERBS
        if head and not any(linked(h, w) for h in head for w in ref_words | ref.head):
            return False  # the later names another measure: "turnout at 48 per cent" / "the 84 per cent score"
        return _shared(ref_words - _NOT_SHARED, later_words - _NOT_SHARED) >= _SHARED_NEEDED


_DATE_CUE = re.compile(r"(?:1[89]|20)\d\d|[a-z]+")


def dates_said_in_both(ctx, ref: Quantity, later: Quantity) -> bool:
    """The two time frames differ only by months or years that each figure's sentence names ("treated
    14,500 hectares ... since 3 March" / "the operations carried out since 13 March included the
    treatment of 41,500 hectares": March is in both sentences, only not in the first figure's clause):
    one period. A relative cue ("last year", "previous", "ago") is another period wherever it is."""
    differ = ref.time_cues ^ later.time_cues
    if not differ or not all(_DATE_CUE.fullmatch(c) and (c.isdigit() or c in MONTHS) for c in differ):
        return False
    words = [set(_WORD_OR_YEAR.findall(ctx.text[seg.start:seg.end].lower()))
             for seg in (ctx.sentences[ref.sentence], ctx.sentences[later.sentence])]
    return all(c in words[0] and c in words[1] for c in differ)


_WORD_OR_YEAR = re.compile(r"[a-z]+|\d{4}")


def _counted(q: Quantity) -> frozenset[str]:
    """The stem of the noun a count counts ("halls" of "three training halls"), or its head words."""
    return frozenset({stem(q.noun.lower())}) if q.noun and " " not in q.noun else q.head


def _modifiers(q: Quantity) -> frozenset[str]:
    return q.head - _counted(q) if q.noun and " " not in q.noun else frozenset()


def sole_antecedent(later: Quantity, scored: list[tuple[Quantity, int]], earlier: list[Quantity],
                    threshold: int) -> Quantity | None:
    """'the nine new wells' after '7 new wells', the only earlier count of wells: a definite
    back-reference whose noun the story counted exactly once before refers to that count, even
    on less context than number-mismatch asks of two indefinite mentions. Only a larger later
    figure: a smaller definite one may be a part ("the two wells that ran dry"). A count of the dead
    or the hurt restates the story's only count of them without a determiner. The count may be
    said more than once with one value (headline and lead). People named by a participle ("the
    nine detained") are counted by the earlier count's verb ("arrested seven suspects")."""
    if not (later.dimension == "count" and later.head) or later.hedged or later.other or later.update:
        return None
    # the reference must be one of the few scored mentions, close, smaller and not hedged: tested
    # on those few first, so most figures never scan the whole window below (same result)
    if not any(e >= threshold - 1 and later.value > q.value and not q.hedged for q, e in scored):
        return None
    participle = later.noun.lower().endswith("ed")
    # (by the counted noun itself or a word both write: "the 1,500 trainees" are no "three training halls";
    # "the 31 polling centers" are the "27 polling stations")
    same_noun = [q for q in earlier if q.dimension == "count" and q.head
                 and (any(linked(a, b) for a in _counted(later) for b in _counted(q)) or _modifiers(later) & _modifiers(q)
                      or participle and any(linked(a, b) for a in later.head for b in q.near))]
    if not same_noun:
        return None
    exact = [q for q in same_noun if not q.hedged] or same_noun
    if any(q.value != exact[0].value for q in exact) or not all(_rounds_to(q, exact[0]) for q in same_noun):
        return None  # never counted, or counted with several values: which one is restated?
    ref = exact[0]  # ("more than 1.8 million pilgrims" in the headline rounds "1,845,045 pilgrims")
    if not (later.anaphoric or _same_casualties(ref, later)):
        return None
    close = any(q is ref and e >= threshold - 1 for q, e in scored)
    return ref if close and later.value > ref.value and not ref.hedged else None


_ROUNDING = 0.05  # a hedged mention this close to the exact count is that count rounded


def _rounds_to(q: Quantity, exact: Quantity) -> bool:
    return q.value == exact.value or q.hedged and abs(q.value - exact.value) <= _ROUNDING * exact.value


_CASUALTIES = frozenset({"death", "injury"})


def _same_casualties(ref: Quantity, later: Quantity) -> bool:
    """'wounding four fighters' ... 'received five wounded Peshmerga fighters': the story's only
    count of its people, hurt (or killed) in both, needs no determiner to be restated; unless a
    sentence counts several groups of that fate (parts of a toll), or the figures are of other
    periods, places or sizes."""
    if ref.time_cues != later.time_cues or ref.fresh != later.fresh or later.value > 2 * ref.value:
        return False  # another period's toll ("5,861 people were killed on the roads in 2022"), or another scale
    if ref.names_near and later.names_near and ref.names_near.isdisjoint(later.names_near):
        return False
    if not _people_named_alike(ref, later):
        return False  # "23 people wounded" / "25 wounded people": the role alone names no one group
    return bool(own_roles(ref) & own_roles(later) & _CASUALTIES) and not (ref.casualty_peers or later.casualty_peers)


def _people_named_alike(ref: Quantity, later: Quantity) -> bool:
    nouns = [frozenset(w for w in q.head if not FAMILIES.get(w, set()) & _CASUALTIES) for q in (ref, later)]
    return any(linked(a, b) for a in nouns[0] for b in nouns[1])


def dropped_digit(ctx, later: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """'the 19 deaths recorded' after '312 cases, including 9 deaths': a definite count that
    restates the story's only earlier count of its noun with a digit inserted (or the earlier
    one dropped). That count may be a part named in a list ('including 9 deaths'), which counts
    its own noun still. Only a larger later figure: a smaller definite one may be a part ('the
    24 suspects held in Karbala' of '124 suspects'); and a place or person that restricts the
    later one must be in the earlier sentence."""
    if later.dimension != "count" or not later.anaphoric or not later.head or later.part in ("caption", "credit"):
        return None
    if later.hedged or later.other or later.update or later.fresh:
        return None
    same_noun = [q for q in earlier if q.dimension == "count" and q.head and q.sentence != later.sentence
                 and any(linked(a, b) for a in later.head for b in q.head) and (not q.other or q.listed)]
    if len(same_noun) != 1:
        return None  # none, or several counts of it: the later one may restate any of them
    ref = same_noun[0]
    if ref.hedged or ref.fresh or ref.part in ("caption", "credit") or later.value <= ref.value \
            or not one_inserted(ref.digits, later.digits):
        return None
    ref_roles, later_roles = roles(ref), roles(later)
    if ref_roles and later_roles and not ref_roles & later_roles:
        return None  # "two children were killed" ... "the 12 children wounded": other children
    seg = ctx.sentences[ref.sentence]
    return ref if all(n in ctx.text[seg.start:seg.end] for n in later.names_near) else None


def roles(q: Quantity) -> frozenset[str]:
    """What happened to what is counted, by the families of the words around it (killed, wounded,
    detained, displaced ...)."""
    return _roles_of(q.near, q.head)


def own_roles(q: Quantity) -> frozenset[str]:
    """What happened to what is counted, by its own words first ("17 others" of "killed 11 people and
    injured 17 others" were injured: its verb), else by its clause."""
    return _roles_of(frozenset(), q.head) or _roles_of(q.near, q.head)


@lru_cache(maxsize=1 << 14)  # asked for every pair compared; the word sets repeat
def _roles_of(near: frozenset[str], head: frozenset[str]) -> frozenset[str]:
    return frozenset(f for w in near | head for f in FAMILIES.get(w, ()) if f in _ROLE_FAMILIES)

"""A hedge does not excuse a transposition: "a shortage of 340 teachers" ... "about 430 teachers",
"about 1.2 million subscribers" ... "2.1 million subscribers".

"About", "around", "nearly" allow a figure near the other one (about 50 wounded / 47 wounded),
not the same significant digits in another order far from it: a reordering is the classic slip of
a translator or typist, and two true approximations of one thing do not share all their digits by
chance. A bound ("more than 340", "up to 430") is left alone: it says no figure, only a side.
"""
from __future__ import annotations

import re

# Words that make a figure approximate but still a figure (not a bound).
_APPROXIMATE = frozenset("about around nearly almost roughly approximately some circa estimated".split())
# Words that make it a bound, or something other than the figure itself.
_BOUNDS = frozenset("""more less fewer than over under least most up upwards exceed exceeds exceeded
exceeding surpassed topped tops below above beyond""".split())
_WORD = re.compile(r"[A-Za-z]+")
TOLERANCE = 0.10  # "about 430" covers 390-470; a reordering that far off is no approximation
# Words before a figure, in its clause, that give it to another thing of the kind ("the neighbouring
# school has about 430 pupils"): an approximation of another thing is no slip of this one.
# (not an ordinal: "began the second semester with a shortage of 340 teachers" is this one)
_ANOTHER_THING = frozenset("neighbouring neighboring nearby adjacent another other separate rival".split())
_CLAUSE_BEFORE = re.compile(r"[^,;:.()]{0,60}$")


def approximate_only(text: str, number_start: int) -> bool:
    """The words right before a number hedge it as an approximation and bound it not at all."""
    words = [w.lower() for w in _WORD.findall(text[max(0, number_start - 30):number_start])][-3:]
    return any(w in _APPROXIMATE for w in words[-2:]) and not any(w in _BOUNDS for w in words)


def reordered_beyond_hedge(text: str, ref, later) -> bool:
    """Two figures of one unit and scale whose significant digits (two or more, not all alike) are
    the same digits reordered, where each hedged one is only approximate and the other lies beyond
    its allowance."""
    a, b = ref.digits, later.digits
    core = a.strip("0")
    if a == b or sorted(a) != sorted(b) or len(core) < 2 or len(set(core)) < 2:
        return False
    if ref.unit != later.unit or ref.scale != later.scale or not (ref.hedged or later.hedged):
        return False
    for q in (ref, later):
        if q.hedged and (q.ceiling or not approximate_only(text, q.number[0])) or _of_another(text, q.number[0]):
            return False
    big = max(ref.value, later.value)
    return abs(ref.value - later.value) > TOLERANCE * big


def rescaled_beyond_hedge(text: str, ref, later) -> bool:
    """'about 1.5 million passengers a day' ... 'the 150,000 daily passengers': the same significant
    digits (two or more) on another power of ten, the later pointing back. 'About' allows a nearby
    figure, never ten times less or more; a bound ('more than', 'up to') is no approximation."""
    core = ref.digits.rstrip("0")
    if core != later.digits.rstrip("0") or len(core.lstrip("0")) < 2 or ref.unit != later.unit:
        return False
    if not later.anaphoric:
        return False  # "the school has 1,500 students" ... "about 150 students took part": a part
    if not (ref.hedged or later.hedged) or not (ref.value and later.value) or ref.value == later.value:
        return False
    for q in (ref, later):
        if q.hedged and (q.ceiling or not approximate_only(text, q.number[0])) or _of_another(text, q.number[0]):
            return False
    ratio = max(ref.value, later.value) / min(ref.value, later.value)
    return any(abs(ratio - 10 ** k) < 1e-6 * 10 ** k for k in range(1, 7))


def _of_another(text: str, number_start: int) -> bool:
    """A word of another thing of the kind before the number, in its clause."""
    m = _CLAUSE_BEFORE.search(text, max(0, number_start - 60), number_start)
    return m is not None and any(w.lower() in _ANOTHER_THING for w in _WORD.findall(m.group()))

"""A definite count that points back at the story's own count with its digits in another order:
"signs contracts for 120 new schools" (headline and lead) ... "the 210 schools included in the
contracts"; "distributed 8,500 offshoots to 340 farmers" ... "the 430 beneficiaries".

Counts of two or three significant digits share digits by chance (12 and 21 wounded in two attacks),
so digit_slips leaves them. A back-reference ("the 210 schools") names a count the story has
already given, though; when the count it can name is the headline's or the lead's, of the same
thing (or of the people a word such as "beneficiaries" stands for), and has the same digits in
another order, while the story gives no count of the later value, the digits are the slip.
"""
from __future__ import annotations

from .quantity_words import Quantity
from .units import linked, stem

# words that name people by what they receive or take part in: they stand for the lead's people
_GROUP_WORDS = frozenset(stem(w) for w in """beneficiaries beneficiary recipients recipient participants participant
trainees trainee applicants applicant attendees attendee""".split())
_MIN_DIGITS = 3  # "120" / "210": written with three digits or more


def _names_it(ref: Quantity, later: Quantity) -> bool:
    if later.head & _GROUP_WORDS:
        return bool(ref.noun)
    return any(a == b or linked(a, b) for a in later.head for b in ref.head)


def lead_slip(later: Quantity, earlier: list[Quantity], lead: int | None) -> Quantity | None:
    """The headline's or lead's count ``later`` restates with its digits reordered, or None.
    ``lead`` is the index of the story's first body sentence."""
    if later.dimension != "count" or not later.anaphoric or later.hedged or later.other or later.update \
            or later.fresh or len(later.digits) < _MIN_DIGITS:
        return None
    counts = [q for q in earlier if q.dimension == "count"]
    if any(q.value == later.value for q in counts):
        return None
    refs = {q.value: q for q in counts
            if (q.part == "headline" or q.sentence == lead) and not q.hedged and not q.other
            and q.time_cues == later.time_cues  # ("the past five years" ... "last year": two periods)
            and q.digits != later.digits and sorted(q.digits) == sorted(later.digits) and _names_it(q, later)}
    return next(iter(refs.values())) if len(refs) == 1 else None

"""A figure inside a quotation that points back at one said before with its digits reordered: "the
ministry announced the participation of 412,650 students" ... Al-Rubaie stressed that "the 421,650
examinees are the sons of all Iraq"; "3,850 contract workers ... have not received any salary" ... a
source said the ministry "sent a request to secure the allocations for the 3,580 workers".

A quotation is another speaker's figure, and two speakers may disagree: number-mismatch reads no
quoted figure as a restatement (quoted amounts are only references of a later slip). A speaker who
disagrees gives a figure of his own ("3,200 workers, not 3,850"); a definite back-reference ("the
3,580 workers") takes the figure as said, and three or more significant digits reordered are no
estimate of another speaker but the same figure garbled; so are two, when the quotation names the
thing as the narration did ("4,500 trucks crossed ... during the first week" ... "the 5,400 trucks that
crossed in the first week"). Only that is flagged here: the later mention points back, its
significant digits (three or more, or two named alike) are the earlier one's reordered on the
same scale and unit, the two name one thing (quantity_slips.slip_reference), and no other earlier
figure with those digits reordered (or with the later value) leaves the reference in doubt.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .quantity_pairs import same_frame
from .quantity_words import _REPORTING, STOP
from .quantity_slips import slip_reference
from .quantity_words import Quantity

if TYPE_CHECKING:
    from .document import Document
    from .quantities_earlier import EarlierQuantities

_LONG = 3  # significant digits reordered that no chance repeats
_SHORT = 2  # two, where the quotation names the thing as the narration did: same noun, same verb
_STEM = 5  # letters a word and its inflections share ("crossed" / "crosses": "cross")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_STOP_STEMS = frozenset(w[:_STEM] for w in STOP) | {"that", "which", "who", "in", "the", "of", "and"}


def _named_alike(ctx, ref: Quantity, later: Quantity) -> bool:
    """'4,500 trucks crossed in both directions during the first week' ... "the 5,400 trucks that crossed
    in the first week": the same counted noun, and the words right after it (its verb, and two of
    the first three content words) the earlier sentence's too."""
    if not ref.head or ref.head != later.head:
        return False
    seg = ctx.sentences[ref.sentence]
    said = {w.lower()[:_STEM] for w in _WORD.findall(ctx.text, seg.start, seg.end)} - _STOP_STEMS
    end = min(later.end + 60, ctx.sentences[later.sentence].end)
    stems = (x.lower()[:_STEM] for x in _WORD.findall(ctx.text, later.end, end))
    content = [w for w in stems if w not in _STOP_STEMS][:3]
    return len(content) == 3 and content[0] in said and sum(w in said for w in content) >= 2


def _reordered(ref: Quantity, later: Quantity) -> bool:
    return ref.digits != later.digits and sorted(ref.digits) == sorted(later.digits) \
        and ref.scale == later.scale and ref.unit == later.unit and ref.dimension == later.dimension


def _teen(ctx, ref: Quantity, later: Quantity) -> bool:
    """'fifteen new exchange offices' ... "the 50 offices will create jobs": a teen read as a ten where
    one of the two is written in words (the words are what is misread), naming the same thing."""
    small, big = sorted((ref.value, later.value))
    return 13 <= small <= 19 and big == (small - 10) * 10 and bool(later.head) and later.head <= ref.head \
        and ref.unit == later.unit and any(ctx.text[q.number[0]].isalpha() for q in (ref, later))


def quoted_slip(ctx: Document, later: Quantity, buckets: list[EarlierQuantities], cache: dict) -> Quantity | None:
    """The earlier figure (said in narration or in a quotation) that the quoted ``later`` restates
    with its digits reordered, or None. ``buckets`` hold the earlier figures of ``later``'s dimension."""
    if not later.anaphoric or later.hedged or later.other or later.update or later.fresh \
            or later.part in ("caption", "credit") or len(later.digits.strip("0")) < _SHORT and later.value % 10:
        return None  # (one significant digit: only a ten read for a teen, "the 50 offices")
    found, teens = [], []
    for bucket in buckets:
        bucket.window(later)
        found += [q for q in bucket.slips(later) if _reordered(q, later)]
        teens += [q for q in bucket.items[bucket.lo:bucket.hi] if _teen(ctx, q, later)]
        if any(q.value == later.value for q in bucket.items[bucket.lo:bucket.hi] if q.unit == later.unit):
            return None  # the later figure was said before: no slip, or two figures of the story
    # (a teen read as a ten is no digit slip of slip_reference's kinds: the same thing named is its check,
    # and the new ones of the narration are what the quotation's definite back-reference restates)
    refs = [q for q in teens if not q.hedged and same_frame(q, later)] \
        + [q for q in found if not q.hedged and same_frame(q, later) and slip_reference(ctx, q, later, cache)
           and (len(later.digits.strip("0")) >= _LONG or _named_alike(ctx, q, later))]
    if len({q.value for q in refs}) != 1:
        return None  # none, or several figures with these digits: which one is restated?
    return max(refs, key=lambda q: q.start)




def other_source(ctx, quoted: Quantity, later: Quantity) -> bool:
    """The later figure's sentence reports a speaker that the quotation's sentence does not name ('The
    company stated that the 8,400 containers ...' after the port director's quotation): each gives
    their own figure. The speaker is read as the content words just before or after a reporting verb."""
    seg = ctx.sentences[later.sentence]
    words = _WORD.findall(ctx.text, seg.start, seg.end)
    low = [w.lower() for w in words]
    ref_seg = ctx.sentences[quoted.sentence]
    said_there = {w.lower() for w in _WORD.findall(ctx.text, ref_seg.start, ref_seg.end)}
    for k, w in enumerate(low):
        if w in _REPORTING and w != "according":
            around = [x for x in low[max(0, k - 3):k] + low[k + 1:k + 3] if x not in STOP and x not in _REPORTING]
            if around and not any(x in said_there for x in around):
                return True
    return False

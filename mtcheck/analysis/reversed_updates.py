"""An update that goes the wrong way with the digits of the figure it updates: "displaced about
3,200 families" ... "the number of displaced families had risen to 2,300". A rise to less (or a
fall to more) cannot be an update of that figure; with the same digits reordered it is the figure
itself, garbled. ``reversed_updates(ctx, qs)`` returns (earlier, later) pairs.
"""
from __future__ import annotations

import re

from .quantities import Quantity
from .quantity_pairs import any_linked
from .quantity_words import _REPORTING, STOP
from .units import stem

# "had risen to", "rose to about", "increased to": the figure after it is higher than before
_RISE = re.compile(r"\b(?:risen|rose|rises|increased|increases|climbed|climbs|jumped|grown|grew|swelled)"
                   r"[ \u00a0]+to[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|around[ \u00a0]+)?$")
_FALL = re.compile(r"\b(?:fallen|fell|falls|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk)"
                   r"[ \u00a0]+to[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|around[ \u00a0]+)?$")
_LOOK_BACK = 40  # characters before a number searched for its verb


def _direction(text: str, q: Quantity, lo: int) -> int:
    """+1 for 'risen to <q>', -1 for 'fell to <q>', 0 otherwise."""
    s = q.number[0]
    if _RISE.search(text, max(lo, s - _LOOK_BACK), s):
        return 1
    if _FALL.search(text, max(lo, s - _LOOK_BACK), s):
        return -1
    return 0


def _key(q: Quantity) -> tuple[str, str | None, str] | None:
    digits = q.digits.strip("0")
    if len(digits) < 2 or q.dimension == "score":
        return None
    return q.dimension, q.unit, "".join(sorted(q.digits))


def reversed_updates(ctx, qs: list[Quantity], same_period: bool = False) -> list[tuple[Quantity, Quantity]]:
    """With ``same_period``: the updates that go the verb's way but give no time of their own
    (``_same_period``), the same figure garbled all the same."""
    earlier: dict[tuple, list[Quantity]] = {}  # figures by dimension, unit and sorted digits
    out = []
    for q in qs:
        key = _key(q)
        if key is None or q.part in ("caption", "credit"):
            continue
        if q.update and not q.other:
            way = _direction(ctx.text, q, ctx.sentences[q.sentence].start)
            lead = _lead_nouns(ctx, q) if way else frozenset()
            fits = (lambda r: _same_period(ctx, r, q, way, lead)) if same_period \
                else (lambda r: _reversed(r, q, way, lead))
            ref = next((r for r in reversed(earlier.get(key, ())) if fits(r)), None) if way else None
            if ref is not None:
                out.append((ref, q))
        earlier.setdefault(key, []).append(q)
    return out


# Words that date a figure after the one before it: "now", "so far", "by Tuesday", "as of today"
_OWN_TIME = re.compile(r"\b(?:now|today|tonight|yesterday|so[ \u00a0]+far|as[ \u00a0]+of|by[ \u00a0]+(?:the[ \u00a0]+)?"
                       r"(?:end|evening|morning|night|afternoon)|latest|later|new[ \u00a0]+toll|this[ \u00a0]+"
                       r"(?:morning|evening|week|month)|overnight|hours)\b", re.IGNORECASE)
_LONG = 3  # significant digits of a reordered figure that a rise by chance rarely repeats


def _words(ctx, q: Quantity) -> set[str]:
    seg = ctx.sentences[q.sentence]
    return {w.lower() for w in _WORD.findall(ctx.text, seg.start, seg.end)}


def _same_period(ctx, ref: Quantity, later: Quantity, way: int, lead: frozenset[str]) -> bool:
    """'including 37 deaths' (cases recorded since the beginning of August) ... 'the number of the
    deaths rose to 73 since the beginning of August'; 'consumption had reached about 1,450 megawatts'
    ... 'had jumped to 1,540 megawatts on the hottest day': a rise (or fall) the verb's way to the
    same digits reordered is an update only when it is dated after the figure before it. It is the
    same figure garbled when both are of one running period ('since' the same start, said in both
    sentences), or, with three significant digits or more, when the later one's sentence gives no
    time of its own (no weekday, year or month the earlier lacks, no 'now', 'so far', 'since')."""
    if ref.sentence == later.sentence or ref.digits == later.digits or ref.fresh or later.fresh:
        return False
    if ref.other and not ref.listed or not (way > 0 and later.value > ref.value or way < 0 and later.value < ref.value):
        return False
    core = ref.digits.strip("0")
    if ref.time_cues & _EARLIER or _base_restated(ctx, ref, later):
        return False  # "1,230 cases last week" ... "rose to 1,320"; "rose to 1,320, up from 1,230": a real update
    ref_words = _words(ctx, ref)
    if len(set(core)) < 2 or not (_reversed_thing(ref, later, lead) or later.dimension != "count"
                                  and _content(lead) & {stem(w) for w in ref_words}):
        return False  # a measure in one unit: what rose is named before it in both sentences
    if "since" in later.time_cues:
        return "since" in ref_words and all(c in ref_words for c in later.time_cues - {"since"})
    seg = ctx.sentences[later.sentence]
    return len(core) >= _LONG and later.time_cues <= ref.time_cues and later.days <= ref.days \
        and not _OWN_TIME.search(ctx.text, seg.start, seg.end) and "since" not in _words(ctx, later)


_EARLIER = frozenset("last previous previously earlier ago former prior yesterday".split())
_FIGURE = re.compile(r"\d[\d,.]*")


def _base_restated(ctx, ref: Quantity, later: Quantity) -> bool:
    """The later sentence gives the earlier figure itself as the base of its change ('up from 1,230')."""
    seg = ctx.sentences[later.sentence]
    shown = ctx.text[ref.number[0]:ref.number[1]]
    return any(m.group().rstrip(".,") == shown for m in _FIGURE.finditer(ctx.text, seg.start, seg.end))


def _content(stems: frozenset[str]) -> set[str]:
    return {w for w in stems if len(w) > 3 and w not in STOP and w not in _REPORTING}


def _reversed_thing(ref: Quantity, later: Quantity, lead: frozenset[str]) -> bool:
    return any_linked(ref.head | ref.near, later.head | later.near) \
        or bool(ref.noun and stem(ref.noun) in (lead | {stem(later.noun)}))


_WORD = re.compile(r"[A-Za-z]+")


def _lead_nouns(ctx, q: Quantity) -> frozenset[str]:
    """Stems of the words of q's sentence before it: "the number of cases climbed to 1,240"."""
    seg = ctx.sentences[q.sentence]
    return frozenset(stem(w) for w in _WORD.findall(ctx.text, seg.start, q.start))


def _reversed(ref: Quantity, later: Quantity, way: int, lead: frozenset[str] = frozenset()) -> bool:
    """``later`` updates ``ref``'s figure the wrong way: the same counted thing, another sentence,
    digits reordered, and the value moved against the verb."""
    if ref.sentence == later.sentence or ref.digits == later.digits or ref.other:
        return False
    if not (way > 0 and later.value < ref.value or way < 0 and later.value > ref.value):
        return False
    # whatever the time cues ("last month" ... "this week"): a rise to less than before is no rise
    # at any time; what is counted is named by either mention's words ("the death toll ... stood
    # at 64" / "the death toll rose to 46"), or by the same counted noun ("cases")
    return any_linked(ref.head | ref.near, later.head | later.near) \
        or bool(ref.noun and stem(ref.noun) in (lead | {stem(later.noun)}))

"""The earlier quantities that number-mismatch compares a later one with: the nearest
MAX_REFERENCES of its dimension (whole sentences, not the later one's own), and indexes into
them by the fields every comparison needs to agree on, so that a later quantity looks at the
few earlier ones that can agree with it, not at all MAX_REFERENCES (linear time, small steps).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from .quantity_words import Quantity
from .units import _DERIVATIONS as DERIVATIONS
from .units import FAMILIES, linked

# How many earlier quantities of the same dimension a later one is compared with, nearest
# first: a restatement sits within a few paragraphs, and the cap keeps the rule linear.
MAX_REFERENCES = 200
# The most a window keeps when whole sentences would take more (a sentence of hundreds of figures).
MAX_RUN = MAX_REFERENCES + 50
# How far back, in characters, a restatement is looked for: several times the longest news
# article (a feature runs to ~5,000 words), so that in a very long text (a digest, a book) a
# figure is not compared with one of another story far away (and the cost per figure stays flat).
MAX_DISTANCE = 60_000


@lru_cache(maxsize=1 << 14)
def link_keys(head: frozenset[str]) -> frozenset[tuple[str, str]]:
    """Keys that two sets of counted nouns share whenever ``units.linked`` ties a noun of one to
    a noun of the other: each stem, its families, and its root under a derivation ending
    ("grow"/"growth"). Disjoint keys: no noun linked."""
    keys = set()
    for h in head:
        keys.add(("stem", h))
        keys.update(("family", f) for f in FAMILIES.get(h, ()))
        if len(h) >= 4:
            keys.add(("root", h))
        keys.update(("root", h[:-len(d)]) for d in DERIVATIONS if h.endswith(d) and len(h) - len(d) >= 4)
    return frozenset(keys)


@lru_cache(maxsize=1 << 15)
def word_link_keys(word: str) -> frozenset[tuple[str, str]]:
    """``link_keys`` of one word."""
    return link_keys(frozenset((word,)))


@lru_cache(maxsize=4096)
def digit_bag(digits: str) -> str:
    return "".join(sorted(digits))


def whole_bag(q: Quantity) -> str:
    """The sorted digits of a whole value of ten or more in the base unit, or "": a figure written
    out and one with a scale word meet here ("1,250,000" / "1.52 million": 0000125)."""
    v = q.value
    return digit_bag(str(int(round(v)))) if v >= 10 and abs(v - round(v)) < 1e-6 * v else ""


# what a definite measure may name its stuff by without saying what it is ("the 120 tonnes of the seized material")
STUFF = frozenset("material materials quantity quantities substance substances goods item items seiz seized "
                  "stuff cargo shipment consignment load".split())


def other_unit(ref: Quantity, later: Quantity) -> bool:
    """A definite mention of the same amount in another currency, or of a measure in another unit
    that names no stuff of its own (quantity_pairs.unit_swap; "the 300 kilograms of medicines" is no
    "300 tonnes of flour", "the 120 tonnes of the seized material" is "120 kilograms of hashish")."""
    return later.anaphoric and (later.dimension.startswith("money") or later.head <= STUFF) \
        and bool(ref.unit and later.unit) and ref.unit != later.unit \
        and ref.numeral == later.numeral and ref.scale == later.scale


class EarlierQuantities:
    """The quantities of one dimension read so far, in text order."""

    def __init__(self) -> None:
        self.items: list[Quantity] = []
        self.starts: list[int] = []          # where each sentence's run of quantities starts
        self.offsets: list[int] = []         # each item's offset in the text
        self._index: dict[tuple, list[int]] = {}
        self.lo = self.hi = 0                # the last window: items[lo:hi]

    def add(self, q: Quantity) -> None:
        k = len(self.items)
        if not self.items or self.items[-1].sentence != q.sentence:
            self.starts.append(k)
        self.items.append(q)
        self.offsets.append(q.start)
        keys = [("bag", q.unit, q.dimension, digit_bag(q.digits)),
                ("core", q.unit, q.dimension, q.digits.rstrip("0")),
                ("value", q.unit, q.dimension, q.value)]
        if whole_bag(q):
            keys.append(("whole", q.unit, q.dimension, whole_bag(q), q.scale != 1))
        if not q.other:
            keys.append(("any", q.fresh, q.time_cues))
            keys.append(("numeral", q.fresh, q.time_cues, q.numeral, q.scale))
            if q.head:
                keys += [("link", q.fresh, q.time_cues, key) for key in link_keys(q.head)]
            else:
                keys.append(("headless", q.fresh, q.time_cues))
        for key in keys:
            self._index.setdefault(key, []).append(k)

    def window(self, later: Quantity, max_chars: int | None = None) -> list[Quantity]:
        """The nearest MAX_REFERENCES or more (whole sentences), not the later one's sentence;
        with ``max_chars``, only those that start at most that many characters before it."""
        end = len(self.items)
        if end and self.items[-1].sentence == later.sentence:
            end = self.starts[-1]
        cut = end - MAX_REFERENCES
        self.lo, self.hi = (self.starts[bisect_right(self.starts, cut) - 1] if cut >= 0 else 0), end
        # a run of figures with no sentence end (a table, a line without spaces) is no sentence
        # to keep whole: the window stops at MAX_RUN items, so each figure's cost stays flat
        self.lo = max(self.lo, end - MAX_RUN)
        if max_chars is not None:
            self.lo = min(self.hi, max(self.lo, bisect_left(self.offsets, later.start - max_chars)))
        return self.items[self.lo:self.hi]

    def _in_window(self, keys) -> list[Quantity]:
        found: set[int] = set()
        for key in keys:
            positions = self._index.get(key, ())  # ascending: items are added in text order
            # the window's slice by bisect: a scan from the end would walk every later item of
            # the key (one long sentence of figures made that quadratic)
            found.update(positions[bisect_left(positions, self.lo):bisect_left(positions, self.hi)])
        return [self.items[k] for k in sorted(found)]

    def comparable(self, later: Quantity) -> list[Quantity]:
        """Those of the last window that may be the same quantity as ``later``: another
        sentence, not "another", as fresh, the same time cues, a count only when both name what
        they count, and counted nouns that link when both name them."""
        if later.head:
            keys = [("link", later.fresh, later.time_cues, key) for key in link_keys(later.head)]
            keys.append(("headless", later.fresh, later.time_cues))
        else:
            keys = [("any", later.fresh, later.time_cues)]
        if later.anaphoric and later.unit:  # "the 10 million dollars" after "10 million dinars"
            keys.append(("numeral", later.fresh, later.time_cues, later.numeral, later.scale))
        # the keys over-approximate units.linked ("governor" and "government" share a root key but
        # are not linked): the candidates are checked with it, so the index finds what a scan finds
        return [q for q in self._in_window(keys) if q.sentence != later.sentence
                and (q.dimension != "count" or (later.head and q.head))
                and not (q.head and later.head and not any(linked(a, b) for a in later.head for b in q.head)
                         and not other_unit(q, later))]

    def bare_before(self, later: Quantity) -> bool:
        """Whether a figure of ``later``'s value and unit that names nothing of its own came before
        it, anywhere ("1,340 public schools, 212 of them in rented buildings" ... "the 212 rented
        school buildings": the back-reference takes that figure up)."""
        return any(not self.items[k].noun and self.items[k].sentence != later.sentence
                   for k in self._index.get(("value", later.unit, later.dimension, later.value), ()))

    def slips(self, later: Quantity) -> list[Quantity]:
        """Those of the last window in ``later``'s unit with other digits that are the same
        digits reordered or on another power of ten (the candidates of a digit slip)."""
        keys = [("bag", later.unit, later.dimension, digit_bag(later.digits)),
                ("core", later.unit, later.dimension, later.digits.rstrip("0"))]
        if whole_bag(later):  # "1.52 million dirhams" / "1,250,000 dirhams": one of them with a scale word
            keys += [("whole", later.unit, later.dimension, whole_bag(later), True)] \
                + [("whole", later.unit, later.dimension, whole_bag(later), False)] * (later.scale != 1)
        return [q for q in self._in_window(keys) if q.digits != later.digits]

    def rescaled(self, later: Quantity) -> list[Quantity]:
        """Those of the last window in ``later``'s unit with its digits on another scale word
        ("1.2 billion dinars" / "1.2 million dinars")."""
        keys = [("core", later.unit, later.dimension, later.digits.rstrip("0"))]
        return [q for q in self._in_window(keys) if q.digits == later.digits and q.scale != later.scale]

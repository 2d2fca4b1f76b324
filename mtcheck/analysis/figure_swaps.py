"""Figure swaps: one amount's figure repeated with its currency or its scale word changed, in a
later mention that points back at it ("2.8 million dollars" ... "the 2.8 million euro project";
"6,300 dirhams a year" ... "the 6,300 dollars received"; "1.3 billion dirhams" ... "the 1.3
million dirhams that the city pays"). A translator who carries a figure over keeps its digits and
may garble the word beside them; two amounts of one article seldom share a figure by chance when
it has two significant digits, or when both name the same thing ("a fine of 500,000 pounds" ...
"the 500,000-dollar fine"). The frames that keep other pairs apart (a target against an actual
figure, a comparison) are not asked: the shared figure is the evidence. Linear: one index by figure."""
from __future__ import annotations

from .quantities import Quantity, same_value
from .quantity_pairs import any_linked

_AMOUNT = "money"  # the dimension whose unit words a translator swaps (data/units.toml currencies)


def _figure(q: Quantity) -> tuple:
    return (q.dimension.split(":")[0], q.numeral)


def _swapped(ref: Quantity, later: Quantity) -> bool:
    if ref.hedged and later.hedged:
        return False  # (one sentence is no bar: "reached 4.7 million riyals, ..., and that the 4.7 million dollars will")
    other_unit = ref.unit != later.unit and ref.scale == later.scale
    other_scale = ref.unit == later.unit and ref.scale != later.scale
    if not (other_unit or other_scale):
        return False
    return len(later.digits.strip("0")) >= 2 or any_linked(ref.head, later.head)


def figure_swaps(ctx, qs: list[Quantity], skip=lambda q: False) -> list[tuple[Quantity, Quantity]]:
    """(earlier, later) pairs: a definite later amount with an earlier one's figure in another
    currency or on another scale, when no earlier amount has the later one's value."""
    seen: dict[tuple, list[Quantity]] = {}
    values: dict[str, list[Quantity]] = {}  # earlier amounts by unit, for "said before" (few per unit)
    out = []
    for q in qs:
        if not q.dimension.startswith(_AMOUNT) or not q.unit or skip(q) or q.part in ("caption", "credit"):
            continue
        if q.anaphoric and not q.hedged and not any(same_value(p, q) for p in values.get(q.unit, ())):
            ref = next((r for r in seen.get(_figure(q), ()) if _swapped(r, q)), None)
            if ref is not None:
                out.append((ref, q))
        seen.setdefault(_figure(q), []).append(q)
        values.setdefault(q.unit, []).append(q)
    return out

"""The words of a number-mismatch finding: its message ("'21 people' here, but '12 people' earlier
for what appears to be the same number of people") and the later mention rewritten with the
earlier value, in the later mention's own form."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .quantities import Quantity
from .quantity_pairs import unit_swap

if TYPE_CHECKING:
    from .document import Document


def format_like(value: float, written: str) -> str:
    """A number in the style of the mention it replaces (thousands commas, decimals)."""
    if abs(value - round(value)) < 1e-9:
        n = int(round(value))
        return f"{n:,}" if "," in written or n >= 10000 else str(n)
    out = f"{value:,.3f}".rstrip("0").rstrip(".")
    return out if "," in written else out.replace(",", "")


def suggestion(ctx: Document, ref: Quantity, later: Quantity) -> str:
    """The later mention rewritten with the earlier value, in the later mention's own form."""
    s, e = later.number
    before, after = ctx.text[later.start:s], ctx.text[e:later.end]
    if later.dimension == "score" and ref.score:
        return f"{before}{ref.score[0]}-{ref.score[1]}{after}"
    if not later.numeral or unit_swap(ref, later) or ref.numeral == later.numeral and ref.scale != later.scale:
        return ref.text  # a unit or scale word swapped: the earlier one, not the figure converted
    per_numeral = later.value / later.numeral  # what one unit of the later numeral is worth
    return before + format_like(ref.value / per_numeral, ctx.text[s:e]) + after


_WHAT = {"count": "number", "length": "length", "area": "area", "mass": "weight", "percent": "percentage",
         "percent:points": "percentage",
         "oil-volume": "volume", "oil-rate": "rate", "volume": "volume", "power": "capacity",
         "temperature": "temperature", "duration": "duration", "score": "score", "magnitude": "magnitude"}


def message(ref: Quantity, later: Quantity) -> str:
    what = _WHAT.get(later.dimension, "amount")
    nouns = [n for n in (later.noun, ref.noun) if n and n.lower() != "others"]  # ("38 others": named before)
    if later.dimension == "count" and (later.noun or ref.noun):
        what = f"number of {nouns[0]}" if nouns else "number"
    return f"'{later.text}' here, but '{ref.text}' earlier for what appears to be the same {what}."


def running_message(text: str, r) -> tuple[str, str]:
    """The message and the fix of a running total that is not its two batches (running_totals)."""
    t = r.total
    s, e = t.number
    numeral = t.numeral * (r.before.value + r.added.value) / t.value  # (in the total's own unit and scale)
    fixed = text[t.start:s] + format_like(numeral, text[s:e]) + text[e:t.end]
    return (f"'{t.text}' here, but the first batch ('{r.before.text}') and this one ('{r.added.text}') "
            f"add up to {fixed}.", fixed)

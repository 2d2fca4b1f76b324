"""Every list of parts the article gives with the total it breaks down, from each reading of one
(tallies.Breakdown): a list hung on its total by "including" or "divided into" (tallies), a list
by place (place_tallies), what is left (remainders), a complementary pair (pair_totals), a sum
said after its parts (list_totals), as many parts as the article says (counted_parts), a total
said paragraphs later (later_totals), a total shared out by category (allocations), and a list
restated as one figure named by its verb (listed_sums).
number-mismatch reads them all alike: parts that do not make their total."""
from __future__ import annotations

from .allocations import allocations
from .counted_parts import counted_parts
from .later_totals import later_totals
from .list_totals import totals_after
from .listed_sums import listed_sums
from .pair_totals import pair_breakdowns
from .place_tallies import place_breakdowns
from .quantity_words import Quantity
from .remainders import remainders
from .tallies import Breakdown, breakdowns


def all_breakdowns(ctx, qs: list[Quantity]) -> list[Breakdown]:
    return breakdowns(ctx, qs) + place_breakdowns(ctx, qs) + remainders(ctx, qs) + pair_breakdowns(ctx, qs) \
        + totals_after(ctx, qs) + counted_parts(qs) + later_totals(ctx, qs) + allocations(ctx, qs) \
        + listed_sums(ctx, qs)

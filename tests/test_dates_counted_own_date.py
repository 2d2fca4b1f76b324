"""date-mismatch: a counted day that carries its own date ('a day earlier, on Friday, Dec. 12') fits
when a dated day of the article lies the count away from it; the nearest date before the phrase is
only a guess at what it counts from (analysis/day_offsets.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


_VOTE = ("Provincial vote set for December\n\n"
         "BAGHDAD (Reuters) - Iraqis will vote for provincial councils on Saturday, Dec. 13, 2025, the "
         "electoral commission said on Monday.\n"
         "Campaigning will begin on Wednesday, Dec. 3, and end a day before the polls open, the commission "
         "said. Soldiers and police will cast ballots {phrase}.\n")


@pytest.mark.parametrize("phrase,flag", [
    ("a day earlier, on Friday, Dec. 12", None),            # the day before the vote, not before Dec. 3
    ("two days earlier, on Thursday, Dec. 11", None),
    ("a day earlier, on Friday", "a day earlier, on Friday"),  # no date of its own: counted from Dec. 3
])
def test_a_counted_day_with_its_own_date_fits_another_dated_day(phrase, flag):
    assert texts(_VOTE.format(phrase=phrase)) == ([flag] if flag else [])

"""number-mismatch: a figure with a scale word written to fewer significant figures ("143 million")
is the more exact one ("143.2 million") rounded, whatever is counted; a round one-digit figure
("1 billion") still covers no other first decimal, and a rounding that does not hold is flagged."""
from __future__ import annotations

import pytest

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


@pytest.mark.parametrize("text", [
    # a standfirst's rounded figure, then the body's exact one (transport)
    ("Metro ridership hits record\n\nThe metro carried 143 million passengers in nine months\n\nDUBAI (Reuters) - "
     "The metro carried a record 143.2 million passengers in the first nine months of the year, the authority said.\n"),
    # the exact figure first, the rounded one in a later paragraph (agriculture, weight)
    ("Harvest\n\nFarmers delivered 61.4 million tonnes of wheat to state silos this season.\n\n"
     "The minister said farmers delivered 61 million tonnes of wheat this season.\n"),
    # the rounded one first, the exact one after, another verb and order
    ("Harvest\n\nThe ministry said farmers delivered 61 million tonnes of wheat to state silos this season.\n\n"
     "The minister said farmers delivered 61.4 million tonnes of wheat this season.\n"),
    # money, a summary's rounding
    ("Exports rise\n\nThe ministry said exports reached 27.8 billion dollars last year.\n\n"
     "Officials said the 28 billion dollars in exports came mostly from oil.\n"),
])
def test_a_figure_rounded_to_fewer_significant_figures_is_the_same(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text,bad", [
    # one significant figure: "1 billion" does not cover 1.4 billion
    ("Budget\n\nThe fund received 1 billion dollars in pledges.\n\n"
     "Officials said the 1.4 billion dollars in pledges would go to housing.\n", "1.4 billion dollars"),
    # 143.7 rounds to 144, not 143
    ("Metro\n\nThe metro carried 143 million passengers in nine months.\n\n"
     "The 143.7 million passengers were a record, the authority said.\n", "143.7 million passengers"),
    # another leading digit is no rounding
    ("Harvest\n\nFarmers delivered 61.4 million tonnes of wheat to state silos.\n\n"
     "The 16 million tonnes of wheat were stored in Qalyubia.\n", "16 million tonnes"),
])
def test_a_rounding_that_does_not_hold_is_still_flagged(text, bad):
    assert flagged(text) == [bad]

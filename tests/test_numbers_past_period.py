"""number-mismatch: 'during the past year' is 'last year' ('the past month', 'the past week' likewise):
the same time frame in other words, so a figure of the past year and one of last year are compared
('218 deaths during the past year' ... 'the 281 people killed on the roads last year'), while a figure
of the past year stays apart from one with no time of its own, as 'last year' does."""
from __future__ import annotations

import pytest

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


HEAD = "Powered by automated translation\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Kuwait road deaths fall\n\n" + HEAD + "The ministry announced that the number of deaths from traffic "
     "accidents during the past year reached 218 deaths.\n\nThe ministry noted that the 281 people killed on "
     "the roads last year included many young people.\n", ["281 people"]),
    ("Customs seize hashish\n\n" + HEAD + "The customs authority said it seized during the past month 4,150 "
     "kilograms of hashish at the Jaber crossing.\n\nInvestigators said the 4,510 kilograms seized last month "
     "were hidden in trucks carrying vegetables.\n", ["4,510 kilograms seized"]),
    ("Port exports rise\n\n" + HEAD + "Last week the port shipped 1,380 tonnes of dates to Asian markets, "
     "the port authority said.\n\nTraders said the 1,830 tonnes of dates shipped over the past week fetched "
     "good prices.\n", ["1,830 tonnes"]),
])
def test_the_past_year_is_last_year(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize("text", [
    # this year's figure against the past year's: two years
    "Kuwait road deaths\n\n" + HEAD + "The ministry said traffic accidents killed 218 people during the past "
    "year.\n\nThe ministry said 281 people were killed on the roads so far this year.\n",
    # the past five years are no last year
    "Kuwait road deaths\n\n" + HEAD + "Traffic accidents killed 2,180 people during the past five years, the "
    "ministry said.\n\nThe ministry said the 2,810 people killed last year were mostly young.\n",
    # a past week's figure against another year
    "Trucks cross\n\n" + HEAD + "In the past week 140 trucks crossed the Nassib border point, the authority "
    "said.\n\nIn 2023, 410 trucks crossed the point every week, mostly carrying fruit.\n",
])
def test_other_periods_stay_apart(text):
    assert flagged(text) == []

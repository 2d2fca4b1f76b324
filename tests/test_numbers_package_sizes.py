"""number-mismatch: a hyphened measure of a package ("a 50-kilogram sack", "a 12.5-kilogram gas
cylinder") sizes each package and is no amount the story restates (figure_vetoes.package_size,
data/units.toml package_sizes)."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Bread prices set\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "number-mismatch")


@pytest.mark.parametrize("later", ["the price of a 50-kilogram sack of flour has exceeded 52,000 rials",
                                   "the price of a 50-kilogram bag of flour rose to 52,000 rials",
                                   "the price of the 50-kilogram gas cylinder rose to 9,000 rials"])
def test_a_package_size_is_no_restated_weight(later):
    body = (f"Aden - The governor said the price of one loaf weighing 50 grams was set at 100 rials.\n\n"
            f"The bakers' association said that {later} in the market.")
    assert texts(body) == []


def test_a_weight_restated_on_another_scale_is_still_flagged():
    body = ("Aden - The governor said the ministry distributed 50 tonnes of flour to the bakeries on Monday.\n\n"
            "The bakers' association said the 50 kilograms of flour distributed to the bakeries were not enough.")
    assert texts(body) == ["50 kilograms"]

"""number-mismatch: a back-reference that repeats an earlier measure's figure with another unit of its
dimension ('300 tonnes of food supplies' ... 'the 300 kilograms of aid that arrived') is that measure
with its unit garbled when the two name the same thing: relief goods are one counted thing however named
(aid, supplies, relief, assistance, provisions: the aid family of data/units.toml)."""
from __future__ import annotations

import pytest

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


HEAD = "Powered by automated translation\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Aid reaches Kassala\n\n" + HEAD + "The World Food Programme dispatched a convoy carrying 300 tonnes of food "
     "supplies from Port Sudan to Kassala.\n\nThe commission said the 300 kilograms of aid that arrived cover "
     "the needs of the displaced for two weeks.\n", ["300 kilograms"]),
    ("Relief for Derna\n\n" + HEAD + "A Turkish ship unloaded 40 tonnes of relief materials at the port of "
     "Benghazi on Monday.\n\nVolunteers sorted the 40 kilograms of relief in the warehouses of the Red "
     "Crescent.\n", ["40 kilograms"]),
    ("Water for Mafraq camps\n\n" + HEAD + "The tankers pumped 500 cubic metres of water into the reservoirs of "
     "the camp on Sunday.\n\nThe 500 litres of water will cover the needs of the camp for three days, the "
     "official added.\n", ["500 litres"]),
])
def test_a_pointed_back_measure_with_its_unit_garbled(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize("text", [
    # another thing measured with the same figure
    "Aid reaches Kassala\n\n" + HEAD + "The convoy carried 300 tonnes of flour to Kassala.\n\n"
    "The 300 kilograms of medicines that arrived by air were sent to the hospital.\n",
    # a later figure that does not point back: a ration of its own
    "Aid reaches Kassala\n\n" + HEAD + "The convoy carried 300 tonnes of food supplies to Kassala.\n\n"
    "Each family received 300 grams of food supplies a day, the commission said.\n",
    # the same measure in its unit
    "Aid reaches Kassala\n\n" + HEAD + "The convoy carried 300 tonnes of food supplies to Kassala.\n\n"
    "The 300 tonnes of aid that arrived cover the needs of two weeks.\n",
])
def test_other_measures_stay_apart(text):
    assert flagged(text) == []


def test_farmers_and_growers_are_one_count():
    text = ("Wheat marketing in Nineveh\n\n" + HEAD + "The silos of Mosul received the crops of 7,340 farmers "
            "during the first week of the season.\n\nThe 7,430 growers who delivered their crops will receive "
            "their dues within thirty days.\n")
    assert flagged(text) == ["7,430 growers"]
    # another count of the same people: those paid, not those who delivered
    assert flagged(text.replace("The 7,430 growers who delivered their crops", "So far 2,100 growers")) == []

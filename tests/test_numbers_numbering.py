"""number-mismatch: a count given by 'numbering', 'numbered', 'totalling' after its noun ('the food
baskets, numbering 5,400', 'the injured numbered 83') counts that noun, so a slip of an earlier count
of it is seen."""
from __future__ import annotations

import pytest

from checking import gating_texts, only_quantity
from mtcheck.analysis.units import stem


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


HEAD = "Powered by automated translation\n\n"


@pytest.mark.parametrize("sentence, noun", [
    ("The food baskets, numbering 5,400, were funded by the programme.", "baskets"),
    ("The injured numbered 83, the hospital said.", "injured"),
    ("The shipments, totalling 1,520, arrived at the port.", "shipments"),
])
def test_the_noun_before_numbering_is_counted(sentence, noun):
    assert stem(noun) in only_quantity(sentence).head


@pytest.mark.parametrize("text, expected", [
    ("Aid for the displaced in Kassala\n\n" + HEAD + "The commission distributed 4,500 food baskets to the "
     "displaced families in the shelter centres.\n\nThe commissioner said the food baskets, numbering 5,400, "
     "were funded by the World Food Programme.\n", ["5,400"]),
    ("Evacuation in Derna\n\n" + HEAD + "Civil defence teams evacuated 1,250 residents from the valley on "
     "Sunday.\n\nThe residents, numbering 1,520, were housed in two schools, the municipality said.\n",
     ["1,520"]),
    ("Shipments at Aqaba\n\n" + HEAD + "The port received 3,140 shipments of grain during the season.\n\n"
     "The shipments, totalling 3,410, were unloaded at the southern berths.\n", ["3,410"]),
])
def test_a_numbering_restatement_with_its_digits_garbled(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize("text", [
    # another noun numbered: the families, not the baskets
    "Aid in Kassala\n\n" + HEAD + "The commission distributed 4,500 food baskets.\n\n"
    "The families, numbering 5,400, live in the shelter centres.\n",
    # the same figure
    "Aid in Kassala\n\n" + HEAD + "The commission distributed 4,500 food baskets.\n\n"
    "The food baskets, numbering 4,500, were funded by the programme.\n",
    # another month
    "Aid in Kassala\n\n" + HEAD + "The commission distributed 4,500 food baskets in May.\n\n"
    "In June the food baskets numbered 5,400, the commission said.\n",
])
def test_other_counts_stay_apart(text):
    assert flagged(text) == []

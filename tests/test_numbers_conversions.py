"""number-mismatch: a bracketed conversion that does not convert its measure (analysis/conversions.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts


HEAD = "Road\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "number-mismatch")


@pytest.mark.parametrize("body,flag", [
    ("The contract covers the most dangerous stretch of 60 kilometres (about 96 miles) south of Kufra.",
     "96 miles"),  # inverted: 96 km is 60 miles
    ("The fire burned 1,200 hectares (about 1,200 acres) of forest near the village.", "1,200 acres"),
    ("The convoy carried 40 tonnes (88,000 kilograms) of flour to the camps.", "88,000 kilograms"),
])
def test_a_conversion_that_does_not_convert(body, flag):
    assert texts(body) == [flag]


@pytest.mark.parametrize("body", [
    "The road runs 30 miles (48km) along the border with Egypt.",
    "The contract covers a stretch of 60 kilometres (about 37 miles) south of Kufra.",
    "The pipeline is 970 kilometers (600 miles) long and crosses three provinces.",
    "The fire burned 4,000 hectares (nearly 10,000 acres) of forest.",
    "The trucks carried 2.5 tonnes (2,500 kilograms) of medicine.",
    # two measures of different things side by side are no conversion
    "The 12 km road and the 3 mile bridge (opened in 2019) were repaired.",
])
def test_trap_a_right_conversion_or_none(body):
    assert texts(body) == []


def test_a_unit_of_several_words_hyphenated_as_an_adjective():
    # "the 41-square-kilometre slick": the unit's words joined by hyphens, read as the unit
    body = ("The oil covered an area of 14 square kilometres off the port on Monday. "
            "Teams worked through the night to contain the 41-square-kilometre slick.")
    assert texts(body) == ["41-square-kilometre slick"]
    assert texts(body.replace("41-square-kilometre", "14-square-kilometre")) == []
    # "square km" is a spelling of the unit too: the same area, no finding
    assert texts(body.replace("41-square-kilometre slick", "slick of 14 square km")) == []

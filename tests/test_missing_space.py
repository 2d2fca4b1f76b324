"""Sentences glued by a missing space, and the missing-space rule (MT003)."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.segment import segment


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text)]


@pytest.mark.parametrize("text,expected", [
    ("Troops entered Baghdad.The minister said so.", ["Troops entered Baghdad.", "The minister said so."]),
    ("Talks ended, he added.\u201cWe are ready,\u201d he said.", ["Talks ended, he added.", "\u201cWe are ready,\u201d he said."]),
    ("Rain fell in Basra.Abdullah said it would stop.", ["Rain fell in Basra.", "Abdullah said it would stop."]),
])
def test_glued_sentences_are_split(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "The U.S.-led coalition said the Lt.-Gen. spoke.",
    "Growth was 3.5 percent, see www.example.Com for details.",
    "J.K. Rowling and Mr.Smith met in St.Louis yesterday.",
    "Mail press@agency.Org for the statement.",
])
def test_abbreviations_decimals_urls_and_initials_stay_whole(text):
    assert sentences(text) == [text]


def test_missing_space_is_an_info_finding_with_a_fix():
    text = "Troops entered Baghdad.The minister said so."
    [f] = mtcheck.check(text, backend="none", select=["missing-space"]).findings
    assert (f.text, f.severity, f.suggestion) == ("Baghdad.The", "info", "Baghdad. The")

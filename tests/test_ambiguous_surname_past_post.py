"""A surname that two people share, with a title: the one who holds a post of that kind now is
meant, not the one whose post of that kind is past ("the former governor ..., his father"). So
"the Deputy Governor of Gedaref, Al-Mardi" is the governor, and his title changed. A mention
whose own title is past may still mean the former holder."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Camps opened for refugees\n\nThe state said on Monday.\n\nPowered by automated translation\n\n"


def _ranks(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "rank-change"]


@pytest.mark.parametrize("first, past, later", [
    ("the Governor of Gedaref State, Mohamed Abdullah Al-Mardi,", "the former governor Abdullah Al-Mardi, his father,",
     "the Deputy Governor of Gedaref, Al-Mardi,"),
    ("the Minister of Health, Dr. Hani Obeid,", "the former minister Saleh Obeid, his uncle,",
     "the Deputy Minister of Health, Obeid,"),
    ("the Mayor of Zarqa, Imad al-Momani,", "the former mayor Khalil al-Momani, his brother,",
     "the Deputy Mayor of Zarqa, al-Momani,"),
])
def test_the_present_holder_is_meant(first, past, later):
    body = (f"For his part, {first} confirmed that 500 plots were allocated, noting that {past} had opened the "
            f"first camp in 1985.\n\nIn turn, {later} called on the organizations to speed up the aid.\n")
    assert [t for _, t in _ranks(body)] == [later.rstrip(",")]


def test_the_same_title_again_is_quiet():
    body = ("For his part, the Governor of Gedaref State, Mohamed Abdullah Al-Mardi, confirmed that 500 plots were "
            "allocated, noting that the former governor Abdullah Al-Mardi, his father, had opened the first camp "
            "in 1985.\n\nIn turn, the Governor of Gedaref, Al-Mardi, called on the organizations to speed up the aid.\n")
    assert _ranks(body) == []

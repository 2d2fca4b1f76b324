"""The long tail of entity variants that unseen copy showed: a place spelt otherwise inside a
list before it is named with a cue, one Arabic letter written dh or th before a diphthong, and
the look-alikes that must stay apart (two relatives, a man and a woman, sharing a family name)."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Headline\n\nPowered by automated translation\n\n"


def gating(text: str, rule: str):
    report = mtcheck.check(HEAD + text, backend="none", select=[rule])
    assert all((HEAD + text)[f.start:f.end] == f.text for f in report.findings)
    return [(f.text, f.severity) for f in report.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("text,flagged", [
    # a name of three words listed with no cue, spelt otherwise where a cue names it a place
    ("The cuts hit Jleeb Al Shuyoukh and parts of the capital on Monday.\n\n"
     "Workers in Jleeb Al Shuyukh, where many labourers live, said the heat was unbearable.", "Jleeb Al Shuyukh"),
    # dh and th for one Arabic letter before a diphthong: Dhaid / Thaid
    ("The blast hit a restaurant in Al Dhaid on Monday.\n\n"
     "Inspections will start in the areas of Al Nahda and Al Thaid next week.", "Al Thaid"),
])
def test_place_spelt_otherwise_without_a_cue(text, flagged):
    assert flagged in [t for t, sev in gating(text, "place-variant") if sev == "error"]


@pytest.mark.parametrize("text", [
    # a woman and her uncle: two people whose names differ by the feminine ending
    "In Hai Andalus, Mabrouka Al-Fitouri, a pharmacist, won the seat. Her uncle, Mabrouk Al-Fitouri, "
    "a former council member, won another.",
    # a two-word name that is a person's, not the place it resembles
    "The minister visited Jleeb Al Shuyukh on Monday. Hassan Al Shuyoukhi, a trader, met him.",
])
def test_place_echo_traps(text):
    assert gating(text, "place-variant") == []

"""number-mismatch: 'new' keeps a count of additions apart from a running total ('12 new cases' /
'the 37 cases'), but not from a back-reference that repeats its own digits garbled: a teen read as a
ten when one of the two is written in words ('sixteen new schools' ... 'the 60 schools'), or three or
more significant digits with two adjacent ones swapped ('2,350 new homes' ... 'the 3,250 homes').
A total rarely repeats the new ones' digits reordered; a translator's slip does (garble_prior)."""
from __future__ import annotations

import pytest

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


HEAD = "Powered by automated translation\n\n"


@pytest.mark.parametrize("text, expected", [
    # education: a teen in words, the later figure in digits, pointed back at in another paragraph
    ("Ministry signs school contracts\n\n" + HEAD + "The Ministry of Education signed on Sunday contracts for the "
     "construction of sixteen new schools in the governorates of Mafraq and Zarqa.\n\nThe minister said the "
     "implementation period of the 60 schools will not exceed two years.\n", ["60 schools"]),
    # housing: four digits, two adjacent ones swapped, another verb and modifier
    ("Power company connects homes\n\n" + HEAD + "The distribution company said it had connected 4,720 new "
     "apartments in the Hay al-Hussein district to the network.\n\nEngineers will inspect the 7,420 apartments "
     "before the summer peak, the company added.\n", ["7,420 apartments"]),
    # transport: the teen in digits, the ten in words, the later one a definite subject
    ("Amman adds buses\n\n" + HEAD + "The Greater Amman Municipality put 14 new buses into service on the "
     "university routes on Monday.\n\nThe forty buses run on compressed natural gas, the municipality said.\n",
     ["forty buses"]),
    # health: street lights swapped, the later figure at the head of its own sentence
    ("Lights for Mosul roads\n\n" + HEAD + "The governorate installed 3,160 new solar street lights on the main "
     "roads of the left bank.\n\nThe 1,360 lights were funded by the reconstruction fund, he said.\n",
     ["1,360 lights"]),
])
def test_new_ones_restated_with_their_digits_garbled(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize("text", [
    # new cases and the running total since the outbreak: the total carries its own time
    "Cholera cases rise\n\n" + HEAD + "The ministry recorded 14 new cholera cases in Idlib on Monday.\n\n"
    "The 40 cases recorded since the outbreak began are being treated in two hospitals.\n",
    # a changed digit is no slip: the new buses and the whole fleet
    "Amman adds buses\n\n" + HEAD + "The municipality put 16 new buses into service on Monday.\n\n"
    "The 66 buses of the fleet run on natural gas, the municipality said.\n",
    # the digits reordered, but the later count is not pointed back at: all the schools of a province
    "Schools open\n\n" + HEAD + "The ministry opened sixteen new schools in Mafraq on Sunday.\n\n"
    "Mafraq now has 60 schools for girls, the director said.\n",
    # teen and ten both in digits: another count, not a word misread
    "Clinics open\n\n" + HEAD + "The health directorate opened 13 new clinics in the south.\n\n"
    "The 30 clinics of the directorate will work in two shifts.\n",
])
def test_new_ones_and_a_total_stay_apart(text):
    assert flagged(text) == []

"""A place the article introduces as new ("In Ma'in, a village near Madaba", "a village called
Ma'in"), or lists beside a look-alike ("Al-Shuhair and Al-Shihr"), is another place, not a later
spelling of a look-alike."""
from __future__ import annotations
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str):
    return gating_severities(HEAD + text, "place-variant")


def test_a_village_introduced_by_an_appositive_is_a_new_place():
    text = ("The pass rate ranged from 71% in Amman to 48% in the southern governorate of Ma'an. "
            "In Ma'in, a village near Madaba, all three candidates passed.\n\n"
            "Teachers in Ma'in said the school would stay open in the summer.")
    assert findings(text) == []


def test_a_village_called_by_name_is_a_new_place():
    text = ("Clashes were reported in the town of Tafas on Tuesday.\n\n"
            "Farther west, residents of a village called Tafes said they had heard shelling.")
    assert findings(text) == []


def test_the_same_look_alike_without_an_introduction_is_still_flagged():
    # (not "Ma'an" / "Ma'in": an a for an i on two consonants is another place, the village of
    # Ma'in near Madaba; tests/test_place_short_vowels.py)
    text = ("Clashes were reported in the town of Tafas on Tuesday.\n\n"
            "Officials in Tafes said the results would be appealed.")
    assert findings(text) == [("Tafes", "error")]


def test_a_definite_appositive_introduces_nothing():
    text = ("The governor of Ma'an visited the flooded villages on Sunday.\n\n"
            "In Maan, the provincial capital, the army opened two shelters.")
    assert findings(text) == [("Maan", "warning")]


def test_two_look_alikes_listed_side_by_side_are_two_places():
    text = ("Fishermen came from the districts of Al-Shihr, Broum and Qusayar.\n\n"
            "The fishermen of Al-Shuhair, Mayfa and Al-Shihr depend on the sardine.")
    assert findings(text) == []


def test_the_look_alike_outside_a_list_is_still_flagged():
    text = ("Fishermen came from the district of Al-Shihr.\n\n"
            "The fishermen of Al-Shuhair depend on the sardine.")
    assert findings(text) == [("Al-Shuhair", "error")]

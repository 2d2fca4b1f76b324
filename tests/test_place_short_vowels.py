"""Two consonants and one spelling the gazetteer knows tie two place names only when no a stands
for an i: "Hidd" / "Hedd" are one town, "Ma'an" the city and "Ma'in" the village two places."""
from __future__ import annotations

import mtcheck
from mtcheck.analysis.place_compare import _a_for_i

MARK = "Powered by automated translation\n\n"


def _places(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "place-variant"]


def test_an_a_for_an_i_is_another_vowel():
    assert _a_for_i("Ma'an", "Ma'in") and _a_for_i("Tikrit", "Takrit")
    assert not _a_for_i("Hidd", "Hedd") and not _a_for_i("Al-Daer", "Al-Dair") and not _a_for_i("Minya", "Menia")


def test_two_places_a_vowel_apart_stay_apart():
    body = ("Rain is forecast in the southern highlands, including Karak, Tafila and Ma'an.\n\n"
            "Flooding also closed roads near Ma'in, west of Madaba city, on Saturday.")
    assert _places(body) == []


def test_a_short_name_respelt_with_e_is_still_one_place():
    body = ("The shipment arrived at the Khalifa bin Salman Port in Hidd on Sunday.\n\n"
            "Inspection teams at the Khalifa bin Salman Port in Hedd noticed the weight of the pumps.")
    assert _places(body) == ["Hedd"]

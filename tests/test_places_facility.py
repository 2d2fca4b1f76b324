"""A town's name inside a facility named after it ("the Sohar Sports Complex", "the Al-Jahraa
Hospital") is compared with the town written elsewhere; a registered name ("Basrah Oil Company",
"Al-Wahdat Club") keeps its owners' spelling."""
from __future__ import annotations

import mtcheck
from checking import gating_severities

HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str):
    return gating_severities(HEAD + text, "place-variant")


def test_a_sports_complex_named_after_a_town_spelt_otherwise():
    text = ("The general assembly met at the Sohar Sports Complex on Saturday to elect a new board.\n\n"
            "The members said the stadium of Suhar would host the cup final next month.")
    assert findings(text) == [("Suhar", "error")]


def test_a_hospital_named_after_the_governorate_spelt_otherwise():
    text = ("The governorate of Al-Jahra was hit hardest by the storm, officials said.\n\n"
            "The injured were taken to the Al-Jahraa Hospital for treatment.")
    assert findings(text) == [("Al-Jahraa", "error")]


def test_the_same_spelling_in_a_facility_is_no_variant():
    text = ("The governorate of Al-Jahra was hit hardest by the storm, officials said.\n\n"
            "The injured were taken to the Al-Jahra Hospital for treatment.")
    assert findings(text) == []


def test_a_registered_company_name_keeps_its_spelling():
    text = ("Protesters gathered in Basra on Monday to demand jobs in the oil fields.\n\n"
            "The Basrah Oil Company said in a statement that it would hire 500 local graduates.")
    assert findings(text) == []


def test_a_club_named_after_a_camp_keeps_its_spelling():
    text = ("Fans from the Wehdat camp in Amman gathered outside the stadium.\n\n"
            "The president of the Al-Wahdat Club said the team would appeal.")
    assert findings(text) == []


def test_a_zone_named_after_its_town_with_descriptors():
    text = ("The government will fund the Duqm Special Economic Zone with new money this year.\n\n"
            "Investors in the Dokm zone said the port would expand.")
    assert findings(text) == [("Dokm", "error")]


def test_an_airport_named_after_the_city_in_its_spelling():
    text = ("Flights resumed at Baghdad International Airport on Monday.\n\n"
            "Travellers in Baghdad said queues were long.")
    assert findings(text) == []


def test_a_town_whose_name_opens_with_in():
    text = ("The pipeline carries water from In Salah to Tamanrasset over 750 kilometres.\n\n"
            "Engineers at the field of Ain Salah said the wells were old.")
    assert findings(text) == [("Ain Salah", "error")]


def test_a_university_keeps_its_registered_spelling():
    text = ("The closure of the new flyover at the entrance of Banha city angered drivers.\n\n"
            "A committee from the Faculty of Engineering at Benha University will examine the pillars.")
    assert findings(text) == []


def test_a_particle_capitalised_by_a_sentence_opening_is_no_variant():
    text = ("Iraq repatriated 612 people from the al-Hol camp in northeastern Syria on Monday.\n\n"
            "Al-Hol, run by the Kurdish-led authorities, holds about 40,000 people.")
    assert findings(text) == []


def test_a_particle_capitalised_mid_sentence_stays_a_warning():
    text = ("Iraq repatriated 612 people from the al-Hol camp in northeastern Syria on Monday.\n\n"
            "The camp of Al-Hol holds about 40,000 people.")
    assert findings(text) == [("Al-Hol", "warning")]


def test_human_copy_writes_an_oilfield_by_its_own_spelling():
    report = mtcheck.check("Gas cut\n\nBAGHDAD (Reuters) - A plant at Nasiriyah in Dhi Qar province will be "
                           "switched to gas from the nearby Nassiriya oilfield, the ministry said.\n",
                           backend="none", select=["place-variant"])
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []



def test_machine_translation_of_an_oilfield_still_compares():
    text = ("A plant at Nasiriyah in Dhi Qar province will be switched to gas.\n\n"
            "The gas will come from the nearby Nassiriya oilfield, the ministry said.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_a_square_and_a_junction_are_places_by_their_head():
    text = ("The boring machine reached the station of El-Remaya Square in Giza.\n\n"
            "The diversions around Al-Rimaya Square will continue for a month.")
    assert findings(text) == [("Al-Rimaya", "error")]


def test_a_souq_is_a_place_by_its_opening_word():
    text = ("The restored section of the Souq al-Saqatiya in Aleppo reopened on Monday.\n\n"
            "One of the merchants in the Souq al-Sakatiya said trade was slow.")
    assert findings(text) == [("Souq al-Sakatiya", "error")]


def test_a_name_that_only_sounds_like_a_short_nisba_is_compared():
    text = ("The vote concerns the municipalities of the governorate of Nabatieh.\n\n"
            "Lists had been published in all the municipalities, including in Nabatiyeh.")
    assert findings(text) == [("Nabatiyeh", "error")]


def test_the_kurdish_short_name_of_a_city_is_no_variant():
    text = ("Protesters gathered in Sulaymaniyah on Monday.\n\n"
            "Traders in Sulaimani closed their shops.")
    assert findings(text) == []

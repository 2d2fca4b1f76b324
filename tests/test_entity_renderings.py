"""Organisation and place names rendered two ways by machine translation (kind words, field
words, word order, transliteration), and the look-alikes that must stay apart."""
from __future__ import annotations

import pytest
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def gating(text: str, rule: str, head: str = HEAD):
    return gating_severities(head + text, rule)


# ------------------------------------------------ a kind word appended to a body's own name
@pytest.mark.parametrize("text,expected", [
    ("Teams of the Saudi Red Crescent Authority reached the site on Friday.\n\n"
     "The Saudi Red Crescent Society said 14 people were taken to hospital.",
     ("Saudi Red Crescent Society", "error")),
    ("The Kuwait Red Crescent Society sent aid on Monday. The Kuwait Red Crescent Organization said more would follow.",
     ("Kuwait Red Crescent Organization", "error")),
])
def test_kind_word_appended_to_an_emblem(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # a hospital the society runs is another body
    "The Qatar Red Crescent Society opened a clinic. The Qatar Red Crescent Hospital received the injured.",
    # two countries' societies
    "The Qatar Red Crescent Society sent aid. The Kuwait Red Crescent Organization said more.",
])
def test_kind_word_appended_to_an_emblem_traps(text):
    assert gating(text, "org-variant") == []


# ------------------------------------------------ one field word of a long name rendered anew
@pytest.mark.parametrize("text,expected", [
    ("The Agency for the Development of Heritage and Cultural Promotion began the works. The Agency for "
     "the Exploitation of Heritage and Cultural Promotion said they would end in June.",
     ("Agency for the Exploitation of Heritage and Cultural Promotion", "error")),
    ("The Office for the Marketing of Dates, Olives and Citrus in Gabes set the prices. The Office for the "
     "Promotion of Dates, Olives and Citrus said exports would rise.",
     ("Office for the Promotion of Dates, Olives and Citrus", "error")),
])
def test_one_field_word_rendered_anew(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # two directorates: one word of the field differs, the rest is a place and the body's adjective
    "The General Directorate of Primary Education in Basra said it. The General Directorate of Secondary "
    "Education in Basra said more.",
    # two committees of one parliament: two words kept
    "The Committee for Economic and Financial Affairs met. The Committee for Legal and Financial Affairs said more.",
    # two provinces' bodies
    "The Nineveh Directorate of Water and Sewage Services said it. The Anbar Directorate of Water and Sewage "
    "Services said more.",
])
def test_one_field_word_rendered_anew_traps(text):
    assert gating(text, "org-variant") == []


def test_one_field_word_rendered_anew_not_in_human_copy():
    text = ("The Agency for the Development of Heritage and Cultural Promotion began the works. The Agency for "
            "the Exploitation of Heritage and Cultural Promotion said they would end in June.")
    assert gating(text, "org-variant", head="Headline\n\n") == []


# ------------------------------------------------ places: a short vowel written or left out
@pytest.mark.parametrize("text,expected", [
    ("Water was cut in the municipality of Ain Deheb on Monday.\n\nResidents of the region of Ain Dheb said "
     "the tankers did not come.", ("Ain Dheb", "error")),
    ("The flood reached the district of Tahta on Monday. Officials in the Tahata district said 40 houses fell.",
     ("Tahata", "error")),
])
def test_place_vowel_written_or_left_out(text, expected):
    assert expected in gating(text, "place-variant")


@pytest.mark.parametrize("text", [
    # two known places with the same consonants
    "The ship sailed from Sidon on Monday. It reached Sudan a week later.",
    "Trucks left Kirkuk at dawn. They reached Karak by the evening.",
])
def test_place_vowel_written_or_left_out_traps(text):
    assert gating(text, "place-variant") == []


def test_hashd_rendered_word_for_word():
    text = ("The Popular Mobilisation Forces secured the road to Mandali. The Popular Crowd Forces said 300 of its "
            "members were deployed.")
    assert ("Popular Crowd Forces", "error") in gating(text, "org-variant")


# ------------------------------------------------ a name written joined and apart
@pytest.mark.parametrize("text,expected", [
    ("The state-owned PetroMasila company stopped pumping on Monday. The Petro Masila teams began repairs.",
     ("Petro Masila", "warning")),
    ("Three guards were killed, the Yemeni coastguard said.\n\nThe Yemeni Coast Guard would review security "
     "at all depots.", ("Yemeni Coast Guard", "warning")),
    ("The Libyan Coast Guard intercepted 40 migrants. The Libyan coastguard said they were returned to Zuwara.",
     ("Libyan coastguard", "warning")),
])
def test_name_written_joined_and_apart(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # a person's compound name is no body's
    "The surgeon AbdelKarim Saleh operated on Monday. Abdel Karim said the boy was well.",
    # two countries' coast guards
    "The Tunisian coastguard rescued 20 people. The Libyan Coast Guard intercepted 40 more.",
    # the coastguard on its own is a short form
    "The Yemeni Coast Guard said it. The coastguard added that the port was closed.",
])
def test_name_written_joined_and_apart_traps(text):
    assert gating(text, "org-variant") == []


def test_name_written_joined_and_apart_not_in_human_copy():
    text = "The Libyan Coast Guard intercepted 40 migrants. The Libyan coastguard said they were returned."
    assert gating(text, "org-variant", head="Headline\n\n") == []


def test_short_place_one_letter_two_ways_under_two_heads():
    text = ("The waters of the Gash River flooded 40 villages in Kassala on Monday.\n\nFarmers in the Qash delta said "
            "the sorghum was lost.")
    assert ("Qash", "error") in gating(text, "place-variant")


def test_short_places_under_two_heads_traps():
    text = "Shelling hit the Hama countryside on Monday. The Homs countryside was calm, and the Kut district too."
    assert gating(text, "place-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The Zawiya Council of Elders and Wise Men brokered a truce on Friday. The Council of Elders and Sages "
     "said the families had agreed.", ("Council of Elders and Sages", "error")),
])
def test_hukama_rendered_two_ways(text, expected):
    assert expected in gating(text, "org-variant")


def test_hukama_rendered_two_ways_trap():
    # the elders' council and the sages' forum of two towns
    text = ("The Zawiya Council of Elders and Wise Men met on Friday. The Misrata Council of Notables and "
            "Sages said it would attend.")
    assert gating(text, "org-variant") == []


@pytest.mark.parametrize("text,expected", [
    # jihaz rendered word for word as a device
    ("The Counter-Terrorism Service raided the hideout. The Counter-Terrorism Device said five were killed.",
     ("Counter-Terrorism Device", "error")),
    ("The National Security Service arrested him. The National Security Device said more.",
     ("National Security Device", "error")),
])
def test_jihaz_rendered_as_device(text, expected):
    assert expected in gating(text, "org-variant")


def test_jihaz_rendered_as_device_trap():
    text = "A roadside Improvised Explosive Device killed two soldiers. The Explosive Ordnance Service defused another."
    assert gating(text, "org-variant") == []


def test_places_listed_after_a_plural_unit():
    text = ("The cuts hit the neighbourhoods of Sidi Khalifa, Al-Hawari and Qanfouda on Monday.\n\nTeams were sent "
            "to Sidi Khlifa and Al-Laithi. Residents of the Sidi Hussein neighbourhood were spared.")
    assert gating(text, "place-variant") == [("Sidi Khlifa", "error")]


def test_town_named_in_its_council_respelt():
    text = ("Inspectors closed bakeries in the centres of Tahta, Akhmim and Tima on Sunday.\n\nThe head of the "
            "Tahata City Council said two more would close.")
    assert ("Tahata", "error") in gating(text, "place-variant")


def test_town_named_in_its_council_traps():
    text = ("The ship sailed from Sudan on Monday.\n\nThe Sidon City Council said the port would reopen, and the "
            "Akhmim Municipal Council agreed.")
    assert gating(text, "place-variant") == []

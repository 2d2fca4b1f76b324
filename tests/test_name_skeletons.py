"""Names that share a consonant skeleton: two given names Arabic writes with other letters
(Saad and Saeed) are two people; a surname whose unwritten short vowel is guessed otherwise
("Al-Gharyani" / "Al-Ghiryani") or that names its man attributively ("the Hajri campaign") is
the same person spelt otherwise."""
from __future__ import annotations

import pytest
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def gating(text: str, rule: str = "name-variant"):
    return gating_severities(HEAD + text, rule)


@pytest.mark.parametrize("first,second", [
    ("Saeed", "Saad"), ("Saud", "Said"), ("Hamad", "Hamid"), ("Kamal", "Kamel"), ("Fadl", "Fadel"),
    ("Amr", "Omar"), ("Ammar", "Amer"), ("Nasr", "Nasser"), ("Zaid", "Zayed"),
])
def test_two_given_names_on_one_skeleton_are_two_people(first, second):
    text = (f"The head of the excavation team, Dr. {first} Abdulrahman Al-Ghamdi, said the stone was old.\n\n"
            f"The mayor of the town, {second} Al-Ghamdi, said visitors were expected.")
    assert gating(text) == []


@pytest.mark.parametrize("first,second", [("Khaled", "Khalid"), ("Saeed", "Said"), ("Hamed", "Hamid")])
def test_one_given_name_spelt_two_ways_is_still_flagged(first, second):
    text = (f"The governor, {first} Hassan Al-Ghamdi, opened the road on Monday.\n\n"
            f"The governor {second} Hassan Al-Ghamdi said more roads would follow.")
    assert second in next(t for t, _ in gating(text))


def test_an_inner_vowel_of_a_long_bare_surname_guessed_otherwise():
    text = ("The prosecution issued a warrant against the organiser, Ramadan Salem Al-Gharyani, on Monday.\n\n"
            "The migrants told investigators that Al-Ghiryani promised them a larger boat.")
    assert ("Al-Ghiryani", "error") in gating(text)


@pytest.mark.parametrize("text", [
    # short names a vowel apart stay apart, whatever the skeleton
    "The minister, Walid Gaza, spoke on Monday.\n\nGiza said the plan was good.",
    # the last letter is another word, not a vowel guessed otherwise
    "The director, Ahmed Al-Masrawi, spoke on Monday.\n\nThe Masrawa family said they would appeal.",
])
def test_vowel_look_alikes_stay_apart(text):
    assert gating(text) == []


def test_a_surname_naming_its_man_attributively():
    text = ("The candidate, Mubarak Al-Hajeri, a former council member, has not been charged.\n\n"
            "The Hajri campaign office was closed on Thursday, witnesses said.")
    assert [t for t, _ in gating(text)] == ["Hajri"]


def test_the_surname_before_a_thing_is_no_person():
    text = ("The contractor, Ali Hassan Al-Dhabbi, won the tender on Monday.\n\n"
            "Work at the Dhabba port will start next month.")
    assert gating(text) == []


def test_a_bare_surname_with_an_egyptian_consonant_that_acts():
    # g for j and another first vowel: a listed family, found through the coarser key; "admitted"
    # is something only a person does
    text = ("Police arrested the student Youssef Abdel Moneim Hegazy on Monday.\n\n"
            "Hijazi admitted that he had bought the papers from a clerk.")
    assert ("Hijazi", "error") in gating(text)


def test_a_place_before_a_person_verb_is_still_a_place_after_a_cue():
    text = ("The governor, Ahmed Hassan Al-Zawi, spoke on Monday.\n\n"
            "Residents in Zawiya complained that the water was cut.")
    assert gating(text) == []


def test_a_maghrebi_particle_written_apart_in_a_bare_surname():
    text = ("The head of the prison, Colonel Miftah Omar Bousnina, said the guards fled.\n\n"
            "Bou Snina told reporters that nine inmates had escaped.")
    assert gating(text) == [("Bou Snina", "warning")]


def test_an_age_apposed_makes_a_person_and_keeps_namesakes_apart():
    # "went to Lana Jaber, an 18-year-old": a person though "Lana" is no listed name; "Jaber said"
    # is then hers, not a respelling of the other student's "Jabr"
    text = ("The top score went to Lana Jaber, an 18-year-old from Hebron who wants to study medicine. "
            "Another student with a similar name, Lina Jabr from Tulkarm, came first in the literary stream.\n\n"
            "\"I studied every night,\" Jaber said by telephone.")
    assert gating(text) == []


def test_a_stray_space_after_a_hyphen_inside_a_name():
    text = ("The head of the authority, Hisham Abdel-Moneim Shalaby, said the gold was seized.\n\n"
            "Hisham Abdel- Moneim Shalaby stressed that the smugglers would be tried.")
    assert gating(text) == [("Abdel- Moneim", "warning")]

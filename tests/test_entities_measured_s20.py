"""Mechanisms whose gaps the blind sets heldout111-116 showed (measured once at 733a947): a headline
that opens with the wire dateline, two places joined by "for", one noun's number in a two-word
name, a speech verb after "also", and a list of other things that is no split of a count found
only near its subject. Each with a positive case and a trap."""
from __future__ import annotations

import mtcheck

MARK = "Officials meet\n\nPowered by automated translation\n\n"


def _gating(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in mtcheck.check(text).findings if f.severity in ("error", "warning")]


def test_a_headline_opening_with_the_dateline_is_no_case_variant():
    text = ("RABAT (Reuters) - Moroccan medical students end boycott\n\n"
            "RABAT (Reuters) - Medical students in Morocco agreed on Wednesday to end a boycott.\n\n"
            "The deal was signed in Rabat by the minister, students said.")
    assert _gating(text) == []


def test_two_places_joined_by_for():
    body = ("A convoy arrived in El-Obeid for the displaced in North Kordofan.\n\n"
            "A second convoy will leave Port Sudan for El Obeid next week.")
    assert ("place-variant", "El Obeid") in _gating(MARK + body)


def test_one_noun_number_in_a_two_word_name():
    body = ("Doha - The Ministry of Municipality announced today that its teams drained the streets.\n\n"
            "The Ministry of Municipalities said in a later statement that the work was done.")
    assert ("org-variant", "Ministry of Municipalities") in _gating(MARK + body)


def test_two_ministries_stay_apart():
    body = ("Doha - The Ministry of Municipality announced today that its teams drained the streets.\n\n"
            "The Ministry of Interior said in a later statement that the roads were open.")
    assert [r for r, _ in _gating(MARK + body) if r == "org-variant"] == []


def test_a_respelled_name_before_also_and_a_speech_verb():
    body = ("The spokesman of the police, Majid Salem al-Suwaidi, called on residents to stay away from the "
            "valleys.\n\nMajeed al-Suwaidi also confirmed that the police received 560 calls.")
    assert ("name-variant", "Majeed") in _gating(MARK + body)


def test_a_list_of_other_things_is_no_split_of_a_count_near_its_subject():
    body = ("Cairo - The Ministry of Health delivered medical equipment to three central hospitals in Beni "
            "Suef Governorate.\n\nThe deputy minister said in a statement that the equipment includes 42 "
            "intensive care beds, 30 dialysis machines and two CT scanners.")
    assert [r for r, _ in _gating(MARK + body) if r == "number-mismatch"] == []


def test_an_agency_acronym_is_no_town():
    body = ("The minister toured the new Samalout General Hospital in Minya. (MENA)\n\n"
            "Minya Governor Emad Kadwani said the hospital has 220 beds.")
    assert [r for r, _ in _gating(MARK + body) if r == "place-variant"] == []


def test_a_town_in_title_case_is_still_read_without_a_cue():
    body = ("The minister toured the new hospital in Minya on Monday.\n\n"
            "Officials said Menia would get two more hospitals next year.")
    assert ("place-variant", "Menia") in _gating(MARK + body)

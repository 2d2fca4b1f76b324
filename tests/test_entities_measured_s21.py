"""Entities, from the misses of the first general round of session 21 (heldout123-126): a
profession before a name is a title, not a given name ("Meteorologist Nawaf al-Shamari"), and a
speaking bare surname with one inner vowel changed is the person named before ("Al-Fiki said"
after "Hashim Ahmed al-Faki")."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Report\n\nPowered by automated translation\n\n"


def names(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(HEAD + body + "\n", backend="none").findings if f.rule == "name-variant"]


@pytest.mark.parametrize("title", ["Meteorologist", "Forecaster", "Pharmacist", "Geologist"])
def test_a_profession_before_a_name_is_a_title(title):
    body = ("Kuwait - The director, Nawaf al-Shammari, said on Monday that rain fell.\n\n"
            f"The minister said the roads were closed.\n\n{title} Nawaf al-Shamari concluded that rain may go on.")
    assert names(body) == ["al-Shamari"]


def test_the_profession_spelled_the_same_is_no_finding():
    body = ("Kuwait - The director, Nawaf al-Shammari, said on Monday that rain fell.\n\n"
            "Meteorologist Nawaf al-Shammari concluded that rain may go on.")
    assert names(body) == []


BARE = ("Khartoum - The director, {first}, explained on Monday that the pilgrims received their cards.\n\n"
        "{later} that the pilgrims received facilities.")


@pytest.mark.parametrize("first,later,flag", [
    ("Sheikh Hashim Ahmed al-Faki", "Al-Fiki said", ["Al-Fiki"]),
    ("Hashim al-Faki", "Al-Fiki added", ["Al-Fiki"]),
    ("Hashim al-Faki", "Al-Faki said", []),
    # two people the vowel could be either of's: no one is meant for sure
    ("Hashim al-Faki and the deputy, Omar al-Fiki,", "Al-Fiki said", []),
    # short names that are other words keep apart when the word does not speak
    ("Hashim al-Faki", "The Al-Fiki market reported", []),
])
def test_a_speaking_bare_surname_with_one_inner_vowel_changed(first, later, flag):
    assert names(BARE.format(first=first, later=later)) == flag


@pytest.mark.parametrize("later,flag", [
    ("Colonel Faisal Abdullah al-Mutairi", []),                   # a police colonel: another man
    ("Counselor Faisal Abdullah al-Mutairi", ["Abdullah"]),        # the judge, his father's name changed
])
def test_another_father_s_name_under_another_service_s_title(later, flag):
    body = ("Kuwait - The Court of Cassation, headed by Counselor Faisal Abdulaziz al-Mutairi, upheld today, "
            "Sunday, the ruling against a former official.\n\n"
            f"In turn, the head of the legal department at the ministry, {later}, said that measures were taken.")
    assert names(body) == flag

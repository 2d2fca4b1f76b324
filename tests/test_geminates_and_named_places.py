"""A doubled w or y is one consonant (shadda), not a diphthong: "Al-Mutawa" / "Al-Mutawwa" are one
name written two ways. A capitalised run followed by a place's kind in lower case ("the Sheikh
Najjar industrial city") names a place, not a person."""
from __future__ import annotations

import mtcheck
from mtcheck.analysis.spelling import sound

MARK = "Powered by automated translation\n\n"


def _names(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "name-variant"]


def test_a_doubled_w_or_y_keeps_the_sound_key():
    for a, b in [("Al-Mutawa", "Al-Mutawwa"), ("Hawari", "Hawwari"), ("Qawas", "Qawwas"), ("Sayid", "Sayyid")]:
        assert sound(a) == sound(b), (a, b)
    assert sound("Hawari") != sound("Huwairi")  # a diphthong still counts


def test_a_surname_with_shadda_joins_its_person_and_not_a_namesake():
    body = ("The Director-General of the authority, Dr Khaled Al-Mutawa, said samples were taken.\n\n"
            "Dr Al-Mutawwa added that results were expected within three days.\n\n"
            "In 2001 the then-Director-General, Adel Al-Mutawa, blamed a bacterial infection.")
    assert _names(body) == ["Al-Mutawwa"]


def test_a_place_named_after_a_person_is_no_person():
    bodies = [
        "Factories in the Sheikh Najjar industrial city resumed work.\n\n"
        "The Director of Labour in Aleppo, Fadi Nassar, visited them.",
        "Residents of the Hajj Ali residential quarter complained of cuts.\n\n"
        "The mayor, Samir Hajjar, promised repairs.",
        "Farmers near the Sheikh Zayed city fields met officials.\n\n"
        "The head of the farmers' union, Salem Zaid, attended.",
    ]
    for body in bodies:
        assert _names(body) == [], body

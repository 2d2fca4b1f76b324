"""A place named only inside its head's office ("The Deir al-Zor Governor, who attended ...",
"the Basrah Mayor") is a mention of that place, compared with its other spellings."""
from __future__ import annotations
from checking import gating_texts


HEAD = "Headline\n\nPowered by automated translation\n\n"


def places_flagged(text: str):
    return gating_texts(HEAD + text, "place-variant")


def test_a_place_respelt_inside_its_governors_office():
    text = ("The Directorate of Agriculture in Deir ez-Zor started distributing seeds on Tuesday.\n\n"
            "The Deir al-Zor Governor, who attended the distribution, urged farmers to register.")
    assert places_flagged(text) == ["Deir al-Zor"]


def test_the_same_spelling_inside_the_office_is_no_variant():
    text = ("The Directorate of Agriculture in Basra started distributing seeds on Tuesday.\n\n"
            "The Basra Governor, who attended the distribution, urged farmers to register.")
    assert places_flagged(text) == []


def test_an_unknown_word_before_the_office_is_no_place():
    text = ("The Directorate of Agriculture in Basra started distributing seeds on Tuesday.\n\n"
            "The Deputy Governor, who attended the distribution, urged farmers to register.")
    assert places_flagged(text) == []


def test_a_village_two_consonants_from_a_city_is_another_place():
    # Azzan (Shabwa) and Aden: the loose key merges d and z, but two consonants are not enough
    text = ("The kidnappers demanded 50 million riyals, about $31,000 at the exchange rate in Aden.\n\n"
            "The two engineers were freed near the town of Azzan on Sunday.")
    assert places_flagged(text) == []


def test_a_city_respelt_with_its_vowels_is_still_flagged():
    text = ("The ministry said in Aden on Monday that the port had reopened.\n\n"
            "Officials in Adan said ships had begun to dock.")
    assert places_flagged(text) == ["Adan"]

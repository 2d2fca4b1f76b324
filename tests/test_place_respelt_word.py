"""Place names respelt in ways the keys now read:
- the French "dj" for the Arabic jim is "j" (Bordj / Borj, Djelfa / Jelfa, Hadjout / Hajout);
- a name of two or three words with one word respelt and the others alike is the place written
  otherwise even where no cue marks the later one ("Borj Bou Arreridj next week");
- an area named after its town ("the Mussafah Industrial Area") holds the town's name, which may
  echo the town written otherwise elsewhere ("in Musaffah").
Different places that share a word stay apart."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.analysis.spelling import sound

HEAD = "Club championship awarded\n\nThe federation met on Saturday.\n\nPowered by automated translation\n\n"


def _places(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "place-variant"]


@pytest.mark.parametrize("a, b", [("Bordj", "Borj"), ("Djelfa", "Jelfa"), ("Hadj", "Haj"), ("Djerba", "Jerba")])
def test_french_dj_is_j(a, b):
    assert sound(a) == sound(b)


@pytest.mark.parametrize("first, later, found", [
    ("in the city of Bordj Bou Arreridj next October", "a committee which will visit Borj Bou Arreridj next week",
     "Borj Bou Arreridj"),
    ("in the town of Ain Temouchent on Monday", "teams that travel to Ain Timouchent next month", "Ain Timouchent"),
    ("in the city of Sidi Bel Abbes on Monday", "the delegation that reached Sidi Bel Abbas late", "Sidi Bel Abbas"),
])
def test_one_word_respelt_in_a_longer_name(first, later, found):
    body = f"The tournament will be held {first}.\n\nThe federation named {later}.\n"
    assert [t for _, t in _places(body)] == [found]


@pytest.mark.parametrize("first, later, found", [
    ("Police raided a store in the Mussafah Industrial Area on Monday.",
     "The parts were kept in a warehouse in Musaffah, police said.", "Musaffah"),
    ("Inspectors visited the Sohar Industrial Area on Monday.",
     "Three plants in Suhar were closed, they said.", "Suhar"),
])
def test_an_area_named_after_its_town(first, later, found):
    assert _places(f"{first}\n\n{later}\n") == [("error", found)]


def test_places_sharing_words_stay_apart():
    body = ("The tournament will be held in the city of Bordj Bou Arreridj next October.\n\n"
            "Teams from Bordj Menaiel and Sidi Bel Abbes will take part.\n")
    assert _places(body) == []


def test_a_respelt_two_word_place_whose_last_word_carries_an_article():
    import mtcheck
    text = ("Headline\n\nPowered by automated translation\n\n"
            "He said Qayyarah and Hammam al-Alil need new schools.\n\n"
            "The company will open a station in Hamam al-Alil next month.\n")
    found = [(f.rule, f.text) for f in mtcheck.check(text).findings if f.rule == "place-variant"]
    assert found == [("place-variant", "Hamam al-Alil")]


def test_a_new_town_named_after_a_man_keeps_his_style():
    import mtcheck
    text = ("Headline\n\nPowered by automated translation\n\n"
            "The fund built 500 units in Sheikh Zayed City last year.\n\n"
            "The agency will hand over the units in Sheikh Zaid City within 24 months.\n")
    found = [(f.rule, f.text) for f in mtcheck.check(text).findings if f.rule == "place-variant"]
    assert found == [("place-variant", "Sheikh Zaid City")]
    river = ("Headline\n\nPowered by automated translation\n\n"
             "The waters of the Gash River overflowed.\n\nThe Qash River floods every year.\n")
    assert [f.text for f in mtcheck.check(river).findings if f.rule == "place-variant"] == ["Qash"]


@pytest.mark.parametrize("first, later, flagged", [
    ("in Bismayah City", "to Bismaya last week", "Bismaya"),
    ("in Bismayah New City, south-east of Baghdad", "to Bismaya city last week", "Bismaya"),
    ("from Al-Ahsa on Monday", "in Al-Hasa next month", "Al-Hasa"),
])
def test_a_place_with_its_own_head_or_its_letters_reordered(first, later, flagged):
    import mtcheck
    text = (f"Headline\n\nPowered by automated translation\n\nThe ministry sent 500 families {first}.\n\n"
            f"The programme moved families {later}.\n")
    assert [f.text for f in mtcheck.check(text).findings if f.rule == "place-variant"] == [flagged]


@pytest.mark.parametrize("first, later", [("in Kuwait City", "from Kuwait"), ("in Gaza City", "in Giza")])
def test_a_city_and_its_country_or_another_place_stay_apart(first, later):
    import mtcheck
    text = (f"Headline\n\nPowered by automated translation\n\nThe ministry sent 500 families {first}.\n\n"
            f"The programme moved families {later} last week.\n")
    assert [f.text for f in mtcheck.check(text).findings if f.rule == "place-variant"] == []

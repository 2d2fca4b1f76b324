"""data/places.toml [subdivisions]: each entry lists the spellings English copy uses for one
province, governorate, district or town of the region. Every entry names one place, no
spelling belongs to two entries, and the gazetteer built from them ties two spellings of one
place in machine-translated copy ("Tal Afar" / "Telafer") while keeping two places apart
("Bosra" in Syria / "Basra" in Iraq). scripts/check_places_data.py prints the same report."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from checking import gating_severities

from mtcheck.analysis import lexicon

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_places_data.py"
_spec = importlib.util.spec_from_file_location("check_places_data", _SCRIPT)
check_places_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_places_data)

# Two real places of one name, both listed: Al Jawf (Al Jouf) is a province of Saudi Arabia
# and a governorate of Yemen.
SHARED_NAMES = {("SA", "Al Jouf"): {"Al Jouf", "Jouf", "Al-Jawf"}}
# Real homonyms GeoNames or ISO 3166-2 also give to a big place of another country: Libya's
# Khoms is Homs in older copy, Al Bayda is a Libyan city and a Yemeni governorate, the Red Sea
# is a state of Sudan and a governorate of Egypt, Medina a quarter of Fez, Mina a Nigerian
# spelling of Minna. The article's country decides which one is meant.
HOMONYMS_ABROAD = {
    ("SY", "Homs"), ("YE", "Al Jawf"), ("YE", "Jawf"), ("YE", "Al Bayda"), ("YE", "Bayda"), ("YE", "Ad Dali"),
    ("EG", "Red Sea"), ("SA", "Tabuk"), ("SA", "Al-Jawf"), ("SA", "Eastern Province"), ("SA", "Sharqiyah"),
    ("SA", "Madinah"), ("SA", "Medina"), ("SA", "Al Madinah"), ("SA", "Mina"),
}

HEAD = "Headline\n\nPowered by automated translation\n\n"
# one place named twice: other cues, a bare name, a quote, another paragraph, another beat
TEMPLATES = [
    "Officials in {a} said on Monday that the main road would reopen within a week.\n\n"
    "Traders in {b} welcomed the decision, the agency said.\n",
    "The aid convoy reached {a} at dawn, the ministry said, carrying 40 tonnes of flour.\n\n"
    "\"The people of {b} have waited three weeks for this,\" a volunteer told the agency.\n",
    "Heavy rain flooded several streets in {a} on Tuesday.\n\n"
    "The civil defence said its teams had pumped water from 12 homes in {b} by the evening.\n",
]


def findings(a: str, b: str, template: str) -> list[tuple[str, str]]:
    return gating_severities(HEAD + template.format(a=a, b=b), "place-variant")


def test_no_spelling_is_given_to_two_entries():
    found = [p for p in check_places_data.shared_spellings(lexicon.load("places.toml"))
             if p.spelling not in SHARED_NAMES.get((p.country, p.entry), ())]
    assert found == []


def test_no_spelling_names_a_big_place_of_another_country():
    found = [p for p in check_places_data.named_abroad(lexicon.load("places.toml"))
             if (p.country, p.spelling) not in HOMONYMS_ABROAD]
    assert found == []


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("a,b", [
    ("Tal Afar", "Telafer"),  # the district west of Mosul
    ("Hafr al-Batin", "Hafar al-Batin"),  # Saudi Arabia's Eastern Province
    ("Jisr al-Shughur", "Jisr al-Shughour"),  # Idlib
    ("Hassi Messaoud", "Hassi Masoud"),  # Algeria's oil town
    ("Deir al-Balah", "Dair al-Balah"),  # Gaza's central governorate
    ("Tuz Khurmatu", "Tuz Khormato"),  # Salahuddin
    ("Ras Jedir", "Ras Ajdir"),  # the Tunisia-Libya crossing
    ("Tal Tamr", "Tell Tamer"),  # Hasakah
    ("Maarat Misrin", "Maarrat Misrin"),  # Idlib
])
def test_two_spellings_of_one_place_are_a_variant(a, b, template):
    assert findings(a, b, template) == [(b, "error")]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("a,b", [
    ("Bosra", "Basra"),  # Daraa's Roman town, Iraq's port city
    ("Minya", "Mina"),  # Upper Egypt, the Hajj valley east of Mecca
    ("Gaza", "Giza"),
    ("Hasakah", "Al-Hasa"),  # north-east Syria, eastern Saudi Arabia
    ("Homs", "Hama"),
])
def test_two_places_stay_apart(a, b, template):
    assert findings(a, b, template) == []


@pytest.mark.parametrize("template", TEMPLATES)
def test_one_spelling_throughout_is_quiet(template):
    assert findings("Qamishli", "Qamishli", template) == []


def test_the_index_key_follows_the_data_and_an_extra_data_file(tmp_path, monkeypatch):
    """The gazetteer's index is named by a key of places.toml's data, kept beside its parsed copy
    so that a cold check does not dump the data afresh: the key is read back unchanged, and
    another key names the index once a house style merges its own places in."""
    from mtcheck.analysis import gazetteer as gazetteer_module

    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    lexicon.clear_caches()
    try:
        first = gazetteer_module._source_version()
        assert gazetteer_module._source_version() == first
        extra = tmp_path / "house_places.toml"
        extra.write_text('[subdivisions]\nIQ = [["Al-Qayyarah Airfield", "Qayyarah West"]]\n', encoding="utf-8")
        lexicon.add_data_file("places.toml", extra)
        assert gazetteer_module._source_version() != first
    finally:
        lexicon._EXTRA.clear()
        lexicon.clear_caches()

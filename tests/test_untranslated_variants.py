"""untranslated (MT203): spellings of a listed transliteration that the table does not list
(analysis/transliteration_variants.py), and the administrative and everyday words of
transliterations.toml."""
from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

import mtcheck
from mtcheck.analysis.transliteration_variants import canon, keys


def gating(text: str):
    report = mtcheck.check(text, backend="none", select=["untranslated"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [(f.text, f.suggestion) for f in report.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("a,b", [
    ("baladiyeh", "baladiya"), ("al-Baladiyyah", "baladiya"), ("mohafazat", "muhafazat"),
    ("muzakkira", "mudhakkira"), ("istismar", "istithmar"), ("gam'iya", "jamiya"), ("jaysh", "jaish"),
    ("tawzeef", "tawzif"), ("mounaqasa", "munaqasa"), ("caïdat", "caidat"),
])
def test_spelling_key_undoes_romanisation_habits(a, b):
    assert canon(a) == canon(b)


@pytest.mark.parametrize("text,span,english", [
    # Levantine -eh for the feminine ending, and no listed form of it
    ("Lebanon's baladiyeh workers cleared the drains in Tyre after the storm.", "baladiyeh", "municipality"),
    # French ou for u, o for u in Maghrebi copy
    ("The mounaqasat for the port road were reopened by the wilaya in Oran.", "mounaqasat", "tender"),
    # Egyptian z for dh, and the -at plural of a listed form
    ("Police in Giza issued muzakkirat against the three traders on Sunday.", "muzakkirat", "memorandum"),
    # a listed phrase spelt another way
    ("Residents of Zliten complained that the sarf al-sehi network overflowed again.", "sarf al-sehi", "sewerage"),
])
def test_an_unlisted_spelling_of_a_listed_word_is_flagged(text, span, english):
    assert gating(text) == [(span, english)]


@pytest.mark.parametrize("text,span,english", [
    ("Farmers in Gezira said the simad arrived too late for the winter wheat.", "simad", "fertiliser"),
    ("The retired teachers, or mutaqa'idin, queued at the post office for their pensions in Irbid.",
     None, None),
    ("Several mulaththamin stormed the shop in Sabha before dawn, witnesses said.", "mulaththamin", "masked men"),
    ("Water trucks reached every uzla of the Jabal Habashi district on Sunday.", "uzla", "sub-district"),
    ("The mahaliya of Um Badda opened two new clinics this week.", "mahaliya", "locality"),
    ("Traders said the suq sawda' price of the dollar rose again in Khartoum.", "suq sawda'", "black market"),
    ("The qadi al-tahqiq ordered the two officials held for fifteen days.", "qadi al-tahqiq", "investigating judge"),
    # an unlisted spelling of a word of the second list: Egyptian z for dh, an -a ending for -ah
    ("Passengers at the Ramses station queued for a tazkira to Aswan.", "tazkira", "ticket"),
])
def test_new_administrative_and_everyday_words(text, span, english):
    assert gating(text) == ([(span, english)] if span else [])


@pytest.mark.parametrize("text", [
    # a capitalised variant may be a name: a place, a family, a firm
    "The Baladiyeh Stadium in Sidon hosted the final.",
    "Nakheel said the towers would be finished next year.",
    "Tareq Al-Baladi told reporters the shops were open.",
    # English words and loanwords that a spelling key could make look like a listed form
    "The ministers met at the summit in Cairo to sign the agreement.",
    "The sheikh led the prayers at the mosque in the old souq of Mutrah.",
    "She bought cheese and bread at the market near the harbour.",
    # English plurals: English news taking the word in ("the 58 wilayas", "the douars of Al Haouz")
    "Medicines ran short in several wilayas, the pharmacists' union in Algiers said.",
    "Rescuers reached the douars of Al Haouz after the earthquake, the caid said.",
])
def test_names_english_words_and_loanwords_pass(text):
    assert gating(text) == []


def test_every_entry_has_lower_case_forms_and_english():
    table = tomllib.loads(files("mtcheck.data").joinpath("transliterations.toml").read_text("utf-8"))
    for word in table["word"]:
        assert word["english"] and all(f == f.lower() for f in word["forms"]), word["forms"]
    # a spelling key stands for one entry only: a key two entries share is left to their listed forms
    assert keys() and all(v >= 0 for v in keys().values())

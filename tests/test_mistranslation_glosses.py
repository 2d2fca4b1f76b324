"""mistranslation (MT204): transliterated glosses that only respell the English before them,
Maghrebi name chains with a translated name, and the heldout families of calques (the liberation
of a named neighbourhood, "returned to its nature", garde a vue, the parent company)."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.analysis.loan_glosses import loan_glosses


def found(text: str):
    report = mtcheck.check(text, backend="none", select=["mistranslation"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [(f.text, f.severity) for f in report.findings]


def gating(text: str):
    return [f for f in found(text) if f[1] in ("error", "warning")]


@pytest.mark.parametrize("text,span,english", [
    ("Families receive the aid through the electronic card (al-bataka al-iliktroniya) every month.",
     "(al-bataka al-iliktroniya)", "electronic"),
    ("Deputies met in the parliament building (majlis al-barlaman) on Sunday.", "(majlis al-barlaman)",
     "parliament"),
    ("Speakers praised democracy (al-dimuqratiya) and the rule of law.", "(al-dimuqratiya)", "democracy"),
    ("The ministry opened the technology park (al-hadiqa al-tiknulujiya) in Amman.",
     "(al-hadiqa al-tiknulujiya)", "technology"),
])
def test_a_gloss_that_respells_the_english_is_a_mangled_term(text, span, english):
    assert gating(text) == [(span, "warning")]
    [g] = loan_glosses(text, [(0, len(text))])
    assert g.english == english


@pytest.mark.parametrize("text", [
    # a gloss of the Arabic, house style in much copy: it tells the reader the Arabic name
    "The case was brought by the public prosecution (al-niyaba al-amma) on Monday.",
    "Fighters of the Popular Mobilisation Forces (al-hashd al-shaabi) entered the town.",
    "The border crossing (manfadh al-qaim) was closed.",
    # too short a shared stem to be a respelling
    "The central bank (al-bank al-markazi) raised rates.",
    "The chemical plant (al-masna al-kimawi) burned.",
])
def test_a_gloss_of_the_arabic_is_not_flagged(text):
    assert gating(text) == []


@pytest.mark.parametrize("text,span", [
    ("The governor of Assaba, Mohamed Ould Sidi Praised, visited the flooded villages.", "Praised"),
    ("Residents thanked Fatimetou Mint Ahmed Light for the tents.", "Light"),
])
def test_a_meaning_word_in_a_maghrebi_name_chain_is_a_translated_name(text, span):
    assert gating(text) == [(span, "error")]


@pytest.mark.parametrize("text", [
    "The minister said Ould Sidi was praised by donors for the response.",
    "Ahmed Ould Sidi, the mayor, praised the volunteers.",
])
def test_praise_beside_a_maghrebi_name_is_no_name(text):
    assert [f for f in gating(text) if f[1] == "error"] == []


@pytest.mark.parametrize("text,span", [
    ("Fighters withdrew after the editing of the al-Salam neighbourhood in the east of the town.",
     "editing of the al-Salam neighbourhood"),
    ("The army announced the editing of the eastern districts from the militia.", "editing of the eastern districts"),
    ("By evening the electricity returned to its nature in most districts.", "returned to its nature"),
    ("The water supply will return gradually to its normal nature next week.", "return gradually to its normal nature"),
    ("The two teachers were placed in the guard custody pending the investigation.", "the guard custody"),
    ("The mother company said production at the fields was not affected.", "mother company"),
    ("The minister said honest exams are a trust in the necks of everyone.", "a trust in the necks of"),
    ("Officials warned that the camp had become an incubator environment for extremist ideas.",
     "incubator environment"),
])
def test_heldout_families_of_calques(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "She finished the editing of the neighbourhood guide and the district newspaper.",
    "After the fire the land returned to nature, and the wolf returned to its nature reserve.",
    "Police kept the building under guard and held the suspects in police custody.",
    "The company thanked the mother of the injured worker; its parent company paid.",
    "The university opened a business incubator for start-ups and bought an infant incubator.",
])
def test_look_alikes_of_the_heldout_families_do_not_gate(text):
    assert gating(text) == []


@pytest.mark.parametrize("text,span", [
    ("The president pardoned 500 prisoners on the anniversary of editing Sinai.", "anniversary of editing"),
    ("Residents returned a year after the editing of Sirte from the militants.", "editing of Sirte"),
    ("Vets warned of a new generation of the SAT2 virus in the herds.", "new generation of the SAT2 virus"),
    ("The audit found thousands of astronauts on the payroll of the ministry.", "astronauts on the payroll"),
])
def test_heldout16_families(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "She was editing the paper in Cairo, and he edited Vogue Arabia for a decade.",
    "A new generation of virus scanners reached the market.",
    "The astronauts on the space station returned to Earth.",
    "The publisher marked the anniversary of the editing of the dictionary.",
])
def test_look_alikes_of_the_heldout16_families_do_not_gate(text):
    assert gating(text) == []

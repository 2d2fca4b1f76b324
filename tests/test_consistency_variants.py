"""org-variant and place-variant, and the spelling relation they rest on."""
from __future__ import annotations

import pytest

from mtcheck.analysis.spelling import Relation, relation
from checking import gating_severities


def gating(text: str, rule: str):
    return gating_severities(text, rule)


@pytest.mark.parametrize("a,b,rel", [
    ("al-Shammari", "Al Shammari", Relation.FORM),
    ("Ma'rib", "Marib", Relation.FORM),
    ("Al-Qaim", "Qaim", Relation.ARTICLE),
    ("Rasool", "Rasoul", Relation.LETTERS),
    ("Kadhimi", "Kazimi", Relation.LETTERS),
    ("Mohammed", "Muhammad", Relation.LETTERS),
    ("Qassem", "Qasim", Relation.LETTERS),
    ("Mackenzie", "McKinsey", Relation.LETTERS),
    ("Hussein", "Husseini", Relation.DIFFERENT),
    ("Hussein", "Hassan", Relation.DIFFERENT),
    ("Iraq", "Iraqi", Relation.DIFFERENT),
])
def test_relation(a, b, rel):
    assert relation(a, b) is rel


def test_strict_relation_keeps_near_place_names_apart():
    assert relation("Gaza", "Giza", strict=True) is Relation.DIFFERENT
    assert relation("Aden", "Adel", strict=True) is Relation.DIFFERENT
    assert relation("Lanuf", "Lanouf", strict=True) is Relation.LETTERS


def test_org_variants():
    text = ("The vaccine was tested by the Egyptian Drug Authority before distribution. "
            "The Lebanese Football Association ended the contract. "
            "The Egyptian Drugs Authority said all batches passed. "
            "The Lebanese Football Federation said talks continue.")
    assert gating(text, "org-variant") == [("Egyptian Drugs Authority", "warning"),
                                           ("Lebanese Football Federation", "error")]


def test_acronym_case_variant():
    text = ("The Arabian Gulf Oil Company, known as Agoco, inspected the tanks. "
            "AGOCO engineers repaired the pipeline.")
    assert gating(text, "org-variant") == [("AGOCO", "warning")]


def test_a_crosshead_in_capitals_is_no_casing_of_a_name():
    # wire copy breaks a long story with crossheads in capitals: their words are cased by layout
    text = ("Output at West Qurna 1 rose to 550,000 barrels per day, the company said.\n\n"
            "WEST QURNA\n\n"
            "Engineers at the Qurna fields said the pumps were replaced.")
    assert gating(text, "org-variant") == []
    # the same words in running text are still compared
    text = ("The Arabian Gulf Oil Company, known as Agoco, inspected the tanks.\n\n"
            "SHIPMENTS RESUME\n\nAGOCO engineers repaired the pipeline.")
    assert gating(text, "org-variant") == [("AGOCO", "warning")]


@pytest.mark.parametrize("text", [
    "The Ministry of Interior said turnout rose. The Interior Ministry said voting was calm.",
    "The Joint Operations Command said 37 caves were destroyed, the deputy commander of Joint Operations said.",
    "The National Security Service questioned them. The National Intelligence Service was not involved.",
    "The Libyan National Army deployed units. The LNA controls most oil fields.",
])
def test_org_traps(text):
    assert gating(text, "org-variant") == []


def test_place_variants():
    text = ("Exports resumed from the Ras Lanuf terminal on Thursday. The squad trained in Jounieh. "
            "Exports from Ras Lanouf will return to normal. The next camp will be held in Junieh. "
            "Troops met at Al-Qaim on Monday and moved on from Al Qaim on Tuesday.")
    assert gating(text, "place-variant") == [("Ras Lanouf", "error"), ("Junieh", "error"), ("Al Qaim", "warning")]


@pytest.mark.parametrize("text", [
    "Fighting spread from Gaza to the town of Giza, officials said.",
    "Officials in Iraq said Iraqi forces reached Syria. Syrian troops withdrew.",
    "Courts in Aden jailed them. Adel Saleh, a lawyer, said he would appeal.",
])
def test_place_traps(text):
    assert gating(text, "place-variant") == []


def test_org_written_with_and_without_hyphen():
    text = ("The Directorate General of Forests said 40 fires burned. "
            "Officials said the Directorate-General of Forests had sent teams.")
    assert gating(text, "org-variant") == [("Directorate-General of Forests", "warning")]

"""A body's Arabic name spelled off the standard romanisation beside the English the article gives it
is a mangled transliteration (mistranslation); spelled by the standard, or with no English beside it,
it is an untranslated name (analysis/body_names.py)."""
from __future__ import annotations

import pytest
from checking import gating

TEXT = ("Port deal approved\n\nPowered by automated translation\n\n"
        "{lead}\n\nThe minister said that {name} had allowed the port company to sign the contract.\n")
WITH_ENGLISH = "The Council of Ministers approved today the agreement on the port of Sohar."
WITHOUT = "The government approved today the agreement on the port of Sohar."


def rules(lead: str, name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in gating(TEXT.format(lead=lead, name=name), "mistranslation", "untranslated"):
        out.setdefault(f.rule, []).append(f.text)
    return out


@pytest.mark.parametrize("name", ["Majles al-Wozaraa", "El-Majlis El-Wuzara"])
def test_a_mangled_spelling_beside_the_english_name(name):
    assert rules(WITH_ENGLISH, name) == {"mistranslation": [name]}


def test_the_standard_spelling_after_the_english_name_is_a_mangled_rendering_too():
    # annotators mark the translation falling back on the Arabic for a body it has already named
    # in English as a mangled rendering beside the English (mistranslation)
    assert rules(WITH_ENGLISH, "Majlis al-Wuzara") == {"mistranslation": ["Majlis al-Wuzara"]}


def test_the_standard_spelling_before_the_english_name_is_untranslated():
    text = ("Port deal approved\n\nPowered by automated translation\n\nThe Majlis al-Wuzara approved "
            "today the agreement on the port of Sohar.\n\nThe Council of Ministers also allowed the port "
            "company to sign the contract.\n")
    assert [(f.rule, f.text) for f in gating(text, "mistranslation", "untranslated")] == [
        ("untranslated", "Majlis al-Wuzara")]


def test_a_mangled_spelling_with_no_english_is_untranslated():
    assert rules(WITHOUT, "Majles al-Wozaraa") == {"untranslated": ["Majles al-Wozaraa"]}

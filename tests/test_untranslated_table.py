"""untranslated (MT203): every entry of data/transliterations.toml that carries an example and a
trap fires on the example (a finding that holds one of its forms) and not on the trap."""
from __future__ import annotations

import re

import pytest

import mtcheck
from mtcheck.analysis import lexicon

ENTRIES = [w for w in lexicon.load("transliterations.toml")["word"] if "example" in w]


def _hits(text: str, entry: dict) -> list[str]:
    forms = re.compile(r"(?i)(?<![\w'-])(?:" + "|".join(re.escape(f) for f in entry["forms"]) + r")(?![\w'-])")
    report = mtcheck.check(text, backend="none", select=["untranslated"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if forms.search(f.text)]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda w: w["forms"][0])
def test_every_transliteration_with_an_example_fires_on_it_and_not_on_its_trap(entry):
    assert _hits(entry["example"], entry)
    assert _hits(entry["trap"], entry) == []


def test_the_table_has_examples():
    assert len(ENTRIES) >= 50


def test_a_family_name_that_is_also_a_listed_word_is_left_alone():
    found = [f.text for f in mtcheck.check("The director, Nabil Jarrar, said the farmers lost a jarrar in the flood.",
                                           backend="none", select=["untranslated"]).findings]
    assert found == ["jarrar"]

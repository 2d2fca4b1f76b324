"""Two more Arabic word shapes left in Latin letters: taCCiCa verbal nouns ("the tahwila": the
diversion) and CuCuC plurals ("the jurud of Arsal": the barren outskirts); the loanwords English
finance and law use ("sukuk", "hudud") stay allowed."""
from __future__ import annotations

import mtcheck

HEAD = "Headline\n\nPowered by automated translation\n\n"


def flagged(text: str) -> list[str]:
    report = mtcheck.check(HEAD + text, backend="none", select=["untranslated"])
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


def test_a_tafila_verbal_noun_left_in():
    assert flagged("Traffic was moved to the tahwila near the new bridge on Monday.") == ["tahwila"]


def test_a_plural_of_the_fuul_shape_left_in():
    assert flagged("The militants hid in the jurud of Arsal for months.") == ["jurud"]


def test_finance_loanwords_are_english():
    assert flagged("The ministry sold sukuk worth 500 million rials to local banks.") == []


def test_english_words_of_the_same_shape_are_not_flagged():
    assert flagged("The tutors and the humus of the garden were praised.") == []


def test_a_broken_plural_of_the_fawa_il_shape_left_in():
    assert flagged("The ministry warned against the samasira who promise places for money.") == ["samasira"]


def test_a_plural_ending_alone_after_an_ayn_apostrophe():
    assert flagged("The head of the association of the muwaddi'in spoke outside the bank.") == ["muwaddi'in"]


def test_the_trade_unit_kantar_is_english():
    assert flagged("A 45-kg qantar of cleaned gum fetched 180,000 pounds, and cotton sold at 9,000 a kantar.") == []

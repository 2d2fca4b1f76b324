"""untranslated (MT203): a body's Arabic head noun left as its short name ("the Diwan stopped the
disbursement"), and the Arabic verbal nouns and -at plurals left in lower case ("the tajawuzat")."""
from __future__ import annotations

import pytest
from checking import gating_severities



def gating(text: str):
    return gating_severities(text, "untranslated")


@pytest.mark.parametrize("text,span", [
    ("The head of the Federal Board of Supreme Audit said the Diwan stopped the disbursement of the advances.",
     "Diwan"),
    ('The Central Bank of Libya said that the "Masraf" will continue the follow-up of the credits.', '"Masraf"'),
    ("The Court of Cassation upheld the ruling; the Mahkama said the appeal came too late.", "Mahkama"),
    ("The Ministry of Health sent teams to Basra, and the Wizara said more would follow.", "Wizara"),
    ("The Higher Committee for Relief met on Sunday. The Lajna decided to open two more camps.", "Lajna"),
])
def test_a_bodys_arabic_head_as_its_short_name_is_untranslated(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    # the head inside a name English news writes itself: "the Diwan" is its short form
    "The Royal Diwan said the Sultan received the ambassador. The Diwan added that the talks covered trade.",
    "Officials of the Sunni Endowment Diwan met the Board of Trustees; the Diwan said the mosques would open.",
    "The Diwan of Royal Court announced the appointment of a new board.",
    # no English name of a body in the article: the reader has nothing to set it against
    "The Diwan stopped the payments, a source said.",
    # a lower-case word outside quotation marks: the word tests judge it
    "He sat in the diwan with the elders of the Board.",
    # a body's Arabic name with its al- words is another test's, not a bare head
    "The Board said the Diwan al-Raqaba al-Maliya finished its report.",
])
def test_heads_in_names_or_without_an_english_rival_pass(text):
    assert [s for s, _ in gating(text) if s.strip('"') in ("Diwan", "diwan")] == []


@pytest.mark.parametrize("text,span", [
    ("The teams of the directorate started removing the tajawuzat on the Khorasan canal.", "tajawuzat"),
    ("The candidate announced his tanazul in favour of his rival.", "tanazul"),
    ("Security forces dispersed the ihtijajat in front of the governorate building.", "ihtijajat"),
    ("The council postponed the istijwabat of the two ministers.", "istijwabat"),
])
def test_arabic_verbal_nouns_and_their_plurals_are_untranslated(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "The tabular data showed that the tarmac of the road had turned to tatters.",
    "Farmers grew tamarind and tobacco; the talisman was sold at the market.",
    "The intimate ceremony took place in the inhabitant's garden.",
])
def test_english_words_of_the_same_shape_pass(text):
    assert gating(text) == []


@pytest.mark.parametrize("text,span", [
    # (after the English name, it is a mangled rendering beside it: mistranslation, test_measured_s24.py)
    ("The Amn Aam suspended two employees. The Public Security Directorate also seized the pills.", "Amn Aam"),
    ("The State Security Court heard that officers of the Amn al-Dawla detained him.", "Amn al-Dawla"),
])
def test_a_security_bodys_arabic_name_beside_its_english_one(text, span):
    assert gating(text) == [(span, "warning")]


def test_a_security_bodys_arabic_name_alone_is_its_name_here():
    assert gating("The Amn Aam said nothing about the raid.") == []


@pytest.mark.parametrize("text,span", [
    ("Bread is sold through the mu'tamadin who are licensed by the directorate.", "mu'tamadin"),
    ("The mas\u2019ulin of the directorate met the farmers.", "mas\u2019ulin"),
])
def test_a_transliteration_with_an_apostrophe_for_ayn_is_untranslated(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "It's five o'clock and the governor's aides didn't know the ma'am's name.",
    "They'll say the minister's plan wasn't ready; rock'n'roll played at the fair.",
])
def test_english_apostrophes_are_no_transliterations(text):
    assert gating(text) == []


def test_majlis_is_a_gulf_loanword_but_untranslated_elsewhere():
    assert gating('"We knock on doors and talk at the majlis," a candidate in Oman told the Council.') == []
    assert gating("In Iraq the majlis voted on the budget, the Council said.") == [("majlis", "warning")]

"""People: the words before a name that are no part of a role apposed to it ("In a related
context, X"), the styles before a minister's name ("His Excellency Engineer X"), the article
before a capitalised address rank ("The Counsellor X"), and a ministry's portfolio listed with a
branch before the name ("Undersecretary of the Ministry of Transport, Communications and
Information Technology for Transport, X")."""
from __future__ import annotations

import pytest

from checking import gating_severities

HEAD = "Officials speak\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str):
    return gating_severities(HEAD + text, rule)


@pytest.mark.parametrize("opener", ["In a related context, ", "In a separate statement, ", "On a related note, "])
def test_a_phrase_opening_the_sentence_does_not_introduce_someone_new(opener):
    text = ("The commander, Lieutenant Colonel Munir Abdel Hadi, said the fire spread.\n\n"
            f"{opener}Munir Abdul Hadi explained that the cause is under investigation.")
    assert findings(text, "name-variant") == [("Abdul Hadi", "error")]


def test_an_indefinite_role_still_introduces_someone_new():
    text = ("The commander, Lieutenant Colonel Munir Abdel Hadi, said the fire spread.\n\n"
            "A local farmer, Munir Abdul Hadi, said his olive trees burned.")
    assert findings(text, "name-variant") == []


@pytest.mark.parametrize("style", ["His Excellency", "His Highness", "Her Excellency"])
def test_a_style_before_the_name(style):
    text = (f"The contracts were signed by {style} Engineer Khalid bin Saif al-Rawahi, Undersecretary of the "
            "Ministry for Transport, and by the heads of the companies.\n\n"
            "The Undersecretary, Khalid Al Rawahi, affirmed that the line is ready.")
    assert findings(text, "name-variant") == [("Al Rawahi", "warning")]


def test_the_counsellor_after_judge():
    text = ("The court, headed by Judge Raad Hamid al-Samarrai, considered the case.\n\n"
            "The Counsellor Raad al-Samarrai stated that the court relied on the confessions.")
    assert findings(text, "rank-change") == [("The Counsellor Raad al-Samarrai", "error")]


def test_a_listed_portfolio_with_its_branch():
    text = ("The Undersecretary of the Ministry of Transport, Communications and Information Technology for "
            "Transport, Khalfan bin Saif Al Harthy, announced the decision.\n\n"
            "Assistant Undersecretary Khalfan bin Saif Al Harthy said Salalah port will join.")
    assert findings(text, "rank-change") == [("Assistant Undersecretary Khalfan bin Saif Al Harthy", "error")]


def test_a_complement_with_in_before_a_name_without_a_comma():
    text = ("UNICEF Representative in Yemen Salma Haddad said 300 students applied.\n\n"
            "UNICEF Regional Director Salma Haddad added that the grants start in June.")
    assert findings(text, "rank-change") == [("UNICEF Regional Director Salma Haddad", "error")]


def test_a_listed_sector_before_the_name():
    text = ("Assistant Minister of Interior for the Passports, Emigration and Nationality Sector, Major General "
            "Ragab Abdel Maqsoud, said the gang was arrested.\n\n"
            "The Deputy Minister of Interior Ragab Abdel Maqsoud said 40 passports were seized.")
    assert findings(text, "rank-change") == [("The Deputy Minister of Interior Ragab Abdel Maqsoud", "error")]


def test_a_bare_surname_with_the_gulf_particle_bu():
    text = ("The head of the society, Fahad Abu Hadi, said teachers complained.\n\n"
            "Bu Hadi said that the society appreciates the ministry's efforts.")
    assert findings(text, "name-variant") == [("Bu Hadi", "error")]
    same = text.replace("Fahad Abu Hadi", "Fahad Bu Hadi")
    assert findings(same, "name-variant") == []

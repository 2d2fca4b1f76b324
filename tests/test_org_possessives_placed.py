"""Organisations: a possessive apostrophe put in or left out of one body's name (a warning in
machine-translated copy), a country of several words in the possessive before a body's name
(an English description, not a variant), and two bodies sharing one field word when one of
them names the place it serves (never a variant)."""
from __future__ import annotations

import pytest

import mtcheck

MT = "Powered by automated translation\n\n"


def org_findings(body: str, machine_translated: bool = True):
    text = "Officials respond to the families\n\n" + (MT if machine_translated else "") + body + "\n"
    report = mtcheck.check(text, select=["org-variant"])
    return [(f.severity, f.text) for f in report.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("first, later", [
    ("The Martyrs Foundation in Iraq announced the start of distributing plots.",
     "the head of the Martyrs' Foundation"),
    ("The Teachers' Syndicate said on Monday that the strike would go on.",
     "A spokesman for the Teachers Syndicate"),
    ("The Retirees’ Association held its meeting in Irbid.", "The Retirees Association"),
])
def test_an_apostrophe_put_in_or_left_out(first, later):
    body = f"{first} It said 300 families would benefit.\n\n{later} said the work starts in June."
    found = org_findings(body)
    assert len(found) == 1 and found[0][0] == "warning" and later.endswith(found[0][1])
    assert org_findings(body, machine_translated=False) == []


@pytest.mark.parametrize("body", [
    "Saudi National Guard holds graduation\n\nSaudi Arabia's National Guard said 640 cadets graduated.",
    "The United Arab Emirates' General Civil Aviation Authority said flights resumed. "
    "The UAE General Civil Aviation Authority added that 40 flights were delayed.",
    # two bodies: a commission serving a country and an association of the same people
    "The High Commission for Veterans Affairs in Sudan began paying pensions in Kassala State.\n\n"
    "The Sudan Veterans Association welcomed the decision.",
    "The General Directorate of Water Affairs in Basra opened a new station.\n\n"
    "The Basra Water Users Society said the station was late.",
])
def test_descriptions_and_other_bodies_are_quiet(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body", [
    # two regional chambers
    "The Chamber of Maritime Fisheries of the Atlantic North said the season opens. "
    "The Chamber of Maritime Fisheries of the Atlantic South said boats wait in port.",
    "The Directorate of Water Resources of the Northern Region said the dam is full. "
    "The Directorate of Water Resources of the Southern Region said the canals are dry.",
    # a body named inside a longer name of another body, its words in their order
    "The Suez Canal Authority said 40 ships passed. "
    "The General Authority for the Suez Canal Economic Zone said investors came.",
    # English names a ministry's portfolio with "of" and with "for"
    "The Undersecretary of the Ministry for Transport signed the contract. "
    "The Ministry of Transport said the line opens in 2027.",
])
def test_regions_nested_bodies_and_ministries_are_quiet(body):
    assert org_findings(body) == []


def test_a_listed_field_joined_by_a_comma_then_by_and():
    body = ("The General Authority for Roads, Bridges and Land Transport stated that 40,000 vehicles used the road. "
            "The General Authority for Roads and Bridges and Land Transport announced a closure on Friday.")
    assert org_findings(body) == [("warning", "General Authority for Roads and Bridges and Land Transport")]
    assert org_findings(body, machine_translated=False) == []


@pytest.mark.parametrize("first, later", [
    ("The Central Pharmacy of Hospitals (PCH) will deliver new medicines.", "the Central Pharmacy of Hospital"),
    ("The Amman Stock Exchange closed higher on Sunday.", "the Amman Stocks Exchange"),
    ("The National Museum of Iraq reopened two halls.", "the National Museums of Iraq"),
])
def test_pharmacies_exchanges_and_museums_are_bodies(first, later):
    body = f"{first} It said 300 items arrived.\n\nA spokesman for {later} said the work starts in June."
    found = org_findings(body)
    assert len(found) == 1 and found[0][0] == "warning" and later.endswith(found[0][1])


@pytest.mark.parametrize("body", [
    "The National Federation of Education said supervisors need more pay. "
    "The National Union of Education, another teachers' union, asked for an increase.",
    "Farid Tazi heads the National Union of Higher Education. "
    "His union is distinct from the National Federation of Education, which represents school teachers.",
    "The General Federation of Iraqi Workers backed the strike. "
    "The rival General Union of Iraqi Workers opposed it.",
])
def test_a_body_the_article_sets_apart(body):
    assert org_findings(body) == []
    assert org_findings(body, machine_translated=False) == []


def test_without_the_cue_the_kind_word_is_swapped():
    body = ("The National Federation of Education said supervisors need more pay. "
            "The National Union of Education asked for an increase.")
    assert org_findings(body) == [("error", "National Union of Education")]

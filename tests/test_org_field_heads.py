"""Organisation names whose field holds a kind word, and fields swapped around "and":
- a kind word among a body's fields joined by "and" ("Ministry of Municipality and Housing") is a
  field, not where the name ends;
- a ministry's field may end with a kind word ("Ministry of Local Administration"): written the
  English way ("Local Administration Ministry") it is the same name, no slip;
- fields swapped on one side of a ministry's head ("Ministry of Displaced and Migration" after
  "Ministry of Migration and Displaced") are a garbled order, even when the first name carries
  a country's adjective more."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.analysis import Document
from mtcheck.segment import segment

HEAD = "Officials meet on services\n\nA statement was issued.\n\nPowered by automated translation\n\n"


def _orgs(body: str) -> list[tuple[list[str], bool]]:
    text = HEAD + body
    doc = Document(text=text, sentences=segment(text), machine_translated=True, marker_span=None, options={})
    return [(list(o.texts), o.linked) for o in doc.orgs]


def _org_findings(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "org-variant"]


@pytest.mark.parametrize("name, words", [
    ("Ministry of Municipality and Housing", ["Ministry", "Municipality", "Housing"]),
    ("Ministry of Agriculture and Fisheries Wealth", ["Ministry", "Agriculture", "Fisheries", "Wealth"]),
    ("Authority for Port and Customs Security", ["Authority", "Port", "Customs", "Security"]),
])
def test_a_kind_word_among_fields_joined_by_and_is_a_field(name, words):
    assert _orgs(f"The {name} said on Monday that work had started.\n")[0] == (words, True)


def test_two_bodies_joined_by_and_are_still_two():
    found = _orgs("The Ministry of Health and the Red Crescent Society said on Monday that clinics opened.\n")
    assert [w for w, _ in found] == [["Ministry", "Health"], ["Red", "Crescent", "Society"]]


@pytest.mark.parametrize("first, later", [
    ("Ministry of Local Administration", "Local Administration Ministry"),
    ("Ministry of Public Administration", "Public Administration Ministry"),
    ("Ministry of Civil Service Administration", "Civil Service Administration Ministry"),
])
def test_a_ministry_whose_field_ends_with_a_kind_word_reordered_the_english_way(first, later):
    body = (f"The {first} said on Thursday that 12 councils met.\n\n"
            f"A spokesman for the {later} said more meetings were planned.\n")
    assert _org_findings(body) == []


@pytest.mark.parametrize("first, later", [
    ("Iraqi Ministry of Migration and Displaced", "Ministry of Displaced and Migration"),
    ("Ministry of Migration and Displacement", "Ministry of Displacement and Migration"),
    ("Jordanian Ministry of Water and Irrigation", "Ministry of Irrigation and Water"),
])
def test_fields_swapped_around_and_are_a_garbled_order(first, later):
    body = (f"The {first} said on Thursday that 312 families returned home.\n\n"
            f"The {later} said another group would return next month.\n")
    assert _org_findings(body) == [("warning", later)]


@pytest.mark.parametrize("first, later", [
    ("Iraqi Ministry of Migration and Displaced", "Ministry of Migration"),   # a short form, in order
    ("Ministry of Water and Irrigation", "Water Ministry"),                   # across the head: English
    ("Ministry of Migration and Displaced", "Migration Ministry"),
])
def test_short_and_english_forms_stay_quiet(first, later):
    body = (f"The {first} said on Thursday that 312 families returned home.\n\n"
            f"The {later} said another group would return next month.\n")
    assert _org_findings(body) == []

"""One Arabic phrase of a body's name rendered two ways, held as data (org_renderings.toml,
"ar:tamwil 'iqari"): "Mortgage Finance" and "Real Estate Finance" name one field, so the same
fund written with each is one body misnamed. Two bodies with other fields stay apart."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Housing units allocated\n\nThe fund said on Monday.\n\nPowered by automated translation\n\n"


def _orgs(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "org-variant"]


@pytest.mark.parametrize("first, later", [
    ("Social Housing and Mortgage Finance Fund", "Social Housing and Real Estate Finance Fund"),
    ("Mortgage Finance Authority", "Real Estate Finance Authority"),
    ("Egyptian Mortgage Finance Company", "Egyptian Property Finance Company"),
])
def test_one_phrase_rendered_two_ways(first, later):
    body = f"The {first} said on Monday that 12,000 units were allocated.\n\nThe {later} said more would follow.\n"
    assert _orgs(body) == [("error", later)]


def test_other_fields_are_other_bodies():
    body = ("The Mortgage Finance Fund said on Monday that 12,000 loans were granted.\n\n"
            "The Social Housing Fund said more units would follow.\n")
    assert _orgs(body) == []


@pytest.mark.parametrize("first, later", [
    ("National Foundation for the Safeguarding of Ancient Cities", "National Foundation for the Protection of Ancient Cities"),
    ("Department of Antiquities Preservation", "Department of Antiquities Protection"),
    ("Heritage Conservation Authority", "Heritage Preservation Authority"),
])
def test_safeguarding_preservation_protection_render_one_word(first, later):
    """'sawn' / 'hifz' (org_renderings.toml): one field, rendered several ways."""
    body = f"The {first} said on Monday that 12 sites were restored.\n\nThe {later} said more would follow.\n"
    assert _orgs(body) == [("error", later)]


def test_protection_of_another_field_is_another_body():
    body = ("The Department of Antiquities Preservation said on Monday that 12 sites were restored.\n\n"
            "The Department of Consumer Protection said prices would be checked.\n")
    assert _orgs(body) == []

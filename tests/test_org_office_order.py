"""A local office (maktab) named in English order and later with "of" in the Arabic order is a
garbled name in machine-translated copy (orgs.toml calqued_heads), a warning; the place tail
("in Taiz Governorate" / "in Taiz") is one place, and dropped alone it is a short form; a
possessive ("the Prime Minister's Office") is English both ways."""
from __future__ import annotations

from checking import gating

MT = "Powered by automated translation\n\n"


def org_findings(body: str):
    text = "Officials respond to the news\n\n" + MT + body + "\n"
    return [(f.severity, f.text) for f in gating(text, "org-variant")]


def test_an_office_in_the_arabic_order_later_is_a_garbled_name():
    body = ("The Health and Population Office in Taiz Governorate warned today of the collapse of the health sector.\n\n"
            "For its part, the Office of Health and Population in Taiz said the centres will receive the cases.")
    assert org_findings(body) == [("warning", "Office of Health and Population")]


def test_the_place_tail_dropped_alone_is_a_short_form():
    body = ("The Health Office in Aden Governorate warned of dengue fever in the schools.\n\n"
            "The Health Office added that its teams will visit 60 schools.")
    assert org_findings(body) == []


def test_a_possessive_office_is_english_both_ways():
    body = ("The Prime Minister's Office said on Monday that the plan was ready.\n\n"
            "The Office of the Prime Minister added that the work would continue.")
    assert org_findings(body) == []

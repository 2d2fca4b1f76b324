"""A district or crossing English copy names in two languages (places.toml subdivisions: Syriac
"Tel Keppe" / Arabic "Tel Kaif", Persian "Shalamcheh" / Arabic "Shalamja") is one place: machine
translation that writes both names it two ways."""
from __future__ import annotations
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, head: str = HEAD):
    return gating_severities(head + text, "place-variant")


def test_syriac_and_arabic_names_of_one_district():
    text = ("The committee covers the districts of Hamdaniya and Tel Keppe in the Nineveh Plains.\n\n"
            "The residents of Tel Kaif district had complained of the checkpoints.")
    assert findings(text) == [("Tel Kaif", "error")]


def test_persian_and_arabic_names_of_one_crossing():
    text = ("Customs seized the trucks at Al-Shalamcheh and the port of Umm Qasr.\n\n"
            "The Shalamja crossing with Iran was closed on Friday.")
    assert findings(text) == [("Shalamja", "error")]


def test_one_name_throughout_is_consistent():
    text = ("Farmers in Tel Kaif lost part of their crop to fires.\n\n"
            "The Tel Kaif district council asked for compensation.")
    assert findings(text) == []

"""A given name that is also an English word ("Said") inside a name, before a surname's article,
belongs to the name ("Counsellor Khalifa Said Al Mazrouei", "Mubarak Said Al Marri said"), so a
respelled middle name (Saeed / Said) is a name-variant; a title-case headline's "Said" before
another word is still the verb."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _gating(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in mtcheck.check(text).findings if f.severity in ("error", "warning")]


def test_a_middle_name_respelled_said_is_a_name_variant():
    text = ("Fraud gang referred to court\n\n" + MARK +
            "The Head of the Prosecution, Counsellor Khalifa Saeed Al Mazrouei, explained that the gang "
            "operated from rented apartments in Al Ain.\n\n"
            "Counsellor Khalifa Said Al Mazrouei added that the case was referred to the court.\n")
    assert _gating(text) == [("name-variant", "Said")]


def test_an_untitled_name_opening_a_sentence_keeps_its_said():
    text = ("Cup final venue chosen\n\n" + MARK +
            "The federation official Mubarak Saeed Al Marri said the stadium was chosen after a meeting.\n\n"
            "Mubarak Said Al Marri said the committee will also open parking areas near the stadium.\n")
    assert _gating(text) == [("name-variant", "Said")]


def test_the_same_name_written_alike_is_no_finding():
    text = ("Cup final venue chosen\n\n" + MARK +
            "The federation official Mubarak Said Al Marri said the stadium was chosen after a meeting.\n\n"
            "Mubarak Said Al Marri said the committee will also open parking areas near the stadium.\n")
    assert _gating(text) == []


def test_a_title_case_headline_said_is_the_verb():
    text = ("Rasool Said Troops Will Stay In Basra\n\n" + MARK +
            "The spokesman of the Joint Operations Command, Brigadier General Yahya Rasool, said today, "
            "Monday, that the troops will stay in Basra until the end of the year.\n")
    assert _gating(text) == []

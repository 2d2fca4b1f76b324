"""A post named alone as a sentence's speaker ("The Director of Customs said") stands for the one
person of the article holding a post in that body; another post or a dropped qualifier is a rank
change. A deputy's boss, a body two people work in, a post held in the past and a body named
differently are other people or no evidence, and stay quiet."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Officials report on the season\n\nThe agency said on Monday.\n\nPowered by automated translation\n\n"


def _ranks(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "rank-change"]


@pytest.mark.parametrize("first, later, severity", [
    ("For his part, Brigadier Said bin Ali al-Kindi, Director-General of Customs, explained that 40 boats were seized.",
     "The Director of Customs", "error"),
    ("The Acting Director-General of the National Heritage Foundation, Mohamed Lemine Ould Cheikh, opened the project.",
     "The Director-General of the National Heritage Foundation", "warning"),
    ("Engineer Khalid al-Rawi, Undersecretary of the Ministry of Electricity, inspected the station today, Tuesday.",
     "The Director-General of the Ministry of Electricity", "error"),
])
def test_a_post_alone_is_its_holders(first, later, severity):
    body = f"{first}\n\nFor his part, {later[0].lower()}{later[1:]} said that the work will end in June.\n"
    assert _ranks(body) == [(severity, f"{later[0].lower()}{later[1:]}")]
    body = f"{first}\n\n{later} stressed that the work will end in June.\n"
    assert _ranks(body) == [(severity, later)]


@pytest.mark.parametrize("first, later", [
    # the deputy was named: the minister is another person
    ("The Deputy Minister of Electricity, Adel Karim, inspected the station.", "The Minister of Electricity"),
    # the same post, named alone
    ("The Director-General of Customs, Said al-Kindi, spoke to reporters.", "The Director-General of Customs"),
    # two people of the body were named: the post alone may be either's, or a third's
    ("The Director-General of Customs, Said al-Kindi, and the Deputy Director-General of Customs, Ali Salem, "
     "spoke to reporters.", "The Director of Customs"),
    # a past post says nothing of the present one
    ("Said al-Kindi, the former Director-General of Customs, spoke to reporters.", "The Director of Customs"),
    # another body
    ("The Director-General of Customs, Said al-Kindi, spoke to reporters.", "The Director of the Port of Sohar"),
    # the head named two ways: one post (ra'is)
    ("The President of the Olympic Committee, Hazem Tarek, spoke to reporters.", "The Head of the Olympic Committee"),
])
def test_other_people_and_the_same_post_are_quiet(first, later):
    body = f"{first}\n\n{later} said that the work will end in June.\n"
    assert _ranks(body) == []


def test_a_post_alone_before_its_holder_is_named_is_quiet():
    body = ("The Director of Customs said that 40 boats were seized.\n\n"
            "Brigadier Said al-Kindi, Director-General of Customs, explained that the boats came from the north.\n")
    assert _ranks(body) == []

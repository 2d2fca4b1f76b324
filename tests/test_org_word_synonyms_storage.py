"""One Arabic word of a body's name rendered as two English words (orgs.toml word_synonyms):
makhazin as Storage / Warehousing, takrir as Refining / Processing, mintaqa as Zone / Region.
The name otherwise as written: the same body, another word (an error). Two bodies whose other
words differ too stay apart."""
from __future__ import annotations

import pytest

import mtcheck

MARK = "Powered by automated translation\n\n"


def _orgs(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings
            if f.rule == "org-variant" and f.severity == "error"]


@pytest.mark.parametrize("first,later", [
    ("the Iraqi State Company for Grain Storage", "Iraqi State Company for Grain Warehousing"),
    ("the Basra Oil Refining Company", "Basra Oil Processing Company"),
    ("the General Authority for the Aqaba Special Economic Zone", "General Authority for the Aqaba Special Economic Region"),
])
def test_one_word_rendered_two_ways_is_a_variant(first, later):
    body = (f"The director of {first} announced today, Monday, a new contract with local suppliers.\n\n"
            f"A spokesman for the {later} said the work will start next month.")
    assert _orgs(body) == [later]


def test_bodies_whose_other_words_differ_are_two_bodies():
    body = ("The Iraqi State Company for Grain Storage received 40,000 tonnes of wheat on Monday.\n\n"
            "The Iraqi State Company for Fuel Warehousing said its depots in Basra were full.")
    assert _orgs(body) == []

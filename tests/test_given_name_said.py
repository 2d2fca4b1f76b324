"""A listed given name that is also an English word ("Said") opens a person's name when a name
goes on after it: with a particle ("Said bin Hamoud al-Maawali") or a surname whose article is
bound by a hyphen ("Said al-Maawali"). The person is then tracked, and a change of title found.
"Said" as the verb stays a verb."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Port deal signed\n\nThe ministry said work starts soon.\n\nPowered by automated translation\n\n"


def _findings(body: str, rule: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == rule]


@pytest.mark.parametrize("first, later", [
    ("The agreement was signed by Said bin Hamoud al-Maawali, Undersecretary of the Ministry of Transport, on Monday.",
     "Assistant Undersecretary Said al-Maawali"),
    ("Said bin Hamoud al-Maawali, Undersecretary of the Ministry of Transport, said on Monday that the port opened.",
     "Assistant Undersecretary Said al-Maawali"),
    ("Undersecretary Said al-Maawali said on Monday that the port opened.",
     "Assistant Undersecretary Said al-Maawali"),
    ("Director-General Said al-Harthy said on Monday that the port opened.",
     "Director Said al-Harthy"),
])
def test_said_as_a_given_name_keeps_its_person(first, later):
    body = f"{first}\n\nOn the other hand, {later} inspected the site of the new berth.\n"
    assert [t for _, t in _findings(body, "rank-change")] == [later]


def test_said_as_a_verb_is_no_person():
    body = ("Said the minister: the port will open in May.\n\nSaid al-Harthy, the port's director, agreed. "
            "Director Said al-Harthy inspected the berth.\n")
    assert _findings(body, "rank-change") == []
    assert _findings(body, "name-variant") == []

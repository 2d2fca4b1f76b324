"""A title given as the predicate right after a name ("Hicham Ouazzani is the acting regional
director of customs in Tangier") is that person's, as an apposed one is; a later reference that
drops the qualifier or changes the post is then found. A relation ("is the brother of") or a
past post ("is a former minister") gives no present title."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Port seizure announced\n\nCustoms said on Monday.\n\nPowered by automated translation\n\n"


def _ranks(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "rank-change"]


@pytest.mark.parametrize("first, later, severity", [
    ("Hicham Ouazzani is the acting regional director of customs in Tangier.",
     "The regional director of customs Hicham Ouazzani", "warning"),
    ("Karim Haddad is the Deputy Minister of Finance.", "Minister of Finance Karim Haddad", "error"),
    ("Samir Nasr is the director of the port.", "The deputy director of the port Samir Nasr", "error"),
])
def test_a_predicate_title_is_the_persons(first, later, severity):
    body = f"{first} He said 400,000 lorries passed.\n\n{later} said the port handled more lorries.\n"
    assert _ranks(body) == [(severity, later)]


@pytest.mark.parametrize("first, later", [
    ("Hicham Ouazzani is the brother of the port's director.", "The regional director of customs Hicham Ouazzani"),
    ("Karim Haddad is the acting regional director of customs in Tangier.",
     "The acting regional director of customs Karim Haddad"),
])
def test_no_change_is_quiet(first, later):
    body = f"{first} He said 400,000 lorries passed.\n\n{later} said the port handled more lorries.\n"
    assert _ranks(body) == []

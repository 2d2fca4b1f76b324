"""A body qualified once by its country and once by one of its own qualifiers (Public, National,
General, Federal, State, Higher, Supreme: orgs.toml country_qualifiers), every other word kept, is
one body named with another word (an error); two countries, a qualifier that makes a term with
its field ("Higher Education"), another office ("Minister of State") and two bodies the article
lists together stay apart."""
from __future__ import annotations

import pytest

from checking import gating

MT = "Powered by automated translation\n\n"


def org_findings(body: str):
    text = "Officials respond to the news\n\n" + MT + body + "\n"
    return [(f.severity, f.text) for f in gating(text, "org-variant")]


@pytest.mark.parametrize("body, flagged", [
    ("The Kuwait Anti-Corruption Authority (Nazaha) said the case began with its report in 2022.\n\n"
     "The Public Anti-Corruption Authority had recovered part of the 4.2 million dinars.",
     "Public Anti-Corruption Authority"),
    ("The Sudan Medical Specialization Board will recognise the results for the internship.\n\n"
     "For its part, the National Medical Specialization Board said the internship begins in January.",
     "National Medical Specialization Board"),
    ("The Public Authority for Minors Affairs filed the complaint last year.\n\n"
     "The Kuwait Authority for Minors Affairs said it would recover the funds.",
     "Kuwait Authority for Minors Affairs"),
])
def test_a_country_swapped_for_a_qualifier_is_another_word(body, flagged):
    assert ("error", flagged) in org_findings(body)


@pytest.mark.parametrize("body", [
    # two countries' bodies
    "The Kuwait Football Association fined the club.\n\nThe Saudi Football Association said it would appeal.",
    # the qualifier makes a term with its field
    "Jordan's Education Ministry released the results.\n\n"
    "The admission unit at the Higher Education Ministry said applications open in August.",
    # another office
    "The Minister of State for Foreign Affairs received a call from the Omani Minister of Foreign Affairs.",
    # the article lists both: two bodies
    "The Kuwait Oil Company and the National Oil Company signed the deal on Monday.\n\n"
    "The Kuwait Oil Company said output would rise.",
    # nothing but the qualifier and the head
    "The Kuwait Authority said the rules would change.\n\nThe Public Authority said it agreed.",
])
def test_look_alikes_stay_apart(body):
    assert org_findings(body) == []

"""Session 26: the misses of rounds W and X read as general mechanisms: an election dated by its verb
and named again as the session that held it; the lead's own verb dating a thing it made known even
under a later plan ("would accept the results announced on Monday"); and a photo caption between the
standfirst and the translation marker, which is no lead."""
from __future__ import annotations

import pytest
from checking import gating_texts

from mtcheck.segment import segment

HEAD = "Ministry report\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("day,flag", [("January 19", ["the January 19 session"]), ("January 18", [])])
def test_an_election_named_again_as_its_session(day, flag):
    body = ("The Nineveh Provincial Council elected, on Sunday, January 18, the engineer Yasser Ghanim al-Hamdani "
            "as mayor of Mosul, succeeding the former mayor.\n\n"
            f"It is noteworthy that the {day} session came after the council postponed the vote twice.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("later,flag", [("on Monday evening", ["the results announced on Monday"]),
                                        ("today", [])])
def test_a_thing_the_lead_made_known_under_a_plan(later, flag):
    body = ("The Independent High Authority for Elections announced today, Tuesday, the preliminary results of the "
            "partial municipal elections that were held on Sunday, March 8, in seven municipalities.\n\n"
            f"The head of the list Karim Ben Salah said that his list would accept the results announced {later}.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_a_planned_event_named_with_the_leads_verb_is_still_a_plan():
    body = ("The council approved today, Tuesday, the draft budget of the municipality.\n\n"
            "The members said that they will attend the session approved on Sunday.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == []


ARTICLE = ("Customs foil an attempt to smuggle pills through the Nassib crossing\n\n"
           "Officers seize a truck loaded with pills hidden inside a shipment of pomegranates\n\n"
           "Customs officers inspect a refrigerated truck at the Nassib border crossing. (SANA)\n\n"
           "Powered by automated translation\n\n"
           "The General Directorate of Customs announced today, Tuesday, that its cadres at the Nassib crossing "
           "foiled an attempt to smuggle about 1.2 million pills.\n\n"
           "The director said in a statement that the seizure took place yesterday evening, Monday, during the "
           "inspection of a truck coming from Homs.\n\n"
           "A source said that the driver confessed, and that the seizure {day} was the result of information "
           "monitored by the branch.\n")


def test_a_caption_above_the_marker_is_no_lead():
    text = ARTICLE.format(day="last Thursday")
    parts = [s.part for s in segment(text)]
    assert parts[:5] == ["headline", "standfirst", "caption", "caption", "marker"]
    assert gating_texts(text, "date-mismatch") == ["seizure last Thursday"]
    assert gating_texts(ARTICLE.format(day="on Monday"), "date-mismatch") == []


def test_a_lead_paragraph_above_a_marker_without_standfirst_stays_body():
    text = ("Floods hit the city\n\nThe civil defence said on Monday that floods hit the city of Derna and killed "
            "three people.\n\nPowered by automated translation\n\nThe mayor said that the roads were closed.\n")
    assert [s.part for s in segment(text)][:2] == ["headline", "body"]

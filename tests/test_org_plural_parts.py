"""A kind word in the plural opening a run ("Teams of the Saudi Red Crescent Authority") names
parts or people of the body after "of", not a body of its own."""
from __future__ import annotations

from mtcheck.analysis.document import Document
from mtcheck.segment import segment


def org_names(text: str) -> list[str]:
    doc = Document(text=text, sentences=segment(text), machine_translated=True)
    return [text[n.start:n.end] for n in doc.orgs]


def test_teams_of_a_body_opening_a_sentence():
    assert org_names("Headline\n\nTeams of the Saudi Red Crescent Authority reached the site on Monday.\n") \
        == ["Saudi Red Crescent Authority"]


def test_a_singular_kind_word_with_its_own_body_stays_whole():
    assert org_names("Headline\n\nThe Committee of the Red Crescent Society met on Monday.\n") \
        == ["Committee of the Red Crescent Society"]


def test_leadership_is_a_kind_word_rendering_qiyada():
    import mtcheck
    text = ("Headline\n\nPowered by automated translation\n\nThe weapons were handed to the Nineveh Operations "
            "Command on Monday.\n\nThe Nineveh Operations Leadership said the handover went well.\n")
    found = [(f.text, f.severity) for f in mtcheck.check(text, backend="none", select=["org-variant"]).findings]
    assert found == [("Nineveh Operations Leadership", "error")]

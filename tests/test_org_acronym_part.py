"""An acronym that spells only the first words of a body's name ("United Nations Relief and Works
Agency for Palestine Refugees (UNRWA)"): a later name that spells the same acronym with another
word under the same head is that body misnamed ("United Nations Relief and Welfare Agency"). A
branch of it, or a body whose head differs, is not."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.analysis import Document
from mtcheck.analysis.org_acronyms import acronym_part
from mtcheck.segment import segment

HEAD = "Clinics reopen in the camps\n\nThe agency said services resume.\n\nPowered by automated translation\n\n"


def _orgs_findings(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "org-variant"]


@pytest.mark.parametrize("first, later", [
    ("United Nations Relief and Works Agency for Palestine Refugees (UNRWA)", "United Nations Relief and Welfare Agency"),
    ("National Oil Corporation of Libya (NOC)", "National Petroleum Corporation"),
    ("International Organization for Migration of the United Nations (IOM)", "International Office for Migration"),
])
def test_a_later_name_spelling_the_acronym_otherwise(first, later):
    body = (f"The {first} said on Monday that 14 clinics had reopened.\n\n"
            f"A spokesman for the {later} said more would open next week.\n")
    found = _orgs_findings(body)
    assert [t for _, t in found] == [later]


def test_the_same_words_again_are_quiet():
    body = ("The United Nations Relief and Works Agency for Palestine Refugees (UNRWA) said on Monday that 14 "
            "clinics had reopened.\n\nA spokesman for the United Nations Relief and Works Agency said more "
            "would open next week.\n")
    assert _orgs_findings(body) == []


def test_acronym_part_reads_the_first_words():
    text = "The United Nations Relief and Works Agency for Palestine Refugees (UNRWA) said so."
    doc = Document(text=text, sentences=segment(text), machine_translated=True, marker_span=None, options={})
    (name,) = [o for o in doc.orgs if o.texts[0] == "United"]
    assert acronym_part(name, "UNRWA").texts == ["United", "Nations", "Relief", "Works", "Agency"]
    assert acronym_part(name, "UNHCR") is None


def test_two_names_declaring_one_acronym_without_a_kind_word():
    import mtcheck
    text = ("Academy opens\n\nPowered by automated translation\n\n"
            "The academy was opened, according to Tunis Afrique Presse (TAP), on Sunday.\n\n"
            "The coach told the Tunisian African Press (TAP) that 40 boys will train.\n")
    found = [(f.severity, f.text) for f in mtcheck.check(text).findings if f.rule == "org-variant"]
    assert found == [("error", "Tunisian African Press")]
    same = text.replace("Tunisian African Press (TAP)", "Tunis Afrique Presse (TAP)")
    assert [f for f in mtcheck.check(same).findings if f.rule == "org-variant"] == []
    # a code after a phrase whose initials do not spell it declares nothing
    other = text.replace("the Tunisian African Press (TAP)", "the Tunisian press in Kairouan (TAP)")
    assert [f for f in mtcheck.check(other).findings if f.rule == "org-variant"] == []

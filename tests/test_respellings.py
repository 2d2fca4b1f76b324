"""A term respelled through Arabic letters beside its own spelling ('kabtagon' / 'Captagon')."""
from __future__ import annotations

import mtcheck
from mtcheck.analysis.respellings import arabic_key, respellings


def _mistranslations(text: str):
    report = mtcheck.check(text, backend="none", select=["mistranslation"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return report.findings


def test_arabic_letters_fold_p_v_and_hard_c():
    assert arabic_key("Captagon") == arabic_key("kabtagon")
    assert arabic_key("vitamins") == arabic_key("fitamins")
    assert arabic_key("plastic") == arabic_key("blastic")
    assert arabic_key("Captagon") != arabic_key("cartoon")


def test_a_respelled_term_beside_its_spelling_is_flagged():
    text = ("Seizure at the border\n\nPowered by automated translation\n\nGuards seized 1.2 million Captagon "
            "pills at the crossing. The tests confirmed the kabtagon pills contained amphetamine.\n")
    found = [f for f in _mistranslations(text) if f.text == "kabtagon"]
    assert found and found[0].severity == "warning" and found[0].suggestion == "Captagon"
    assert found[0].related[0].text == "Captagon"


def test_the_respelling_alone_is_not_flagged():
    # with no other spelling in the article there is nothing to compare it with
    text = "Guards seized the kabtagon pills at the crossing.\n"
    assert respellings(text, [(0, len(text))]) == []


def test_english_words_and_names_are_not_respellings():
    # 'bobbins' reads like 'poppins' through Arabic letters but is English; 'Kamal' is a name
    text = "The factory made bobbins for Mary Poppins costumes. Kamal met Camal's cousin in the capital."
    assert respellings(text, [(0, len(text))]) == []

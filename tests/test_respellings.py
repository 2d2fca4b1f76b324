"""A term respelled through Arabic letters beside its own spelling ('kabtagon' / 'Captagon')."""
from __future__ import annotations

import pytest

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


_MT = "Returns\n\nPowered by automated translation\n\n"


def _flagged(text: str) -> list[str]:
    return [f.text for f in _mistranslations(_MT + text) if "respelled through Arabic letters" in f.message]


@pytest.mark.parametrize("text", [
    # glossed in brackets, the English word elsewhere in the article
    ("Her brother waited with a raksha (motorised rickshaw) at the station.\n\n"
     "Rickshaw drivers said fares had doubled since the returns began.\n"),
    # glossed with "or", then used again unglossed in another paragraph
    ("Drivers of the rakshas, or auto-rickshaws, queued outside the bus station.\n\n"
     "\"The rakshas are all we have,\" one driver said. Each rickshaw carries four people.\n"),
    # glossed by apposition
    ("Families hired a raksha, a three-wheeled motor rickshaw, to cross the town.\n\n"
     "The rickshaw fare rose to 2,000 pounds.\n"),
])
def test_a_loanword_the_article_glosses_is_no_respelling(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text,bad", [
    # unglossed beside the English spelling: still a mangled respelling
    ("Her brother waited with a raksha at the station.\n\nRickshaw drivers said fares had doubled.\n",
     ["raksha"]),
    # a relative clause after it is no gloss; the English word first, then the respelling
    ("Rickshaw drivers protested on Monday.\n\nPolice stopped a raksha, which carried five people, near the souq.\n",
     ["raksha"]),
    # inside a quotation
    ("\"Every raksha in town is parked,\" a driver said.\n\nRickshaw owners blamed fuel prices.\n", ["raksha"]),
])
def test_an_unglossed_respelling_is_still_flagged(text, bad):
    assert _flagged(text) == bad

"""untranslated (MT203): Arabic words left in Latin letters and capitalised as if they were names
("the Istijwab session", "the Tashkil committee"), found by their derived-noun shape in a
common-noun slot; names of places, tribes, clubs and bodies in the same slot are left alone."""
from __future__ import annotations

import pytest
from checking import gating_texts


HEAD = "Headline\n\nPowered by automated translation\n\n"


def flagged(text: str) -> list[str]:
    return gating_texts(HEAD + text, "untranslated")


@pytest.mark.parametrize("text,span", [
    # istiCCaC, iCtiCaC, muCaCCiC, taCCiC, CuCooC, CaCaCiC: none of these is listed
    ("The council will hold the Istiqdam session for the new contracts next week.", "Istiqdam"),
    ("Teachers joined the Iltizam sit-in outside the directorate on Sunday.", "Iltizam"),
    ("A copy of the Muhaqqiq report was sent to the criminal court.", "Muhaqqiq"),
    ("Members of the Tashkil committee met the governor on Monday.", "Tashkil"),
    ("The Shuhoud statements were read out before the judge.", "Shuhoud"),
    ("The minister met the Awaqil of the villages to end the dispute.", "Awaqil"),
    # muCtaCaC with its ayn as an apostrophe, muCaCiC plurals, muCaCaCa, iCtiCa'
    ("Bread is now sold through the Mu'tamad in each neighbourhood.", "Mu'tamad"),
    ("The Murakibin of the local organisations attended the count.", "Murakibin"),
    ("The Musalaha committee resolved two disputes between the lists.", "Musalaha"),
    ("The commission will open the Iqtira centres at eight in the morning.", "Iqtira"),
    # after another determiner
    ("Engineers will attend a Tadreeb course for two weeks in Muscat.", "Tadreeb"),
    ("The council began its Istijwab of the governor on Monday.", "Istijwab"),
])
def test_a_capitalised_unlisted_arabic_word_in_a_common_noun_slot(text, span):
    assert flagged(text) == [span]


@pytest.mark.parametrize("text", [
    "He is a sheikh of the Jubour tribe in the north.",                  # a head noun of a name after it
    "Worshippers perform the Tarawih prayer in the old mosque.",          # a loanword English news uses
    "The Istiqlal party won 12 seats. Istiqlal leaders welcomed it.",     # used bare too: a name
    "Troops moved into the Mashrou neighbourhood at dawn.",               # a place's head noun
    "The funds came from the Istithmar Bank and the Ittihad Club.",       # part of a capitalised name
    "The committee reviewed the Tashkil (formation) of the new cabinet.",  # glossed
    "He met a Mustaqbal official. Mustaqbal said it would join the talks.",  # used bare too: a name
])
def test_names_and_loanwords_in_the_same_slot_pass(text):
    assert flagged(text) == []


def test_a_listed_term_capitalised_after_the_is_flagged():
    text = ("The Public Prosecution ordered the detention of the suspect. The goldsmith was also "
            "referred to the Niyaba for investigation.")
    assert flagged(text) == ["Niyaba"]


def test_blood_money_left_capitalised():
    assert flagged("The agreement stipulates that the Diya will be paid to the victim's family.") == ["Diya"]


def test_a_club_named_with_its_article_is_a_name():
    assert flagged("Sabri joined Al-Minaa at the start of the season from Al-Talaba, he said.") == []


def test_an_egyptian_markaz_before_its_town_is_its_name():
    assert flagged("The baker, from a village of the Markaz of Al-Maragha, was arrested.") == []


def test_a_state_that_is_the_government_is_no_english_for_wilaya():
    text = ("Craftsmen from 30 wilayas of Algeria took part. The director in the wilaya said the state "
            "grants them loans.")
    assert flagged(text) == []


def test_a_state_named_as_a_region_is_the_english_for_wilaya():
    text = ("Cholera cases in Red Sea State rose to 312. Health teams toured the localities of the wilaya "
            "on Monday.")
    assert flagged(text) == ["wilaya"]


def _used_as_name_by_search(text: str, word: str) -> bool:
    """The plain reading the word index replaced: a search of the whole text for the word."""
    import re

    from mtcheck.analysis import capitalised_terms as ct
    from mtcheck.analysis.gazetteer import gazetteer

    for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(word) + r"(?![\w'\u2019-])", text):
        if not re.search(ct._DETERMINER + "$", text[max(0, m.start() - 7):m.start()]):
            return True
    return bool(gazetteer().ids(word))


def test_a_word_asked_by_many_sentences_is_read_once_and_as_a_search_reads_it(monkeypatch):
    """A long article asks of one word in every sentence that has it in a slot: the article is
    indexed once and each word judged once (a search of the whole text per sentence made the
    check quadratic: x12 for 8x input at 1-10 MB); the answers are those of the search."""
    from mtcheck.analysis import capitalised_terms as ct

    text = ("Members of the Tashkil committee met the governor on Monday. The Istijwab session was "
            "put off after the Muroor patrols closed the road.\nMuroor said the road would reopen. "
            "The Shuhoud statements (Shuhoud's own) were read out. ") * 200
    read = []
    real = ct._read_as_name
    monkeypatch.setattr(ct, "_read_as_name", lambda t, w, s: read.append(w) or real(t, w, s))
    sentences = [(m.start(), m.end()) for m in __import__("re").finditer(r"[^.]+\.", text)]
    found = [s for lo_hi in sentences for s in ct.capitalised_terms(text, [lo_hi])]
    # Tashkil, Istijwab and Shuhoud ("Shuhoud's" is no bare use) in every copy; Muroor is a name
    assert len(found) == 600
    assert sorted(read) == ["Istijwab", "Muroor", "Shuhoud", "Tashkil"]
    for word in ("Istijwab", "Muroor", "Shuhoud", "Tashkil", "Baghdad", "Absent"):
        assert ct._used_as_name(text, word) == _used_as_name_by_search(text, word)

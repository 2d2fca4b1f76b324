"""A king is named by his given name ("King Hamad"), never as the surname of someone else
("al-Hammadi"); a bare surname whose long i is written as a diphthong ("Ghonim" for "Ghoneim")
is the person named before."""
from __future__ import annotations

import mtcheck

HEAD = "Headline\n\n"


def findings(text: str, rules=("name-variant", "rank-change")):
    report = mtcheck.check(HEAD + text, backend="none", select=list(rules))
    assert all((HEAD + text)[f.start:f.end] == f.text for f in report.findings)
    return [(f.rule, f.text, f.severity) for f in report.findings if f.severity in ("error", "warning")]


def test_a_king_is_not_the_prosecutor_with_a_like_surname():
    text = ("MANAMA (Reuters) - The head of the terrorism crimes prosecution, Ahmed Yousif al-Hammadi, said "
            "the cell had 12 members.\n\nHammadi said investigators had found rifles.\n\n"
            "The law allows community sentences, and King Hamad pardoned more than 1,500 prisoners in 2024.")
    assert findings(text) == []


def test_a_bare_surname_with_the_long_i_written_plainly():
    text = ("Powered by automated translation\n\nThe member of the National Council for Human Rights, Mohamed "
            "Anwar Ghoneim, welcomed the decision.\n\nGhonim said that the council will visit the prison.")
    assert findings(text) == [("name-variant", "Ghonim", "error")]


def test_a_short_surname_with_another_vowel_stays_apart():
    text = ("Powered by automated translation\n\nThe member of the council, Mohamed Anwar Ghoneim, welcomed the "
            "decision.\n\nGhanem said that the council will visit the prison.")
    assert findings(text) == []


def test_a_bare_surname_with_another_vowel_in_its_first_syllable():
    text = ("Powered by automated translation\n\nThe brigade commander, Staff Brigadier General Saad Hamid "
            "al-Jubouri, said the raid had ended.\n\nAl-Jabouri said that the cell had been dismantled.")
    assert findings(text, rules=("name-variant",)) == [("name-variant", "Al-Jabouri", "error")]


def test_a_bare_surname_with_another_vowel_in_its_last_syllable_stays_apart():
    text = ("Powered by automated translation\n\nThe mayor, Ali Hassan Hamdan, opened the bridge.\n\n"
            "Hamdin said the traffic would ease.")
    assert findings(text, rules=("name-variant",)) == []


def test_a_given_name_seen_with_an_apostrophe_makes_a_bare_name_a_person():
    text = ("Powered by automated translation\n\nThe council voted to dismiss the governor, Mu'tasim Hadi "
            "al-Tamimi, on Sunday.\n\nMutasim al-Tamimi is the third governor of the province to face such a vote.")
    assert findings(text, rules=("name-variant",)) == [("name-variant", "Mutasim", "warning")]

"""A given name and middle names written alike and a surname of the same consonants are one
person whose family name was transliterated twice, even where the two spellings are listed as two
given names ("Mohamed Tarek Nasser" / "Mohamed Tarek Nasr")."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _names(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "name-variant"]


def test_the_same_given_and_middle_names_tie_a_respelled_surname():
    cases = [
        ("The deputy governor, Mr. Mohamed Tarek Nasser, said the rate would hold.\n\n"
         "Mr. Mohamed Tarek Nasr added that inflation fell.", "Nasr"),
        ("Dr. Rami Khalil Salem opened the clinic on Monday.\n\nThe clinic's head, Rami Khalil Salam, said more would follow.",
         "Salam"),
        ("Judge Khaled Omar Naser presided.\n\nIn a statement, Khaled Omar Nasr said the verdict was final.", "Nasr"),
    ]
    for body, flagged in cases:
        assert flagged in _names(body), body


def test_other_people_stay_apart():
    bodies = [
        # another given name: two people
        "Mohamed Tarek Nasser spoke first.\n\nAhmed Tarek Nasr, his colleague, spoke next.",
        # no middle name to agree: Nasser and Nasr are two names
        "Mohamed Nasser spoke first.\n\nMohamed Nasr, a trader, spoke next.",
        # other consonants: Faisal is not Fadel
        "Mohamed Tarek Faisal spoke first.\n\nMohamed Tarek Fadel, a trader, spoke next.",
    ]
    for body in bodies:
        assert _names(body) == [], body

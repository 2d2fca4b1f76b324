"""A surname alone that two people of one kind of title share goes to the one whose post is in
the body the mention's title names ("The Director of Higher Education, Dr. Khoury" after "the
Director-General of Higher Education, Dr. Mazen Khoury" and "the CNRS secretary-general, Dr.
Rania Khoury"); with no body to tell them apart it stays ambiguous."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _rank_changes(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "rank-change"]


def test_the_body_of_the_title_tells_which_namesake_is_meant():
    cases = [
        ("The Director-General of Higher Education, Dr. Mazen Elias Khoury, said the request was sent.\n\n"
         "The secretary-general of the research council, Dr. Rania Khoury, said funds were short.\n\n"
         "The Director of Higher Education, Dr. Khoury, stressed that the year would not be lost.",
         "The Director of Higher Education, Dr. Khoury"),
        ("The Governor of Basra, Asaad Abdul Amir al-Eidani, opened the bridge.\n\n"
         "The head of the provincial council, Khalaf al-Eidani, attended.\n\n"
         "The Deputy Governor of Basra, al-Eidani, said the road would open in May.",
         "The Deputy Governor of Basra, al-Eidani"),
        ("The President of the Court of Cassation, Judge Fadi Aboud, received the delegation.\n\n"
         "The head of the Bar Association, Mr. Nader Aboud, spoke next.\n\n"
         "The Vice-President of the Court of Cassation, Aboud, closed the meeting.",
         "The Vice-President of the Court of Cassation, Aboud"),
    ]
    for body, flagged in cases:
        assert flagged in _rank_changes(body), body


def test_namesakes_of_other_bodies_stay_apart():
    bodies = [
        # the title's body is neither person's: ambiguous, nothing flagged
        "The Director-General of Customs, Dr. Mazen Khoury, said the port was open.\n\n"
        "The secretary-general of the research council, Dr. Rania Khoury, said funds were short.\n\n"
        "The Director of Tourism, Dr. Khoury, said hotels were full.",
        # both share the body: still ambiguous
        "The Director-General of the Water Authority, Sami Haddad, spoke.\n\n"
        "The Deputy Director-General of the Water Authority, Omar Haddad, added details.\n\n"
        "The Director of the Water Authority, Haddad, said supplies would resume.",
    ]
    for body in bodies:
        assert _rank_changes(body) == [], body

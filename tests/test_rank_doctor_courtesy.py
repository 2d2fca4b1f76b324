"""A doctorate given earlier and a plain courtesy title later for the same person ("Dr. Ahmed
al-Khazraji" ... "Mr. Ahmed al-Khazraji"): al-sayyid rendered where al-duktur was. A warning."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _rank_changes(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(MARK + body).findings if f.rule == "rank-change"]


def test_the_doctorate_replaced_by_mister_is_flagged():
    bodies = [
        "The head of the finance committee, Dr. Ahmed Hussein al-Khazraji, said the vote was delayed.\n\n"
        "Mr. Ahmed Hussein al-Khazraji added that the budget would pass.",
        "The deputy Dr. Salwa Kamal Mansour said the law was ready.\n\n"
        "In a later statement, Mrs. Salwa Kamal Mansour called for a session.",
        "Dr. Nabil Fathi Othman, the director of the hospital, received the shipment.\n\n"
        "The delegation thanked Mr. Nabil Fathi Othman for his efforts.",
    ]
    for body in bodies:
        found = _rank_changes(body)
        assert [s for s, _ in found] == ["warning"], (body, found)
        assert found[0][1].startswith(("Mr.", "Mrs."))


def test_other_people_and_quotes_are_not_flagged():
    bodies = [
        # two people of one family
        "Dr. Ahmed Salem Karim opened the clinic.\n\nHis brother, Mr. Khalid Salem Karim, runs the pharmacy.",
        # the courtesy title inside another speaker's quote
        "Dr. Hana Youssef Daoud chaired the meeting.\n\n"
        "\"We thank Mr. Hana Youssef Daoud for the invitation,\" a guest said.",
        # both titles in one mention
        "Dr. Samir Fouad Haddad spoke first.\n\nMr. Dr. Samir Fouad Haddad then closed the session.",
    ]
    for body in bodies:
        assert _rank_changes(body) == [], body

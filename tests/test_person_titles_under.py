"""'under' before a rank in lower case is the preposition ("police under Brigadier General X"),
not the office modifier of "Under-Secretary": the rank stays the same rank."""
from __future__ import annotations

import mtcheck
from mtcheck.analysis.person_titles import title_at

MARK = "Powered by automated translation\n\n"


def _rank_changes(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "rank-change"]


def test_under_before_a_rank_is_the_preposition():
    text = "provided by federal police under Brigadier General Khalid Abbas on Monday"
    t = title_at(text, text.index("under"), len(text))
    assert t is None or not t.office_modifier


def test_a_rank_after_under_is_the_same_rank_abbreviated_later():
    bodies = [
        "Security was provided by federal police under Brigadier General Khalid Abbas. Brig. Gen. Abbas said the roads were closed.",
        "The convoy moved under Colonel Samir Haddad, the brigade's commander.\n\nCol. Haddad told reporters the road was open.",
        "Units under Major General Fadel Jaber retook the village.\n\nMaj. Gen. Jaber said the operation was over.",
    ]
    for body in bodies:
        assert _rank_changes(body) == [], body


def test_under_secretary_is_still_an_office_of_its_own():
    body = ("The Under-Secretary of the Ministry of Finance, Ahmed Salem Karim, opened the meeting.\n\n"
            "Minister Ahmed Salem Karim said the budget would be sent to parliament.")
    assert _rank_changes(body), "an under-secretary later called minister changes the post"

"""Two readings that keep a finding honest: a past post told of a person says nothing of his rank,
and a country in the possessive describes a body without being part of its name."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _found(body: str, rule: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == rule]


def test_a_rank_still_compares_when_a_past_post_is_told():
    bodies = [
        "The court sentenced Colonel Major Hichem Ben Salah, the former head of the customs brigade, to ten years.\n\n"
        "The documents showed transfers to Colonel Hichem Ben Salah.",
        "Brigadier General Saad Kareem Jabbar, the former director of the academy, inspected the unit.\n\n"
        "Colonel Saad Kareem Jabbar said the training would continue.",
        "Police Major General Fadel Hamid Obeid, a former governor of the province, opened the station.\n\n"
        "Police Brigadier Fadel Hamid Obeid said more patrols would follow.",
    ]
    for body in bodies:
        assert _found(body, "rank-change"), body


def test_a_past_post_still_allows_a_new_post_and_a_past_rank_a_new_rank():
    bodies = [
        # the history of a post: the post may rightly change
        "Salem Khalifa Aboud, the former Minister of Finance, spoke at the forum.\n\n"
        "The Governor of the Central Bank, Salem Khalifa Aboud, said rates would hold.",
        # the history of a rank: the rank may rightly change
        "Former Colonel Nabil Saleh Hamdan was named to lead the force.\n\n"
        "Brigadier General Nabil Saleh Hamdan took command on Sunday.",
    ]
    for body in bodies:
        assert _found(body, "rank-change") == [], body


def test_a_country_in_the_possessive_is_no_word_of_the_name():
    quiet = [
        ("Iraq's Integrity Commission", "the country's Federal Integrity Commission"),
        ("Jordan's Anti-Corruption Commission", "the National Anti-Corruption Commission"),
        ("Kuwait's Audit Bureau", "the State Audit Bureau"),
    ]
    for a, b in quiet:
        body = f"Officials of {a} said on Monday that the case was closed.\n\nThe statement of {b} said the court would rule soon."
        assert _found(body, "org-variant") == [], (a, b)
    # a word of the name itself still changes: Drug / Medicines
    body = ("Officials of Egypt's Drug Authority said on Monday that the case was closed.\n\n"
            "The statement of the Egyptian Medicines Authority said the court would rule soon.")
    assert _found(body, "org-variant") == ["Egyptian Medicines Authority"]

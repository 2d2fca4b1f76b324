"""Ranks a person is addressed by (titles.toml address_ranks): "Judge" (qadi) and "Counsellor"
(mustashar) are two ranks in copy of Arab courts, "Ambassador" and "Counsellor" two embassy
ranks; one person given both has changed rank. A modifier joined to its head by a hyphen
("Vice-Dean") is still a deputy, and the head of a faculty is its dean."""
from __future__ import annotations

import pytest
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str = "rank-change"):
    return gating_severities(HEAD + text, rule)


@pytest.mark.parametrize("text, flagged", [
    ("It is noteworthy that the Financial Public Prosecutor, Judge Samer Ghosn, had opened an investigation.\n\n"
     "Counsellor Samer Ghosn confirmed in a statement that the file is still open before the judiciary.",
     "Counsellor Samer Ghosn"),
    ("Counsellor Ahmed Fathy Radwan adjourned the trial of the eleven defendants to next month.\n\n"
     "Judge Ahmed Fathy Radwan ordered the release of two of them on bail.",
     "Judge Ahmed Fathy Radwan"),
    ("The Kuwaiti Ambassador to Lebanon, Abdullah Sulaiman Al-Shaheen, attended the ceremony.\n\n"
     "Counsellor Abdullah Sulaiman Al-Shaheen stressed that the fund will go on supporting the projects.",
     "Counsellor Abdullah Sulaiman Al-Shaheen"),
])
def test_two_address_ranks_for_one_person_are_a_change(text, flagged):
    assert (flagged, "error") in findings(text)


@pytest.mark.parametrize("text", [
    # the judge and the defence lawyer, who shares his surname: two people
    "The High Criminal Court, headed by Judge Khalid Yousef Al-Mannai, jailed the two employees.\n\n"
    "The defence lawyer of the first defendant, Counsellor Mariam Al-Mannai, asked for a medical committee.",
    # a mention that gives the post and the rank settles nothing: "Judge" addresses the investigating judge
    "The investigating judge in the case, Counsellor Sameh Kamal Hegazy, questioned the two men.\n\n"
    "Judge Sameh Hegazy ordered their detention for fifteen days.",
    # the same rank in both spellings
    "Counsellor Hamad Rashid Al-Buainain said the case began with a report.\n\n"
    "Counselor Hamad Rashid Al-Buainain added that the prosecution would appeal.",
    # a municipal councillor is no counsellor
    "Judge Rami Naim Haddad adjourned the hearing.\n\n"
    "Councillor Rami Naim Haddad said the council would meet on Monday.",
])
def test_one_rank_or_two_people_are_no_change(text):
    assert findings(text) == []


def test_a_modifier_joined_by_a_hyphen_is_a_deputy():
    text = ("The Vice-Dean of the Faculty of Medicine, Dr. Omar Tayeb Hassan, opened the exams.\n\n"
            "The Dean of the Faculty of Medicine, Dr. Omar Tayeb Hassan, said the results would follow.")
    assert findings(text) == [("The Dean of the Faculty of Medicine, Dr. Omar Tayeb Hassan", "error")]


def test_the_head_of_a_faculty_is_its_dean():
    text = ("The Dean of the Faculty of Medicine, Dr. Amin Osman Babiker, said 912 students sat the exams.\n\n"
            "The head of the Faculty of Medicine, Dr. Amin Osman Babiker, added that 40 examiners came.")
    assert findings(text) == []


def test_the_head_of_a_court_may_be_a_counsellor():
    text = ("The head of the Cairo Criminal Court, Mohamed Saeed Al-Sherbiny, adjourned the trial to March.\n\n"
            "Counsellor Mohamed Saeed Al-Sherbiny ordered the release of two defendants on bail.")
    assert findings(text) == []

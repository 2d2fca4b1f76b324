"""A surname that is also a title ("Khalid Sultan", "Adel Mukhtar") is a name after a listed given
name, never an office with a qualifier before it (analysis/person_titles.py, title_at); "Omani
Sultan" and "Health Minister" stay titles. "Judge X" ... "Chief Judge X" makes him the court's
head: a changed post (checks/rank_change.py, _addressed_as_judge), while "Chief Judge X" ...
"Judge X" is how any judge is addressed."""
from __future__ import annotations

import mtcheck
from mtcheck import reader, segment
from mtcheck.analysis.document import Document

MARK = "Army news\n\nPowered by automated translation\n\n"


def _ranks(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "rank-change"]


def _titles(body: str) -> list[list[str]]:
    src = reader.from_text(MARK + body)
    doc = Document(text=src.view, sentences=segment.segment(src.view, soft_newlines=src.soft_newlines),
                   machine_translated=True)
    return [[t.text for t in m.titles] for m in doc.people.mentions]


def test_a_surname_that_is_a_royal_title_after_a_given_name():
    body = ("Baghdad - The spokesman, Colonel Khalid Sultan, said today, Monday, that the patrols continued.\n\n"
            "Brigadier General Khalid Sultan added that two were arrested.")
    assert _ranks(body) == ["Brigadier General Khalid Sultan"]


def test_a_country_before_a_royal_title_is_still_a_title():
    body = ("Muscat - The Omani Sultan received the minister today, and the Health Minister, Dr. Hilal "
            "al-Sabti, attended.")
    assert ["the Health Minister", "Dr."] in _titles(body)


def test_judge_then_chief_judge_is_a_changed_post():
    body = ("Kuwait - Judge Salem al-Harbi opened the session at the court on Monday.\n\n"
            "Chief Judge Salem al-Harbi adjourned the hearing to next week.")
    assert _ranks(body) == ["Chief Judge Salem al-Harbi"]


def test_chief_judge_then_judge_is_how_a_judge_is_addressed():
    body = ("Kuwait - Chief Judge Salem al-Harbi opened the session at the court on Monday.\n\n"
            "Judge Salem al-Harbi adjourned the hearing to next week.")
    assert _ranks(body) == []

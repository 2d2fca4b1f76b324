"""Academic ranks: an assistant professor is a grade below a professor, and an academic's rank
apposed to the name with its faculty ("the Professor of Journalism at the Faculty of Mass
Communication at Cairo University, Dr. Hala Shukri") is read like an office's."""
from __future__ import annotations
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str):
    return gating_severities(HEAD + text, "rank-change")


def test_a_professor_later_an_assistant_professor():
    text = ("Professor Hala Mahmoud Shukri said the law would close small websites.\n\n"
            "Assistant Professor Hala Mahmoud Shukri added that the fine was too high.")
    assert findings(text) == [("Assistant Professor Hala Mahmoud Shukri", "error")]


def test_an_apposed_rank_with_its_faculty_and_university():
    text = ("For her part, the Professor of Journalism at the Faculty of Mass Communication at Cairo "
            "University, Dr. Hala Mahmoud Shukri, said the law would close small websites.\n\n"
            "The Assistant Professor at the Faculty of Mass Communication, Hala Mahmoud Shukri, added "
            "that the fine was too high.")
    assert findings(text) == [
        ("The Assistant Professor at the Faculty of Mass Communication, Hala Mahmoud Shukri", "error")]


def test_the_same_rank_with_and_without_its_faculty_is_consistent():
    text = ("For her part, the Professor of Journalism at the Faculty of Mass Communication at Cairo "
            "University, Dr. Hala Mahmoud Shukri, said the law would close small websites.\n\n"
            "Professor Hala Mahmoud Shukri added that the fine was too high.")
    assert findings(text) == []


def test_two_academics_of_different_ranks_are_two_people():
    text = ("Professor Hala Mahmoud Shukri said the law would close small websites.\n\n"
            "Assistant Professor Mona Adel Fahmy, her colleague, added that the fine was too high.")
    assert findings(text) == []

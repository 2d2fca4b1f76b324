"""date-mismatch: the words of an event family name one event whatever form they take ("issued ...
a sentence of imprisonment" and "issuing its verdict": data/events.toml [families] verdict)."""
from __future__ import annotations

import mtcheck
from checking import gating_texts

HEAD = "Officers jailed\n\nPowered by automated translation\n\n"
LEAD = ("Basra - The criminal court in Basra issued on Sunday, 9 March 2025, a sentence of imprisonment for ten "
        "years against two police officers for torturing a detainee.\n"
        "The detainee died in custody in the summer of 2023.\n")


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + LEAD + body + "\n", "date-mismatch")


def test_a_sentence_and_a_verdict_are_one_event():
    later = "The court had postponed the case three times before issuing its verdict today, Monday, in the hall."
    assert any("Monday" in t for t in texts(later))


def test_the_verdict_on_its_own_day_and_an_appeal_are_no_conflict():
    assert texts("The court issued its verdict today, Sunday, in the presence of the families.") == []
    assert texts("Lawyers said the appeals court would rule on the appeal next Monday.") == []


VOTE = ("Cairo - The House of Representatives approved on Sunday, February 15, 2026 a limited cabinet reshuffle "
        "that included six portfolios.\nThe new ministers were sworn in later.\n")


def test_an_approval_is_the_vote_named_later():
    text = HEAD + VOTE + "The Saturday's parliamentary vote came after weeks of talks.\n"
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert [f.text for f in report.findings if "Saturday" in f.text]


def test_a_planned_vote_on_another_day_is_no_conflict():
    text = HEAD + VOTE + "The House will vote on the budget on Tuesday, the speaker said.\n"
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert [f.text for f in report.findings] == []


def test_an_event_noun_that_modifies_another_noun_dates_nothing_of_its_own():
    # "the exam rules on April 16": the cabinet's approval of the rules, not the exams of June 15
    text = ("Secondary exams to start in June\n\n"
            "Powered by automated translation\n\n"
            "Cairo - The Ministry of Education announced, today, Tuesday, May 6, the final timetable for the "
            "secondary certificate exams for the academic year 2024/2025.\n"
            "The minister said that \"the exams which open on Sunday, June 15 will be held under strict "
            "control\", pointing out that phones will be confiscated.\n"
            "It is noteworthy that the cabinet had approved the exam{noun} on April 16.\n")
    report = mtcheck.check(text.format(noun=" rules"), backend="none", select=["date-mismatch"])
    assert [f.text for f in report.findings] == []
    report = mtcheck.check(text.format(noun=""), backend="none", select=["date-mismatch"])
    assert [f.text for f in report.findings] == ["exam on April 16"]  # the exam itself on another day

"""repeated-text (MT205): repeated sentences and passages, a word doubled across and/or."""
from __future__ import annotations

import mtcheck

PARA = ("The directorate called on residents to wear masks in crowded places and to avoid "
        "gatherings until the end of the month.")


def findings(text: str):
    report = mtcheck.check(text, backend="none", select=["repeated-text"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return report.findings


def test_a_sentence_printed_twice_is_flagged_at_the_copy():
    text = f"{PARA}\nOfficials said 12 new cases were found in the camps.\n{PARA}\n"
    [f] = findings(text)
    assert f.severity == "warning" and f.start == text.rindex(PARA)
    assert f.related[0].start == 0


def test_a_near_copy_that_drops_an_article_is_still_a_copy():
    copy = PARA.replace("the end of the month", "end of the month")
    text = f"{PARA}\nOfficials said 12 new cases were found in the camps.\n{copy}\n"
    assert [f.text for f in findings(text)] == [copy]


def test_a_repeated_paragraph_is_one_finding():
    para = PARA + " Schools will stay closed in the three districts of the province for a week."
    text = f"{para}\nOfficials said 12 new cases were found in the camps.\n{para}\n"
    [f] = findings(text)
    assert f.text == para and "passage" in f.message


def test_short_stock_sentences_and_different_sentences_are_not_copies():
    text = ("He said the talks went well. He said the talks went well.\n"
            "Rescuers pulled 12 people from the rubble of the building on Monday night.\n"
            "Rescuers pulled 14 people from the rubble of another building on Tuesday morning.\n")
    assert findings(text) == []


def test_a_word_doubled_across_and_is_flagged():
    text = "The governor blamed the negligence and negligence of the contractors."
    [f] = findings(text)
    assert (f.text, f.suggestion) == ("negligence and negligence", "negligence")


def test_emphatic_repetition_is_english():
    text = ("Prices rose again and again, more and more families left, and the lines grew longer and "
            "longer; hundreds and hundreds waited. The Office for Drug and Drug Addiction agreed.")
    assert findings(text) == []

"""number-mismatch: restatements with number words, parts said beside the reference, and dwellings."""
from __future__ import annotations

import mtcheck
from mtcheck.analysis.quantities import extract_sentence


def flagged(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["number-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


def test_compound_number_word_with_one():
    text = "The twenty-one defendants were convicted."
    (q,) = extract_sentence(text, 0, len(text))
    assert q.value == 21 and q.text == "twenty-one defendants"


def test_digits_restated_as_a_compound_number_word():
    text = ("Court rules in smuggling case\n\nThe court sentenced 12 defendants to prison on Sunday.\n\n"
            "The twenty-one defendants were convicted of smuggling.\n")
    assert flagged(text) == ["twenty-one defendants"]


def test_the_other_part_of_the_reference_sentence_restated():
    text = ("Floods in the south\n\nThe floods killed 12 people in Basra province and 21 in Maysan.\n\n"
            "In Maysan, the 21 dead were buried on Tuesday.\n")
    assert flagged(text) == []


def test_counts_swapped_between_the_dead_and_the_injured():
    text = ("Microbus crash in Minya\n\nA microbus overturned on the desert road on Saturday and it killed 11 "
            "people and injured 17 others, most of them farm workers.\n\n"
            "The bodies of the 17 dead were transferred to the morgue, while the 11 injured were taken to "
            "hospitals.\n")
    assert "17 dead" in flagged(text)  # the injured were said beside it: no restatement of them


def test_houses_restated_as_homes():
    text = ("Floods in the village\n\nThe floods destroyed 120 houses in the village on Monday.\n\n"
            "The 210 homes destroyed will be rebuilt, the governor said.\n")
    assert flagged(text) == ["210 homes"]


def test_homes_damaged_and_houses_rebuilt_are_two_quantities():
    text = ("Rebuilding after the quake\n\nThe earthquake damaged about 60,000 homes across the region.\n\n"
            "The ministry said that work on some 30,000 houses had been completed.\n")
    assert flagged(text) == []

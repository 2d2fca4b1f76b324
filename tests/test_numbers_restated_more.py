"""number-mismatch: restatements with number words, parts said beside the reference, and dwellings."""
from __future__ import annotations

from mtcheck.analysis.quantities import extract_sentence
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


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


EXAM = ("Exam results announced\n\nThe ministry announced the results of the examination, in which 171,342 "
        "students sat, and the success rate reached 64 percent.\n\n"
        "The number of the {who} who sat the exam, {n}, included 14,200 students from private schools.\n")


def test_a_bare_figure_with_its_digits_reordered():
    assert flagged(EXAM.format(who="students", n="117,342")) == ["117,342"]


def test_a_bare_figure_of_the_same_value_or_of_something_else():
    assert flagged(EXAM.format(who="students", n="171,342")) == []
    text = ("Exam results announced\n\nThe ministry said 171,342 students sat the examination.\n\n"
            "The ministry said the budget of the examination board, 117,342 dinars, was spent on printing.\n")
    assert flagged(text) == []


def test_a_short_bare_figure_reordered_is_left_alone():
    text = ("Exam results announced\n\nThe ministry said 312 students sat the examination in the camp.\n\n"
            "The number of the students in the camp school, 132, has doubled.\n")
    assert flagged(text) == []


def test_sub_units_of_a_currency():
    a, b = "a litre costs 655 fils", "a litre costs 0.655 dinars"
    qa, qb = extract_sentence(a, 0, len(a))[0], extract_sentence(b, 0, len(b))[0]
    assert qa.dimension == qb.dimension == "money:dinar" and qa.value == qb.value
    c = "the fare is 250 piastres"
    assert extract_sentence(c, 0, len(c))[0].value == 2.5


def test_a_share_for_every_unit_is_no_total():
    text = ("Wheat seeds distributed\n\nThe directorate started distributing 2,500 tons of improved wheat seeds to "
            "the farmers of the province.\n\nEach farmer will receive 25 kilograms of the seeds for every dunam, "
            "the director said.\n")
    assert flagged(text) == []


def test_the_total_restated_with_a_digit_slip_is_still_flagged():
    text = ("Wheat seeds distributed\n\nThe directorate started distributing 2,500 tons of improved wheat seeds to "
            "the farmers of the province.\n\nThe director said the 2,050 tons of seeds were bought from the "
            "ministry.\n")
    assert flagged(text) == ["2,050 tons"]

"""number-mismatch: a part larger than the whole a sentence takes it from ("of the 212 cases, ...")."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


MEASLES = ("Measles in Erbil camps\n\nHealth authorities have recorded measles cases in the camps, the ministry "
           "said on Monday.\n\nThe ministry said that of the 212 cases, 163 were children under the age of five, "
           "and that {n} cases had been confirmed in laboratory tests.\n")


def test_a_part_above_its_whole():
    assert flagged(MEASLES.format(n=231)) == ["231 cases"]


def test_a_part_below_its_whole():
    assert flagged(MEASLES.format(n=121)) == []


def test_a_larger_count_of_something_else_in_the_sentence():
    text = ("Measles in Erbil camps\n\nThe ministry said that of the 212 cases, 163 were children, and that "
            "2,300 children had been vaccinated in the camps.\n")
    assert flagged(text) == []


def test_of_the_without_a_list_is_no_whole():
    text = ("Measles in Erbil camps\n\nThe ministry announced the results of the 212 tests and said 231 tests "
            "were pending.\n")
    assert flagged(text) == []

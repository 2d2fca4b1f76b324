"""number-mismatch: a back-reference that a change word follows ('the 329,000 examinees this year
represent an increase compared with last year') restates the figure said before and remarks on it: it
is no new value ('rose to 329,000'), so its digits reordered are the figure garbled (garble_prior)."""
from __future__ import annotations

import pytest

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


HEAD = "Powered by automated translation\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Ministerial exams begin\n\n" + HEAD + "The ministry announced the start of the exams with the participation "
     "of more than 392,000 students in 1,600 centres.\n\nThe ministry said the 329,000 examinees this year "
     "represent an increase compared with last year.\n", ["329,000 examinees"]),
    ("Wheat marketing in Nineveh\n\n" + HEAD + "The silos of the province received 7,340 tonnes of wheat from "
     "the farmers on Monday, the trade directorate said.\n\nThe 7,430 tonnes of wheat marked a rise on the "
     "same day of the previous season, the director added.\n", ["7,430 tonnes"]),
    ("Returns to Sinjar\n\n" + HEAD + "The migration office registered the return of 1,580 families to Sinjar "
     "district, an official said.\n\nHe said the 1,850 families returned, a jump that reflects the improving "
     "security, and that the office opened a second registration centre.\n", ["1,850 families"]),
])
def test_a_back_reference_remarked_on_by_a_change_word(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize("text", [
    # a new value: the change word stands before the figure
    "Returns to Sinjar\n\n" + HEAD + "The office registered the return of 1,580 families to Sinjar district.\n\n"
    "He said the number of the returned families rose this month to 1,850 families.\n",
    # a back-reference of the same figure, remarked on: no conflict
    "Wheat marketing\n\n" + HEAD + "The silos received 7,340 tonnes of wheat on Monday.\n\n"
    "The 7,340 tonnes marked a rise on the previous season, the director added.\n",
    # a changed digit with a change word: another figure, no slip
    "Wheat marketing\n\n" + HEAD + "The silos received 7,340 tonnes of wheat on Monday.\n\n"
    "The 7,380 tonnes received on Tuesday marked a rise, the director added.\n",
])
def test_new_values_and_other_figures_stay_apart(text):
    assert flagged(text) == []

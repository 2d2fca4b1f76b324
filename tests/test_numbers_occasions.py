"""number-mismatch: a sentence that names an office holder of an earlier time ("the then-minister")
speaks of an earlier occasion (analysis/quantity_frames.earlier_holder)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


STRIKE = ("Port strike ends\n\nDockworkers returned to work on Thursday, ending a four-day strike that left hundreds "
          "of trucks stranded. A former labour minister, who handled a similar dispute in 2019, praised the deal. ")


@pytest.mark.parametrize("later", [
    "The then-minister had ended that strike after six days.",
    "The then minister had ended that strike after six days.",
    "The then-governor said the 2019 strike was ended after six days.",
])
def test_an_office_holder_of_an_earlier_time_puts_the_figure_on_that_occasion(later):
    assert texts(STRIKE + later + "\n") == []


def test_the_same_strike_given_another_length_is_still_flagged():
    assert texts(STRIKE + "The minister said the strike had ended after six days.\n") == ["six days"]


@pytest.mark.parametrize("later", [
    "Then the port reopened, and officials said the strike had ended after six days.",  # "then": a sequence
    "The port said the strike had ended after six days, and then trucks moved.",
])
def test_then_as_an_adverb_is_no_earlier_occasion(later):
    assert texts(STRIKE + later + "\n") == ["six days"]

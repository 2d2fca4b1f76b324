"""number-mismatch: the ISO codes of the region's currencies written before a figure ("EGP 200,000",
"KWD 3.5 million", "MAD 40 million") are that currency (data/units.toml), so the amount is compared with
the same amount written with the currency's name."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Court fines hospital\n\nA standfirst about the case\n\nPowered by automated translation\n\n"


def texts(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


@pytest.mark.parametrize("first,later,flagged", [
    ("The court imposed a fine of EGP 200,000 on the hospital director.",
     "The lawyer said his client would appeal the fine of 20,000 pounds.", "20,000 pounds"),
    ("The ministry allocated KWD 3.5 million to maintain the schools.",
     "Officials said the 5.3 million dinars allocated to the schools would be spent this year.", "5.3 million dinars"),
    ("The council approved a budget of MAD 40 million for the old medina.",
     "The mayor said the budget of 400 million dirhams would restore the walls.", "400 million dirhams"),
])
def test_a_code_and_a_name_of_one_currency_are_compared(first, later, flagged):
    assert any(flagged in t for t in texts(HEAD + first + "\n\n" + later + "\n"))


@pytest.mark.parametrize("first,later", [
    ("The court imposed a fine of EGP 200,000 on the hospital director.",
     "The lawyer said his client would appeal the fine of 200,000 pounds."),
    ("The ministry allocated KWD 3.5 million to maintain the schools.",
     "Officials said the 3.5 million dinars allocated to the schools would be spent this year."),
])
def test_the_same_amount_written_with_code_and_name_stays_quiet(first, later):
    assert texts(HEAD + first + "\n\n" + later + "\n") == []

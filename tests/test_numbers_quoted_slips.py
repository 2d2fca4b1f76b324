"""number-mismatch: an amount first given inside a quotation and restated outside it with its
significant digits reordered is one figure garbled (analysis/digit_slips.SlipFinder.reference,
its ``quoted`` references), on the same evidence as two unquoted mentions: shared words and the
later noun in the earlier sentence. Digits alone never link a quote to the reporter's figure."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


@pytest.mark.parametrize("text,flag", [
    # a pension in a retiree's words, then the reporter's telling of the same pension
    ("Pensions\n\nA retired teacher said that \"the retired teacher receives a monthly pension that does not "
     "exceed 2,375 pounds, which does not cover rent.\" The ministry did not comment on Sunday. The union said "
     "that the monthly pension of 2,357 pounds that retired teachers receive must be raised.\n", "2,357 pounds"),
    # a sum of suspicious transfers quoted from an official, restated by the bank's statement
    ("Transfers\n\nThe deputy governor said that \"the bank has detected suspicious transfers worth about "
     "3.4 billion dollars through fake import invoices.\" Officials met in Baghdad on Monday. A bank statement "
     "said the suspicious transfers detected through fake invoices reached 4.3 billion dollars.\n",
     "4.3 billion dollars"),
])
def test_quoted_amount_reordered_outside_the_quote(text, flag):
    assert flag in texts(text)


@pytest.mark.parametrize("text", [
    # a quoted price and another amount that shares its digits but nothing else
    ("Markets\n\nA trader said that \"a tonne of cement now costs 2,375 pounds in the market.\" Separately, "
     "the governorate allocated 2,357 pounds to each family affected by the floods, officials said.\n"),
    # both amounts inside quotations: never compared
    ("Pensions\n\nA retired teacher said that \"the pension does not exceed 2,375 pounds.\" Another retiree "
     "said that \"my pension of 2,357 pounds is not enough.\"\n"),
    # the later figure given in the quotation too: said before, no slip
    ("Pensions\n\nA retired teacher said that \"my pension is 2,357 pounds, while the old pension was "
     "2,375 pounds.\" The union said the pension of 2,357 pounds must be raised.\n"),
])
def test_quoted_amount_not_linked_by_digits_alone(text):
    assert texts(text) == []

"""number-mismatch: a definite count that points back at the headline's or the lead's count with its
digits in another order (analysis/lead_counts.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts

TEXT = ("Ministry signs contracts for 120 new schools in Qassim\n\nPowered by automated translation\n\n"
        "The Ministry of Education announced today the signing of contracts for the construction of 120 new "
        "schools in the Qassim region, at a total cost of 1.8 billion riyals.\n\n"
        "He added that the region has 1,340 public schools, and that the first batch of 45 schools will open "
        "next year.\n\n"
        "The spokesman said that {later} will be designed according to a new model.\n")


@pytest.mark.parametrize("later,flag", [
    ("the 210 schools included in the contracts", ["210 schools"]),
    ("the 120 schools included in the contracts", []),
    ("the 210 teachers to be hired", []),          # another thing counted
    ("about 210 schools", []),                       # no back-reference
])
def test_a_back_reference_with_the_lead_s_digits_reordered(later, flag):
    assert gating_texts(TEXT.format(later=later), "number-mismatch") == flag


BENEFICIARIES = ("Palm offshoots for farmers\n\nPowered by automated translation\n\n"
                 "The directorate distributed today 8,500 palm offshoots to {lead} farmers in the governorate.\n\n"
                 "The director said that the 430 beneficiaries were chosen from the applicants of last year.\n")


@pytest.mark.parametrize("lead,flag", [("340", ["430 beneficiaries"]), ("430", []), ("250", [])])
def test_people_named_by_what_they_received_stand_for_the_lead_s_people(lead, flag):
    assert gating_texts(BENEFICIARIES.format(lead=lead), "number-mismatch") == flag


def test_a_two_digit_count_is_left_to_chance():
    body = BENEFICIARIES.format(lead="34").replace("the 430 beneficiaries", "the 43 beneficiaries")
    assert gating_texts(body, "number-mismatch") == []

"""number-mismatch: an amount's figure repeated later, pointing back, with its currency or its
scale word changed ('2.8 million dollars' ... 'the 2.8 million euro project'), is one amount garbled;
a round figure of another thing in another currency is not."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


PLANT = ("Port Sudan desalination plant to be expanded\n\n"
         "The state water corporation said the expansion of the desalination plant will cost 2.8 million "
         "dollars, funded by the United Nations Development Programme.\n\n"
         "Engineers began surveying the coastal site on Monday, and the first pumps are due in March.\n\n"
         "The governor thanked the donors for supporting {later}, which will supply 40,000 households.\n")

FINE = ("Tour boat fined for damaging the reef\n\n"
        "The court imposed a fine of 500,000 Egyptian pounds on the owner of the boat for the damage to "
        "the coral reef.\n\n"
        "The owner said he would appeal the {later}, his lawyer told reporters.\n")


def test_a_figure_restated_in_another_currency_is_flagged():
    assert flagged(PLANT.format(later="the 2.8 million euro project")) == ["2.8 million euro project"]
    assert flagged(PLANT.format(later="the 2.8 million dollar project")) == []


def test_a_figure_restated_on_another_scale_is_flagged():
    assert flagged(PLANT.format(later="the 2.8 billion dollar project")) == ["2.8 billion dollar project"]


def test_one_significant_digit_needs_the_same_thing_named():
    assert flagged(FINE.format(later="500,000-dollar fine")) == ["500,000-dollar fine"]
    text = FINE.format(later="fine") + "\nThe ministry also announced the 500,000 dollars of a World Bank grant for reef monitoring.\n"
    assert flagged(text) == []  # another amount, a round figure shared by chance


def test_a_swap_inside_one_sentence_is_flagged():
    text = ("Record gate for the derby\n\nThe club said that the revenues of the tickets of the match reached "
            "4.7 million riyals, a record of the season, and that the {later} will be directed to the academy.\n")
    assert flagged(text.format(later="4.7 million dollars")) == ["4.7 million dollars"]
    assert flagged(text.format(later="4.7 million riyals")) == []


REVENUE = ("Canal revenues recover in October\n\n"
           "The chairman of the canal authority said that the revenues of the canal in October amounted to "
           "412.5 million dollars, compared to 368 million dollars a year earlier.\n\n"
           "He said that the revenues which reached {later} reflect the return of the shipping lines.\n")


def test_three_significant_digits_on_another_scale_need_no_pointing_back():
    # (the span runs on to the verb the reader takes for a counted noun: "412.5 billion dollars reflect")
    assert [t[:21] for t in flagged(REVENUE.format(later="412.5 billion dollars"))] == ["412.5 billion dollars"]
    assert flagged(REVENUE.format(later="412.5 million dollars")) == []
    assert [t[:19] for t in flagged(REVENUE.format(later="412.5 million euros"))] == ["412.5 million euros"]


SHIPMENT = ("Drug shipment seized at the border\n\n"
            "The source said that the market value of the shipment exceeds 9 million Jordanian dinars.\n\n"
            "Experts estimate that the shipment, {later} on the black market, was bound for the Gulf.\n")


def test_a_bound_of_the_same_worth_restated_in_another_currency_is_flagged():
    assert flagged(SHIPMENT.format(later="worth more than 9 million US dollars")) == ["9 million US dollars"]
    assert flagged(SHIPMENT.format(later="worth more than 9 million dinars")) == []
    # a bound of another thing: one significant digit says nothing alone
    text = SHIPMENT.format(later="worth more than 9 million dinars") + \
        "\nThe Gulf states spent more than 9 million dollars on anti-drug campaigns last year.\n"
    assert flagged(text) == []


FEES = ("Hajj fees announced\n\n"
        "The cost of the land program was set at 3,450 Jordanian dinars for the pilgrim, while the cost by "
        "air amounts to 4,100 dinars.\n\n"
        "The ministry will withdraw the license of any company that takes more than the {later} set for the "
        "land program.\n")


def test_a_comparison_with_a_definite_figure_leaves_the_figure_exact():
    assert flagged(FEES.format(later="3,450 dollars")) == ["3,450 dollars set"]
    assert flagged(FEES.format(later="3,450 dinars")) == []


# a hedged estimate whose subject stands before its clause ("the estimates of the losses ... amounted to
# more than 6 billion riyals"), restated later as a bound of that subject in another currency
LOSSES = ("Floods hit displacement camps in Marib\n\n"
          "The head of the executive unit said the preliminary estimates of the losses in the shelters, the "
          "water networks and the roads of the camps amounted to more than 6 billion riyals.\n\n"
          "Rescue teams evacuated families from the lowest camps on Tuesday night.\n\n"
          "{later}\n")


def test_a_hedged_estimate_restated_in_another_currency_is_flagged():
    for later, text in (
            ("The unit warned that the more than 6 billion dollars in losses exceeds what the local "
             "authority can bear.", "6 billion dollars"),
            ("Officials said losses of nearly 6 billion euros would take years to repair.", "6 billion euros"),
            ("\"The governorate cannot cover losses of more than 6 billion dollars,\" the governor told reporters.",
             "6 billion dollars")):
        assert flagged(LOSSES.format(later=later)) == [text], later


def test_a_hedged_figure_of_another_thing_in_another_currency_is_not_flagged():
    for later in (
            "Donors pledged more than 6 billion dollars for the national response plan last year.",
            "The World Bank said about 6 billion dollars in grants reached Yemen since 2015.",
            "The unit said the more than 6 billion riyals in losses exceeds what the local authority can bear."):
        assert flagged(LOSSES.format(later=later)) == [], later

"""number-mismatch, from session 22's rounds: one penalty named by its verb and its noun ("fined 5,000
dinars" ... "the $5,000 fine"); two significant digits on a scale of millions said again on another
scale ("9.4 billion riyals" ... "9.4 million riyals")."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Court\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "number-mismatch")


@pytest.mark.parametrize("later,flag", [
    ("the $5,000 fine", ["$5,000 fine"]),
    ("the 5,000-dinar fine", []),
    ("a bail of $5,000", []),   # another sum of the case, no fine
])
def test_a_fine_given_again_in_another_currency(later, flag):
    body = ("The court sentenced the main defendant to ten years in prison and fined him 5,000 dinars.\n\n"
            f"The lawyer said his client would appeal and would not pay {later} before the ruling.")
    assert texts(body) == flag


@pytest.mark.parametrize("later,flag", [
    ("which amount to 9.4 million riyals", ["9.4 million riyals"]),
    ("which amount to 9.4 billion riyals", []),
    ("which amount to 25 million riyals", []),   # a round figure: another amount of the story
])
def test_an_amount_given_again_on_another_scale(later, flag):
    body = ("The ministry signed contracts for two solar plants with investments estimated at 9.4 billion riyals.\n\n"
            f"The minister said the plants will save the fuel costs, {later} a year.")
    assert texts(body) == flag


def test_a_back_reference_takes_up_a_bare_figure_of_its_value():
    body = ("The ministry signed contracts for 120 new schools in the region, and the first batch of 45 schools "
            "will open next year.\n\n"
            "He added that the region has 1,340 public schools, 212 of them in rented buildings.\n\n"
            "The governor said that Unaizah has 18 of the 212 rented school buildings in the region.")
    assert texts(body) == []


@pytest.mark.parametrize("first,later,flag", [
    ("fifteen new ship-to-shore cranes", "the 50 cranes", ["50 cranes"]),         # a hyphened compound describes
    ("fourteen Hajj and Umrah companies", "the 40 companies", ["40 companies"]),  # two names joined by "and"
    ("fifteen buildings in the city of Sfax", "the 50 buildings in Sfax", ["50 buildings"]),  # one city
    ("fifteen buildings in the city of Sfax", "the 50 buildings in Gabes", []),    # two cities
])
def test_a_teen_read_as_a_ten_through_the_noun_s_modifiers(first, later, flag):
    body = (f"The minister said the company completed {first} this year.\n\n"
            f"He added that the contractors who delayed the delivery of {later} will pay penalties.")
    assert texts(body) == flag


@pytest.mark.parametrize("later,flag", [
    ("the 30,000 kilograms shipment", ["30,000 kilograms shipment"]),
    ("a 30 kilograms sample of the shipment", []),   # a small measure of another thing
])
def test_a_figure_in_the_thousands_pointed_back_at_in_another_unit(later, flag):
    body = ("The corporation announced the arrival of a shipment of 30,000 tonnes of diesel at the port of Aden.\n\n"
            f"The manager said {later} is sufficient for the operation of the stations for a month.")
    assert texts(body) == flag


@pytest.mark.parametrize("later,flag", [
    ("the fine of 50,000 dinars", ["50,000 dinars"]),   # fifteen thousand read as fifty thousand
    ("the fine of 15,000 dinars", []),
])
def test_a_teen_read_as_a_ten_before_its_thousands(later, flag):
    body = ("The disciplinary committee decided today to fine the club fifteen thousand dinars and to suspend two "
            "of its players.\n\n"
            f"The club said it will appeal against {later}, calling the decision harsh.")
    assert texts(body) == flag


def test_the_teen_slip_is_of_thousands_not_of_tens():
    from mtcheck.analysis.garble_prior import slip
    assert slip(15_000, 50_000) == ("teen", 2) and slip(14e6, 40e6) == ("teen", 2)
    assert slip(150, 500) is None and slip(1_500, 5_000) is None


@pytest.mark.parametrize("later,flag", [
    ("the acquittal of the five defendants", []),     # the rest of the nine
    ("the four defendants sentenced", []),           # the part itself
    ("the acquittal of the seven defendants", ["seven defendants"]),
])
def test_a_part_or_the_rest_of_a_partitive_is_no_restatement(later, flag):
    body = ("The court issued today its verdict, sentencing four of the nine defendants to prison terms and "
            "acquitting the others.\n\n"
            f"The prosecutor said he would study the reasons for {later} before deciding whether to appeal.")
    assert texts(body) == flag


def test_the_drivers_of_the_trucks_are_one_to_a_truck():
    body = ("Customs seized a shipment of gum arabic loaded on twelve trucks coming from El Obeid.\n\n"
            "He added that five of the 12 drivers had been arrested and referred to the prosecution.")
    assert texts(body) == []


@pytest.mark.parametrize("later,flag", [
    ("18 of the 37 boats inspected last month", []),        # a whole of its own
    ("14 of the 52 boats in the Mukalla district", []),
    ("the 17 boats", ["17 boats"]),                          # a back-reference with a digit put before
])
def test_the_qualified_whole_of_a_partitive_is_a_group_of_its_own(later, flag):
    body = ("The office distributed seven fibreglass boats and 40 engines to the fishermen affected by the storms.\n\n"
            f"The statement said that {later} had no fishing licences.")
    assert texts(body) == flag


def test_a_hijri_day_is_no_count():
    body = ("The first flights left on Wednesday, June 4, corresponding to 8 Dhu al-Hijjah, with 6 planes.\n\n"
            "The standing on Arafat is on Thursday, June 5, corresponding to 9 Dhu al-Hijjah.")
    assert texts(body) == []


@pytest.mark.parametrize("later,flag", [
    ("the 50 kilograms seized", ["50 kilograms seized"]),
    ("the 15 kilograms seized", []),
    ("a further 50 kilograms", []),              # no back-reference
])
def test_a_teen_read_as_a_ten_in_a_measure(later, flag):
    body = ("The police seized fifteen kilograms of crystal meth in a raid on a farm in Zubair.\n\n"
            f"The court said {later} were destroyed after the verdict.")
    assert texts(body) == flag

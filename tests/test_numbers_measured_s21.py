"""number-mismatch, from the misses of the first general round of session 21 (heldout123-126): a
currency code written against its figure ("JD3.2 million") and a fare named as a ticket's price."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Report\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "number-mismatch")


@pytest.mark.parametrize("first,later,flag", [
    ("JD3.2 million", "the JD3.2 billion invested", ["JD3.2 billion invested"]),
    ("JD3.2 million", "the JD3.2 million invested", []),
    ("KD42 million", "the KD42 billion invested", ["KD42 billion invested"]),
])
def test_a_currency_code_against_its_figure(first, later, flag):
    body = (f"Amman - The director said that the project, which cost {first}, was carried out with the ministry.\n\n"
            f"The minister said that {later} in the platform will allow it to be linked later.")
    assert texts(body) == flag


@pytest.mark.parametrize("later,flag", [("the fare of 80,000 dollars", ["80,000 dollars"]),
                                        ("the fare of 80,000 pounds", [])])
def test_the_fare_is_the_ticket_s_price(later, flag):
    text = ("Bus line opens between Beirut and Tripoli, ticket at 80,000 pounds\n\nPowered by automated translation\n\n"
            "Beirut - The minister said the price of the ticket on the line was set at 80,000 Lebanese pounds.\n\n"
            f"The head of the drivers' union said {later} will compete with the private vans.\n")
    assert gating_texts(text, "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("the annual rate of food and beverage prices reached 1.3 percent", []),   # a level, not the fall
    ("the annual rate of food and beverage prices reached 1.2 percent", []),
])
def test_a_change_in_per_cent_is_not_a_level(later, flag):
    body = ("Riyadh - The authority said that transport prices fell by 1.4 percent in September as vehicle "
            "prices declined.\n\n"
            f"It is noteworthy that housing rents rose by 8.1 percent, while {later}.")
    assert texts(body) == flag


@pytest.mark.parametrize("later,flag", [("the funeral of the four soldiers who were killed", ["four soldiers"]),
                                        ("the funeral of the three soldiers who were killed", []),
                                        ("the treatment of the eight soldiers who were wounded", [])])
def test_martyrdom_is_a_death(later, flag):
    body = ("Kirkuk - The commander said the clashes resulted in the martyrdom of three soldiers and the wounding "
            "of eight others, who were taken to hospital.\n\n"
            f"The people of Hawija took part yesterday in {later} in the operation.")
    assert texts(body) == flag


@pytest.mark.parametrize("later,flag", [("the installation of the 14 stations", ["14 stations"]),
                                        ("the installation of the 40 stations", [])])
def test_a_label_of_figure_and_capitals_is_no_counted_noun(later, flag):
    body = ("Manama - He added that the first phase includes the installation of forty new 5G base stations in "
            "the Muharraq and Southern governorates.\n\n"
            f"The authority stated that {later} will be completed before the summer.")
    assert texts(body) == flag


def test_spread_over_is_no_bound():
    body = ("Nouakchott - The minister said that 3,950 pilgrims will be transported spread over twelve flights.\n\n"
            "The ministry said that the 20 flights of the pilgrims will be operated by the national carrier.")
    assert texts(body) == ["20 flights"]


@pytest.mark.parametrize("later,flag", [("estimated at 5,400 per month", ["5,400"]),
                                        ("estimated at 4,500 per month", [])])
def test_the_number_of_a_noun_estimated_at_after_a_comma(later, flag):
    body = ("Muscat - The director said that the corridor will serve about 4,500 trucks per month in its first "
            "phase.\n\n"
            f"He stated that the number of trucks expected to use the route, {later}, will be reviewed.")
    assert texts(body) == flag


LINE = ("Homs - The ministry said a fault on the 230 kilovolt line linking the thermal station with the city "
        "cut the power on Monday.\n\n"
        "The minister said {later} would be repaired within two days.")


@pytest.mark.parametrize("later,flag", [("the 230-megawatt line", ["230-megawatt line"]),
                                        ("the 400 kilovolt line feeding the network", []),
                                        ("the 230 kilovolt line", [])])
def test_a_line_s_voltage(later, flag):
    assert texts(LINE.format(later=later)) == flag


@pytest.mark.parametrize("later,flag", [("the package price of 3,200 dollars", ["3,200 dollars"]),
                                        ("the package price of 3,200 dinars", []),
                                        ("the visa fee of 3,200 dollars", [])])
def test_a_compound_names_the_amount(later, flag):
    body = ("Amman - The ministry said the cost of the air Hajj package was set at 3,200 dinars, while the land "
            "package cost 2,450 dinars.\n\n"
            f"He said that {later} includes the flight ticket and the accommodation.")
    assert texts(body) == flag


BERTHS = ("Suez - The authority announced today, Tuesday, the inauguration of three new berths at the port, with "
          "a total length of 2,100 metres.\n\n"
          "The head of the ports authority explained that the first berth extends {a} metres, the second 700 "
          "metres and the third 500 metres, with a depth of 18 metres.")


@pytest.mark.parametrize("a,flag", [("800", ["800 metres, the second 700 metres and the third 500 metres"]),
                                    ("900", [])])
def test_an_enumeration_by_order_after_the_total_of_its_things(a, flag):
    assert texts(BERTHS.format(a=a)) == flag


COURT = ("Alexandria - The criminal court issued today, Wednesday, its ruling in the case, sentencing 14 "
         "defendants to prison terms.\n\n"
         "The court sentenced six of the 14 defendants to imprisonment for 15 years, and four others to "
         "imprisonment for seven years, while the remaining {n} defendants received imprisonment for three years.")


@pytest.mark.parametrize("n,flag", [("three", True), ("four", False)])
def test_the_remaining_after_a_partitive_and_others(n, flag):
    assert bool(texts(COURT.format(n=n))) is flag

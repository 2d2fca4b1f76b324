"""number-mismatch: the garbling prior (analysis/garble_prior.py). A figure that is a slip of one
earlier figure of its measure (two adjacent digits swapped, a zero added or dropped, a teen read as
a ten, a digit put before a one-digit figure), given once, is one quantity garbled unless something
keeps the two apart: another time or occasion, another place or named thing, another role, an
approximation, a part, a new value."""
from __future__ import annotations

import pytest

from mtcheck.analysis.garble_prior import slip
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def test_slip_kinds():
    assert slip(38_500, 35_800) == ("swap", 3)
    assert slip(205, 250) == ("swap", 3)
    assert slip(1_500, 150) == ("shifted", 2)
    assert slip(14, 40) == ("teen", 2) and slip(50, 15) == ("teen", 2)
    assert slip(9, 19) == ("inserted", 2)
    assert slip(1_340, 1_034) is None and slip(23, 28) is None  # a changed digit is no prior


GRID = ("Heat wave raises power demand\n\nThe ministry said the national grid recorded a peak load of "
        "38,500 megawatts on Monday evening, compared with 37,200 megawatts {when}.\n\n"
        "The spokesman said that {later} was met without load shedding, thanks to the new stations.\n")


def test_a_measure_with_three_digits_swapped_is_one_figure_garbled():
    assert flagged(GRID.format(when="last summer", later="the load of 35,800 megawatts")) == ["35,800 megawatts"]
    # a figure of last summer, restated with its digits swapped, stays last summer's
    assert flagged(GRID.format(when="last summer", later="last summer's peak of 37,300 megawatts")) == []


PUPILS = ("Schools open afternoon shifts\n\nThe ministry said that {a} and that it will hire 1,650 contract "
          "teachers this year.\n\nThe director said that {b} will start their studies on October 14.\n")


def test_two_digits_swapped_need_the_thing_named_alike():
    assert flagged(PUPILS.format(a="it opened 46 schools for the second shift",
                                 b="the pupils of the 64 schools")) == ["64 schools"]
    # another thing counted with the same digits: two counts
    assert flagged(PUPILS.format(a="it opened 46 schools for the second shift",
                                 b="the 64 buses hired")) == []


def test_a_zero_dropped_and_a_teen_read_as_a_ten():
    text = ("Prisons\n\nThe directorate said a new centre with 1,500 beds is being built in Muwaqqar.\n\n"
            "The commissioner said the {n}-bed centre in Muwaqqar will relieve part of the pressure.\n")
    assert flagged(text.format(n=150)) == ["150-bed"]
    assert flagged(text.format(n="1,500")) == []
    boats = ("Fishing\n\nThe inspection units seized fourteen boats fishing during the rest period.\n\n"
             "The statement said {later} will remain in the port until the court rules.\n")
    assert flagged(boats.format(later="the 40 boats seized")) == ["40 boats"]
    assert flagged(boats.format(later="40 other boats")) == []


@pytest.mark.parametrize("text", [
    # a separate case
    "Flour\n\nInspectors seized 38 tonnes of subsidised flour in Sohag.\n\n"
    "The ministry said 83 tonnes of flour had been seized in a separate case in Minya.\n",
    # an approximation of the earlier figure and a cut, not a restatement
    "Oil\n\nThe field was producing about 1,250 barrels per day. The stoppage cut 1,205 barrels per day.\n",
    # two places
    "Octopus\n\nThe port of Dakhla landed 1,340 tonnes of octopus this month.\n\n"
    "In Laayoune, the landings of octopus reached 1,430 tonnes in the same month.\n",
    # fires in six provinces, a heat alert for sixteen: no back-reference
    "Fires\n\nFirefighters were battling 19 fires across six provinces.\n\n"
    "The weather office issued a red alert for extreme heat in 16 provinces.\n",
    # the killed are not the wounded
    "Crash\n\nThe crash killed 12 people on the highway.\n\nThe 21 people wounded were taken to hospitals.\n",
])
def test_what_keeps_two_slipped_figures_apart(text):
    assert flagged(text) == []


def test_a_price_in_fils_with_its_digits_swapped():
    # 205 fils is 0.20500000000000002 dinars in floating point: the slip is read on the figure as written
    text = ("Fuel prices\n\nThe committee said the price of a litre of super petrol was set at 205 fils for the "
            "quarter.\n\nThe spokesman said that the new price of 250 fils will be reviewed in three months.\n")
    assert flagged(text) == ["250 fils"]


def test_a_total_that_points_back_with_its_digits_swapped():
    text = ("Court\n\nThe court said the sums embezzled by the three defendants reached 6.4 million dinars.\n\n"
            "The court ordered the defendants to return the total of 4.6 million dinars to the treasury.\n")
    assert flagged(text) == ["4.6 million dinars"]


def test_a_month_the_other_sentence_names_is_one_period():
    text = ("Port\n\nThe port recorded the entry of 3,150 vehicles in August, the authority said.\n\n"
            "The director said the number of vehicles that entered the port in August was {n} vehicles.\n")
    assert flagged(text.format(n="3,510")) == ["3,510 vehicles"]
    text = ("Port\n\nThe port recorded the entry of 3,150 vehicles in August, the authority said.\n\n"
            "The director said the number of vehicles that entered the port in September was 3,510 vehicles.\n")
    assert flagged(text) == []


def test_an_ordinal_joined_to_a_noun_is_no_duration():
    from mtcheck.analysis.document import Document
    from mtcheck.segment import segment
    text = "Schools\n\nThe 64 second-shift schools opened. The runner finished 3 seconds ahead.\n"
    qs = Document(text=text, sentences=segment(text), machine_translated=True).quantities
    assert [q.dimension for q in qs] == ["count", "duration"]


def test_a_definite_of_phrase_points_back_and_a_part_of_it_does_not():
    text = ("Housing\n\nThe corporation launched the construction of 1,200 housing units in Zarqa.\n\n"
            "The corporation expects {later} to be delivered within 30 months.\n")
    assert flagged(text.format(later="the 12,000 apartments of the first phase")) == ["12,000 apartments"]
    assert flagged(text.format(later="12,000 apartments")) == []  # an expectation, no back-reference
    text = ("Fund\n\nParliament approved a budget of 2.1 billion dinars for the fund.\n\n"
            "The director said the budget, 2.1 billion dinars, was approved and that the fund had received "
            "1.2 billion dinars of it so far.\n")
    assert flagged(text) == []


def test_a_place_of_the_headline_is_the_story_s_own():
    text = ("Basra oil exports rise in October\n\n"
            "The company said the exports from the southern ports reached a daily average of 3.342 million barrels.\n\n"
            "The director said that the daily average of 3.324 million barrels from {place} is the highest this year.\n")
    assert flagged(text.format(place="Basra")) == ["3.324 million barrels"]
    # a place the story had not named is no evidence for the prior (the pairwise comparison may still
    # read four swapped digits as one figure)
    from mtcheck.analysis.document import Document
    from mtcheck.analysis.garble_prior import garbled_pairs
    from mtcheck.segment import segment
    other = text.format(place="Kirkuk")
    ctx = Document(text=other, sentences=segment(other), machine_translated=True)
    assert list(garbled_pairs(ctx, ctx.quantities)) == []


def test_a_growth_rate_is_the_size_of_a_change():
    text = ("Port traffic\n\nThe port handled 4.3 million containers in the first half, an increase of 9 percent "
            "compared to the same period of last year.\n\nThe agency said that the growth rate of {n} percent "
            "recorded in the first half was due to transhipment.\n")
    assert flagged(text.format(n=19)) == ["19 percent"]
    assert flagged(text.format(n=9)) == []
    # a rate that is no change (a share) stays apart from the size of a change
    text = ("Port traffic\n\nThe port handled 4.3 million containers, an increase of 9 percent.\n\n"
            "The agency said the occupancy rate of 19 percent was low.\n")
    assert flagged(text) == []


def test_changes_of_two_things_stay_apart():
    text = ("Trade\n\nExports of tomatoes fell by 7 percent this season.\n\n"
            "The federation said imports of seeds fell by 17 percent.\n")
    assert flagged(text) == []


def test_another_later_in_the_sentence_is_another_noun_s():
    text = ("Fuel\n\nThe tanker, which is carrying 66,500 tonnes of fuel oil, arrived at Zahrani on Tuesday.\n\n"
            "The director said that {later} will be followed by another shipment next month.\n")
    assert flagged(text.format(later="the shipment of 65,600 tonnes")) == ["65,600 tonnes"]
    assert flagged(text.format(later="the second shipment of 65,600 tonnes")) == []

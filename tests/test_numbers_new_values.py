"""number-mismatch: the value a change led to ("from 300 to 450 pounds"), restated as "the new price of ..."."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


BREAD = ("Bread price raised in Aleppo\n\n"
         "The directorate announced on Sunday the raising of the price of the subsidised bread bundle from 300 "
         "Syrian pounds to 450 pounds, starting next week.\n\n"
         "The director said that the new {noun} of {n} pounds will be applied in all the bakeries.\n")


def test_the_new_price_is_not_the_price_the_change_led_to():
    assert flagged(BREAD.format(noun="price", n=500)) == ["500 pounds"]


def test_the_new_price_as_reported():
    assert flagged(BREAD.format(noun="price", n=450)) == []


def test_the_new_value_of_something_the_change_did_not_name():
    assert flagged(BREAD.format(noun="fee", n=500)) == []


def test_a_new_figure_in_another_unit_is_another_thing():
    text = ("Dam expanded\n\nThe ministry raised the capacity of the reservoir from 300 to 450 million cubic metres."
            "\n\nThe new capacity of 40 percent of the region's needs will be reached in May.\n")
    assert flagged(text) == []


def test_one_sentence_changing_two_prices():
    text = ("Fuel prices raised\n\nThe ministry raised the price of diesel from 620 fils to 655 fils and the price "
            "of gasoline from 900 fils to 925 fils.\n\nThe spokesman said the new price of {n} fils for diesel "
            "applies from Friday.\n")
    assert flagged(text.format(n=655)) == []
    assert flagged(text.format(n=925)) == []  # the other product's new price: which one is meant is unsaid
    assert flagged(text.format(n=665)) == ["665 fils"]

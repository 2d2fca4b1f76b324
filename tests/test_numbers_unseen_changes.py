"""number-mismatch: a change with no "from" and its new value restated otherwise; a race time
written out in words (hours, then minutes) is no duration to compare."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


BREAD = ("Bread bundle lighter in Hama\n\nThe ministry announced the reduction of the weight of the subsidised bread "
         "bundle in the province of Hama to 1,100 grams, and the raising of its price to 400 pounds.\n\n"
         "The bakeries were told to display the prices.\n\n"
         "The director said that the new bundle weighing {w} grams will be packed in transparent bags.\n")


def test_a_change_with_no_from_and_its_new_value():
    assert flagged(BREAD.format(w="1,200")) == ["1,200 grams"]
    assert flagged(BREAD.format(w="1,100")) == []


def test_a_change_to_is_not_read_where_from_gives_the_old_value():
    text = ("Fuel prices\n\nThe ministry raised the price of petrol from 900 fils to 950 fils.\n\n"
            "The new price of 950 fils applies from Sunday.\n")
    assert flagged(text) == []


MARATHON = ("Bennani wins the Ouarzazate marathon\n\nThe Moroccan athlete Youssef Bennani won on Sunday the title of "
            "the international marathon of Ouarzazate, after he covered the distance of the race in two hours, nine "
            "minutes and forty seconds.\n\nThe coach of the national team said that Bennani prepared for the race "
            "for two {unit} in the altitude centre of Ifrane.\n")


def test_a_race_time_in_words_is_no_duration():
    assert flagged(MARATHON.format(unit="months")) == []
    assert flagged(MARATHON.format(unit="weeks")) == []


ROAD = ("Road to the villages\n\nThe ministry will pave a road of 14 kilometres linking the villages of the "
        "valley.\n\nWork on the {later} road will start in spring.\n")


def test_a_participle_after_a_unit_is_no_measured_noun():
    assert flagged(ROAD.format(later="14-mile")) == ["14-mile road"]  # the unit swapped, the figure kept
    assert flagged(ROAD.format(later="14-kilometre")) == []

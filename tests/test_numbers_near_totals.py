"""number-mismatch: an 'including' or 'of them' list that comes near its exact total and misses it by
one digit names every part, one figure garbled (analysis/near_totals.py); a list that leaves a
remainder of any size, the women and children of a toll, or a list that says it has others, does not."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


CRASH = ("Eleven killed in desert road crash\n\n"
         "A collision between a microbus and a truck on the desert road resulted in the death of {total} people "
         "and the injury of 14 others on Tuesday evening.\n\n"
         "The dead included {parts}, most of them workers returning from the factories.\n")


def test_a_toll_broken_down_by_men_women_and_a_child():
    assert flagged(CRASH.format(total=11, parts="six men, three women and a child")) == \
        ["six men, three women and a child"]
    assert flagged(CRASH.format(total=10, parts="six men, three women and a child")) == []


def test_the_women_and_children_of_a_toll_are_some_of_it():
    assert flagged(CRASH.format(total=11, parts="six women and four children")) == []


SEIZURE = ("Coast guard seizes foreign trawlers\n\n"
           "The coast guard announced the seizure of 23 foreign trawlers fishing in the territorial waters.\n\n"
           "He said the seized trawlers included {parts}, while the crews were handed over for investigation.\n")


def test_an_including_list_one_digit_short_of_its_total():
    assert flagged(SEIZURE.format(parts="15 vessels flying the Iranian flag and six vessels flying the flag of "
                                        "Eritrea")) == ["15 vessels flying the Iranian flag and six vessels"]
    assert flagged(SEIZURE.format(parts="17 vessels flying the Iranian flag and six vessels flying the flag of "
                                        "Eritrea")) == []
    # a remainder of another size: some of the trawlers, named
    assert flagged(SEIZURE.format(parts="12 vessels flying the Iranian flag and six vessels flying the flag of "
                                        "Eritrea")) == []
    # the list says it leaves some out
    assert flagged(SEIZURE.format(parts="15 Iranian vessels and six Eritrean vessels and others")) == []


def test_of_them_at_a_scale_word():
    text = ("Tourism recovers\n\nThe number of the visitors of the Kingdom during the first ten months reached 6.3 "
            "million visitors, of them {a} million overnight tourists and 1.2 million same-day visitors, an "
            "increase of 8 percent.\n")
    assert flagged(text.format(a="4.9")) == ["4.9 million overnight tourists and 1.2 million same-day visitors"]
    assert flagged(text.format(a="5.1")) == []


def test_a_hedged_total_is_no_exact_whole():
    text = ("Fuel shipments\n\nThe government pledged three shipments totalling about 75,000 tonnes, including "
            "30,000 tonnes of diesel and 40,000 tonnes of fuel oil.\n")
    assert flagged(text) == []
    assert flagged(text.replace("about ", "")) == ["30,000 tonnes of diesel and 40,000 tonnes"]


def test_parts_set_apart_by_a_manner_or_a_place_may_be_the_main_ones():
    for parts in ("15 vessels in Mukalla and six vessels in Nishtun", "15 seriously and six lightly"):
        assert flagged(SEIZURE.format(parts=parts)) == [], parts


CANALS = ("Canal lining in Minya\n\n"
          "The director said that the ministry has begun lining three canals with lengths of 12, 18 and {c} "
          "kilometers in Mallawi and Deir Mawas.\n\n"
          "Work on the first canal will take four months, he said.\n\n"
          "He indicated that the three canals with a total length of 42 kilometers will serve 11,000 feddans.\n")


def test_a_list_sharing_its_last_unit_against_the_total_said_later_of_the_same_things():
    assert flagged(CANALS.format(c=9)) == ["12, 18 and 9 kilometers"]
    assert flagged(CANALS.format(c=12)) == []
    # the total counts other things: no tie
    assert flagged(CANALS.format(c=9).replace("the three canals with a total", "the five drains with a total")) == []


def test_the_unit_of_a_list_s_last_figure_is_each_figure_s():
    from mtcheck.analysis.quantities import extract_sentence
    text = "The ministry lined three canals with lengths of 12, 18 and 9 kilometers."
    assert [(q.value, q.unit) for q in extract_sentence(text, 0, len(text))][1:] == \
        [(12000.0, "kilometre"), (18000.0, "kilometre"), (9000.0, "kilometre")]

"""number-mismatch: the parts an article lists for a total it gave before must add up to it: a list
after a copula ('the defendants are 16 students, seven teachers and three employees') names all of
them, as 'distributed as' does, and the total a definite noun names is the count of that noun ('a
total of 146 towers of the three companies' ... 'the restored towers are distributed as')."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


NETWORK = ("Police dismantle a network selling forged driving licences\n\n"
           "The Ministry of Interior announced on Tuesday the arrest of a network of 27 defendants who sold "
           "forged driving licences through groups on the Telegram application.\n\n"
           "The ministry said that the members of the network were arrested in Cairo and Giza.\n\n"
           "He explained that the defendants are {parts} in private driving schools.\n")

TOWERS = ("Mobile network returns to Wad Madani\n\n"
          "The technical teams completed the rehabilitation of a total of 146 towers of the three companies in "
          "the state, pointing out that the works included the replacement of the generators.\n\n"
          "He explained that the restored towers are distributed as {parts}, and that the coverage now "
          "includes the city of Wad Madani.\n")


def test_a_list_after_a_copula_names_every_part_of_the_total():
    assert flagged(NETWORK.format(parts="16 instructors, seven clerks and three examiners")) == \
        ["16 instructors, seven clerks and three examiners"]
    assert flagged(NETWORK.format(parts="17 instructors, seven clerks and three examiners")) == []


def test_a_total_named_by_its_noun_is_the_count_of_that_noun():
    assert flagged(TOWERS.format(parts="64 towers for Zain, 51 towers for Sudani and 41 towers for MTN")) == \
        ["64 towers for Zain, 51 towers for Sudani and 41 towers"]
    assert flagged(TOWERS.format(parts="64 towers for Zain, 41 towers for Sudani and 41 towers for MTN")) == []


CANALS = ("Canal lining completed in the Delta\n\n"
          "The minister said that the ministry completed the lining of 1,240 kilometres of canals in the two "
          "neighbouring governorates, including {a} kilometres in Kafr El Sheikh and 600 kilometres in Beheira, "
          "with investments exceeding 3 billion pounds.\n")

PILGRIMS = ("First Hajj convoys leave Amman\n\n"
            "The secretary-general said that the number of the Jordanian pilgrims this season reached 7,500 "
            "pilgrims, distributed on 31 licensed Hajj companies.\n\n"
            "He explained that {land} pilgrims will travel by land in 140 buses, while the remaining 1,200 "
            "pilgrims will travel by air from Queen Alia International Airport.\n")


def test_one_part_for_each_group_the_total_counts_is_all_of_it():
    assert flagged(CANALS.format(a=540)) == ["540 kilometres in Kafr El Sheikh and 600 kilometres"]
    assert flagged(CANALS.format(a=640)) == []
    # parts that name no group of their own may leave some out
    text = ("Storm kills five in the two villages\n\nThe storm killed 5 people in the two villages, "
            "including 2 women and 1 child, the civil defence said.\n")
    assert flagged(text) == []


def test_a_remainder_and_the_parts_before_it_make_the_total():
    assert len(flagged(PILGRIMS.format(land="6,100"))) == 1
    assert flagged(PILGRIMS.format(land="6,300")) == []
    assert flagged(PILGRIMS.format(land="about 6,100")) == []  # a hedge leaves the rest open


FIRES = ("Forest fires in the north\n\n"
         "The civil defence said it registered 40 incidents of fire in the forests since the start of the month.\n\n"
         "The director said that the teams were reinforced, and that the incidents reported this month were "
         "distributed as {a} incidents in Ajloun, 12 incidents in Jerash and 6 incidents in Irbid.\n")


def test_a_total_named_by_a_subject_with_a_participle_phrase():
    assert flagged(FIRES.format(a=20)) == ["20 incidents in Ajloun, 12 incidents in Jerash and 6 incidents"]
    assert flagged(FIRES.format(a=22)) == []

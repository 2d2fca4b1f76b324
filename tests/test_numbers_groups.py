"""number-mismatch: a group counted as one person and others ("a leader and three of his aides")."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


AMBUSH = ("Iraqi forces kill cell leader in Diyala orchards\n\n"
          "The Security Media Cell announced on Tuesday the killing of a prominent leader of the terrorist gangs "
          "and three of his aides in an ambush in the orchards north of Muqdadiya.\n\n"
          "The spokesman said the force seized two explosive belts and four rifles.\n\n"
          "He explained that the bodies of {later} were transferred to the forensic medicine department.\n")


def test_a_leader_and_his_aides_restated_as_another_number():
    assert flagged(AMBUSH.format(later="the five terrorists")) == ["five terrorists"]


def test_the_whole_group_or_its_others_are_fine():
    assert flagged(AMBUSH.format(later="the four terrorists")) == []
    assert flagged(AMBUSH.format(later="the three aides")) == []


def test_a_count_of_other_things_is_not_the_group():
    # the rifles seized are no people, and "the two" belts no group
    assert flagged(AMBUSH.format(later="the dead")) == []


def test_a_group_arrested_and_the_suspects_counted_otherwise():
    text = ("Police arrest smuggling ring in Basra\n\n"
            "Police in Basra arrested a drug dealer and two of his accomplices on Sunday after a raid on a house "
            "in the Hayaniya district.\n\n"
            "The police said the six suspects were held in custody pending trial.\n")
    assert flagged(text) == ["six suspects"]


def test_a_large_following_is_no_counted_group():
    text = ("Clashes in the south\n\n"
            "Forces killed a commander and 300 of his fighters in the battle, the army said.\n\n"
            "The army said the bodies of the 250 fighters were buried.\n")
    assert flagged(text) == []


def test_a_far_larger_count_of_the_same_people_is_another_count():
    text = ("Raid in Diyala\n\nForces killed a leader of the terrorist gangs and three of his aides in an ambush "
            "north of Muqdadiya.\n\nThe spokesman said the 12 terrorists killed in the province this year were "
            "buried.\n")
    assert flagged(text) == []

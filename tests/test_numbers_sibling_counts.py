"""number-mismatch: a count that is one of several counts of the same noun in its sentence ("divided into 16
trucks carrying food, 6 trucks carrying shelter materials and 2 trucks carrying medicines") is a part of a
breakdown, not the earlier count ("a convoy of 26 trucks") restated; a lone count still is."""
from __future__ import annotations

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def _article(first: str, second: str) -> str:
    return f"Aid for the displaced\n\n{first}\n\nThe governor thanked the donors on Tuesday.\n\n{second}\n"


def test_a_part_listed_beside_other_parts_of_the_same_noun_is_no_restatement():
    assert flagged(_article("A convoy of 26 trucks loaded with aid arrived in Kassala yesterday.",
                            "The trucks of the convoy were divided into 16 trucks carrying food, 8 trucks "
                            "carrying shelter materials and 2 trucks carrying medicines.")) == []
    assert flagged(_article("The port of Aqaba received 45 ships during the week.",
                            "The authority said 35 ships were loaded with grain, while 8 ships carried fuel and "
                            "the rest carried containers.")) == []
    assert flagged(_article("The directorate inspected 64 bakeries in the city on Monday.",
                            "Inspectors closed 4 bakeries and warned 54 bakeries over the weight of the loaf, "
                            "the director said.")) == []


def test_trap_a_lone_count_of_the_noun_is_still_compared():
    assert flagged(_article("A convoy of 26 trucks loaded with aid arrived in Kassala yesterday.",
                            "The 16 trucks carried food, shelter materials and medicines.")) == ["16 trucks"]
    assert flagged(_article("The port of Aqaba received 45 ships during the week.",
                            "The authority said the 54 ships unloaded their cargo at the new terminal.")) \
        == ["54 ships"]
    # another noun counted beside it is no sibling
    assert flagged(_article("The directorate inspected 64 bakeries in the city on Monday.",
                            "Inspectors visited the 46 bakeries and seized 3 tonnes of flour, the director "
                            "said.")) == ["46 bakeries"]


def test_trap_a_total_beside_its_part_is_still_compared():
    # the parts and the whole together exceed the earlier count: the whole is the earlier count garbled
    assert flagged(_article("The committee referred 32 contracts to the audit bureau last month.",
                            "The bureau completed the audit of 19 contracts out of the 23 contracts referred to "
                            "it.")) == ["23 contracts"]
    assert flagged(_article("The earthquake damaged 2,127 mosques in five provinces.",
                            "The director said the earthquake damaged 2,217 mosques, among them 584 mosques that "
                            "were completely destroyed.")) == ["2,217 mosques"]

"""number-mismatch: a total shared out by category with no "including", said before the list or
after it (analysis/allocations.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Budget\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "number-mismatch")


FUND = ("The Council of Ministers approved today a programme of soft loans worth a total of {total} dinars for "
        "small projects in the governorates.\n\n"
        "The minister said that 500 billion dinars were allocated to Baghdad, 300 billion dinars to Basra and "
        "Nineveh, and 200 billion dinars to the remaining governorates.")


@pytest.mark.parametrize("total,flag", [
    ("1.2 trillion", ["500 billion dinars were allocated to Baghdad, 300 billion dinars to Basra and Nineveh, "
                      "and 200 billion dinars"]),
    ("1 trillion", []),  # it adds up
])
def test_a_total_shared_out_down_to_the_remaining_governorates(total, flag):
    assert texts(FUND.format(total=total)) == flag


SECTORS = ("The minister said the allocations of the education sector amounted to 190 billion riyals, the health "
           "sector 170 billion riyals and the defence sector 250 billion riyals, for a combined {total} billion "
           "riyals for the three sectors.")


@pytest.mark.parametrize("total,flag", [("620", True), ("610", False)])
def test_a_sum_said_after_its_parts(total, flag):
    found = texts(SECTORS.format(total=total))
    assert bool(found) is flag


def test_a_sum_said_in_a_later_sentence_that_counts_the_parts():
    body = ("The company signed agreements to supply 2 million tonnes per annum to a Japanese company and 1.5 "
            "million tonnes per annum to a German company.\n\n"
            "The chief executive said the two agreements, totalling 4 million tonnes per annum, run for 20 years.")
    assert texts(body) == ["2 million tonnes per annum to a Japanese company and 1.5 million tonnes"]


def test_a_later_sum_that_counts_other_things_is_not_the_list_s():
    body = ("The company signed agreements to supply 2 million tonnes per annum to a Japanese company and 1.5 "
            "million tonnes per annum to a German company.\n\n"
            "The chief executive said the company's contracts, totalling 40 million tonnes per annum, run for 20 "
            "years.")
    assert texts(body) == []


PARTICIPANTS = ("The ministry launched a course for 250 teachers from six governorates.\n\n"
                "The course aims to develop their skills.\n\n"
                "The participants are distributed as follows: 90 from Amman, 60 from Irbid, 40 from Zarqa, "
                "{rest}.")


@pytest.mark.parametrize("rest,flag", [
    ("30 from Mafraq and 20 from Karak", True),                    # 240: near 250, and not it
    ("35 from Mafraq and 25 from Karak", False),                   # 250
    ("10 from Mafraq and 5 from Karak", False),                    # 205: far short, some of them only
])
def test_a_count_shared_out_two_sentences_on(rest, flag):
    assert bool(texts(PARTICIPANTS.format(rest=rest))) is flag


def test_a_list_of_some_places_after_a_count_not_said_to_be_shared_out():
    body = ("The floods damaged 1,200 houses in the governorate.\n\n"
            "The director said 600 houses were damaged in Tafileh and 500 houses in Busaira.")
    assert texts(body) == []


@pytest.mark.parametrize("total,flag", [("4,500", True), ("4,300", False)])
def test_counts_of_other_kinds_with_their_sum_beside_them(total, flag):
    body = (f"He added that the project employed 3,200 Saudi engineers and 1,100 foreign experts, a total of {total} "
            "workers, over four years of work.")
    assert texts(body) == ([f"3,200 Saudi engineers and 1,100 foreign experts, a total of {total} workers"] if flag else [])


def test_a_sum_after_its_list_is_in_the_finding():
    assert texts(SECTORS.format(total="620")) == [
        "190 billion riyals, the health sector 170 billion riyals and the defence sector 250 billion riyals, for a "
        "combined 620 billion riyals"]


@pytest.mark.parametrize("others,flag", [("four others", True), ("three others", False)])
def test_a_list_from_some_of_the_people_to_the_others(others, flag):
    body = ("The court issued today its verdicts against 14 defendants belonging to a terrorist cell.\n\n"
            f"The court sentenced six of the defendants to death, five to life imprisonment, and {others} to 15 "
            "years in prison.")
    assert bool(texts(body)) is flag


@pytest.mark.parametrize("parts,flag", [
    ("97 schools in the Rastan area, 64 schools in the Talbiseh area and 38 schools in al-Qusayr district", True),
    ("110 schools in the Rastan area, 64 schools in the Talbiseh area and 38 schools in al-Qusayr district", False),
])
def test_a_list_of_places_a_verb_gives_as_the_whole(parts, flag):
    body = ("The ministry announced the reopening of 212 rehabilitated schools in the countryside of Homs.\n\n"
            f"The minister said the rehabilitation works included {parts}.")
    assert bool(texts(body)) is flag


def test_a_list_of_places_that_only_reaches_some_is_not_read_as_the_whole():
    body = ("The ministry announced the reopening of 212 rehabilitated schools in the countryside of Homs.\n\n"
            "The minister said the works reached 97 schools in the Rastan area and 64 schools in the Talbiseh area.")
    assert texts(body) == []

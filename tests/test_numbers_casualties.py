"""number-mismatch: a casualty count restated with other words for the same people."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


CONVOY = ("Drone strike hits fuel convoy on Marib road\n\n"
          "Marib - A drone killed three truck drivers and injured five others on Tuesday when it targeted "
          "a convoy of fuel tankers on the road linking the city with the district of Safer, a local official said."
          "\n\nThe deputy governor said the convoy consisted of 11 tankers loaded with diesel.\n\n"
          "A medical source in the hospital said that the bodies of {n} drivers arrived at the hospital in the "
          "afternoon, most of them burned beyond recognition.\n")


def test_the_dead_restated_as_bodies_with_another_figure():
    assert flagged(CONVOY.format(n="four")) == ["four drivers"]


def test_the_dead_restated_as_bodies_with_the_same_figure():
    assert flagged(CONVOY.format(n="three")) == []


DEPOT = ("Drone hits fuel depot in Mokha\n\n"
         "A drone struck a fuel depot in the port city of Mokha on Monday, killing three guards and wounding 11 "
         "others, a security official said.\n\n"
         "Firefighters battled the blaze for hours.\n\n"
         "The coalition said the strike, which killed {n} guards, was launched from Houthi-held areas.\n")


def test_the_killed_counted_twice_differently():
    assert flagged(DEPOT.format(n="five")) == ["five guards"]


def test_the_killed_counted_twice_alike():
    assert flagged(DEPOT.format(n="three")) == []


def test_parts_of_a_toll_in_one_sentence_are_no_restatement():
    text = ("Drone attack kills soldiers near Marib\n\n"
            "A drone attack killed nine government soldiers and wounded 14 at a military position on Sunday, "
            "an army spokesman said.\n\n"
            "Seven soldiers died at the scene and two more died of their wounds in a Marib hospital later on "
            "Sunday, he said.\n")
    assert flagged(text) == []


def test_deaths_on_other_days_are_other_counts():
    text = ("Drone strikes in Kordofan\n\n"
            "The ministry said 15 civilians were killed on Monday in the strikes on the villages.\n\n"
            "Its media office said 12 civilians had been killed in the strikes on Sunday.\n")
    assert flagged(text) == []


# --- suspects arrested and the detainees ---------------------------------------------------------
RAID = "Raid in Basra\n\nSecurity forces {what} in the raid on Monday.\n\nThe {n} detainees were referred to the judiciary.\n"


def test_suspects_arrested_restated_as_detainees():
    assert flagged(RAID.format(what="arrested 14 suspects", n=16)) == ["16 detainees"]
    assert flagged(RAID.format(what="arrested 14 suspects", n=14)) == []


def test_suspects_killed_are_not_the_detainees():
    assert flagged(RAID.format(what="killed three suspects and arrested five others", n="five")) == []


def test_suspects_at_large_are_not_the_detainees():
    text = ("Attack in Basra\n\nPolice are searching for 12 suspects who fled after the attack on Monday.\n\n"
            "The 9 detainees were questioned.\n")
    assert flagged(text) == []


# --- "the bodies of": the dead said before ---------------------------------------------------------
PASSIVE = ("Drone strike hits fuel convoy\n\nThree truck drivers were killed on Tuesday when a drone hit the "
           "convoy on the Marib road.\n\nA medical source said the bodies of {n} drivers arrived at the hospital.\n")


def test_the_bodies_of_point_back_at_the_dead():
    assert flagged(PASSIVE.format(n="four")) == ["four drivers"]
    assert flagged(PASSIVE.format(n="three")) == []


def test_the_bodies_of_other_people_are_others():
    text = ("Drone strike hits fuel convoy\n\nThree truck drivers were killed on Tuesday when a drone hit the "
            "convoy on the Marib road.\n\nRescuers recovered the bodies of four shepherds from a nearby valley "
            "on Wednesday.\n")
    assert flagged(text) == []


def test_a_name_inside_the_counted_noun():
    from mtcheck.analysis.quantities import extract_sentence
    text = "The hospital received five wounded Peshmerga fighters after midnight."
    (q,) = extract_sentence(text, 0, len(text))
    assert q.text == "five wounded Peshmerga fighters" and "fighter" in q.head


# --- the story's only count of its wounded, restated without a determiner ----------------------------
KALAR = ("Drone attack on Peshmerga position\n\nA drone attack targeted a Peshmerga position south of "
         "Sulaymaniyah on Wednesday night, wounding four fighters, one of them seriously, the ministry said.\n\n"
         "The director of the Kalar hospital said the hospital had received {later} after midnight.\n")


def test_the_only_count_of_the_wounded_restated_higher():
    assert flagged(KALAR.format(later="five wounded Peshmerga fighters")) == ["five wounded Peshmerga fighters"]


def test_the_only_count_of_the_wounded_restated_alike_or_lower():
    assert flagged(KALAR.format(later="four wounded Peshmerga fighters")) == []
    assert flagged(KALAR.format(later="three wounded Peshmerga fighters")) == []  # some may be elsewhere


def test_another_period_toll_is_no_restatement():
    text = ("Court rules on bus crash\n\nThe court sentenced the managers over a crash that killed 19 people.\n\n"
            "According to the statistics agency, 5,861 people were killed in road accidents in 2022.\n")
    assert flagged(text) == []


def test_the_role_alone_names_no_group():
    # "23 people wounded" and "25 wounded people": only the role ties them; another hospital's intake
    text = ("Blast in Basra market\n\nThe blast wounded 23 people in the market.\n\n"
            "The Basra hospital received 25 wounded people on Monday from several incidents.\n")
    assert flagged(text) == []
    text = ("Blast in Basra market\n\nThe blast wounded 23 people in the market.\n\n"
            "The hospital received 18 wounded people from the market.\n")
    assert flagged(text) == []


def test_a_death_toll_given_by_a_figure_verb():
    # "the death toll stood at 21": the toll's noun before the verb says what the figure counts
    text = ("Blast in Kirkuk\n\nPowered by automated translation\n\n"
            "The explosion killed 12 people and wounded 30 near the market on Monday.\n\n"
            "The death toll stood at {n}, the health directorate said.\n")
    assert flagged(text.format(n="21")) == ["21"]
    assert flagged(text.format(n="12")) == []
    # a toll that rose later, with a time of its own, is an update
    later = text.replace("The death toll stood at {n}", "By Wednesday the death toll had risen to {n}")
    assert flagged(later.format(n="21")) == []


def test_two_rates_each_named_by_its_own_word_are_two_figures():
    # a central bank's statement sets several rates at once: the deposit and the lending rate
    text = ("Egypt cuts rates\n\nCAIRO (Reuters) - The central bank lowered the overnight deposit rate to "
            "20.00% and the overnight lending rate to 21.00%, it said. The main operation rate and the "
            "discount rate were both cut to 20.50%.\n")
    assert flagged(text) == []
    # one rate given two values is still a conflict
    mt = ("Rates\n\nPowered by automated translation\n\nThe central bank raised the key rate to 5.25 percent "
          "on Monday. Analysts said the key rate of 2.55 percent would curb inflation.\n")
    assert flagged(mt) == ["2.55 percent"]

"""Entity mechanisms found by unseen copy: a town inside a body's official name written with "of"
keeps the body's spelling; a place opening with an Arabic prefix word (Khirbet, Tel, Beit) is a
place; the Maghreb's French ranks (Colonel-Major, General of Brigade, Adjudant); an office whose
portfolio is written as a list; a corporate kind word swapped inside a long official name."""
from __future__ import annotations
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str):
    return gating_severities(HEAD + text, rule)


# ---------------------------------------------------------------- places
def test_a_university_keeps_its_own_spelling_beside_the_city():
    text = ("The seats were distributed between the universities, where the University of Basrah obtained "
            "140 seats and the University of Kufa 95 seats.\n\n"
            "The oil companies in Basra asked for engineers specialised in the petroleum industries.")
    assert findings(text, "place-variant") == []


def test_a_port_keeps_its_own_spelling_beside_the_town():
    text = ("The Port of Hodeidah received four fuel ships last week, the corporation said.\n\n"
            "Residents of Hudaydah complained of the trucks queuing on the coastal road.")
    assert findings(text, "place-variant") == []


def test_the_town_written_two_ways_outside_the_name_is_still_a_variant():
    text = ("The University of Basrah obtained 140 seats. The oil companies in Basra asked for engineers.\n\n"
            "The governor of Basrah said the companies would fund 40 more seats.")
    assert findings(text, "place-variant") == [("Basrah", "error")]


def test_a_lower_case_port_is_the_place_itself():
    text = ("Cranes unload containers at a berth in the port of Umm Qasr, south of the city.\n\n"
            "Residents of Um Qasr complained of the trucks queuing on the road.")
    assert findings(text, "place-variant") == [("Um Qasr", "error")]


def test_a_ruin_named_place_with_its_second_word_respelt():
    text = ("The wastewater will be transferred to the Khirbet al-Samra treatment plant, the largest in "
            "the Kingdom.\n\nThe assistant secretary-general said that the plant of Khirbet al-Sumra "
            "receives about 360,000 cubic metres a day.")
    assert findings(text, "place-variant") == [("Khirbet al-Sumra", "error")]


def test_a_prefix_place_written_alike_is_no_variant():
    text = ("The wastewater will be transferred to the Khirbet al-Samra treatment plant, the largest in "
            "the Kingdom.\n\nThe plant of Khirbet al-Samra receives about 360,000 cubic metres a day, "
            "and Beit Lahia's station another 20,000.")
    assert findings(text, "place-variant") == []


# ---------------------------------------------------------------- ranks
TUNISIA = ("The spokesman for the National Guard, {first} Mourad Ben Salah, said 52 migrants were rescued.\n\n"
           "{later} Ben Salah stressed that the units thwarted 14 attempts of illegal crossing.")


def test_colonel_major_shortened_to_colonel_is_the_base_rank():
    text = TUNISIA.format(first="Colonel Major", later="Colonel")
    assert findings(text, "rank-change") == [("Colonel Ben Salah", "warning")]


def test_colonel_major_hyphenated_and_repeated_is_no_change():
    assert findings(TUNISIA.format(first="Colonel-Major", later="Colonel Major"), "rank-change") == []


def test_colonel_major_is_not_a_major():
    assert findings(TUNISIA.format(first="Colonel-Major", later="Major"), "rank-change") == \
        [("Major Ben Salah", "error")]


def test_a_lieutenant_colonel_shortened_to_lieutenant_stays_an_error():
    assert findings(TUNISIA.format(first="Lieutenant Colonel", later="Lieutenant"), "rank-change") == \
        [("Lieutenant Ben Salah", "error")]


def test_french_general_ranks_rendered_word_for_word():
    text = ("The commander of the Fourth Military Region, General of Brigade Karim Haddad, inspected the "
            "border posts.\n\nBrigadier General Karim Haddad said the units were ready.")
    assert findings(text, "rank-change") == []
    text = text.replace("Brigadier General Karim", "General of Division Karim")
    assert findings(text, "rank-change") == [("General of Division Karim Haddad", "error")]


def test_an_adjudant_is_a_warrant_officer():
    text = ("Adjudant Samir Toumi of the gendarmerie led the search.\n\nWarrant Officer Samir Toumi said "
            "the boat was found at dawn.")
    assert findings(text, "rank-change") == []


# ---------------------------------------------------------------- offices with a listed portfolio
YEMEN = ("For his part, the Minister of Agriculture, Irrigation and Fisheries Wealth, Dr. Salem Ahmed Bin "
         "Dahman, praised the efforts of the coast guard.\n\n{later} Bin Dahman announced that a committee "
         "would visit the port of Nishtoon on Wednesday.")


def test_a_minister_with_a_listed_portfolio_later_called_deputy():
    assert findings(YEMEN.format(later="Deputy Minister"), "rank-change") == \
        [("Deputy Minister Bin Dahman", "error")]


def test_a_minister_with_a_listed_portfolio_later_called_minister():
    assert findings(YEMEN.format(later="Minister"), "rank-change") == []


def test_the_minister_and_his_deputy_with_other_given_names_stay_apart():
    text = ("The Minister of Agriculture, Irrigation and Fisheries, Salem Bin Dahman, and his deputy, "
            "Ahmed Saleh Bin Dahman, met the fishermen.\n\nDeputy Minister Ahmed Bin Dahman said the ban "
            "would be lifted in May.")
    assert findings(text, "rank-change") == []


# ---------------------------------------------------------------- organisations
def test_a_corporate_kind_swapped_in_a_long_official_name():
    text = ("The General Company for Ports of Iraq said dozens of containers held cigarettes.\n\n"
            "The General Authority for Ports of Iraq stressed that the campaign does not aim to obstruct trade.")
    assert findings(text, "org-variant") == [("General Authority for Ports of Iraq", "error")]


def test_a_short_name_with_another_kind_is_another_body():
    text = ("The Jordan Water Company said the pipes were replaced.\n\n"
            "The Water Authority of Jordan said the tariff would not change.")
    assert findings(text, "org-variant") == []


def test_a_ministry_and_a_company_in_its_field_are_two_bodies():
    text = ("The Ministry of Oil said exports rose.\n\nThe Oil Products Distribution Company said its "
            "stations received 12 million litres.")
    assert findings(text, "org-variant") == []


def test_a_body_spelling_no_gazetteer_ties_to_the_town_is_still_a_variant():
    text = ("The Port of Um Qasr received 4,860 containers last week, the company said.\n\n"
            "Residents of Umm Qasr complained of the trucks queuing on the road.")
    assert findings(text, "place-variant") == [("Umm Qasr", "error")]


def test_a_title_word_is_no_echo_of_a_town():
    text = ("The storm overturned the boats about 9 nautical miles off the coast of Monastir.\n\n"
            "For his part, the Minister of Agriculture visited the injured in the city's hospital.")
    assert findings(text, "place-variant") == []

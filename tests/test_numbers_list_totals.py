"""number-mismatch: a total and the parts the article lists for it, where the total stands a clause
or a sentence before the list (analysis/list_totals.py), and lists split by place, destination or
nationality that name every part of their total."""
from __future__ import annotations

import mtcheck
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


IMPORT = ("Ministry to import sheep ahead of Eid\n\n"
          "The ministry said that it decided to import 12,000 heads of the sheep to cover the deficit in the big "
          "cities, including {a} heads from Romania and 5,000 heads from Spain, and that the first shipment will "
          "arrive next week.\n")


def test_parts_naming_the_total_s_noun_belong_to_it_a_clause_away():
    assert flagged(IMPORT.format(a="8,000")) == ["8,000 heads from Romania and 5,000 heads"]
    assert flagged(IMPORT.format(a="7,000")) == []


SOLAR = ("Three solar plants join the grid\n\n"
         "The minister inaugurated today three solar power plants in the governorates of Ma'an, Mafraq and Aqaba, "
         "with a total capacity of 300 megawatts and investments of 270 million dollars.\n\n"
         "He said that the plants are {a} megawatts in Ma'an, 100 megawatts in Mafraq and 60 megawatts in Aqaba.\n")


def test_a_figure_said_to_be_a_total_a_sentence_before_the_list():
    assert flagged(SOLAR.format(a=120)) == ["120 megawatts in Ma'an, 100 megawatts in Mafraq and 60 megawatts"]
    assert flagged(SOLAR.format(a=140)) == []


PREACHERS = ("Ministry sends preachers abroad for Ramadan\n\n"
             "The ministry will send 38 reciters and preachers to the Islamic centres abroad, of whom {parts}, "
             "to lead the Tarawih prayers.\n")


def test_a_list_by_destination_names_every_part():
    assert flagged(PREACHERS.format(parts="20 to Europe, 12 to Africa and 4 to Asia")) == \
        ["20 to Europe, 12 to Africa and 4"]
    assert flagged(PREACHERS.format(parts="22 to Europe, 12 to Africa and 4 to Asia")) == []
    # the list says it leaves some out, or names the main places only
    assert flagged(PREACHERS.format(parts="20 to Europe and 12 to Africa, and the rest to Asia")) == []
    assert flagged(PREACHERS.format(parts="20 to Europe and 6 to Africa")) == []


BASKETS = ("Zakat chamber distributes food baskets\n\n"
           "The secretary-general said that the chamber distributed in the first phase 5,200 food baskets, of them "
           "{a} baskets in the city of Gedaref and 1,900 baskets in the localities of Al-Fao and Al-Rahad, in "
           "addition to 640 blankets.\n")


def test_a_list_by_place_and_a_figure_after_a_phase():
    assert flagged(BASKETS.format(a="3,100")) == ["3,100 baskets in the city of Gedaref and 1,900 baskets"]
    assert flagged(BASKETS.format(a="3,300")) == []


BORDER = ("Border guard arrests violators in Jazan\n\n"
          "The land patrols of the Border Guard in Jazan region arrested, on Sunday, 19 violators of the border "
          "security system for attempting to smuggle qat.\n\n"
          "The spokesman said that the arrested included {a} of Ethiopian nationality and 5 of Yemeni nationality.\n")


def test_people_named_by_what_was_done_to_them_and_a_list_by_nationality():
    assert flagged(BORDER.format(a=12)) == ["12 of Ethiopian nationality and 5"]
    assert flagged(BORDER.format(a=14)) == []


def test_a_list_of_other_people_may_leave_some_out():
    text = ("Boat capsizes off the coast\n\n"
            "The coast guard rescued 40 migrants off the coast on Monday, including 17 women and 9 children, "
            "the ministry said.\n")
    assert flagged(text) == []
    centres = ("Vaccination campaign starts on Sunday\n\n"
               "The campaign will start on Sunday in 94 primary health care centres distributed in all the "
               "governorates.\n\n"
               "He added that the centres are divided into 46 centres in the Capital, Hawalli and Farwaniya "
               "governorates and {b} centres in the Ahmadi, Jahra and Mubarak Al-Kabeer governorates.\n")
    assert flagged(centres.format(b=52)) == ["46 centres in the Capital, Hawalli and Farwaniya governorates and 52 centres"]
    assert flagged(centres.format(b=48)) == []


AIRPORT = ("Marrakech airport receives a record number of passengers\n\n"
           "The National Airports Office announced today that the airport received during the year 2025 a total of "
           "8.6 million passengers, an increase of 11 percent compared to 2024.\n\n"
           "The office said that the international traffic represented {a} million passengers, while the domestic "
           "traffic reached 0.5 million passengers.\n")


def test_a_complementary_pair_is_all_of_its_total():
    assert flagged(AIRPORT.format(a="7.9")) == \
        ["7.9 million passengers, while the domestic traffic reached 0.5 million passengers"]
    assert flagged(AIRPORT.format(a="8.1")) == []
    # last year's split is no part of this year's total
    last_year = AIRPORT.replace("The office said that the", "Last year, the").format(a="7.1")
    assert flagged(last_year) == []
    # a month's split is a part of the year's total
    december = AIRPORT.replace("The office said that the", "In December, the").format(a="0.7")
    assert flagged(december) == []


HOUSING = ("Fund hands over housing units in Derna\n\n"
           "The fund handed over today 500 housing units to families affected by the floods, and said the units "
           "are part of a project of 3,500 units.\n\n"
           "The fund said that 750 units will be handed over in the {nth} batch, bringing the total to {t} units by "
           "the end of the year.\n")


def test_a_second_batch_brings_the_total_to_the_two_batches():
    assert flagged(HOUSING.format(nth="second", t="1,520")) == ["1,520 units"]
    assert flagged(HOUSING.format(nth="second", t="1,250")) == []
    # after a third batch, earlier batches the story never gave may count too
    assert flagged(HOUSING.format(nth="third", t="1,520")) == []
    # a batch of several figures is not read as one
    several = HOUSING.replace("750 units will be handed over", "450 units in Benghazi and 300 in Sirte will be handed over")
    assert flagged(several.format(nth="second", t="1,250")) == []


HARBOURS = ("Sardine season ends in Al Wusta\n\n"
            "The ministry said that the fishing harbour of Duqm received in the season 2,140 boats and the harbour "
            "of Sur {b} boats, {total} 4,100 boats in the two harbours.\n")


def test_figures_before_a_total_in_their_sentence_are_all_of_it():
    assert flagged(HARBOURS.format(b="1,870", total="with a total of")) == [
        "2,140 boats and the harbour of Sur 1,870 boats, with a total of 4,100 boats"]
    assert flagged(HARBOURS.format(b="1,960", total="with a total of")) == []
    # a part of a larger whole, not its sum
    assert flagged(HARBOURS.format(b="1,870", total="out of a total of")) == []


FARMERS = ("Seeds distributed to farmers in Nineveh\n\n"
           "The directorate said that the number of the beneficiary farmers reached 23,400 farmers, 18,100 of them "
           "in the districts of Tal Afar and Sinjar and {b} in the Nineveh Plains.\n")


def test_the_first_part_before_its_of_them():
    assert flagged(FARMERS.format(b="5,100")) == ["18,100 of them in the districts of Tal Afar and Sinjar and 5,100"]
    assert flagged(FARMERS.format(b="5,300")) == []
    # some of them, by manner: no place sets the parts apart
    text = ("Clashes in the south\n\nThe clashes wounded 12 people, two of them seriously and three lightly, the "
            "ministry said.\n")
    assert flagged(text) == []


SEEDS = ("Seeds distributed in two batches\n\n"
         "The director said that the first batch included 8,400 tonnes of the seeds, and that the directorate "
         "distributed last week the second batch of 5,600 tonnes, bringing the total of the distributed seeds to "
         "{t} tonnes.\n")


def test_a_second_batch_after_the_first_in_its_own_sentence():
    report = mtcheck.check(SEEDS.format(t="14,500"), backend="none", select=["number-mismatch"])
    assert [(f.text, f.suggestion) for f in report.findings] == [("14,500 tonnes", "14,000 tonnes")]
    assert flagged(SEEDS.format(t="14,000")) == []


def test_a_place_in_a_table_owns_its_figures():
    text = ("Saudi Arabia tops Gulf medal table\n\n"
            "Saudi Arabia finished top of the medal table on Sunday with 27 gold medals, ahead of Kuwait and "
            "Bahrain.\n\nKuwait finished second with 61 medals, including 19 gold, while Bahrain took third place "
            "with 15 gold among its 43 medals.\n")
    assert flagged(text) == []

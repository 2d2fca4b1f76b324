"""Session 25: a stated length against the dates that bound it, in the shapes round Q's writers used:
a length counted since a date and ended by another ("released on Monday, February 3, after spending
12 days in detention since his arrest on January 14"); whole days said in hours ("a truce for 72
hours"); a length no noun governs ("for a period of 30 days"); a compound's first noun ("the harvest
campaign" ... "the harvesting"); months of work and an implementation period against the months the
works ran; and "the end of July", which is no event of its own."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Ministry report\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("length,flag", [("12 days", ["12 days"]), ("20 days", []), ("three weeks", [])])
def test_a_length_since_a_date_ended_by_another(length, flag):
    body = ("The union announced today, Tuesday, that the activist Karim Jaziri was released yesterday evening, "
            f"Monday, March 9, 2026, after spending {length} in detention since his arrest on February 17.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_since_without_after_is_no_bound():
    body = ("The union announced today, Tuesday, March 10, 2026, that 12 days have passed without news of the "
            "activist since his arrest on February 17.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == []


@pytest.mark.parametrize("hours,flag", [("72 hours", ["72 hours"]), ("120 hours", []), ("six hours", [])])
def test_a_truce_in_hours_against_its_end(hours, flag):
    body = (f"The council announced a truce for {hours} between the two tribes in the city of Sabha, starting from "
            "Friday, 12 Shawwal 1446 AH, corresponding to April 11, 2025, after clashes in the al-Manshiya "
            "district.\n\nIt is noteworthy that the truce ends on Wednesday, April 16, and the council called on "
            "the parties to commit to it.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("days,flag", [("30 days", ["30 days"]), ("15 days", [])])
def test_a_period_no_noun_governs(days, flag):
    body = ("The Ministry of Housing announced today, Sunday, the opening of registration for 4,800 apartments "
            f"in the new city of Sadat, for a period of {days}, in three phases.\n\n"
            "The ministry said that the registration starts on Thursday, April 2, and ends on Thursday, "
            "April 16, through the post offices.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("days,flag", [("45 days", ["45 days"]), ("30 days", [])])
def test_the_first_noun_of_a_compound(days, flag):
    body = ("The Ministry of Agriculture announced today the launch of the harvest campaign of the barley in the "
            f"Gharb plain, which will extend for {days}, on an area of 52,000 hectares.\n\n"
            "The director said that the harvesting will be carried out from May 1 until May 30.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("months,flag", [("20 months", ["20 months"]), ("15 months", [])])
def test_months_of_work_against_the_months_of_the_works(months, flag):
    body = (f"The overpass, opened after {months} of work, links the airport road to the ring road.\n\n"
            "The minister explained that the works started in March 2024 and were completed at the end of May 2025, "
            "at a cost of 11 million dinars.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("months,flag", [("24 months", ["24 months"]), ("12 months", [])])
def test_an_implementation_period_against_the_works(months, flag):
    body = (f"The ministry said that the implementation period is {months} according to the contract.\n\n"
            "The works started in February 2025 and the contractor is committed to delivering the station at the "
            "end of January 2026.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_the_end_of_a_month_is_no_event():
    body = ("RABAT (Reuters) - The government extended subsidies for imported wheat until the end of December, "
            "a measure first introduced in 2022.\n\n"
            "The ministry said it would pay farmers a premium for wheat delivered before the end of July.")
    assert gating_texts("Wheat\n\n" + body + "\n", "date-mismatch") == []


@pytest.mark.parametrize("parts,flag", [
    ("130,000 hectares in the Gharb plain and 40,000 hectares in the Loukkos basin",
     ["130,000 hectares in the Gharb plain and 40,000 hectares"]),     # 170,000 of 210,000
    ("150,000 hectares in the Gharb plain and 60,000 hectares in the Loukkos basin", []),
])
def test_a_subject_divided_between_parts_sentences_after_its_total(parts, flag):
    body = ("The Ministry of Agriculture announced today the start of the sugar beet harvest on a total area of "
            "210,000 hectares.\n\nThe harvest comes after a rainy winter. The minister visited the fields. "
            "Prices were fixed last month. The mills are ready.\n\n"
            f"He explained that the planted area is divided between {parts}, and that the crop will be bought "
            "at the fixed price.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [("The 50 licences issued in Karrada", ["50 licences"]),
                                        ("The 15 licences issued in Karrada", [])])
def test_a_name_the_earlier_sentence_says_too(later, flag):
    body = ("The Director General of the Licensing Department, Engineer Salim Abbas al-Jubouri, said in a press "
            "conference that the Mayoralty issued fifteen trade licences in the Karrada district during the trial "
            "period of the system.\n\n"
            f"{later} were delivered to their owners within less than three weeks, according to the Mayoralty.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("system,flag", [("the Tawasul national system", []),
                                         ("the Tawasul electronic platform", []),
                                         ("the Tawasul session", ["Tawasul"])])
def test_a_name_whose_head_comes_one_word_on(system, flag):
    body = ("The Authority said that subscribers can submit their complaints about the quality of the service "
            f"through {system}, and that it will publish a quarterly report.")
    assert [f for f in gating_texts(HEAD + body + "\n", "untranslated")] == flag


@pytest.mark.parametrize("later,flag", [("the 1,368,000 unemployed", ["1,368,000 unemployed"]),
                                        ("the 1,638,000 unemployed", [])])
def test_a_target_year_is_no_time_frame_of_the_figure(later, flag):
    body = ("The High Commission for Planning said that the rate of unemployment rose to 13.1 percent, and that "
            "the number of the unemployed reached 1,638,000 people.\n\n"
            f"The minister added that the reduction of {later} by half by 2030 requires the private sector.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("hijri,flag", [
    ("22 Jumada al-Ula 1447 AH", ["the session, held on 22 Jumada al-Ula 1447 AH"]),  # November 2025
    ("21 Rabi' al-Thani 1447 AH", []),                                               # October 13, 2025
])
def test_an_event_dated_again_by_a_hijri_date_alone(hijri, flag):
    body = ("The Council of Representatives hosted, in its session held today, Monday, October 13, 2025, the "
            "Minister of Water Resources.\n\nThe Speaker postponed the vote on the recommendations to the next "
            f"session, after the session, held on {hijri}, lasted for more than three hours.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("hospitals,flag", [
    ("Sohag General Hospital (14), Tahta Hospital (9) and Girga Hospital (6)",
     ["14), Tahta Hospital (9) and Girga Hospital (6"]),          # 29 of 31
    ("Sohag General Hospital (14), Tahta Hospital (11) and Girga Hospital (6)", []),
])
def test_parts_in_brackets_after_their_names(hospitals, flag):
    body = ("Sohag - Three people were killed and 31 others were injured today when a bus overturned on the "
            "desert road.\n\n"
            f"The ministry said the injured were transferred to {hospitals}, and that five are in critical condition.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [("the 52 people who lost their lives", ["52 people"]),
                                        ("the 46 people who lost their lives", [])])
def test_people_named_as_the_dead_by_a_clause(later, flag):
    body = ("Algiers - The Civil Protection announced today, Wednesday, that 46 people were killed and 1,310 others "
            "were injured in 1,219 traffic accidents recorded during the period from 2 to 8 November.\n\n"
            f"The bodies of {later} were deposited in the morgues of the hospitals, the statement said.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [("the 83 closures", ["83 closures"]), ("the 38 closures", [])])
def test_the_acts_counted_by_the_verb_s_noun(later, flag):
    body = ("Makkah - The Ministry of Tourism closed 38 hospitality facilities in Makkah during the first week of "
            "the season for violating the licensing conditions.\n\n"
            f"The ministry said that {later} came after 1,400 inspection visits.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("months,flag", [("three months", ["three months"]), ("six months", [])])
def test_a_length_in_months_from_a_first_day_to_the_end_of_a_month(months, flag):
    body = ("The Ministry of Internal Trade announced a package of exceptional measures that will last for "
            f"{months}, from April 1 until the end of September, including ceilings on profits.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_a_surname_at_the_start_of_a_sentence_is_no_untranslated_word():
    body = ("The Minister of Tourism, Faris al-Bawab, announced on Wednesday that revenue rose.\n\n"
            "Bawab said the ministry will launch a new campaign.")
    assert gating_texts(HEAD + body + "\n", "untranslated") == []


@pytest.mark.parametrize("later,flag", [("the 10 million dollars", ["10 million dollars"]),
                                        ("the 10 million dinars", [])])
def test_a_definite_figure_in_another_currency(later, flag):
    body = ("The Governor of Nineveh directed the payment of a compensation of 10 million dinars to the family of "
            f"the child.\n\nThe father of the child, Ahmed Salem al-Jubouri, told the agency that the family received "
            f"{later} but that the money does not return the child.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("day,flag", [("Monday", ["decree issued on Monday"]), ("Tuesday", [])])
def test_a_decree_dated_twice(day, flag):
    body = ("The Ministry of Interior announced today, Wednesday, March 12, 2025, that the new governors appointed "
            "by a presidential decree issued yesterday evening, Tuesday, will take office immediately.\n\n"
            f"The ministry said that the decree issued on {day} evening also named a new delegate.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_the_counting_of_the_votes_is_no_vote():
    body = ("The ministry announced today, Monday, the results of the municipal elections, which were held "
            "yesterday, Sunday, May 18, 2025.\n\nThe minister said the counting of the votes continued until "
            "dawn today in several towns.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == []


@pytest.mark.parametrize("name,flag", [("the Health Mudiriya in Port Said", ["Mudiriya"]),
                                       ("the Health Directorate in Port Said", [])])
def test_an_arabic_head_after_an_english_field(name, flag):
    body = (f"The Health Department said on Sunday that {name} examined the crews of 14 ships anchored in the "
            "waiting area.")
    assert gating_texts(HEAD + body + "\n", "untranslated") == flag


def test_a_place_set_apart_as_another_is_no_variant():
    text = ("Council vote\n\nTRIPOLI, Lebanon (Reuters) - Voters in the village of Fnaideq in Akkar chose mukhtars "
            "on Sunday.\n\nFnaideq should not be confused with Fneidek in northern Morocco.\n")
    assert gating_texts(text, "place-variant") == []


def test_a_date_recalled_is_another_occasion():
    text = ("Quake in Syria\n\nDAMASCUS (Reuters) - A magnitude 4.9 earthquake shook western Syria early on Tuesday, "
            "damaging dozens of homes in the Hama countryside.\n\nThe quake was a reminder of Feb. 6, 2023, when a "
            "7.8-magnitude earthquake centered in southern Turkey killed thousands of people in Syria.\n")
    assert gating_texts(text, "date-mismatch") == []


@pytest.mark.parametrize("later,flag", [("the 120 tonnes of the seized material", ["120 tonnes"]),
                                        ("the 120 kilograms of the seized material", []),
                                        ("the 120 tonnes of medicines", [])])
def test_a_definite_measure_in_another_unit_that_names_no_stuff(later, flag):
    body = ("The court said that the army arrested the defendant at a checkpoint while he was transporting 120 "
            f"kilograms of hashish in a truck.\n\nThe ruling also stated that {later} would be destroyed.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [("the Diwan al-Muhasaba said", ["Diwan al-Muhasaba"])])
def test_a_body_s_arabic_name_after_its_english(later, flag):
    body = ("The union called on the Audit Bureau to follow up on the agreement.\n\n"
            f"In a related context, {later} that it will review the lists of the new raise.")
    assert gating_texts(HEAD + body + "\n", "mistranslation") == flag
    assert gating_texts(HEAD + body + "\n", "untranslated") == []


@pytest.mark.parametrize("earlier,flag", [("the defendant, Hussein Ali Tleiss,", ["August 17"]), ("the defendant", ["August 17"])])
def test_a_name_in_apposition_ends_no_clause(earlier, flag):
    body = (f"The army arrested {earlier} on August 14, 2025 at a checkpoint near the city of Baalbek.\n\n"
            "The court noted that his arrest on August 17 followed a tip.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("sides,flag", [("9 for the prosecution and 11 for the defence", ["9 for the prosecution and 11"]),
                                        ("12 for the prosecution and 11 for the defence", [])])
def test_witnesses_by_side(sides, flag):
    body = f"The court heard 23 witnesses during the trial, {sides}, among them engineers of the ministry."
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("hijri,flag", [("17 Shawwal 1445 AH", ["17 Shawwal 1445 AH"]), ("7 Shawwal 1445 AH", [])])
def test_a_hijri_date_of_the_same_weekday(hijri, flag):
    body = ("The Basra Police Command announced, on Tuesday, 16 April 2024, a security cordon around villages in "
            f"Al-Qurna district.\n\nIt is noteworthy that on the same Tuesday, corresponding to {hijri}, tribal "
            "elders met to announce a truce.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("nights,flag", [("30", ["the 30 nights of the festival"]), ("37", [])])
def test_the_nights_of_a_festival(nights, flag):
    body = ("The festival management announced today the programme of the 60th edition, which will be held from "
            f"Friday, July 10 to Saturday, August 15, 2026.\n\nIt said that the {nights} nights of the festival will "
            "revive the tourist season.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("total,flag", [("14 casualties in total", ["three dead and nine wounded"]),
                                        ("12 casualties in total", [])])
def test_casualties_add_the_dead_and_the_wounded(total, flag):
    body = ("Armed clashes between two clans over land left three dead and nine wounded, the police said.\n\n"
            f"The clashes, which lasted two hours, left {total}, according to the health directorate.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("parts,flag", [("70 in Port Sudan, 35 in Kassala and 25 in Gedaref",
                                         ["70 in Port Sudan, 35 in Kassala and 25"]),
                                        ("60 in Port Sudan, 35 in Kassala and 25 in Gedaref", [])])
def test_an_apposition_by_place(parts, flag):
    body = f"The committee decided to distribute the fuel to 120 stations, {parts}, according to the population."
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("parts,flag", [("300,000 sheep, 85,000 goats and 17,000 cattle",
                                         ["300,000 sheep, 85,000 goats and 17,000 cattle"]),
                                        ("310,000 sheep, 85,000 goats and 17,000 cattle", [])])
def test_livestock_split_into_its_kinds(parts, flag):
    body = ("The veterinary teams vaccinated 412,000 head of livestock during the first phase.\n\n"
            f"He explained that the vaccinated animals included {parts}.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


def test_the_whole_said_roughly_before_in_its_sentence():
    body = ("The commission completed the restoration of 38 mud-brick houses in the Old Town.\n\n"
            "He explained that the Old Town, which includes more than 900 houses, was inhabited until the 1980s, "
            "and the commission plans to restore 250 of the 900 houses in stages by 2030.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == []


@pytest.mark.parametrize("english,flag", [("the Saudi Red Crescent Authority said", ["Hilal al-Ahmar"]),
                                          ("the Red Crescent Hospital said", [])])
def test_a_body_s_arabic_name_after_its_full_english_name(english, flag):
    body = (f"For his part, {english} that its teams transported 17 of the injured, and the Hilal al-Ahmar teams "
            "remained at the plant until the fire was put out.")
    assert gating_texts(HEAD + body + "\n", "mistranslation") == flag


def test_a_senate_approving_a_bill_as_it_came_from_the_house_is_english():
    body = "The Senate approved the draft law as it came from the House, and the minister welcomed the vote."
    assert gating_texts(HEAD + body + "\n", "mistranslation") == []


def test_a_wire_lead_reworded_from_the_summary_is_no_copy():
    text = ("Egypt says wheat reserves sufficient for five months\n\n"
            "Egypt's strategic wheat reserves are sufficient for about five months, the supply minister said on "
            "Sunday, as state buyers stepped up purchases of the local crop at silos across the Nile Delta.\n\n"
            "CAIRO (Reuters) - Egypt's strategic wheat reserves are sufficient for about five months, Supply "
            "Minister Mahmoud Fathi al-Sherbini said on Sunday, as the government stepped up purchases of the local "
            "harvest.\n")
    assert gating_texts(text, "repeated-text") == []


@pytest.mark.parametrize("parts,flag", [("11 in Khasab, 7 in Bukha and 4 in Dibba", ["11 in Khasab, 7 in Bukha and 4"]),
                                        ("12 in Khasab, 7 in Bukha and 4 in Dibba", [])])
def test_most_of_them_says_what_the_whole_is(parts, flag):
    body = (f"The campaign teams seized 23 boats during the campaign: {parts}, most of them fast boats equipped "
            "with powerful engines.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag

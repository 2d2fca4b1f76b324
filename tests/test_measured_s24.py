"""Session 24: days written as ordinal words in a stated span ("from the first of March until the
thirty-first of March"), and a Hijri date tied to the report's own day ("today's announcement ...,
corresponding to the fifteenth of Shawwal 1446 AH", analysis/hijri_today.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Campaign ends\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("length,flag", [
    ("45 days", ["45 days"]),    # March 1 to March 31 is 31 days
    ("31 days", []),
    ("a month", []),
])
def test_a_stated_length_against_ordinal_word_days(length, flag):
    body = (f"The minister said that the campaign, which continued for {length} from the first of March until "
            "the thirty-first of March, removed 318 encroachments.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_thirty_first_is_no_count_of_thirty():
    body = ("The campaign ran until the thirty-first of March. The ministry counted 30 inspectors "
            "and said the 31 inspectors would return in April.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == []


@pytest.mark.parametrize("hijri,flag", [
    ("the fifteenth of Shawwal 1446 AH", ["fifteenth of Shawwal 1446 AH"]),  # April 13, 2025
    ("the first of Dhu al-Hijjah 1446 AH", []),                             # May 28, 2025
])
def test_a_hijri_date_tied_to_today(hijri, flag):
    body = ("The ministry announced today, Wednesday, May 28, 2025, the start of the wheat harvest in Hasakah.\n\n"
            f"It is noteworthy that today's announcement, corresponding to {hijri}, came after a field tour.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_a_hijri_date_of_another_day_is_not_today_s():
    body = ("The ministry announced today, Wednesday, May 28, 2025, the start of the wheat harvest in Hasakah.\n\n"
            "The season opened in the first week of Shawwal 1446 AH, the governor said.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == []


@pytest.mark.parametrize("later,rule,flag", [
    ("Residents said the Al-Da'm Al-Sari' forces looted the market.", "mistranslation", ["Al-Da'm Al-Sari'"]),
    ("Residents said the Al-Da'm Al-Sari' forces looted the market.", "untranslated", []),
    ("The Bank al-Markazi confirmed the new rate.", "mistranslation", ["Bank al-Markazi"]),
    # glossed in brackets beside the English, or a name English news keeps: no fallback
    ("The Rapid Support Forces (al-Da'm al-Sari') denied it.", "mistranslation", []),
])
def test_a_body_s_arabic_name_after_its_english_one(later, rule, flag):
    body = ("The attack was launched by the Rapid Support Forces on Monday, and the Central Bank of Sudan "
            f"froze their accounts, witnesses said.\n\n{later}")
    assert gating_texts(HEAD + body + "\n", rule) == flag


def test_a_name_english_news_keeps_is_no_fallback():
    body = ("The Popular Mobilization Forces sent reinforcements on Monday.\n\n"
            "A Hashd al-Shaabi commander said the road was open.")
    assert gating_texts(HEAD + body + "\n", "mistranslation") == []


def test_a_share_of_each_individual_is_a_rate_per_individual():
    body = ("The spokesman said that the share of each individual is 9 kilograms of flour and 3 kilograms of rice.\n\n"
            "He confirmed that the beneficiaries will receive the 9 tonnes of flour per individual through the agents.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == ["9 tonnes"]


@pytest.mark.parametrize("quoted,flag", [
    ('"the 50 offices will create jobs"', ["50 offices"]),     # fifteen read as fifty
    ('"the 15 offices will create jobs"', []),
    ('"the 50 branches of the banks will stay open"', []),     # another thing
])
def test_a_quoted_back_reference_reads_a_teen_word_as_a_ten(quoted, flag):
    body = ("The Central Bank announced today the granting of licenses to fifteen new exchange offices in "
            "the governorates of Tunis and Medenine.\n\n"
            f"For his part, the head of the chamber welcomed the decision, saying that {quoted}.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("length,flag", [
    ("30 days", ["1 to 15 June"]),
    ("15 days", []),
])
def test_a_booking_period_against_its_dates_in_an_article_with_no_year(length, flag):
    body = (f"The director explained that the booking period lasts {length}, and that the applicant must be Egyptian.\n\n"
            "She added that the booking will be done electronically through the fund's website from 1 to 15 June.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("in its statement issued on Monday evening", ["Monday"]),
    ("in its statement issued on Wednesday evening", []),
    ("in its previous statement issued on Monday evening", []),   # another statement
])
def test_the_lead_s_statement_dated_by_a_bare_weekday(later, flag):
    body = ("The Central Bank announced today, Wednesday, the granting of licenses to new exchange offices.\n\n"
            "The director general said in a statement to the official agency that the offices will open next month.\n\n"
            f"The bank confirmed {later} that the offices must keep a daily register.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("the drop of 3.4 metres in the level of the lake", ["3.4 metres"]),
    ("the drop of 4.3 metres in the level of the lake", []),
])
def test_a_change_named_as_a_noun_restates_the_change(later, flag):
    body = ("The ministry announced today that the water level in Lake Assad has dropped by 4.3 metres since "
            "the beginning of the year.\n\n"
            f"The ministry's statement warned that {later} threatens the work of the Baath Dam.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("the 25 detainees will be referred to the prosecution", ["25 detainees"]),
    ("the 23 detainees will be referred to the prosecution", []),
])
def test_people_named_by_what_was_done_to_them(later, flag):
    body = ("Police arrested 23 fans after the derby in Tripoli on Friday.\n\n"
            f"The security directorate said that {later}.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("parts,flag", [
    ("16 trucks of the World Food Programme, 12 trucks of UNICEF and 11 trucks of the Red Crescent", True),
    ("16 trucks of the World Food Programme, 12 trucks of UNICEF and 9 trucks of the Red Crescent", False),
    ("16 trucks of the World Food Programme, 12 trucks of UNICEF and 6 trucks of the Red Crescent", True),  # 34: consists of is all of it
])
def test_what_a_convoy_consists_of_adds_up_to_it(parts, flag):
    body = ("The Tawila camp received a convoy of 37 trucks on Sunday.\n\n"
            f"The commissioner said that the convoy consists of {parts}.")
    assert bool(gating_texts(HEAD + body + "\n", "number-mismatch")) == flag


@pytest.mark.parametrize("toll,flag", [
    ("6 people", ["6 people"]),   # a toll does not fall
    ("12 people", []),            # it may rise
    ("9 people", []),
])
def test_a_death_toll_said_later_below_the_first_count_of_the_dead(toll, flag):
    body = ("A storm in Mahra killed 9 people on Tuesday.\n\n"
            f"The governor said the death toll of the storm, which reached {toll}, could rise.")
    assert gating_texts(HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("parts,flag", [
    ("4 of them sentenced to death and 6 serving life sentences", True),
    ("4 of them sentenced to death and 5 serving life sentences", False),
])
def test_parts_of_a_subject_set_off_by_a_comma(parts, flag):
    body = ("The spokesman said that the information indicated the involvement of 9 inmates in the plan.\n\n"
            f"He added that the accused inmates, {parts}, had received mobile phones.")
    assert bool(gating_texts(HEAD + body + "\n", "number-mismatch")) == flag


@pytest.mark.parametrize("later,flag", [
    ("the 1,200 additional megawatts will enter service gradually", True),
    ("the 1,100 additional megawatts will enter service gradually", False),
    ("the 1,200 megawatts of the northern plants will enter service gradually", False),  # not named by the verb
])
def test_a_list_restated_as_one_figure_named_by_its_verb(later, flag):
    body = ("The minister explained that the plan will add 500 megawatts from the Rumaila station, 400 megawatts "
            "from the Najibiya station and 200 megawatts from the Khor al-Zubair station to the southern network.\n\n"
            f"He confirmed at the end of the conference that {later}.")
    assert bool(gating_texts(HEAD + body + "\n", "number-mismatch")) == flag


def test_a_range_that_ends_yesterday():
    body = ("The ministry announced today, Wednesday, October 16, 2024, the resumption of air traffic after the closure "
            "of the airport from Friday, October 11, until yesterday, Tuesday, October 15.\n\n"
            "The companies will carry the passengers stranded during the closure, which lasted nine days.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == ["nine days"]


@pytest.mark.parametrize("length,flag", [("three days", True), ("five days", False)])
def test_a_suspension_s_length_against_its_dates_in_an_article_with_no_year(length, flag):
    body = (f"The balloon flights resumed this morning, after the authority suspended them for {length} because of "
            "the strong winds.\n\n"
            "The head of the station said that the suspension, which lasted from Sunday, May 11 to Thursday, May 15, "
            "was decided after the wind exceeded the limits.")
    assert bool(gating_texts(HEAD + body + "\n", "date-mismatch")) == flag

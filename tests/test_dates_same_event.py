"""date-mismatch: one event dated two ways with other words around its second mention
(analysis/noun_days.py, holiday_days.py, statement_media.py): a start named by its noun ("since the
start of the strike on March 6"), a body's possessive ("the committee's meeting on July 29"), a
definite subject of a passive ("the contracts with the three companies were signed on"), a feast
("the day of the Eid on June 27"), the lead's press conference named by its head word."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


STRIKE = ("Textile workers continue strike in Mahalla\n\n"
          "Powered by automated translation\n\n"
          "Thousands of workers of the spinning company continued their strike for the third day in a row.\n"
          "The strike began on Sunday, March 9, 2025, when workers of the morning shift refused to operate "
          "the looms.\n"
          "The governor met a delegation of the workers at the headquarters of the governorate.\n"
          "The workers said that {later}, the administration has not sent anyone to the halls.\n")


def test_a_strike_started_on_two_days():
    later = "since the start of the strike on March 6"
    assert texts(STRIKE.format(later=later)) == ["the start of the strike on March 6"]


@pytest.mark.parametrize("later", [
    "since the start of the strike on March 9",           # the same day
    "until the end of the strike on March 12",            # its end, another moment
    "since the start of the second strike on March 20",   # another strike
    "since the start of the sit-in on March 6",           # another event
])
def test_strike_traps(later):
    assert texts(STRIKE.format(later=later)) == []


FLIGHTS = ("Sudan Airways resumes Cairo route\n\n"
           "Powered by automated translation\n\n"
           "The director said that Sudan Airways resumed its flights to Cairo on 12 January after a stop that "
           "lasted for several months.\n"
           "The spokesman said the company plans to open a new route to Atbara.\n"
           "He said that the company, {later}, had transported more than 9,000 passengers.\n")


def test_flights_resumed_on_two_days():
    later = "since the resumption of its flights on 21 January"
    assert texts(FLIGHTS.format(later=later)) == ["the resumption of its flights on 21 January"]


@pytest.mark.parametrize("later", [
    "since the resumption of its flights on 12 January",
    "since the resumption of its flights to Jeddah on 21 January",  # another route
    "since the suspension of its flights on 21 January",            # not a start
])
def test_flight_traps(later):
    assert texts(FLIGHTS.format(later=later)) == []


MEETING = ("Jordan raises fuel prices\n\n"
           "Powered by automated translation\n\n"
           "The secretary-general said that the tripartite committee reviewed the prices in its meeting held on "
           "Sunday, July 27, and decided the increase.\n"
           "Stations in Irbid saw long queues of cars.\n"
           "According to the secretary-general, {later} also discussed the price of liquefied gas.\n")


def test_a_bodys_possessive_names_its_meeting():
    later = "the committee's meeting on July 29"
    assert texts(MEETING.format(later=later)) == [later]


@pytest.mark.parametrize("later", ["the committee's meeting on July 27", "the board's meeting on July 29"])
def test_possessive_traps(later):
    assert texts(MEETING.format(later=later)) == []


CONTRACTS = ("Mosul housing contracts\n\n"
             "Powered by automated translation\n\n"
             "The minister noted that the contracts were signed on Monday, 14 October 2024, with three Iraqi "
             "companies after an open tender.\n"
             "The fund completed the survey of 1,180 damaged properties.\n"
             "It is worth mentioning that {later}, according to the ministry's statement.\n")


def test_a_definite_subject_signed_again():
    later = "the contracts with the three companies were signed on 17 October 2024"
    assert texts(CONTRACTS.format(later=later)) == [later]


@pytest.mark.parametrize("later", [
    "the contracts with the three companies were signed on 14 October 2024",
    "the contracts with the Turkish consultant were signed on 17 October 2024",  # another party
    "the contracts will be signed on 17 October 2024 for the second phase",       # a plan
])
def test_definite_subject_traps(later):
    assert texts(CONTRACTS.format(later=later)) == []


def test_a_handover_ceremony_on_another_day_than_today():
    text = ("Derna families receive housing units\n\n"
            "Powered by automated translation\n\n"
            "Derna - The Reconstruction Fund handed over today, Monday, 500 housing units to families affected "
            "by the floods, in a ceremony attended by officials.\n"
            "The engineer added that the fund completed the rehabilitation of the bridges.\n"
            "The authority said that the handover ceremony was held on Sunday, 7 September 2025, in the presence "
            "of the mayor.\n")
    assert texts(text) == ["the handover ceremony was held on Sunday, 7 September 2025"]


EID = ("Sheep prices soar before Eid\n\n"
       "Powered by automated translation\n\n"
       "The ministry opened 30 points of sale ahead of Eid al-Adha, which is expected on Wednesday, May 27, "
       "corresponding to 10 Dhu al-Hijjah 1447.\n"
       "The union said that the number of sheep available is estimated at 850,000 heads.\n"
       "The points will remain open until {later}.\n")


def test_one_feast_dated_a_month_apart():
    later = "the day of the Eid on June 27"
    assert texts(EID.format(later=later)) == [later]


@pytest.mark.parametrize("later", [
    "the day of the Eid on May 27",
    "the day of the Eid on Thursday, May 28",          # the moon sighting's doubt: a day apart
    "the second day of the Eid on Thursday, May 28",   # another day of the feast
    "Eid al-Fitr on March 20",                         # another feast
    "the Eid al-Adha holiday, which begins on Monday, May 25",  # a public holiday from days before
    "the Eid, as last year's Eid al-Adha fell on June 16, 2024",
])
def test_feast_traps(later):
    assert texts(EID.format(later=later)) == []


def test_the_eid_of_an_article_of_two_eids_is_not_read():
    text = EID.format(later="the day of the Eid on June 27") + "Eid al-Fitr fell on March 20.\n"
    assert texts(text) == []


CONFERENCE = ("Assiut families join cash support programme\n\n"
              "Powered by automated translation\n\n"
              "Assiut - The Ministry of Social Solidarity announced, today, Thursday, the inclusion of 62,000 new "
              "families in the programme.\n"
              "The undersecretary said in a press conference held at the headquarters of the directorate that "
              "the families were selected after a field survey.\n"
              "He added that the pension will be raised to 900 pounds.\n"
              "{extra}The undersecretary stressed, during the conference held yesterday, Wednesday, in the "
              "directorate, that the ministry will not tolerate any manipulation.\n")


def test_the_leads_press_conference_named_by_its_head_word():
    assert texts(CONFERENCE.format(extra="")) == ["yesterday, Wednesday"]


def test_another_conference_may_be_the_one_of_yesterday():
    extra = "The governor opened the economic conference of Upper Egypt in the city.\n"
    assert texts(CONFERENCE.format(extra=extra)) == []


WIRE = ("Kurdish oil flows through Turkey pipeline\n\n"
        "{dateline} - Oil flows from the Kurdistan region reached 190,000 barrels per day "
        "on Wednesday, four days after exports restarted.\n"
        "Exports resumed on Saturday, Sept. 27, ending a halt that began on March 25, 2023, when an arbitration "
        "court ruled against Turkey.\n"
        "The deal runs until Dec. 31.\n")


def test_wire_copy_omits_the_current_year():
    """Wire copy writes only other years: Sept. 27 of the story (a Saturday in 2025) is not Sept. 27, 2022."""
    assert texts(WIRE.format(dateline="BAGHDAD, Oct 1 (Reuters)")) == []


def test_copy_without_a_wire_dateline_keeps_the_written_year():
    assert texts(WIRE.format(dateline="Baghdad")) == ["Saturday, Sept. 27"]


def test_a_start_of_another_year_is_another_start():
    text = ("Exports restart\n\nPowered by automated translation\n\n"
            "Exports resumed on 27 September 2025, ending a halt that began on March 25, 2023.\n"
            "Officials said the pipeline was inspected.\n"
            "Flows have risen every day since the start of the exports on 27 September.\n")
    assert texts(text) == []


def test_a_start_of_the_same_year_named_by_another_noun_is_compared():
    text = ("Bridge works\n\nPowered by automated translation\n\n"
            "The director said that the project, which is implemented by the roads company, began on 15 March "
            "2024 at a cost of 3.2 billion pounds.\n"
            "The delegation visited the site.\n"
            "The works have continued since the start of the works on 13 May 2024.\n")
    assert texts(text) == ["start of the works on 13 May 2024"]


def test_another_subjects_plan_is_not_the_events_date():
    text = ("Cairo film festival opens\n\n"
            "CAIRO, Nov 12 (Reuters) - The Cairo International Film Festival opens on Wednesday with 190 films.\n"
            "Last year's edition, which opened on Nov. 13, 2024, drew about 60,000 viewers.\n"
            "The jury, headed by a director whom the festival did not name, will meet on Nov. 20 to choose the "
            "winners.\n")
    assert texts(text) == []

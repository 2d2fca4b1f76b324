"""date-mismatch: one event told as today in one paragraph and yesterday in another, known by its
noun and a back-reference ("during the same visit", "The campaign, which was launched"), and one
event dated by a weekday and by a date of a known year that falls on another weekday
(analysis/noun_days.py, noun_day_compare.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


VISIT = ("Minister warns of low reserve at Darbandikhan Dam\n\n"
         "Powered by automated translation\n\n"
         "The Minister of Water Resources announced during a field visit to the Darbandikhan Dam today, "
         "Wednesday, that the reserve has fallen to its lowest level in a decade.\n"
         "The director of the dam said that the level of the lake dropped by four metres on Tuesday.\n"
         "The minister added {later}, that the ministry will hold a meeting with the farmers.\n")


def test_the_same_visit_on_another_day():
    later = "during the same visit, yesterday, Tuesday"
    assert texts(VISIT.format(later=later)) == [later]


@pytest.mark.parametrize("later", [
    "during the same visit, today, Wednesday",          # the same day
    "during a visit to Sulaymaniyah yesterday, Tuesday",  # another visit
    "during a meeting with the farmers yesterday, Tuesday",  # another event
])
def test_visit_traps(later):
    assert texts(VISIT.format(later=later)) == []


CAMPAIGN = ("Basra health directorate launches vaccination campaign\n\n"
            "Powered by automated translation\n\n"
            "The Basra Health Directorate announced today, Thursday, the launch of a vaccination campaign "
            "against measles in the districts of the north of the governorate.\n"
            "The director said that 40 teams went out on Wednesday to the villages of Qurna and Dair.\n"
            "{later}, targets 120,000 children under the age of five.\n")


def test_a_campaign_launched_today_and_yesterday():
    # Wednesday was named before, of the teams' trip: both datings count from the report's own day
    later = "The campaign, which was launched yesterday, Wednesday"
    assert texts(CAMPAIGN.format(later=later)) == [later]


@pytest.mark.parametrize("later", [
    "The campaign, which was launched today, Thursday",
    "The second campaign, which was launched yesterday, Wednesday",  # another instance
    "The campaign, which was launched on Wednesday",                 # a weekday named before, no "yesterday"
])
def test_campaign_traps(later):
    assert texts(CAMPAIGN.format(later=later)) == []


STATEMENT = ("Police seize 12 tonnes of cannabis resin at Casablanca port\n\n"
             "Powered by automated translation\n\n"
             "The General Directorate of National Security said in a statement on {first} that the quantities "
             "were hidden in a truck loaded with frozen fish.\n"
             "The investigations led to the arrest of four suspects in the city of Mohammedia.\n"
             "The statement issued on 5 February 2026 added that the suspects were placed in custody.\n")


def test_a_statement_dated_by_weekday_and_by_a_date_of_another_weekday():
    # 5 February 2026 was a Thursday
    assert texts(STATEMENT.format(first="Wednesday")) == ["The statement issued on 5 February 2026"]


def test_a_statement_dated_by_its_own_weekday_and_date():
    assert texts(STATEMENT.format(first="Thursday")) == []


def test_a_date_of_another_year_is_not_read_as_a_weekday():
    text = STATEMENT.format(first="Wednesday").replace("5 February 2026", "5 February of last year")
    assert texts(text) == []


GROUNDING = ("Suez Canal traffic back to normal after bulk carrier refloated\n\n"
             "Powered by automated translation\n\n"
             "The Suez Canal Authority announced that its tugboats refloated the bulk carrier \"Sea Falcon\", flying "
             "the flag of Panama, which ran aground at dawn on Saturday, November 14, at kilometre 151 of the canal.\n"
             "The head of the navigation department said that 61 ships crossed the canal in both directions.\n"
             "The authority stated that the investigation into {later}, is still ongoing.\n")


def test_an_event_named_by_its_noun_before_the_complement_a_relative_clause_follows():
    later = "the grounding of the ship, which took place on Friday, November 13"
    assert texts(GROUNDING.format(later=later)) == [later]


@pytest.mark.parametrize("later", [
    "the grounding of the ship, which took place on Saturday, November 14",    # the same day
    "the inspection of the ship, which took place on Friday, November 13",     # another event
    "the causes of the accident, which ended on Friday, November 13",          # no verb of an event
])
def test_grounding_traps(later):
    assert texts(GROUNDING.format(later=later)) == []


FLIGHT = ("First Hajj flight leaves Basra\n\n"
          "Powered by automated translation\n\n"
          "A flight carrying 290 pilgrims took off on Monday, May 18, 2026, from Basra International Airport.\n"
          "The director of the airport said that the pilgrims were received by the Saudi authorities.\n"
          "{later}, landed at King Abdulaziz International Airport in Jeddah.\n")


def test_a_flight_that_took_off_on_two_days():
    later = "The flight, which took off on Sunday, May 17"
    assert texts(FLIGHT.format(later=later)) == [later]


@pytest.mark.parametrize("later", [
    "The flight, which took off on Monday, May 18",
    "The second flight, which took off on Sunday, May 17",   # another flight
    "The flight, which landed on Tuesday, May 19",           # another moment of the flight
])
def test_flight_traps(later):
    assert texts(FLIGHT.format(later=later)) == []


INSPECTION = ("Minister inspects berth works at Umm Qasr\n\n"
              "Powered by automated translation\n\n"
              "The Minister of Transport inspected today, Wednesday, March 11, 2026, the progress of works in the "
              "expansion project of the northern berths at Umm Qasr port.\n"
              "The director of the port said that the works reached 70 percent, and that the cranes arrived on "
              "Tuesday.\n"
              "It is noteworthy that the minister, {later}, to the port, directed to double the work shifts.\n")


def test_the_actors_own_visit_told_as_yesterday():
    later = "during his visit yesterday, Tuesday"
    assert texts(INSPECTION.format(later=later)) == [later]


@pytest.mark.parametrize("later", [
    "during his visit today, Wednesday",      # the same day
    "during his visit on Tuesday",            # no day of the report: another day of a longer visit
    "during a visit yesterday, Tuesday",      # a visit, not his told one
])
def test_inspection_traps(later):
    assert texts(INSPECTION.format(later=later)) == []


CUTS = ("Scheduled power cuts in Kuwait\n\n"
        "Powered by automated translation\n\n"
        "The Ministry of Electricity and Water announced {first}, that it had resorted to scheduled power cuts "
        "in a number of residential areas.\n\n"
        "The ministry said that the electrical loads recorded a new record in the afternoon.\n\n"
        "The ministry's {later} of the cuts came after the temperature reached 51 degrees Celsius.\n")


@pytest.mark.parametrize("first", ["today, Tuesday", "on Tuesday"])
def test_the_statement_named_again_right_before_a_relative_day(first):
    # an event noun right before "yesterday, Monday" is dated by it, as "the announcement on Monday" is
    assert texts(CUTS.format(first=first, later="announcement yesterday, Monday,")) == \
        ["The ministry's announcement yesterday, Monday"]
    assert texts(CUTS.format(first=first, later="announcement today, Tuesday,")) == []
    # the noun is not an event: a spokesman who spoke yesterday dates nothing
    assert texts(CUTS.format(first=first, later="spokesman yesterday, Monday, explained that the timing")) == []


def test_a_date_in_a_quotation_dates_the_same_event():
    # a weekday or a date is the same day whoever says it
    text = ("Textile workers strike in Mahalla\n\n"
            "Powered by automated translation\n\n"
            "The strike began on Sunday, March 9, 2025, when workers of the morning shift refused to operate "
            "the looms.\n\n"
            "One of the workers said that \"since the start of the strike on March {day}, the administration has "
            "not sent any responsible person to the halls.\"\n")
    assert texts(text.format(day=6)) == ["the start of the strike on March 6"]
    assert texts(text.format(day=9)) == []

"""date-mismatch: the lead's event named again later on another weekday (analysis/story_day.py)."""
from __future__ import annotations

import pytest

import mtcheck
from checking import gating_texts


def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


LEAD_OXYGEN = ("Nasiriyah - The health department suspended the hospital manager after the death of four "
               "newborn children as a result of the interruption of the oxygen supply, on Thursday evening. ")
LEAD_MISSILE = ("Marib - Five civilians were killed and 11 others were wounded on Tuesday evening, when a "
                "ballistic missile fell on a camp for the displaced east of the city, local officials said. ")
LEAD_AMBUSH = ("Shabwa - Two soldiers were killed on Monday, in an attack by gunmen on a checkpoint of the "
               "army in Bayhan district. ")


@pytest.mark.parametrize("text,span", [
    (LEAD_OXYGEN + "The families organised a vigil on Saturday, demanding the punishment of those "
     "responsible for the incident of last Tuesday.", "incident of last Tuesday"),
    (LEAD_MISSILE + 'The deputy governor stressed that "the crime committed by the militia on Sunday night '
     'will not pass without accountability."', "crime committed by the militia on Sunday"),
    (LEAD_AMBUSH + "The tribes of the area condemned the attack of last Friday and demanded the arrest "
     "of the perpetrators.", "attack of last Friday"),
    (LEAD_MISSILE + "Rescue teams said the strike on Sunday destroyed 37 tents.", "strike on Sunday"),
    (LEAD_MISSILE + "The governor condemned the Sunday night missile strike.", "Sunday night missile strike"),
    (LEAD_MISSILE + "Officials said the strike that took place yesterday, Monday, destroyed 37 tents.",
     "strike that took place yesterday, Monday"),
    ("Blast kills three at Aden depot\n\nThree workers were killed when an explosion tore through a fuel depot in Aden on Tuesday. "
     "Investigators said Wednesday's blast started in a storage tank.", "Wednesday's blast"),
])
def test_the_leads_event_named_again_on_another_day(text, span):
    assert texts(text) == [span]


def test_finding_names_the_lead_and_suggests_its_day():
    report = mtcheck.check(LEAD_OXYGEN + "The families demanded the punishment of those responsible for "
                           "the incident of last Tuesday.", backend="none", select=["date-mismatch"])
    (f,) = report.findings
    assert f.suggestion == "incident of last Thursday"
    assert [r.text for r in f.related] == ["Thursday"]


@pytest.mark.parametrize("text", [
    # another event of the kind, or one counted from the story's
    LEAD_AMBUSH + "An earlier attack on Friday killed a shepherd in the same district.",
    LEAD_AMBUSH + "The attack came days after the bombing on Friday that killed a judge.",
    LEAD_AMBUSH + "Militants also claimed the attack on a police station in Ataq on Thursday.",
    # other events of the story: a funeral, a vigil, a visit, a plan
    LEAD_OXYGEN + "The funeral of the children was held on Friday in their village.",
    LEAD_MISSILE + "The governor will visit the camp on Thursday to meet the families.",
    LEAD_MISSILE + "The meeting of the security committee will be held on Sunday.",
    # a statement's day, and "since"
    LEAD_MISSILE + "The ministry said on Wednesday that the crime would not go unpunished.",
    LEAD_MISSILE + "The roads to the camp have been closed since Wednesday.",
    # the weekday named before: a story with events on several days
    LEAD_AMBUSH + "Gunmen attacked a patrol near the town on Sunday. The families condemned the incident "
    "of Sunday.",
    # a lead that dates a later stage of an event lasting days, or its end
    "Tankers could not unload for a second day on Thursday after clashes broke out near the depot. "
    "The fighting erupted on Tuesday evening between two armed groups.",
    "A forest fire burned 300 hectares before firefighters brought it under control on Wednesday. "
    "The fire broke out on Tuesday afternoon in the Bab Taza area.",
    # a weekday as an adjective of another kind of thing, or of an event elsewhere
    LEAD_MISSILE + "The Friday market of the camp was closed.",
    LEAD_AMBUSH + "The Sunday attack in Ataq killed a policeman.",
    # a lead whose day is a verdict's or the arrests', not the attack's it also names
    "Aden - The criminal court sentenced five men to death on Monday over the bombing of a church. "
    "The bombing on Friday killed eleven worshippers.",
    "Kirkuk - Police arrested two suspects on Tuesday in the attack on a checkpoint. "
    "The attack on Saturday killed three policemen.",
    # a later stage of the lead's event
    "Basra - A fire broke out in the main vegetable market on Sunday night, destroying 40 shops. "
    "Civil defence said the fire on Monday morning was brought under control.",
    # the same day
    LEAD_OXYGEN + "The families demanded the punishment of those responsible for the incident of Thursday.",
])
def test_other_events_and_other_days_pass(text):
    assert texts(text) == []


LEAD_VOTE = ("Tripoli - The elections commission announced today, Sunday, the preliminary results of the "
             "municipal elections that took place on Saturday in Misrata and Zliten. ")
LEAD_WORKS = ("Deir ez-Zor - The governorate council announced today, Tuesday, that the works of the "
              "rehabilitation of the Al-Mayadin bridge started on Sunday. ")
LEAD_COLLAPSE = ("Minya - The education directorate decided today, Monday, the closure of 35 schools for two "
                 "weeks, after the collapse of the wall of a primary school in Mallawi on Sunday. ")


@pytest.mark.parametrize("text,span", [
    # a relative day without its weekday, counted from the report's "today, Sunday"
    (LEAD_VOTE + "Observers said that the elections that took place the day before yesterday were organised well.",
     "elections that took place the day before yesterday"),
    # "last Thursday" (al-madi) after a definite back-reference
    (LEAD_WORKS + "The governor said that the works that began last Thursday are part of a wider plan.",
     "works that began last Thursday"),
    # the lead's today is the day of its news; the collapse is its event
    (LEAD_COLLAPSE + "The governor ordered an investigation into the collapse of last Wednesday.",
     "collapse of last Wednesday"),
    ("Mukalla - The customs department announced today, Monday, the seizure of 14 containers of smuggled "
     "cigarettes in an operation carried out on Saturday morning. The department said that the seizure of "
     "last Friday is the biggest this year.", "seizure of last Friday"),
    ("Errachidia - The ministry announced today, Friday, the discovery of 47 gold dinars at the site of "
     "Sijilmassa on Wednesday. The institute said that the discovery made on Thursday is the most "
     "important at the site.", "discovery made on Thursday"),
])
def test_other_kinds_of_story_events_and_relative_days(text, span):
    assert texts(text) == [span]


@pytest.mark.parametrize("text", [
    LEAD_VOTE + "The second round will take place next Saturday in the other municipalities.",
    LEAD_VOTE + 'A candidate said: "the elections that took place yesterday were a success."',
    LEAD_VOTE + "The elections that took place yesterday were organised well, the observers said.",
    LEAD_WORKS + "The works that will begin next Thursday include a second bridge over the Khabur.",
    LEAD_WORKS + "The governor inspected the works on the old bridge in Deir ez-Zor on Monday.",
    LEAD_COLLAPSE + "The works of the maintenance will begin on Wednesday in the schools of Mallawi.",
    # a verdict's day in the lead: "the bombing" is another, earlier event
    "Baghdad - The court sentenced three men to death today, Monday, over the bombing of a market. "
    "The bombing on Friday killed 12 people.",
])
def test_plans_quotes_other_places_and_other_days_pass(text):
    assert texts(text) == []


@pytest.mark.parametrize("text", [
    # an attack the story's airstrike answers
    "Diyala - Iraqi aircraft killed five ISIS members in an airstrike on Tuesday in the Hamrin mountains. "
    "The strike came in response to the attack on Sunday that killed two soldiers.",
    # the day the results of the vote were announced
    LEAD_VOTE + "The commission announced the results of the vote on Monday in Zliten.",
    # a fire still burning the next day
    "Basra - A fire broke out on Sunday night in a timber depot, destroying 40 shops. "
    "Firefighters were still fighting the fire on Monday.",
])
def test_answers_statements_and_later_stages_pass(text):
    assert texts(text) == []


def test_a_lead_of_an_event_that_goes_on_for_days_gives_no_story_day():
    body = ("Mukalla - Floods killed five people on Saturday in Wadi Hadramawt and destroyed dozens of houses. "
            "The governor said the disaster on Sunday cut the road to Seiyun.")
    assert texts(body) == []


def test_an_event_noun_that_completes_a_place_noun_is_not_dated_by_the_verb():
    import mtcheck
    text = ("Internet restored\n\n"
            "Powered by automated translation\n\n"
            "Kuwait City - The regulator said today, Tuesday, May 5, 2026, that internet services were fully "
            "restored after an outage caused by the cut of a submarine cable in the Gulf, which began at dawn on "
            "Sunday, May 3.\n"
            "The authority said in a statement that the repair ship {what}.\n")
    for what, flagged in (("arrived at the site of the cut on Monday, May 4", []),
                          ("arrived at the scene of the cut on Monday, May 4", []),
                          ("confirmed that the cut on Monday, May 4 was caused by an anchor", ["cut on Monday, May 4"])):
        report = mtcheck.check(text.format(what=what), backend="none", select=["date-mismatch"])
        assert [f.text for f in report.findings] == flagged

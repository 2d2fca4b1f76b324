"""date-mismatch: the lead's event, dated by the report's own day ("launched today, Sunday, the
campaign"), named again later by a definite noun whose clause puts it on another day ("the campaign,
which was launched yesterday"; "the vote of last week"; a speaker's "the convoy that reached the
city yesterday" on the report's day) (analysis/lead_backrefs.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Officials mark the day\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "date-mismatch")


HEALTH = ("Mosul - The Nineveh Health Directorate launched today, Sunday, a vaccination campaign against polio "
          "that targets 400,000 children under five in the districts of the governorate.\n"
          "The director said that mobile teams will visit the camps of the displaced.\n")
PORT = ("Aqaba - A ship carrying 30,000 tonnes of wheat docked this morning at the port of Aqaba, the "
        "Jordan Maritime Commission said.\n"
        "The shipment is part of a contract signed with a Romanian company.\n")
PARLIAMENT = ("Beirut - The Lebanese Parliament passed today, Thursday, the draft law on bank secrecy in a "
              "plenary session chaired by the Speaker, with 64 votes in favour.\n"
              "Several blocs boycotted the deliberations.\n")
COURT = ("Tripoli - The Criminal Court issued, today, Monday, prison sentences against four officials of the "
         "Libyan Investment Authority, after convicting them of embezzlement.\n"
         "The defendants can appeal within thirty days.\n")
VISIT = ("Erbil - The Minister of Electricity, Karim Dawood Salman, arrived today, Tuesday, in Erbil on a "
         "field visit to inspect the power stations of the region.\n"
         "He met the governor and officials of the regional ministry.\n")
FAIR = ("Sharjah - The Ruler of Sharjah opened this morning the international book fair, with the "
        "participation of 2,000 publishers from 110 countries.\n"
        "The fair runs for twelve days.\n")


@pytest.mark.parametrize("body,span", [
    # the same noun and verb in another paragraph
    (HEALTH + "The campaign, which was launched yesterday in the presence of the governor, will last six days.",
     "campaign, which was launched yesterday"),
    # the verb's own family ('docked' ... 'arrived') in a quote of the day
    (PORT + 'The port director said that "the ship that arrived yesterday will be unloaded within four days".',
     "ship that arrived yesterday"),
    # the verb's event noun ('passed' ... 'the vote'), no verb of its own
    (PARLIAMENT + 'The finance minister said that "the vote of last week is a message of confidence".',
     "vote of last week"),
    # a weekday other than the lead's
    (COURT + "The sentences, which were pronounced on Saturday, also include fines.",
     "sentences, which were pronounced on Saturday"),
    # a possessive before the noun, a relative day with its weekday
    (VISIT + "The minister's visit, which began yesterday, Monday, included a tour of the Khabat station.",
     "visit, which began yesterday, Monday"),
    # 'opened' ... 'the opening ceremony held last night'
    (FAIR + "The opening ceremony held last night was attended by ambassadors.", "ceremony held last night"),
    # an irregular past in the lead ('upheld'), the verb's event noun with a modifier the lead writes
    ("Kuwait - The Court of Cassation upheld today, Tuesday, the ruling of the Court of Appeal against a former "
     "official.\nThe Cassation session, which was held yesterday, Monday, was attended by observers.",
     "Cassation session, which was held yesterday, Monday"),
    # the noun after other words of its sentence ("during the session")
    (PARLIAMENT + "The minister answered the questions of the deputies during the session held yesterday, Wednesday.",
     "session held yesterday, Wednesday"),
])
def test_lead_event_dated_again(body, span):
    assert any(span in t or t in span for t in texts(body)), texts(body)


@pytest.mark.parametrize("body", [
    # another event of the same thing: its departure is not its arrival
    PORT + "The ship, which left the port of Constanta last week, was delayed by storms.",
    # a deadline, not the event
    HEALTH + "The campaign, which ends next Thursday, will be followed by a second round.",
    # a speaker with a day of his own
    PARLIAMENT + 'The finance minister said on Friday that "the vote yesterday is a message of confidence".',
    # another event of the kind
    HEALTH + "The previous campaign, which was launched last month, reached 380,000 children.",
    # another place: another convoy, another ship
    PORT + "The ship that arrived in Tartus yesterday carried fuel.",
    # the same day told twice
    COURT.replace("today, Monday", "yesterday, Sunday") + "The sentences, which were pronounced yesterday, "
    "also include fines.",
    # what was announced has a day of its own: the announcement is not the elections
    ("Beirut - The Ministry of Interior announced today, Monday, the results of the municipal elections in "
     "Akkar.\nThe elections, which took place yesterday, saw a turnout of 41 per cent."),
    # the lead's subject telling another thing on another day
    ("Baghdad - The Ministry of Health announced today, Sunday, the opening of a burns centre in Basra.\n"
     "The ministry announced on Thursday the arrival of medicines for the centres of the south."),
    # a plan of the lead's event ("will close")
    FAIR + "The fair, which will close on Saturday, hosts a programme of 300 events.",
    # a phase word names no event ("the end of last week")
    HEALTH + "Preparations began at the end of last week.",
    # a different event of another verb in the lead's words
    VISIT + "The power stations, which stopped yesterday, were repaired.",
])
def test_look_alikes_stay_silent(body):
    assert texts(body) == []


def test_main_verb_with_its_object_is_no_participle():
    body = ("Muscat - The Omani capital hosted yesterday, Monday, talks on the prisoners and the detainees.\n"
            "The families of the detainees organised on Sunday a sit-in in front of the UN office in Aden.")
    assert texts(body) == []

"""Organisations: machine-translation slips in a body's name (analysis/org_slips.py) and bodies
whose name has no kind word ("Civil Defence"). Realistic short articles, positives and the
look-alikes that must stay quiet."""
from __future__ import annotations

import pytest

import mtcheck

MT = "Powered by automated translation\n\n"


def org_findings(body: str, machine_translated: bool = True):
    text = "Officials respond to the emergency\n\n" + (MT if machine_translated else "") + body + "\n"
    report = mtcheck.check(text, select=["org-variant"])
    return [(f.severity, f.text) for f in report.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("body, flagged", [
    # the place's own words moved out of their order across the head
    (("The Council of the Deir ez-Zor Governorate announced on Sunday that the bridge would reopen. "
     "The Governorate Deir ez-Zor Council said repairs would cost two billion pounds."),
     "Governorate Deir ez-Zor Council"),
    # a kind word appended to a body's own name put in front of it, in the Arabic order
    (("The Yemeni Coast Guard Authority seized a boat carrying fuel off Mukalla on Monday. "
     "A statement from the Authority of the Yemeni Coast Guard said the crew were detained."),
     "Authority of the Yemeni Coast Guard"),
    (("The Command of the Border Guard said on Monday that three smugglers were arrested. "
     "A Border Guard Command officer said the men carried rifles."),
     "Border Guard Command"),
    # a country's name for its adjective across the head
    (("The Agricultural Bank of Sudan said it would finance the wheat harvest in Gezira. "
     "The Sudanese Agricultural Bank added that farmers would be paid within a month."),
     "Sudanese Agricultural Bank"),
    (("The Libyan Post Company resumed deliveries in Sabha on Monday. "
     "The Post Company of Libya said the service had stopped for two weeks."),
     "Post Company of Libya"),
    # a field noun dropped, either mention first
    (("The Ministry of Peshmerga Affairs in the Kurdistan Region said two fighters were wounded. "
     "The Ministry of Peshmerga said the drone came from the east."),
     "Ministry of Peshmerga"),
    (("The Ministry of Religious said the mosques would open for the prayers. "
     "The Ministry of Religious Affairs added that imams had been told."),
     "Ministry of Religious Affairs"),
])
def test_slips_in_machine_translated_copy_are_warnings(body, flagged):
    assert ("warning", flagged) in org_findings(body)


@pytest.mark.parametrize("body", [
    # English reorders: the moved words keep their order, a place may lead
    "The Council of the Deir ez-Zor Governorate met on Sunday. The Deir ez-Zor Governorate Council said the bridge would reopen.",
    "The Ministry of Water Resources said the dam was full. The Water Resources Ministry added that releases would rise.",
    "The Ministry of Interior of the Kurdistan Region said the road was closed. The Kurdistan Region Interior Ministry said it would reopen.",
    "The Directorate of Agriculture of Hama began the harvest. The Hama Agriculture Directorate said yields were good.",
    "The Interior Ministry said on Monday the border was closed. The Ministry of Interior said it would reopen on Friday.",
    # a possessive is no country adjective
    "The Central Bank of Iraq raised the dollar rate on Sunday. Iraq's Central Bank said the rate would hold.",
    # the usual short forms of a ministry of affairs
    "The Ministry of Foreign Affairs summoned the ambassador. The Foreign Ministry said the talks would go on.",
    "The Ministry of Social Affairs paid the grants. The Social Affairs Ministry said more would follow.",
    # two bodies: the ministry and another one that shares its words
    "The Ministry of Religious Affairs opened the mosques. The Ministry of Religious Endowments and Guidance said the imams were ready.",
    # two countries' banks
    "The Central Bank of Sudan cut its rate. The Egyptian Central Bank kept its rate.",
])
def test_english_orders_and_short_forms_are_not_slips(body):
    assert org_findings(body) == []


def test_slips_are_not_looked_for_in_human_copy():
    body = ("The Agricultural Bank of Sudan said it would finance the wheat harvest in Gezira. "
            "The Sudanese Agricultural Bank added that farmers would be paid within a month.")
    assert org_findings(body, machine_translated=False) == []


@pytest.mark.parametrize("body, flagged", [
    (("The Lebanese Civil Defence said on Tuesday that three people died when the building fell in Tripoli. "
     "The Lebanese Civil Protection said rescuers were still searching the rubble."),
     ("error", "Lebanese Civil Protection")),
    ("The Syrian Civil Defence put out the fire near Idlib. The Syrian Civil Defense said no one was hurt.",
     ("warning", "Syrian Civil Defense")),
])
def test_a_body_without_a_kind_word(body, flagged):
    assert flagged in org_findings(body)


@pytest.mark.parametrize("body", [
    # its short form, and the directorate it is short for
    "The General Directorate of Civil Defence sent four teams. The Civil Defence said the fire was out.",
    "The Civil Defence Directorate opened shelters. The Civil Defence said families could return.",
    # two countries' civil defence bodies
    "The Syrian Civil Defence helped the Lebanese Civil Defence at the border crossing on Monday.",
    "The Syrian Civil Defence said the fire was out. The Lebanese Civil Defence said it sent a team.",
    # another body sharing a word
    "The Civil Defence said the road was closed. The Civil Aviation Authority said flights were delayed.",
])
def test_bodies_without_a_kind_word_traps(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body, flagged", [
    # the English name first, then the idafa calque of a commission's or a council's name
    (("The Humanitarian Aid Commission said on Tuesday that 4,000 families had been displaced in Kassala. "
      "The Commission for Humanitarian Aid added that tents had been sent to the camps."),
     "Commission for Humanitarian Aid"),
    # calqued with the body's own adjective left out
    (("The Federal Integrity Commission said in a statement that a customs officer was arrested. "
      "The Commission of Integrity said he had taken bribes at the port."),
     "Commission of Integrity"),
    # ... or with the body's own adjective kept before the head (hay'at al-nazaha al-ittihadiya)
    (("The Federal Integrity Commission announced that it had recovered 2 billion dinars. "
      "The Federal Commission for Integrity said the money had been returned."),
     "Federal Commission for Integrity"),
])
def test_an_english_name_calqued_later_is_a_garbled_order(body, flagged):
    assert ("warning", flagged) in org_findings(body)


@pytest.mark.parametrize("body", [
    # the "of" form first, the English name later: the writer settles on the English name
    ("The Federal Commission of Integrity said on Monday that two officials were arrested. "
     "The Federal Integrity Commission said they would face trial."),
    # a ministry moves its words across the head either way
    ("The Interior Ministry said on Monday that the road was closed. The Ministry of Interior said it would reopen."),
    # the place served moves with "of"
    # a full name with the body's own adjective after a headline's short form
    ("Integrity Commission recovers funds\n\nThe Federal Commission of Integrity said the money had been "
     "returned."),
    # the short form after the "of" form
    ("The Federal Commission of Integrity said two officials were arrested. The Integrity Commission said they would be tried."),
    ("The Basra Council said the budget was approved. The Council of Basra said the projects would start."),
])
def test_calqued_order_traps(body):
    assert org_findings(body) == []

"""mistranslation (MT204): calques, mangled terms and names rendered as their meaning.

Every entry of the three data tables carries an example that must be flagged and a trap that
must not; the tests below run each one through the rule.
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.analysis.mistranslations import calque_table, mangled_table
from mtcheck.analysis.name_meanings import table as name_table


def findings(text: str):
    report = mtcheck.check(text, backend="none", select=["mistranslation"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return report.findings


def _own(text: str, pattern) -> list:
    """Findings that the entry's own pattern accounts for."""
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return [f for f in findings(text) if any(s < f.end and f.start < e for s, e in spans)]


@pytest.mark.parametrize("calque", calque_table(), ids=lambda c: c.arabic.split(" (")[0])
def test_every_calque_fires_on_its_example_and_not_on_its_trap(calque):
    hits = _own(calque.example, calque.pattern)
    assert hits and all(f.severity == calque.severity for f in hits)
    assert calque.english in hits[0].suggestion.split(" + ")  # touching calques are one finding
    assert _own(calque.trap, calque.pattern) == []


@pytest.mark.parametrize("term", mangled_table(), ids=lambda t: t.term)
def test_every_mangled_term_fires_beside_its_english_and_not_alone(term):
    hits = [f for f in findings(term.example) if term.mangled.search(f.text)]
    assert hits and hits[0].severity == "warning" and hits[0].related
    assert [f for f in findings(term.trap) if term.mangled.search(f.text)] == []


@pytest.mark.parametrize("entry", name_table()[0], ids=lambda e: e.forms[0])
def test_every_name_meaning_fires_in_a_name_slot_and_not_as_a_word(entry):
    errors = [f for f in findings(entry.example) if f.severity == "error"]
    assert errors and errors[0].text in entry.meanings
    assert [f for f in findings(entry.trap) if f.severity == "error"] == []


def test_calque_tables_are_large_enough():
    assert len([c for c in calque_table() if c.severity == "warning"]) >= 60


def test_martyrs_in_narration_warn_but_not_in_a_quote():
    text = ('Three soldiers were martyred in the attack, the command said. His mother said: '
            '"My son was martyred defending the village."')
    found = [(f.text, f.severity) for f in findings(text)]
    assert found == [("were martyred", "warning")]


def test_martyrs_square_is_a_name():
    assert findings("Protesters gathered again in Martyrs Square in central Beirut.") == []


def test_stylistic_translationese_is_info_only():
    found = findings("For his part, the governor said the bridge would reopen.")
    assert [(f.text, f.severity) for f in found] == [("For his part", "info")]


def test_official_name_in_capitals_is_not_a_calque():
    text = "Officers of the National Security Apparatus arrested him; the Border Ports Commission agreed."
    assert findings(text) == []


def test_house_name_used_alone_is_fine():
    text = "Daesh cells attacked a checkpoint. The Daesh fighters fled into the desert."
    assert findings(text) == []


def test_translated_name_suggests_the_name_written_elsewhere():
    text = ("The director of the bakery, Nour Hamdan, said prices would rise. "
            "Light Hamdan said subsidies would continue.")
    [f] = [f for f in findings(text) if f.severity == "error"]
    assert (f.text, f.suggestion) == ("Light", "Nour")
    assert [r.text for r in f.related] == ["Nour Hamdan"]


def test_meaning_word_before_an_institution_is_not_a_name():
    assert findings("The General Authority for Statistics said turnout rose.") == []


def test_translated_given_name_before_a_family_name_given_after_a_fathers_name():
    text = ("Wheat\n\nThe undersecretary in Minya, Said Mahmoud Barakat, said the wheat was delivered. "
            "Happy Barakat added that committees rejected small quantities.\n")
    found = [(f.text, f.severity) for f in mtcheck.check(text, backend="none", select=["mistranslation"]).findings]
    assert found == [("Happy", "error")]


def test_meaning_word_before_a_family_name_nobody_bears_is_no_name():
    text = ("Wheat\n\nThe undersecretary in Minya, Said Mahmoud Barakat, said the wheat was delivered. "
            "Happy Farmers, a cooperative, added that committees rejected small quantities.\n")
    assert [f for f in mtcheck.check(text, backend="none", select=["mistranslation"]).findings
            if f.severity in ("error", "warning")] == []


def test_written_names_found_at_form_starts_are_those_of_a_full_scan():
    import re

    from mtcheck.analysis.name_meanings import _matches_at_forms
    rx = re.compile(r"(?<![\w-])(Said|Saeed|Nour)[ \u00a0]+([A-Z]\w+)")
    text = ("Said Hamdan said. al-Said Jaber and SAID Omar, Nour Nour Hamdan; Saeed\u00a0Ali, "
            "Mr Said Said Kamel.")
    forms = frozenset({"said", "saeed", "nour"})
    assert [m.span() for m in _matches_at_forms(rx, text, forms)] == [m.span() for m in rx.finditer(text)]


def test_overlap_with_sorted_disjoint_spans():
    from mtcheck.checks.mistranslation import _overlaps
    spans = [(0, 5), (10, 20), (30, 31)]
    assert _overlaps(spans, 4, 8) and _overlaps(spans, 19, 25) and _overlaps(spans, 12, 13)
    assert not _overlaps(spans, 5, 10) and not _overlaps(spans, 20, 30) and not _overlaps(spans, 31, 40)


def test_a_common_word_after_a_given_name_is_no_family_name():
    # "Hilal Ahmar Society" names a body: "Society" is no surname that "Crescent Society" shares
    text = ("The Jordanian Red Crescent Society sent 300 tents to Mafraq. A volunteer with the "
            "Hilal Ahmar Society said more would come.")
    assert [f for f in findings(text) if f.severity == "error"] == []
    text = "Nour Hamdan heads the clinic. Dr. Light Hamdan said supplies ran out."
    assert [f.text for f in findings(text) if f.severity == "error"] == ["Light"]


def test_a_mangled_form_is_found_in_the_other_spellings_of_its_letters():
    text = ("The Autonomous Administration opened the crossing. Officials of the Idarah Zatiya said "
            "trucks could pass, and al-Idara al-Dhatiya police stood by.")
    assert [f.text for f in findings(text)] == ["Idarah Zatiya", "al-Idara al-Dhatiya"]


def test_spelling_variants_never_take_in_an_accepted_form():
    for t in mangled_table():
        assert not any(t.mangled.fullmatch(a) for a in t.accepted_forms), t.term


def test_no_mangled_form_is_also_an_arabic_body_name_of_untranslated():
    # one place, one finding: a form that untranslated reads as a body's Arabic name is left to it
    from mtcheck.analysis.transliteration_table import BODIES_KEPT, BODY_NAME, body_key
    for t in mangled_table():
        assert not any(BODY_NAME.fullmatch(f) and body_key(f) not in BODIES_KEPT for f in t.mangled_forms), t.term


def test_a_meaning_two_names_share_is_read_as_the_name_written_with_that_surname():
    # "Generous" is Karim's meaning and Jawad's; the article wrote Jawad with this surname. At the
    # opening of a sentence the surname the article gave the person is what makes it a name slot.
    text = ("Court rules on embezzlement\n\nThe court sentenced the director, Jawad Hamid al-Tamimi, to ten years.\n\n"
            "Generous al-Tamimi did not attend the last sessions.\n")
    found = [f for f in findings(text) if f.rule == "mistranslation" and f.text == "Generous"]
    assert found and "Jawad" in found[0].message
    assert [f for f in findings(text.replace("Generous al-Tamimi", "Generous donors")) if f.text == "Generous"] == []


@pytest.mark.parametrize("text,span", [
    ("The police will not harm the sons of Dhi Qar, the governor said.", "sons of Dhi Qar"),
    ("Hundreds of the sons of al-Anbar province joined the sweep.", "sons of al-Anbar"),
    ("The sheikh thanked the sons of Fallujah for their patience.", "sons of Fallujah"),
])
def test_sons_of_a_place_are_its_people(text, span):
    assert [(f.text, f.severity) for f in findings(text)] == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "The sons of Saddam Hussein fled Baghdad in 2003.",   # a person's sons
    "The sons of Ali went to school in Basra.",           # a given name that is also a place somewhere
    "The sons of Karim Hamdan run a shop in Mosul.",
])
def test_sons_of_a_person_are_his_sons(text):
    assert [f.text for f in findings(text) if f.text.startswith("sons")] == []


def test_a_calque_with_a_context_fires_only_in_an_article_of_that_context():
    ramadan = "During Ramadan, the ministry said the breakfast tables must be held in the courtyards of the mosques."
    assert [f.text for f in findings(ramadan)] == ["breakfast tables"]
    assert findings("During the conference, guests met at the breakfast tables of the hotel.") == []


@pytest.mark.parametrize("text", [
    "Aaron David Miller, a former U.S. negotiator, said the talks would fail.",
    "Reporting by Ahmed Rasheed and John Baker; editing by Tom Potter.",
    "Sarah Carpenter, a spokeswoman for the World Food Programme, said aid was delayed.",
    "Dr. Khaled Gold, a British surgeon, treated the wounded in Gaza.",
    "Emma Taylor and Jack Fisher of Reuters contributed reporting.",
])
def test_english_family_names_that_are_words_are_no_translated_names(text):
    # occupations and materials are English family names too: the name table leaves them out
    assert [f for f in findings(text) if f.severity == "error"] == []


@pytest.mark.parametrize("text", [
    "Sarah Knight, a spokeswoman for the agency, said the convoy arrived.",
    "Peter Archer of the Red Cross said the camps were full.",
    "British MP Dawn Butler said the aid must reach Gaza.",
    "South Korean President Moon Jae-in visited Riyadh.",
    "John Brook, the ship's captain, said the cargo was safe.",
])
def test_a_meaning_word_in_a_western_name_is_that_persons_name(text):
    assert [f for f in findings(text) if f.severity == "error"] == []


def test_a_meaning_word_that_is_an_english_name_is_still_flagged_in_an_arabic_name():
    found = [f for f in findings("Dr Hope Osman said the clinic had run out of insulin.") if f.severity == "error"]
    assert [f.text for f in found] == ["Hope"]


def test_touching_calques_are_one_finding():
    text = ("The civil defence teams were able to besiege the fire in most of the axes, and the "
            "flames did not reach the houses.")
    found = findings(text)
    assert [(f.text, f.severity) for f in found] == [("besiege the fire in most of the axes", "warning")]
    assert " + " in found[0].suggestion and "Arabic" in found[0].message


def test_calques_a_word_apart_stay_two_findings():
    text = "Teams besieged the fire on Monday, and work went on in most of the axes overnight."
    assert len([f for f in findings(text) if f.severity == "warning"]) == 2


def test_security_apparatus_is_english_idiom_but_the_device_is_a_calque():
    ok = ("Officers from the customs directorate and the national security apparatus inspected "
          "the shipment; a security device on the gate recorded them.")
    assert [f for f in findings(ok) if f.severity != "info"] == []
    bad = "The device said it arrested three suspects, and the security device raided their homes."
    assert [f.text for f in findings(bad)] == ["The device said", "security device"]


@pytest.mark.parametrize("text, wording", [
    ("Hospitals received 40 suffocation cases caused by the tear gas.", "suffocation cases"),
    ("A deep air depression will affect the kingdom from the evening.", "air depression"),
    ("The bodies were transferred to the forensic medicine in Kirkuk.", "to the forensic medicine"),
    ("Two of the injured are in a medium condition, the statement added.", "in a medium condition"),
    ("The fire led to the interruption of the current in two neighbourhoods.", "interruption of the current"),
])
def test_wording_a_reader_still_reads_right_is_info_only(text, wording):
    assert [(f.text, f.severity) for f in findings(text)] == [(wording, "info")]


def test_investigation_judge_is_info_only():
    text = "The file was referred to the investigation judge specialised in integrity cases."
    assert [(f.text, f.severity) for f in findings(text)] == [("investigation judge", "info")]


def test_human_wire_copy_with_the_families_words_does_not_gate():
    text = ("MOSUL, Iraq (Reuters) - Three years after the liberation of Mosul, a crowd gathered in the "
            "old city, where rescuers were still lifting rubble by hand. \"My son is one of the martyrs,\" "
            "said his mother. From a military point of view, the country's security apparatus has been "
            "rebuilt, officials said, though two children drowned in the Tigris last week and the court "
            "acquitted three men released on bail. The ministers discussed issues of mutual interest.")
    assert [f for f in findings(text) if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("text,wording", [
    # muraja'a: going to an office, not auditing it
    (("The ministry urged the families who were not included to review the social affairs directorate "
      "in their area."), "urged the families who were not included to review the social affairs directorate"),
    ("Applicants must review the nearest branch of the Housing Bank with their papers.",
     "review the nearest branch"),
    # an election that falls due, and the mukhtar read as 'optional'
    ("Parliament must hold the presidential entitlement before the end of the term.", "the presidential entitlement"),
    ("Preparations continued for the municipal and optional elections in the Bekaa.",
     "municipal and optional elections"),
])
def test_service_and_election_calques_gate(text, wording):
    assert [(f.text, f.severity) for f in findings(text)] == [(wording, "warning")]


@pytest.mark.parametrize("text", [
    "The ministry asked the auditors to review the department's accounts before March.",
    "The council called on the minister to review the directorate decisions on land.",
    "Inspectors will review the office of the mayor next week, the ministry said.",
    "Every citizen's entitlement to vote is protected, and the electoral law was amended.",
    "The municipalities demanded their municipal entitlements from the Independent Municipal Fund.",
    "Voting is voluntary; turnout in the municipal elections reached 40 percent.",
    "The doctor treats patients of all ages at the dialysis unit, and kidney patients wait for hours.",
])
def test_look_alikes_of_the_service_and_election_calques_do_not_gate(text):
    assert [f for f in findings(text) if f.severity in ("error", "warning")] == []


def test_patients_of_an_organ_read_right_is_info_but_the_sick_of_it_or_the_sugar_gates():
    text = ("Cases were found among the patients of the kidney dialysis unit. The sick of the heart waited, "
            "and the patients of the sugar disease were sent home.")
    assert [(f.text, f.severity) for f in findings(text)] == [
        ("the patients of the kidney", "info"), ("The sick of the heart", "warning"),
        ("the patients of the sugar", "warning")]


@pytest.mark.parametrize("text,wording", [
    ("The court ordered the repetition of the vote in two districts of Basra.", "the repetition of the vote"),
    ("The criminal court sentenced in absentia three officials who fled from the face of justice.",
     "fled from the face of justice"),
    ("The health minister said the sanitary situation in the camps of the displaced was stable.",
     "the sanitary situation"),
    ("Veterinary teams vaccinated the cattle against the mouth and foot disease in Dhi Qar.",
     "the mouth and foot disease"),
    ("Residents in Nasiriyah complained of the electricity programming in the summer heat.",
     "the electricity programming"),
])
def test_court_health_and_service_calques_gate(text, wording):
    assert [(f.text, f.severity) for f in findings(text)] == [(wording, "warning")]


@pytest.mark.parametrize("text", [
    "Observers warned against a repetition of the violence that followed the vote.",
    "Sanitary conditions in the camps were poor, and the sanitary facilities were flooded.",
    "The outbreak of foot-and-mouth disease closed the livestock markets in Basra.",
    "Engineers finished the programming of the new software for the electricity company.",
    "Police arrested three men accused of bribing voters; electoral bribery is a crime in Kuwait.",
    "He fled from the scene before the police arrived, the court heard.",
])
def test_look_alikes_of_court_health_and_service_calques_do_not_gate(text):
    assert [f for f in findings(text) if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("text,wording,severity", [
    ("The Court of Cassation accepted the appeal in form and rejected it in subject.",
     "accepted the appeal in form", "warning"),
    # (annotators of machine-translated copy leave it: info since session 22)
    ("The court sentenced the former director to seven years imprisonment with work.",
     "imprisonment with work", "info"),
    ("The excellence doctors went on strike at the teaching hospitals of Basra.", "The excellence doctors", "warning"),
    ("The defendants denied the charges attributed to them before the judge.",
     "charges attributed to them", "info"),
    ("Health teams sprayed the districts where the fever of the dengue spread.", "the fever of the dengue", "info"),
])
def test_court_and_health_calques_and_their_severity(text, wording, severity):
    assert [(f.text, f.severity) for f in findings(text)][:1] == [(wording, severity)]


@pytest.mark.parametrize("text", [
    "The judge accepted the request in principle and rejected the claim on the merits.",
    "Prisoners with work permits were allowed to leave during the day.",
    "The ministry gave certificates of excellence to doctors who served in the camps.",
    "The statement attributed to him by the agency was denied by his office.",
    "Dengue fever and typhoid fever cases rose after the floods.",
])
def test_look_alikes_of_the_court_and_health_calques_do_not_fire(text):
    assert findings(text) == []


@pytest.mark.parametrize("text,span", [
    # a meaning word right after the particle of a name chain (ould, bin, Abu) is the name
    ("The talks were led by Sidi Ahmed ould Beautiful, adviser to the minister.", "Beautiful"),
    ("The goal came from the midfielder Youssef bin Generous in the 71st minute.", "Generous"),
    # a given name both western and Arabic before a meaning no English name is
    ("The engineer Adam Patient, director of the water authority, said the plan was ready.", "Patient"),
    # a compound name rendered part by part
    ("Police officer Light of Religion al-Idrissi said the network had 12 members.", "Light of Religion"),
])
def test_translated_names_after_a_particle_a_shared_given_name_or_in_a_compound(text, span):
    assert [(f.text, f.severity) for f in findings(text)] == [(span, "error")]


@pytest.mark.parametrize("text", [
    "Adam Smith wrote about the patient work of markets, the lecturer said.",
    "David Messenger, the British envoy, said the talks went well.",
    "Ben Happy and his band played two concerts in Amman.",
    "The teachers were patient with the pupils, and Adam thanked them.",
])
def test_western_names_and_words_after_them_stay_names(text):
    assert [f for f in findings(text) if f.severity == "error"] == []


@pytest.mark.parametrize("text,span", [
    ("The inspectors arrested the merchant in a state of dressing while he sold subsidised sugar.",
     "in a state of dressing"),
    ("The ministry denied the health of the news about the closure of the crossing.", "the health of the news"),
    ("Gunmen forced the driver to hand over the truck under the mouths of the rifles.",
     "under the mouths of the rifles"),
])
def test_opaque_calques_of_every_beat_gate(text, span):
    assert [(f.text, f.severity) for f in findings(text)] == [(span, "warning")]


def test_a_meaning_word_before_a_servant_of_god_family_name_is_a_name():
    # "Abdel-Rahim", "Abdul Karim", "Abd al-Aziz" are Arabic family names whatever their second half
    text = ("Sudan Airways resumed its flights to Cairo. For his part, the spokesman of the company, "
            "Happy Abdel-Rahim, said the first aircraft returned to service last week.")
    assert [(f.text, f.severity) for f in findings(text) if f.severity == "error"] == [("Happy", "error")]
    assert [f for f in findings("Residents were happy. Abdel-Rahim Osman said so.") if f.severity == "error"] == []


def test_folded_hands_warn_in_narration_but_not_in_a_quote():
    narrated = "The governor said that the province will not stand with folded hands in front of the suffering."
    quoted = 'The minister said the government "will not stand with folded hands" before the crisis.'
    assert [(f.text, f.severity) for f in findings(narrated)] == [("not stand with folded hands", "warning")]
    assert findings(quoted) == []


@pytest.mark.parametrize("text, wording, severity", [
    # the generic plural is the Iraqi press's own wording; a named outlet is the calque
    ("Smuggling of hard currency across the southern border outlets fell.", "border outlets", "info"),
    ("Trucks queued at the Safwan border outlet for two days.", "Safwan border outlet", "warning"),
    ("The tails of the canals in the south got no water.", "tails of the canals", "info"),
    ("The releases will rescue the tails of the rivers in the south.", "tails of the rivers", "warning"),
    ("The director was referred to the pension after the audit.", "referred to the pension", "warning"),
])
def test_severity_follows_what_annotated_copy_marks(text, wording, severity):
    assert [(f.text, f.severity) for f in findings(text)] == [(wording, severity)]


def test_assets_frozen_are_not_origins():
    text = "The central bank froze the origins of three exchange companies accused of smuggling."
    assert [f.text for f in findings(text)] == ["froze the origins of three exchange companies"]
    assert findings("Historians traced the origins of three exchange companies to Aleppo.") == []


@pytest.mark.parametrize("text", [
    "The mayor of Tiznit, Abdellah Happy, opened the new market on Monday.",
    "Sheikh Abd al-Aziz Happy led the prayer in the rebuilt mosque.",
    "The farmer Abdul Karim Happy said the wheat crop had failed.",
])
def test_a_meaning_word_after_a_servant_of_god_given_name_is_a_name(text):
    # "Abdellah", "Abd al-Aziz": a given name in more spellings than the name list holds
    assert [(f.text, f.severity) for f in findings(text) if f.severity == "error"] == [("Happy", "error")]


@pytest.mark.parametrize("text", [
    "Abdullah said he was Happy with the result, the coach added.",
    "The Abdel Happy Foundation donated food to the families.",
])
def test_a_servant_of_god_name_before_an_ordinary_word_is_no_slot(text):
    assert [f for f in findings(text) if f.severity == "error"] == []


@pytest.mark.parametrize("text, wording", [
    ("Dozens of farmers cut the agricultural road for two hours in protest at the water shortage.",
     "farmers cut the agricultural road"),
    ("Angry residents of the district cut the main road with burning tyres.",
     "Angry residents of the district cut the main road"),
])
def test_a_road_cut_by_protesters_is_a_calque(text, wording):
    assert [(f.text, f.severity) for f in findings(text)] == [(wording, "warning")]


@pytest.mark.parametrize("text", [
    "Floods cut the national road in Assaba and isolated three villages.",
    "The siege has cut the main roads that link the city with the other governorates.",
    "Torrents cut off the main road, and residents were evacuated.",
])
def test_a_road_cut_by_floods_or_a_siege_is_english(text):
    assert [f for f in findings(text) if "road" in f.text] == []


def test_a_decision_to_host_an_official_gates_but_a_committee_hosting_one_is_info():
    decided = "The services committee decided on Monday to host the director of the water department."
    hosted = "The committee will host the Minister of Finance next week to discuss the salaries."
    assert [f.severity for f in findings(decided)] == ["warning"]
    assert [f.severity for f in findings(hosted)] == ["info"]


@pytest.mark.parametrize("text", [
    "The Martyrs Foundation distributed plots to the families of martyrs of the security forces.",
    "He said the army cares for its retired men and the families of its martyrs.",
    "A council member, the brother of a martyr killed in Fallujah, called on the government to act.",
])
def test_the_noun_martyr_in_institutions_and_families_is_english(text):
    found = [f.text for f in mtcheck.check("Headline\n\nPowered by automated translation\n\n" + text).findings
             if f.rule == "mistranslation" and f.severity != "info"]
    assert found == []


def test_the_bodies_of_the_martyrs_in_a_casualty_report():
    text = ("Headline\n\nPowered by automated translation\n\nThe health department announced the arrival of the "
            "bodies of the 4 martyrs to the hospital.")
    found = [f.text for f in mtcheck.check(text).findings if f.rule == "mistranslation" and f.severity != "info"]
    assert found == ["4 martyrs"]


def test_a_calque_pattern_in_human_copy_is_a_note_only():
    text = ("Egypt suspends port director\n\nCAIRO (Reuters) - The ministry decided to withdraw the hand of the "
            "director of the port pending an investigation, the transport minister said on Sunday.\n")
    found = [(f.text, f.severity) for f in mtcheck.check(text).findings if f.rule == "mistranslation"]
    assert found and all(sev == "info" for _, sev in found)
    mt = text.replace("CAIRO (Reuters) - ", "Powered by automated translation\n\n")
    assert any(sev == "warning" for _, sev in
               [(f.text, f.severity) for f in mtcheck.check(mt).findings if f.rule == "mistranslation"])


def test_a_meaning_word_inside_a_body_s_name_is_no_translated_name():
    text = ("The State bears the difference through the General Compensation Fund, the minister said. "
            "The King Salman Relief and Humanitarian Aid Centre sent dates.")
    assert [f for f in findings(text) if f.severity == "error"] == []
    assert [f.text for f in findings("The spokesman, Brigadier General Yahya Messenger, said the attack failed.")
            if f.severity == "error"] == ["Messenger"]

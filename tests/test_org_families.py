"""Organisations: families of machine-translation slips in a body's name that reach beyond one
example: one Arabic word rendered by two English words (jamarik: customs / tariffs; a'mal:
action / works; mawarid: resources / sources; mujtama'at: communities / societies), an agent
noun for the action noun ("Coordinators" / "Coordination"), a name whose kind word is written
in lower case ("the ... team"), a French kind word ("Pole", pôle), and a writer's own English
description of a body ("Morocco's National Tourism Office"). Positives and look-alike traps."""
from __future__ import annotations

import pytest

import mtcheck

MT = "Powered by automated translation\n\n"


def org_findings(body: str, machine_translated: bool = True):
    text = "Officials respond to the news\n\n" + (MT if machine_translated else "") + body + "\n"
    report = mtcheck.check(text, select=["org-variant"])
    return [(f.severity, f.text) for f in report.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("body, flagged", [
    (("The Egyptian Customs Authority announced the seizure of 12 kilograms of gold at Cairo airport. "
      "The Egyptian Tariffs Authority said the metal was hidden in a suitcase."),
     ("error", "Egyptian Tariffs Authority")),
    (("The Libyan Mine Action Center announced that two deminers were killed near Ain Zara. "
      "The Libyan Center for Mine Works said the team had cleared 40 sites this year."),
     ("error", "Libyan Center for Mine Works")),
    (("The Ministry of Water Resources announced higher releases from the dam on Sunday. "
      "The Ministry of Water Sources said the reservoir held 1.2 billion cubic metres."),
     ("error", "Ministry of Water Sources")),
    (("The New Urban Communities Authority supervised the handover of 2,000 flats. "
      "The New Urban Societies Authority said a further phase would start in June."),
     ("error", "New Urban Societies Authority")),
    (("The Crisis Management Centre in Basra said the river had risen. "
      "The Crisis Administration Centre added that boats were ready."),
     ("error", "Crisis Administration Centre")),
    # an agent noun for the action noun, in a name whose kind word is lower case
    (("The Syria Response Coordinators team said 300 tents were blown down in Azaz. "
      "The Syria Response Coordination team said more shelter was needed."),
     ("warning", "Syria Response Coordination team")),
    # a French kind word (pôle) and a garbled order
    (("The mayor appeared before the Financial Judicial Pole in Tunis on Monday. "
      "The Judicial Financial Pole is specialised in public procurement cases."),
     ("warning", "Judicial Financial Pole")),
])
def test_family_variants_found(body, flagged):
    assert flagged in org_findings(body)


@pytest.mark.parametrize("body", [
    # two bodies: another kind word and only one word that renders the same Arabic word
    ("The Customs Authority seized the cargo on Monday. The Tariff Commission said duties on steel "
     "would rise in July."),
    # places, not bodies
    ("An expedition set out for the North Pole on Monday. The South Pole station said it was ready."),
    # a person's team, not a body named before a lower-case kind word
    ("Ahmed Salem Haddad team members met on Monday. The Salem Haddad team said the talks went well."),
    # a writer's description with the country in the possessive: its words' forms are the writer's
    ("The Moroccan National Tourist Office said arrivals rose by 12 percent. Morocco's National "
     "Tourism Office said the region would recover by the summer."),
    # two different bodies whose names share a rendered word
    ("The Food Safety Authority inspected 40 shops. The National Security Council met on Sunday."),
])
def test_family_traps_stay_quiet(body):
    assert org_findings(body) == []


def test_the_possessive_description_still_reports_another_word():
    body = ("The Moroccan National Tourist Office said arrivals rose. Morocco's National Travel Office "
            "said the region would recover.")
    assert org_findings(body) == [] or org_findings(body)[0][0] == "error"


def test_a_name_written_again_is_not_a_variant_of_the_variant_between():
    body = ("The Ministry of Water Resources announced higher releases. The Ministry of Water Sources said "
            "the reservoir was full. The Water Resources Ministry said farmers would get more water.")
    assert org_findings(body) == [("error", "Ministry of Water Sources")]


@pytest.mark.parametrize("body", [
    # the article introduces the second body as the first one's parent
    ("The Kuwait Oil Company said drilling stopped in the northern fields. The mother company, Kuwait "
     "Petroleum Corporation, said exports were not affected."),
    ("The Kuwait Oil Company said drilling stopped. Its parent company, the Kuwait Petroleum Corporation, "
     "said exports went on."),
    # ... or as its subsidiary
    ("The National Oil Corporation said output fell. The Brega Oil Marketing Company, a subsidiary of the "
     "corporation, said fuel would reach the south."),
])
def test_a_body_introduced_as_a_relative_is_another_body(body):
    assert org_findings(body) == []


def test_a_relation_word_elsewhere_does_not_hide_a_variant():
    body = ("The Kuwait Oil Company said drilling stopped; the parent of one worker was hurt. The Kuwait "
            "Oil Corporation said production continued.")
    assert org_findings(body) == [("error", "Kuwait Oil Corporation")]


@pytest.mark.parametrize("body, flagged", [
    (("The Ministry of National Education, Preschool and Sports said the leak was being investigated. "
      "The Ministry of Education, Preschool and Sports stressed that the exams would go on."),
     ("warning", "Ministry of Education, Preschool and Sports")),
    (("The Ministry of Higher Education and Scientific Research said 40 degrees were forged. "
      "The Ministry of Education and Scientific Research said the holders would be dismissed."),
     ("warning", "Ministry of Education and Scientific Research")),
])
def test_a_qualifier_dropped_from_a_full_listed_name(body, flagged):
    assert flagged in org_findings(body)


@pytest.mark.parametrize("body", [
    # a whole field left out is a short form
    ("The Ministry of Labour and Social Affairs said 300 workers were hired. The Ministry of Social "
     "Affairs said the scheme would go on."),
    ("The Ministry of Agriculture, Fisheries and Water Resources said the wells were dry. The Ministry "
     "of Agriculture said farmers would be paid."),
    # the full name written again
    ("The Ministry of Commerce, Industry and Investment Promotion said licences were suspended. The "
     "Ministry of Commerce, Industry and Investment Promotion added that the firm would be fined."),
])
def test_short_forms_of_listed_names_stay_quiet(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body, flagged", [
    # mukafaha rendered as a harm's "Control" and as "Combating", the harm's word swapped too
    (("The authority coordinated with the General Directorate of Narcotics Control on the raid. "
      "The General Administration for Combating Drugs said 2 million pills were seized."),
     ("error", "General Administration for Combating Drugs")),
    (("The Department for Fighting Smuggling seized 40 tonnes of diesel. "
      "The Department for Combating Smuggling said the fuel was bound for Tunisia."),
     ("error", "Department for Combating Smuggling")),
])
def test_combating_rendered_otherwise(body, flagged):
    found = org_findings(body)
    assert (flagged in found) if flagged else found == []


def test_quality_control_is_no_combating():
    body = ("The Central Agency for Quality Control tested 40 samples. The Central Agency for Combating "
            "Fraud said two shops were closed.")
    assert org_findings(body) == []


def test_a_listed_name_with_a_hyphenated_field_is_read_whole():
    from mtcheck.analysis.document import Document
    from mtcheck.segment import segment
    text = ("Degrees audited\n\n" + MT + "Staff of the Department of Studies, Planning and Follow-up checked "
            "the files on Monday.\n")
    doc = Document(text=text, sentences=segment(text, soft_newlines=False), machine_translated=True)
    assert [n.texts for n in doc.orgs] == [["Department", "Studies", "Planning", "Follow-up"]]


@pytest.mark.parametrize("body, flagged", [
    (("Agents of the Medenine Regional Directorate of the National Guard seized 3,000 litres of fuel. "
      "The Medenine Regional Command of the National Guard said two smugglers were held."),
     ("error", "Medenine Regional Command of the National Guard")),
    (("The Basra Police Directorate said three men were arrested. The Basra Police Command said the "
      "weapons were seized in Zubair."),
     ("error", "Basra Police Command")),
])
def test_a_force_units_kind_word_swapped(body, flagged):
    assert flagged in org_findings(body)


@pytest.mark.parametrize("body", [
    # the force's national directorate and one of its regional units
    ("The General Directorate of the National Guard said patrols were doubled. The Medenine Regional "
     "Command of the National Guard said two smugglers were held."),
    # another force, or another field of the same force
    ("The Basra Police Directorate said three men were arrested. The Basra Operations Command said "
     "the weapons were seized."),
    ("The Basra Police Command said three men were arrested. The Basra Traffic Police Directorate said "
     "the road was closed."),
])
def test_force_units_that_differ_stay_apart(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body, flagged", [
    (("The Regional Director of the National Sanitation Office in Sfax said the pumps failed. "
      "Workers of the National Sanitation Utility in Sfax went on strike on Monday."),
     ("error", "National Sanitation Utility")),
    (("Students of the Faculty of Medicine protested on Sunday. The College of Medicine said exams "
      "would be postponed."),
     ("error", "College of Medicine")),
    (("The Kufa Cement Factory stopped production on Monday. The Kufa Cement Plant said the kilns "
      "would restart next week."),
     ("error", "Kufa Cement Plant")),
])
def test_kind_words_of_colleges_plants_and_utilities(body, flagged):
    assert flagged in org_findings(body)


@pytest.mark.parametrize("body", [
    ("Students of the Faculty of Medicine protested on Sunday. The College of Engineering said exams "
     "would be postponed."),
    ("The Kufa Cement Factory stopped production on Monday. The Karbala Cement Plant said its kilns "
     "were working."),
    ("The National Sanitation Office said the pumps failed. The National Water Utility said supply "
     "would resume."),
])
def test_other_colleges_and_plants_stay_apart(body):
    assert org_findings(body) == []


def test_a_dropped_qualifier_and_a_swapped_word_with_only_the_country_kept_are_two_bodies():
    body = ("The Kuwait Oil Company said drilling stopped in the north. The Kuwait National Petroleum "
            "Company said the Mina al-Ahmadi refinery was working.")
    assert org_findings(body) == []


def test_one_word_swapped_with_the_qualifier_kept_is_still_a_variant():
    body = ("The Kuwait National Petroleum Company said the refinery was working. The Kuwait National Oil "
            "Company said exports were not affected.")
    assert org_findings(body) == [("error", "Kuwait National Oil Company")]


def test_a_body_named_after_its_kind_word_in_other_letters():
    body = ("Bank Al-Maghrib kept its key rate at 2.75 percent on Tuesday. The governor of Bank Al-Maghreb "
            "said inflation would slow.")
    assert org_findings(body) == [("error", "Bank Al-Maghreb")]


@pytest.mark.parametrize("body", [
    ("Bank Al-Etihad raised its capital on Monday. Bank Al-Jazira said its profits rose."),
    ("Doctors at Hospital Al-Kindi treated 40 people. Hospital Al-Karkh received the rest."),
])
def test_banks_and_hospitals_with_other_own_names_stay_apart(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body, flagged", [
    (("The Egyptian Journalists Syndicate condemned the arrest on Sunday. The Egyptian Journalism "
      "Syndicate said it would send a lawyer."), ("warning", "Egyptian Journalism Syndicate")),
    (("The Jordanian Exporters Association said sales fell. The Jordanian Export Association said "
      "the border closure cost $40 million."), ("warning", "Jordanian Export Association")),
    (("The Syrian Teachers Union called a strike. The Syrian Teaching Union said 300 schools were shut."),
     ("warning", "Syrian Teaching Union")),
])
def test_the_people_of_a_trade_for_the_trade(body, flagged):
    assert flagged in org_findings(body)


def test_other_trades_stay_apart():
    body = ("The Egyptian Journalists Syndicate condemned the arrest. The Egyptian Lawyers Syndicate said it "
            "would send a lawyer.")
    assert org_findings(body) == []


@pytest.mark.parametrize("body, flagged", [
    (("The Yemen Mine Action Centre said two deminers were killed. The Yemen Mine Clearance Centre "
      "said the field near Hays had been cleared."), ("error", "Yemen Mine Clearance Centre")),
    (("The Ministry of Petroleum and Mineral Resources signed the deal. The Ministry of Petroleum and "
      "Mineral Wealth said drilling starts in May."), ("error", "Ministry of Petroleum and Mineral Wealth")),
    (("The General People's Congress met in Sanaa on Monday. The General People's Conference said it "
      "rejected the deal."), ("error", "General People's Conference")),
    (("The Presidential Leadership Council met in Aden. The Presidential Command Council said the talks "
      "would go on."), ("error", "Presidential Command Council")),
])
def test_more_arabic_words_rendered_two_ways(body, flagged):
    assert flagged in org_findings(body)


@pytest.mark.parametrize("body", [
    ("The Yemen Mine Action Centre said two deminers were killed. The Yemen Cholera Response Centre "
     "said 40 cases were recorded."),
    ("The Arab League summit opened on Monday. The Baghdad International Water Conference said the "
     "rivers were drying."),
])
def test_renderings_traps(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body", [
    # two real bodies whose names look like one name rendered twice
    ("The Kuwait Oil Company said drilling stopped. The Kuwait Petroleum Corporation said exports went on."),
    ("Lebanon's General Security Directorate said 40 Syrians were deported. The State Security Directorate "
     "said it had arrested two men."),
])
def test_established_names_of_two_bodies(body):
    assert org_findings(body) == []


def test_public_and_general_security_render_one_word():
    body = ("The Public Security Directorate said the road was closed. The General Security Directorate "
            "said it would reopen on Friday.")
    assert org_findings(body) == [("error", "General Security Directorate")]


def test_a_security_service_without_a_kind_word():
    body = ("Lebanese General Security said 40 Syrians returned on Monday. Lebanese Public Security said "
            "more would return next week.")
    assert org_findings(body) == [("error", "Lebanese Public Security")]


@pytest.mark.parametrize("body", [
    ("Lebanese General Security said 40 Syrians returned on Monday. Lebanese State Security said two "
     "men were arrested."),
    ("The General Directorate of General Security said 40 Syrians returned. General Security said more "
     "would return."),
])
def test_security_services_without_a_kind_word_traps(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body", [
    # the same name before two lower-case kind words, and a person's campaign
    ("The Hayat Tahrir al-Sham group took the town on Monday. The Hayat Tahrir al-Sham movement said "
     "civilians could return."),
    ("The Mohammed Salem Haddad campaign said 300 volunteers joined. The Haddad campaign said more "
     "would come."),
])
def test_lower_case_kind_words_traps(body):
    assert org_findings(body) == []


def test_a_name_before_a_lower_case_kind_word_in_other_letters():
    body = ("The Sudan Doctors Network group said 40 people died in El Fasher. The Sudan Doctor Network "
            "group said the hospital was shelled again.")
    assert ("warning", "Sudan Doctor Network") in org_findings(body)


def test_a_news_outlet_spelt_two_ways():
    body = ("Mawazine News reported the arrest on Monday. Mawazin News said the suspect was released on "
            "Tuesday.")
    assert ("warning", "Mawazin News") in org_findings(body)


def test_two_news_outlets_stay_apart():
    body = ("Al Arabiya TV reported the arrest on Monday. Sky News Arabia said the suspect was released.")
    assert org_findings(body) == []


@pytest.mark.parametrize("body, flagged", [
    (("A committee of the Directorate of Agriculture in Nineveh counted the burnt fields. The Nineveh "
      "Agricultural Department said 3,000 dunums were lost."), ("error", "Nineveh Agricultural Department")),
])
def test_the_place_served_written_after_the_name(body, flagged):
    assert flagged in org_findings(body)


@pytest.mark.parametrize("body", [
    ("The Health Directorate in Hama said 40 children were treated. The Hama Health Directorate said "
     "the clinic would reopen."),
    ("The Court of Appeal in Tunis upheld the verdict. The Tunis Court of Appeal said the appeal was late."),
    ("The Directorate of Agriculture in Nineveh counted the burnt fields. The Nineveh Water Department "
     "said the canals were dry."),
    ("The Directorate of Agriculture in Nineveh counted the burnt fields. The Basra Agricultural "
     "Department said its fields were safe."),
])
def test_the_place_served_traps(body):
    assert org_findings(body) == []


def test_military_works_and_operations_are_two_directorates():
    body = ("The Directorate of Military Works said the barracks would be rebuilt. The Directorate of "
            "Military Operations said the offensive would go on.")
    assert org_findings(body) == []


def test_public_safety_renders_public_security():
    body = ("The Public Security Directorate said the road was closed. The Public Safety Directorate said "
            "it would reopen on Friday.")
    assert org_findings(body) == [("error", "Public Safety Directorate")]


def test_nuclear_safety_and_security_are_two_fields():
    body = ("The Nuclear Safety Authority inspected the reactor. The Nuclear Security Authority said the "
            "material was guarded.")
    assert org_findings(body) == []


def test_a_regional_department_named_after_the_national_authority():
    body = ("The Public Authority for Consumer Protection seized 7,000 packages on Wednesday. The Director "
            "of the Consumer Protection Department in North Al Batinah, Salim al-Balushi, said workers changed "
            "the dates. The Director General of the Consumer Protection Department, Salim al-Balushi, called "
            "on consumers to check the labels.")
    assert org_findings(body) == []


def test_a_placed_directorate_named_before_the_general_authority_is_one_body_renamed():
    body = ("The Directorate of Border Crossings in the Kurdistan Region will tighten inspections. The "
            "General Authority of Border Outlets will send a committee from Baghdad.")
    assert ("error", "General Authority of Border Outlets") in org_findings(body)


def test_a_name_written_again_in_the_arabic_order_with_a_word_more():
    body = ("The Brega Petroleum Marketing Company said fuel would reach Sabha on Monday. The Brega Company "
            "for Marketing of Petroleum Products said 40 tankers were on the road.")
    assert ("warning", "Brega Company for Marketing of Petroleum Products") in org_findings(body)


def test_a_ministry_written_with_of_and_a_word_more_is_english():
    body = ("The Water Resources Ministry said the dam was full. The Ministry of Water Resources and "
            "Irrigation said releases would rise.")
    assert org_findings(body) == []


def test_pardon_and_amnesty_render_afw():
    body = ("The Presidential Pardon Committee said 300 prisoners would be freed. The Presidential Amnesty "
            "Committee said the list was sent to the president.")
    assert org_findings(body) == [("error", "Presidential Amnesty Committee")]


def test_a_pardon_committee_and_a_health_committee_stay_apart():
    body = ("The Presidential Pardon Committee said 300 prisoners would be freed. The Presidential Health "
            "Committee said the prisoners were examined.")
    assert org_findings(body) == []


def test_a_ministers_title_names_the_ministry_a_later_sentence_garbles():
    body = ("The Minister of Irrigation and Water Resources said the canals would be cleared of silt. The "
            "Ministry of Water and Irrigation Resources said 40 excavators were sent.")
    assert ("warning", "Ministry of Water and Irrigation Resources") in org_findings(body)


@pytest.mark.parametrize("body", [
    ("The Minister of Health visited the hospital on Monday. The Ministry of Health said 40 patients were "
     "treated."),
    ("The Prime Minister of Iraq met the governor. The Ministry of Interior said the road was closed."),
    ("The Minister of Health visited the hospital. The Ministry of Higher Education said exams would go on."),
])
def test_ministers_titles_traps(body):
    assert org_findings(body) == []


@pytest.mark.parametrize("body, flagged", [
    # French "Direction Générale" kept word for word for a Maghreb directorate
    (("The General Directorate of Civil Protection said 40 people were rescued in Taroudant. "
      "The General Direction of Civil Protection added that tents were sent to the villages."),
     ("error", "General Direction of Civil Protection")),
    # jam'iyya / mu'assasa: a charity's kind word rendered two ways
    (("The Resala Charity Foundation distributed 3,000 food boxes in Minya on Thursday. "
      "The Resala Charity Association said a second convoy would leave next week."),
     ("error", "Resala Charity Association")),
    # hay'a of members (investors) rendered Commission, then Association
    (("The Zarqa Industrial Investors Commission called for lower electricity tariffs. "
      "The Zarqa Industrial Investors Association said 30 factories had cut shifts."),
     ("error", "Zarqa Industrial Investors Association")),
])
def test_kind_word_renderings_found(body, flagged):
    assert flagged in org_findings(body)


def test_association_and_foundation_with_other_field_words_kept_apart():
    body = ("The Egyptian Food Bank Foundation distributed meals in Assiut. "
            "The Egyptian Orphans Association said 500 children received clothes.")
    assert org_findings(body) == []


def test_a_national_society_named_red_cross_then_red_crescent_is_found():
    body = ("The Lebanese Red Cross said its teams evacuated 40 families from Akkar on Monday. "
            "The Lebanese Red Crescent added that two volunteers were treated for smoke inhalation.")
    assert ("error", "Lebanese Red Crescent") in org_findings(body)


def test_the_international_red_cross_and_a_national_red_crescent_are_kept_apart():
    body = ("The International Committee of the Red Cross delivered medicine to Mosul on Sunday. "
            "The Iraqi Red Crescent said it had distributed 2,000 food baskets in Nineveh.")
    assert org_findings(body) == []

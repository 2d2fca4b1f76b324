"""Session 23: a weekday moved by "last" or "next" against the report's day (analysis/shifted_days.py),
and names rendered as their meaning behind a Maghrebi "Ben" or with the family name's article
(analysis/name_meanings.py)."""
from __future__ import annotations

import pytest
from checking import gating_severities, gating_texts

HEAD = "Plant opens\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("later,flag", [
    ("the trial operation started last Sunday, March 15", ["Sunday, March 15"]),   # after the report
    ("the trial operation started last Sunday, March 8", []),                       # the Sunday before
    ("the trial operation started on Sunday, March 15", []),                        # no "last": a plan
    ("the second line will open next Monday, March 16", []),
    ("the second line will open next Monday, March 9", ["Monday, March 9"]),        # before the report
])
def test_last_and_next_weekdays_lie_on_their_side_of_the_report_s_day(later, flag):
    body = ("The governor inaugurated today, Thursday, March 12, 2026, the recycling plant in Kom Ombo.\n\n"
            f"He noted that {later}, under the supervision of the regulator.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag


def test_a_dateline_gives_the_report_s_day():
    body = ("ASWAN, March 12, 2026 (MENA) - The governor inaugurated the recycling plant in Kom Ombo.\n\n"
            "He noted that the trial operation started last Sunday, March 15, under supervision.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == ["Sunday, March 15"]


@pytest.mark.parametrize("text,flag", [
    ("In Kasserine, the regional director of health, Dr. Hope Ben Salem, said the ward was full.",
     [("Hope", "error")]),                                  # Amal: "Ben Salem" is son of Salem, no given name
    ("The actress Hope Davis said the festival was a success.", []),
])
def test_a_meaning_word_before_ben_and_a_family_name(text, flag):
    assert gating_severities(HEAD + text + "\n", "mistranslation") == flag


@pytest.mark.parametrize("later,flag", [
    ("Residents said Ahmed the Sword had promised a schedule.", [("Sword", "error")]),
    ("Residents said Ahmed the Great had promised a schedule.", []),      # no family name it renders
])
def test_a_family_name_rendered_with_its_article_as_the_meaning(later, flag):
    body = ("The director of the water department, Eng. Ahmed Khalid al-Saif, said the cuts would end.\n\n"
            + later)
    assert gating_severities(HEAD + body + "\n", "mistranslation") == flag


DATE_HEAD = "Season\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("later,flag", [
    ("coinciding with the reopening of the Sound and Light show on July 15",
     ["the reopening of the Sound and Light show on July 15"]),
    ("coinciding with the reopening of the Sound and Light show on July 1", []),
    ("coinciding with the reopening of the Luxor Museum on July 15", []),     # another thing reopened
])
def test_a_plan_s_verb_dates_its_event_noun(later, flag):
    body = ("He added that the Sound and Light show at the Karnak Temple will reopen on July 1 after the works.\n\n"
            f"The governorate also announced a festival in the second half of July, {later}.")
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("the signing ceremony scheduled for October 21", ["the signing ceremony scheduled for October 21"]),
    ("the signing ceremony scheduled for October 14", []),
])
def test_an_event_that_will_take_place_and_its_ceremony(later, flag):
    body = ("The minister announced today, Tuesday, October 7, 2025, that the signing of the contracts of the "
            "beneficiaries in the governorates of Sfax and Sidi Bouzid will take place on October 14.\n\n"
            f"The minister also said that {later} will be attended by the banks.")
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("The convoy, which left the Misrata depot on Saturday, is the largest this year.",
     ["The convoy, which left the Misrata depot on Saturday"]),
    ("The convoy, which left the Misrata depot on Monday, is the largest this year.", []),
])
def test_a_subject_with_an_aside_set_off_from_a_place(later, flag):
    body = ("The company said in a statement that the convoy, which carries about 1.3 million litres of fuel, "
            "set off from the Misrata depot on Monday, March 10, and is expected to reach Sabha within two days.\n\n"
            + later)
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == flag


NUM_HEAD = "Crossing reopens\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("quoted,flag", [
    ('"the 5,400 trucks that crossed in the first week show the size of the losses"', ["5,400 trucks"]),
    ('"the 5,400 trucks that the sector owns stood idle during the closure"', []),   # another count of trucks
    ('"the 4,500 trucks that crossed in the first week show the size of the losses"', []),
])
def test_a_quoted_back_reference_with_two_digits_swapped_names_the_count_as_the_narration_did(quoted, flag):
    body = ("Omari added that 4,500 trucks crossed the crossing in both directions during the first week after "
            "the reopening.\n\n"
            f"The head of the truck owners association welcomed the reopening, saying that {quoted}.")
    assert gating_texts(NUM_HEAD + body + "\n", "number-mismatch") == flag


SEIZE_HEAD = "Seizure\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("later,flag", [
    ("The official said the arrested suspects were handed over to the department, among them five Yemenis "
     "and three Ethiopians.", ["five Yemenis and three Ethiopians"]),
    ("The official said the arrested suspects were handed over to the department, among them six Yemenis "
     "and three Ethiopians.", []),
    ("The official said the arrested suspects were handed over to the department, including five Yemenis "
     "and three Ethiopians.", []),                                   # "including" picks some
])
def test_nationalities_among_the_people_a_subject_names(later, flag):
    body = "The coast guard announced the arrest of nine suspects who were on board.\n\n" + later
    assert gating_texts(SEIZE_HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("text,flag", [
    ("The coast guard arrested nine suspects, six Yemenis and two Ethiopians, on the boat.",
     ["six Yemenis and two Ethiopians"]),
    ("The coast guard arrested nine suspects, six Yemenis and three Ethiopians, on the boat.", []),
    ("The ministry delivered 120 generators, 40 transformers and 10 cranes to the port.", []),  # no breakdown
])
def test_nationalities_in_apposition_to_their_count(text, flag):
    assert gating_texts(SEIZE_HEAD + text + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("total,flag", [
    ("12", ["five defendants to prison for 10 years, four others to prison for five years, and acquitted the remaining two"]),
    ("11", []),
])
def test_a_bare_remainder_counts_the_first_part_s_noun(total, flag):
    body = (f"The court ruled on the cases of {total} defendants, after a trial that lasted eleven months.\n\n"
            "The court sentenced five defendants to prison for 10 years, four others to prison for five years, "
            "and acquitted the remaining two.")
    assert gating_texts(SEIZE_HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("He added that the plant, which receives 600 kilograms of waste daily, will employ 120 people.", ["600 kilograms"]),
    ("He added that the plant, which receives 600 tonnes of waste daily, will employ 120 people.", []),
    ("He added that a bakery in the town sells 600 kilograms of bread daily to its residents.", []),  # another thing
])
def test_one_rate_of_one_period_in_another_unit(later, flag):
    body = ("The governor inaugurated the solid waste recycling plant in the Kom Ombo district, with a capacity of "
            "600 tonnes per day.\n\n" + later)
    assert gating_texts(NUM_HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("The minister said that the injured numbered 83, most of them with minor fractures.", ["83"]),
    ("The minister said that the injured numbered 38, most of them with minor fractures.", []),
    ("The minister said that the ministry mobilised 83 ambulances to the province.", []),     # another count
])
def test_two_digits_swapped_in_a_count_of_others_named_by_their_injury(later, flag):
    body = ("The ministry announced that an earthquake struck the province at dawn, causing the death of three "
            "people and the injury of 38 others.\n\n" + later)
    assert gating_texts(NUM_HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("sentence,texts", [
    ("the collections rose during the first ten months of the year 2026 to 3.87 billion dinars.",
     ["ten months", "3.87 billion dinars"]),                        # a year ends its phrase: no range
    ("from 2019 to 2021 the budget was 3 billion dinars.", ["3 billion dinars"]),   # a range of years
    ("the 45,000-barrel-per-day cracking unit was restarted.", ["45,000-barrel-per-day cracking"]),
])
def test_extraction_of_a_figure_after_a_year_and_a_hyphenated_rate(sentence, texts):
    from mtcheck.analysis.quantities import extract_sentence
    assert [q.text for q in extract_sentence(sentence, 0, len(sentence))] == texts


def test_a_hyphenated_daily_rate_is_a_rate():
    from checking import only_quantity
    assert only_quantity("the 45,000-barrel-per-day unit").dimension == "oil-rate"


@pytest.mark.parametrize("text,flag", [
    ("The director, Generous Ben Salah, said the plan was ready.", [("Generous", "error")]),
    ("The coach, Happy Ould Cheikh, said the team was ready.", [("Happy", "error")]),
    ("Tourists photographed Big Ben Tower in London.", []),
])
def test_a_meaning_word_before_a_maghrebi_filiation_particle(text, flag):
    assert gating_severities(HEAD + text + "\n", "mistranslation") == flag


COURT_HEAD = "Trial adjourned\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("later,flag", [
    ("until the next hearing, scheduled for March 25", ["March 25"]),
    ("until the next hearing, scheduled for March 18", []),
    ("until the hearing of the second case, scheduled for March 25", []),      # not the next session
])
def test_the_next_session_is_the_one_the_adjournment_set(later, flag):
    body = ("The court decided to adjourn the case of the defendants identified by the initials K.B. and M.S. to "
            "Tuesday, March 18, to hear the remaining witnesses.\n\n"
            f"The court also ordered the continuation of the detention of the defendants {later}.")
    assert gating_texts(COURT_HEAD + body + "\n", "date-mismatch") == flag


def test_two_adjournments_name_no_one_next_session():
    body = ("The court adjourned the first case to Tuesday, March 18, and the second case to Tuesday, March 25.\n\n"
            "The defendants remain in detention until the next hearing, scheduled for March 25.")
    assert gating_texts(COURT_HEAD + body + "\n", "date-mismatch") == []


@pytest.mark.parametrize("text,flag", [
    ("The work goes on to provide the shelter and the shelter to the affected families.", ["shelter and the shelter"]),
    ("Prices climbed higher and higher during the week.", []),
    ("He stays deputy prime minister and minister of local administration.", []),
])
def test_a_word_ending_like_a_comparative_doubled_with_its_article(text, flag):
    assert gating_texts(HEAD + text + "\n", "repeated-text") == flag


@pytest.mark.parametrize("later,flag", [
    ("the Coast Guard teams carried out the pursuit between November 8 and November 14", ["three days"]),
    ("the Coast Guard teams carried out the pursuit between November 8 and November 10", []),
    ("the Coast Guard teams held a training course between November 8 and November 14", []),   # another event
])
def test_a_length_bounded_by_a_noun_of_its_event_s_kind(later, flag):
    body = ("The Coast Guard announced today, Thursday, November 14, 2024, the seizure of a shipment.\n\n"
            "The commander said that the operation, which lasted for three days, came after information about "
            "a suspicious boat.\n\n" f"He said that {later}, with four boats.")
    assert gating_texts(SEIZE_HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("sentence,expected", [
    ("the forces carried out the arrest of 14 suspects wanted by the judiciary", False),   # fugitives
    ("the ransom of 30 million riyals demanded by the kidnappers", True),
    ("the 20 percent raise wanted by the union", True),
])
def test_wanted_by_the_judiciary_is_no_expectation(sentence, expected):
    from checking import only_quantity
    assert only_quantity(sentence).expected is expected


@pytest.mark.parametrize("body,flag", [
    ("The court adjourned the trial to the session of 22 April.\n\nThe defence will plead at the next session "
     "scheduled on 29 April.", ["29 April"]),
    ("The talks that began on 9 March 2025 in Tunis ended today.\n\nHe said the first session of the talks on "
     "10 March was devoted to the reports.", ["the first session of the talks on 10 March"]),
    ("The talks that began on 9 March 2025 in Tunis ended today.\n\nHe said the first session of the talks on "
     "9 March was devoted to the reports.", []),
    ("He said the bridge will reopen to the heavy trucks on 15 September 2025 after the load tests.\n\nThe ministry said that "
     "the reopening for the heavy trucks on 17 September will ease traffic.",
     ["the reopening for the heavy trucks on 17 September"]),
])
def test_one_event_named_by_its_verb_its_start_or_its_next_session(body, flag):
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("The flour covers the production of 12,000 loaves a week for the families.", ["12,000 loaves"]),
    ("The flour covers the production of 12,000 loaves a day for the families.", []),
    ("The workers receive 12,000 dinars a week from the programme.", []),          # another thing
])
def test_one_rate_said_over_another_period(later, flag):
    body = "The central bakery in the camp produces 12,000 loaves of bread per day.\n\n" + later
    assert gating_texts(NUM_HEAD + body + "\n", "number-mismatch") == flag


BUDGET_HEAD = "Budget debated\n\nPowered by automated translation\n\n"


def test_a_figure_cited_from_a_speaker_and_one_that_agrees_with_the_quotation():
    body = ('The minister said that "the deficit of the budget will not exceed 6.2 billion dinars next year", adding '
            "that the state's own revenues are estimated at 50.3 billion dinars.\n\n"
            "Deputies criticised the 9.2 billion dinars deficit which the minister spoke about.\n\n"
            "An expert said that the deficit of 6,200 million dinars equals 3.5 percent of output.")
    assert gating_texts(BUDGET_HEAD + body + "\n", "number-mismatch") == ["9.2 billion dinars deficit"]


@pytest.mark.parametrize("total,flag", [
    ("16.4", ["8.4 billion dinars are allocated to the Ministry of Education, 3.9 billion dinars to the Ministry of "
              "Health and 3.1 billion dinars"]),
    ("15.4", []),
])
def test_a_total_shared_out_after_as(total, flag):
    body = (f"The three ministries of education, health and defense will receive {total} billion dinars, as 8.4 "
            "billion dinars are allocated to the Ministry of Education, 3.9 billion dinars to the Ministry of Health "
            "and 3.1 billion dinars to the Ministry of National Defense.")
    assert gating_texts(BUDGET_HEAD + body + "\n", "number-mismatch") == flag


def test_a_year_less_hijri_date_takes_the_year_nearest_the_report():
    # 10 Dhu al-Hijjah 1446 was Friday, 6 June 2025; the article also names 1 Muharram 1447, which
    # must not make "Friday, 10 Dhu al-Hijjah" a day of May 2026
    body = ("The ministry announced today, Tuesday, 10 June 2025, the success of the Hajj season.\n\n"
            "The pilgrims performed the stoning on the first day of Eid al-Adha, Friday, 10 Dhu al-Hijjah.\n\n"
            "The new Hijri year begins on 1 Muharram 1447 AH, corresponding to 26 June.")
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == []


@pytest.mark.parametrize("dateline,flag", [
    ("RIYADH, June 10, 2025 (SPA) - ", ["ninth of Dhu al-Hijjah 1446, corresponding to 6 June"]),  # Umm al-Qura: 5 June
    ("AMMAN, June 10, 2025 (Petra) - ", []),                                  # a day either way: moon sighting
])
def test_a_saudi_story_s_hijri_dates_match_umm_al_qura_to_the_day(dateline, flag):
    body = (f"{dateline}The pilgrims stood on Arafat on the ninth of Dhu al-Hijjah 1446, corresponding to 6 June, "
            "the ministry said.")
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("text,flag", [
    ("A member of the Council of Representatives (Majlis al-Nuwab) demanded the hosting of the mayor.", []),
    ("A member of the Majlis al-Nuwab demanded the hosting of the mayor of the city.", ["Majlis al-Nuwab"]),
])
def test_an_arabic_body_name_glossing_its_english_name(text, flag):
    assert gating_texts(HEAD + text + "\n", "untranslated") == flag


@pytest.mark.parametrize("body,flag", [
    ("The governor confirmed that the international road will reopen on Saturday, 15 March 2025, in front of trucks."
     "\n\nHe called on the companies to prepare their convoys ahead of the reopening of the road on 17 March.",
     ["the reopening of the road on 17 March"]),
    ("The council had granted the agencies a deadline of 20 April 2025 to use the crossing.\n\n"
     "The coordinator said they will bring in the aid before the 25 April deadline.", ["the 25 April deadline"]),
    ("The council had granted the agencies a deadline of 20 April 2025 to use the crossing.\n\n"
     "The coordinator said they will bring in the aid before the 20 April deadline.", []),
])
def test_a_reopening_ahead_of_and_a_deadline_dated_twice(body, flag):
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("length,flag", [("three days", ["three days"]), ("six days", [])])
def test_the_length_of_an_ordinal_phase_against_a_range_with_a_bare_first_day(length, flag):
    body = ("Baghdad, today, Wednesday, 12 March 2025, the command announced the conclusion of the first phase of "
            "the operation in the desert, which was carried out from 1 to 6 March with the army.\n\n"
            f"The commander explained that the first phase, which lasted {length}, was based on intelligence.")
    assert gating_texts(DATE_HEAD + body + "\n", "date-mismatch") == flag


@pytest.mark.parametrize("later,flag", [
    ("his clients will present new documents at its 9 April hearing", ["9 April"]),
    ("his clients will present new documents at its 2 April hearing", []),
    ("his clients presented documents at its 20 March hearing", []),            # a hearing before it
])
def test_a_hearing_named_by_its_date_after_the_one_adjournment(later, flag):
    body = ("The Court of Appeal, in its first hearing on 26 March 2025, adjourned the hearing to 2 April in the "
            f"appeal of the candidates.\n\nThe lawyer said that {later}.")
    assert gating_texts(COURT_HEAD + body + "\n", "date-mismatch") == flag


def test_a_dateline_paragraph_above_a_photo_line_is_the_lead_not_a_caption():
    from mtcheck import reader, segment
    text = ("Court upholds sentences\n\nAMMAN (Reuters) - Jordan's Court of Cassation on Monday upheld the "
            "sentences.\n\nPhoto: The Palace of Justice in Amman, Jordan. REUTERS/Staff\n\nThe officers appealed.\n")
    src = reader.from_text(text)
    parts = [s.part for s in segment.segment(src.view, soft_newlines=src.soft_newlines)]
    assert parts[:3] == ["headline", "body", "credit"]
    assert gating_texts(text, "place-variant", "org-variant") == []


@pytest.mark.parametrize("later,flag", [
    ("He said that SOHAR aims to reach 1.7 million containers.", []),     # the company's brand, declared
])
def test_a_name_s_word_set_in_capitals_as_its_brand(later, flag):
    body = ("Sheikh Hilal, Chairman of Sohar Port and Freezone (SOHAR), said the port at Sohar grew.\n\n" + later)
    assert gating_texts(HEAD + body + "\n", "place-variant", "org-variant") == flag


def test_an_acronym_in_two_casings_is_still_flagged():
    body = ("The Arabian Gulf Oil Company (AGOCO) raised output.\n\nAn Agoco engineer said the field was ready.")
    assert gating_texts(HEAD + body + "\n", "org-variant") == ["Agoco"]


@pytest.mark.parametrize("parts,flag", [
    ("812 of them Ethiopians and 413 Yemenis", ["812 of them Ethiopians and 413 Yemenis"]),
    ("832 of them Ethiopians and 413 Yemenis", []),
])
def test_nationalities_hang_on_a_long_phrase_of_their_count(parts, flag):
    body = ("The patrols arrested during the past week a total of 1,245 infiltrators who tried to cross the southern "
            f"border of the Kingdom illegally, {parts}.")
    assert gating_texts(SEIZE_HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("parts,flag", [
    ("6 of them to Asian markets and 3 to European markets", ["6 of them to Asian markets and 3"]),
    ("8 of them to Asian markets and 3 to European markets", []),
])
def test_a_count_said_to_be_a_total_hangs_on_a_long_phrase(parts, flag):
    body = ("The company noted that a total of 11 tankers had been loaded from the refinery's marine terminal since "
            f"the beginning of March, {parts}.")
    assert gating_texts(NUM_HEAD + body + "\n", "number-mismatch") == flag


@pytest.mark.parametrize("sentence,texts", [
    ("He said the 40 ambulances will work around the clock.", ["40 ambulances"]),   # "am" of a word, no clock
    ("The parliament approved 5 amendments to the law.", ["5 amendments"]),
    ("The session starts at 10 am today.", []),
])
def test_a_clock_time_is_a_whole_word_after_the_figure(sentence, texts):
    from mtcheck.analysis.quantities import extract_sentence
    assert [q.text for q in extract_sentence(sentence, 0, len(sentence))] == texts

"""Rank ladders beyond the army's English ranks, and the mentions that a rank change hides in:
a bare surname two people share, a namesake of the story's past, a counsellor heading a court,
the Maghreb's prosecutor "of the King", Arabic ranks left in transliteration, services in
brackets, warrant and diplomatic ranks."""
from __future__ import annotations
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str = "rank-change"):
    return gating_severities(HEAD + text, rule)


BROTHERS = ("The Director General of Civil Defence, Major General Kadhim Salman al-Bahadli, said the teams "
            "rescued 212 people. His brother, Brigadier General Hussein Salman al-Bahadli, the former director "
            "of Civil Defence in Maysan, had warned of the storm last year.\n\n"
            "Major General Kazim Salman al-Bahadli said a plan was ready. {rank} Bahadli confirmed that the "
            "work would go on.")


def test_a_rank_that_neither_namesake_holds_is_a_change():
    assert findings(BROTHERS.format(rank="Colonel")) == [("Colonel Bahadli", "error")]


def test_a_rank_one_namesake_holds_names_that_one():
    assert findings(BROTHERS.format(rank="Brigadier General")) == []
    assert findings(BROTHERS.format(rank="Major General")) == []


def test_a_namesake_introduced_with_a_past_post_does_not_hide_the_change():
    text = ("The Director-General of the authority, Major General (Pilot) Ibrahim Fadl al-Mawla, said the "
            "airport received 61,000 passengers.\n\nBrigadier Ibrahim Fadl al-Mawla stressed that the "
            "navigation systems were approved.\n\nIbrahim al-Mawla, a former director of the authority and "
            "the uncle of the current Director-General, praised the step.")
    assert findings(text) == [("Brigadier Ibrahim Fadl al-Mawla", "error")]


def test_a_definite_past_post_still_tells_the_persons_history():
    text = ("Major General Ibrahim Fadl al-Mawla said the airport was open. The former director of the "
            "authority, Ibrahim Fadl al-Mawla, had closed it in 2023.\n\nBrigadier Ibrahim Fadl al-Mawla "
            "said flights would resume.")
    assert findings(text) == []


def test_a_counsellor_heading_a_court_later_called_judge():
    text = ("The Cairo Criminal Court, headed by Counsellor Ahmed Fathy Radwan, postponed the trial of 14 "
            "defendants.\n\nJudge Ahmed Fathy Radwan ordered the detention of nine of them.")
    assert findings(text) == [("Judge Ahmed Fathy Radwan", "error")]


def test_a_counsellor_heading_a_court_is_its_presiding_judge():
    text = ("The Cairo Criminal Court, headed by Counsellor Ahmed Fathy Radwan, postponed the trial.\n\n"
            "The presiding judge, Counsellor Ahmed Fathy Radwan, ordered the detention of nine. Presiding "
            "Judge Ahmed Radwan adjourned the session.")
    assert findings(text) == []


def test_a_counsellor_outside_a_court_is_no_judicial_rank():
    text = ("Counsellor Ahmed Fathy Radwan, the adviser of the governor, said the plan was ready.\n\n"
            "Judge Ahmed Fathy Radwan was not involved.")
    assert findings(text) == []


def test_the_attorney_general_of_the_king_later_his_deputy():
    text = ("The investigation is supervised by the Attorney General of the King Hassan Bennani at the Court of "
            "Appeal in Casablanca, in order to reveal the network.\n\nThe Deputy Attorney General of the King "
            "Hassan Bennani said seven suspects would be presented.")
    assert findings(text) == [("The Deputy Attorney General of the King Hassan Bennani", "error")]


def test_the_attorney_general_of_the_king_is_no_king():
    text = ("The Attorney General of the King Hassan Bennani ordered the arrests.\n\nThe Attorney General "
            "of the King Hassan Bennani said seven suspects would be presented.")
    assert findings(text) == []


def test_an_arabic_rank_left_in_transliteration_is_its_english_rank():
    assert findings("Liwa Rukn Hassan Ali al-Rubaie said the bridge opened. Staff Major General Hassan al-Rubaie "
                    "added that it took a year.") == []
    # a militia's brigade is no major general
    assert findings("Liwa al-Quds said its fighters entered the town. Brigadier al-Quds was not there.") == []
    assert findings("Aqid Hassan Ali al-Rubaie said the bridge opened. Lieutenant Colonel Hassan al-Rubaie "
                    "added that it took a year.") == [("Lieutenant Colonel Hassan al-Rubaie", "error")]


def test_a_service_in_brackets_or_before_the_rank_is_the_same_rank():
    assert findings("Major General (Engineer) Hassan Ali al-Rubaie opened the bridge. Major General Hassan "
                    "al-Rubaie said it took a year.") == []
    assert findings("Civil Defence Colonel Hassan Ali al-Rubaie said the fire was out. Lieutenant Colonel "
                    "Hassan al-Rubaie added that it took a day.") == [("Lieutenant Colonel Hassan al-Rubaie", "error")]


def test_warrant_and_diplomatic_ranks_are_ranks_of_their_own():
    assert findings("Warrant Officer Hassan Ali al-Rubaie said the road was calm. Sergeant Hassan al-Rubaie "
                    "added that it stayed calm.") == [("Sergeant Hassan al-Rubaie", "error")]
    assert findings("The First Secretary of the Iraqi embassy in Amman, Hassan Ali al-Rubaie, said the office "
                    "was open. The Second Secretary of the embassy, Hassan al-Rubaie, added that it would "
                    "close.") == [("The Second Secretary of the embassy, Hassan al-Rubaie", "error")]
    assert findings("First Secretary Hassan Ali al-Rubaie said the office was open. First Secretary Hassan "
                    "al-Rubaie added that it would close.") == []


def test_a_service_or_staff_written_after_the_rank():
    # Arabic order: al-liwa' al-tayyar, al-'amid al-rukn
    assert findings("Major General Pilot Ali Hadi al-Saadi said the base was calm. Brigadier Ali al-Saadi "
                    "added that it stands.") == [("Brigadier Ali al-Saadi", "error")]
    assert findings("Brigadier General Pilot Ali Hadi al-Saadi said the base was calm. Brigadier General Ali "
                    "al-Saadi added that it stands.") == []
    assert findings("Brigadier Staff Ali Hadi al-Saadi said the base was calm. Staff Brigadier General Ali "
                    "al-Saadi added that it stands.") == []
    assert findings("Major General (Staff) Ali Hadi al-Saadi said the base was calm. Major General Ali "
                    "al-Saadi added that it stands.") == [("Major General Ali al-Saadi", "warning")]


def test_a_lieutenant_colonel_is_not_the_colonel_namesakes_rank():
    text = ("The spokesman, Brigadier General Sabah Nouri al-Ubaidi, said 17 sorties were flown. The commander "
            "of the 27th Brigade, Colonel Haider Majid al-Ubaidi, who is a cousin of the spokesman, said five "
            "suspects were held.\n\nLieutenant Colonel Ubaidi said the results would be announced daily.")
    assert findings(text) == [("Lieutenant Colonel Ubaidi", "error")]


def test_a_promotion_told_with_words_between_the_verb_and_the_rank():
    text = ("The commander of the 7th Division, Brigadier General Karim Hassan al-Zaidi, who was promoted by a "
            "ministerial order on Sunday to the rank of major general, said the road was secured. Major General "
            "Zaidi added that 28 devices were removed.")
    assert findings(text) == []


def test_an_assistant_director_general_is_not_the_deputy():
    assert findings("The Assistant Director General for Customs Affairs, Dr. Mahmoud Issa al-Tarawneh, said the "
                    "lanes were open. Deputy Director General Mahmoud al-Tarawneh added that they stay "
                    "open.") == [("Deputy Director General Mahmoud al-Tarawneh", "error")]
    assert findings("The Deputy Director General of the company, Mahmoud Issa al-Tarawneh, said the lanes were "
                    "open. Deputy Director-General Mahmoud al-Tarawneh added that they stay open.") == []


def test_an_office_in_a_body_with_a_long_official_name():
    text = ("The Undersecretary of the Ministry of Public Health and Population for the Primary Health Care "
            "Sector, Dr. Ali Naji al-Walidi, said 12 centres opened.\n\nDeputy Undersecretary Dr. Ali al-Walidi "
            "added that a campaign starts next month.")
    assert findings(text) == [("Deputy Undersecretary Dr. Ali al-Walidi", "error")]


def test_a_long_complement_does_not_run_over_a_sentence():
    # the complement of capitalised words stops at the first lower-case word: "sent" is the verb
    text = ("The session was attended by the Secretary General of the Ministry of Youth and Sports, Karim "
            "Ouadah, who represented the minister.\n\nThe Minister of Youth and Sports Karim Ouadah sent a "
            "message of congratulations to the new bureau, in which he stressed the support of the state.")
    assert findings(text) == [("The Minister of Youth and Sports Karim Ouadah", "error")]


def test_a_namesake_whose_promotion_is_told_may_hold_the_new_rank():
    text = ("Major General Kadhim Salman al-Bahadli said the teams were deployed. Colonel Ali Hassan al-Bahadli, "
            "who was promoted on Sunday to brigadier, agreed.\n\nBrigadier Bahadli said the work goes on.")
    assert findings(text) == []


def test_a_rank_apposed_in_lower_case_is_the_persons():
    # "a retired colonel": the namesake's own rank, so "Colonel Bahadli" may be him
    text = ("Major General Kadhim Salman al-Bahadli said the teams were deployed. Ali Hassan al-Bahadli, a "
            "retired colonel, agreed.\n\nColonel Bahadli said the work goes on.")
    assert findings(text) == []
    text = ("Ali Hassan al-Bahadli, a colonel in the police, said the teams were deployed.\n\nBrigadier Ali "
            "al-Bahadli said the work goes on.")
    assert findings(text) == [("Brigadier Ali al-Bahadli", "error")]


NAMESAKES = ("The Secretary-General of the commission, Major General Abdel Rahim Hamid Al-Tayeb, said the payments "
             "began. Retired Colonel Hamid al-Tayeb, who received his pension, thanked the commission.\n\n"
             "{rank} Al-Tayeb said the offices will open in Gedaref.")


def test_a_generic_rank_only_one_namesakes_rank_shortens_to():
    assert findings(NAMESAKES.format(rank="General")) == [("General Al-Tayeb", "warning")]
    assert findings(NAMESAKES.format(rank="Major General")) == []

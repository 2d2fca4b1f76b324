"""A title whose complement runs straight into a name with no comma ("Deputy Representative of
UNICEF Sheema Al-Obaidi"): where the name's first word is not a listed given name, the given names
the article has already used tell where the complement ends."""
from __future__ import annotations
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str = "rank-change"):
    return gating_severities(HEAD + text, rule)


def test_deputy_after_a_name_the_article_already_used():
    text = ("The representative of UNICEF in Iraq, Sheema Al-Obaidi, said the water cuts endanger children.\n\n"
            "Deputy Representative of UNICEF Sheema Al-Obaidi stated on Monday that chlorination had begun.")
    assert ("Deputy Representative of UNICEF Sheema Al-Obaidi", "error") in findings(text)


def test_acting_dropped_before_a_name_the_article_already_used():
    text = ("The Acting Director of UNRWA Affairs in the West Bank, Helena Marquardt, said the cuts hurt.\n\n"
            "Director of UNRWA Affairs Helena Marquardt said the agency would truck water in.")
    assert [sev for _, sev in findings(text)] == ["warning"]


def test_the_same_post_before_the_same_name_is_no_change():
    text = ("The representative of UNICEF in Iraq, Sheema Al-Obaidi, said the water cuts endanger children.\n\n"
            "Representative of UNICEF Sheema Al-Obaidi stated on Monday that chlorination had begun.")
    assert findings(text) == []


def test_an_unseen_first_word_stays_in_the_complement():
    # nobody called Mafraq before: the complement keeps the place, and no one changes post
    text = ("The governor, Sheema Al-Obaidi, said the cuts hurt.\n\n"
            "The Director of Water of Mafraq Governorate said tankers would be sent.")
    assert findings(text) == []


def test_a_retired_rank_shortened_later():
    for first in ("retired Major General", "Major General (retired)", "Maj Gen (Rtd)"):
        text = (f"The Governor of Gezira State, {first} Hashim Osman Al-Tayeb, opened the harvest.\n\n"
                "General Hashim Osman Al-Tayeb said that the state had agreed to buy the wheat.")
        assert [sev for _, sev in findings(text)] == ["warning"], first


def test_a_former_post_is_history_not_a_change():
    text = ("The governor, a former Major General, Hashim Osman Al-Tayeb, opened the harvest.\n\n"
            "General Hashim Osman Al-Tayeb said that the state had agreed to buy the wheat.")
    assert findings(text) == []


def test_the_head_of_a_court_later_one_of_its_judges():
    text = ("The head of the Nineveh Federal Appeals Court, Judge Raad Hamid al-Sabaawi, said the cases were urgent.\n\n"
            "A judge in the Nineveh Federal Appeals Court, Raad Hamid al-Sabaawi, told local media the suspects were referred.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_another_judge_of_the_court_is_someone_else():
    text = ("The head of the Nineveh Federal Appeals Court, Judge Raad Hamid al-Sabaawi, said the cases were urgent.\n\n"
            "A judge in the Nineveh Federal Appeals Court, Ali Hassan al-Jubouri, told local media the suspects were referred.")
    assert findings(text) == []


def test_the_head_of_a_un_mission_later_a_member_of_it():
    text = ("The head of the United Nations Mission to Support the Hodeidah Agreement (UNMHA), Lieutenant General "
            "Anders Hovland, said the truce held.\n\n"
            "In another context, Lt Gen Anders Hovland, a member of the UN mission, visited the hospital.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_a_member_of_another_body_is_no_change():
    text = ("The head of the United Nations Mission to Support the Hodeidah Agreement (UNMHA), Lieutenant General "
            "Anders Hovland, said the truce held.\n\n"
            "Lt Gen Anders Hovland, a member of the Norwegian Academy of Sciences, visited the hospital.")
    assert findings(text) == []


def test_the_post_an_appointment_gives_then_another():
    text = ("The decrees also appointed Hamid Abdel Rahim Tutu as deputy governor of Gedaref State, alongside "
            "the new governor.\n\nGedaref Governor Hamid Tutu announced the formation of a committee.")
    assert [sev for _, sev in findings(text)] == ["error"]
    text = ("The reshuffle included the appointment of Dr. Medhat Fawzi Nosseir as Deputy Minister of Housing, "
            "a post vacant since October.\n\nMinister of Housing Medhat Nosseir said water comes first.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_the_post_an_appointment_gives_kept():
    text = ("The decrees also appointed Hamid Abdel Rahim Tutu as deputy governor of Gedaref State.\n\n"
            "Deputy Governor Hamid Tutu announced the formation of a committee.")
    assert findings(text) == []


def test_a_post_held_before_the_appointment_is_history():
    text = ("Hamid Tutu, who served as deputy governor of Gedaref State until 2019, was appointed governor on Monday.\n\n"
            "Governor Hamid Tutu announced the formation of a committee.")
    assert findings(text) == []


def test_a_chief_commissioner_is_another_police_grade():
    text = ("For his part, the head of the judicial police, Police Commissioner Hicham Rahmouni, said the leak was traced.\n\n"
            "Chief Police Commissioner Hicham Rahmouni confirmed that the phones held three more papers.")
    assert [sev for _, sev in findings(text)] == ["error"]

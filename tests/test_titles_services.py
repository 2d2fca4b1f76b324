"""A rank written with its service ("Police Colonel", "Pilot Brigadier General") is the same rank
as without it, and a post whose place in a ministry is named ("Director of the Department of
Explosives Disposal at the Ministry of Interior,") runs on to the rank and the name after it."""
from __future__ import annotations
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str = "rank-change"):
    return gating_severities(HEAD + text, rule)


def test_the_service_before_a_rank_is_the_same_rank():
    text = ("Police Colonel Hamad Salem al-Warfalli said the checkpoint had been reinforced.\n\n"
            "Colonel al-Warfalli added that two suspects were detained.")
    assert findings(text) == []


def test_the_service_does_not_hide_another_rank():
    text = ("Police Colonel Hamad Salem al-Warfalli said the checkpoint had been reinforced.\n\n"
            "Police Brigadier al-Warfalli added that two suspects were detained.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_a_post_in_a_ministry_then_a_rank_then_the_deputy_post():
    text = ("The Director of the Department of Explosives Disposal at the Ministry of Interior, Police Colonel "
            "Mohamed Faraj al-Dursi, said the team was clearing a farm.\n\n"
            "Police Col. Dursi, who was promoted to his current rank last year, said the work was dangerous.\n\n"
            "The Deputy Director of the Department of Explosives Disposal, Mohamed Faraj al-Dursi, said a mine "
            "caused the blast.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_the_same_post_in_a_ministry_is_no_change():
    text = ("The Director of the Department of Explosives Disposal at the Ministry of Interior, Police Colonel "
            "Mohamed Faraj al-Dursi, said the team was clearing a farm.\n\n"
            "The Director of the Department of Explosives Disposal, Colonel Mohamed Faraj al-Dursi, said a mine "
            "caused the blast.")
    assert findings(text) == []


def test_the_service_in_brackets_after_a_rank():
    text = ("The director of police in the state, Brigadier (Police) Awad Abdel Rahim, said the canal was cleared.\n\n"
            "Colonel Awad Abdel Rahim added that the work would continue.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_the_service_in_brackets_is_the_same_rank():
    text = ("Brigadier (Police) Awad Abdel Rahim said the canal was cleared.\n\n"
            "Brigadier Awad Abdel Rahim added that the work would continue.")
    assert findings(text) == []


def test_a_chief_executive_later_called_deputy_chief_executive():
    text = ("The Chief Executive Officer of Boursa Kuwait, Hamad Saleh al-Mutawa, said trading rose.\n\n"
            "The Deputy Chief Executive Hamad al-Mutawa said banks led the rally.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_the_chief_executive_written_as_ceo_is_no_change():
    text = ("The bank's chief executive, Hamad Saleh al-Mutawa, said trading rose.\n\n"
            "Mutawa, the CEO, said banks led the rally.")
    assert findings(text) == []


def test_an_investigating_judge_later_called_presiding_judge():
    text = ("According to a source, investigating judge Tamer Selim Okasha questioned two board members.\n\n"
            "Presiding Judge Tamer Okasha is expected to receive a report.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_a_presiding_judge_addressed_as_judge_is_no_change():
    text = ("Presiding Judge Ali Hassan Farouk opened the session on Monday.\n\n"
            "Judge Farouk adjourned it to next week.")
    assert findings(text) == []


def test_the_head_of_a_council_later_a_council_member():
    text = ("The president of the communal council, Mustapha Bennani, said the water would return.\n\n"
            "Council member Mustapha Bennani said the cuts would end.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_a_member_of_another_body_is_no_change_of_this_one():
    text = ("The president of the communal council, Mustapha Bennani, said the water would return.\n\n"
            "Board member Mustapha Bennani of the water utility said the cuts would end.")
    assert findings(text) == []


def test_an_investigating_judge_later_the_public_prosecutor_in_lower_case():
    text = ("The investigating judge of the Integrity Court in Baquba, Raad Kamil al-Saadi, ordered the arrest.\n\n"
            "The public prosecutor Raad al-Saadi said the case was open.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_a_prosecutor_named_by_his_field_later_an_investigating_judge():
    text = ("The Financial Public Prosecutor, Judge Rami Saadeh, ordered the factory closed.\n\n"
            "The Investigating Judge Saadeh said the file was open.")
    assert [sev for _, sev in findings(text)] == ["error"]


def test_the_financial_prosecutor_addressed_as_judge_is_no_change():
    text = ("The Financial Public Prosecutor, Judge Rami Saadeh, ordered the factory closed.\n\n"
            "Judge Saadeh said the file was open.")
    assert findings(text) == []


def test_an_agency_acronym_before_deputy():
    text = ("The UN Special Coordinator for Lebanon, Ingrid Halvorsen, said the vote must be held.\n\n"
            "UN Deputy Special Coordinator Ingrid Halvorsen said the delay was worrying.")
    assert [sev for _, sev in findings(text)] == ["error"]

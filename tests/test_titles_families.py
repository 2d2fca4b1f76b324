"""Posts beyond military ranks as data (titles.toml): diplomatic posts (ambassador, chargé
d'affaires, consul-general, consul), academic ranks (professor, associate and assistant
professor), a team's coaches (head coach, assistant coach), the grand mufti of a country and the
mufti of a city, each another post; the same post in
two written forms is no change."""
from __future__ import annotations

import pytest
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str = "rank-change"):
    return gating_severities(HEAD + text, rule)


@pytest.mark.parametrize("text,expected", [
    # an ambassador "to" a country, later the chargé d'affaires (accented, with its elided article)
    ("Qatar's ambassador to Sudan, Ali bin Saad Al Marri, inspected the trucks.\n\n"
     "The Chargé d'affaires of the Qatari embassy, Ali bin Saad Al Marri, said the aid arrived.",
     "The Chargé d'affaires of the Qatari embassy, Ali bin Saad Al Marri"),
    ("Ambassador Hassan Ali Al-Jawarneh received the plane.\n\n"
     "Charge d’affaires Hassan Al-Jawarneh said two clinics would follow.", "Charge d’affaires Hassan Al-Jawarneh"),
    ("The Consul-General of Sudan in Aqaba, Yasir Abdel Rahim Osman, accompanied the shipment.\n\n"
     "Consul Yasir Abdel Rahim said a fourth plane was expected.", "Consul Yasir Abdel Rahim"),
])
def test_another_diplomatic_post(text, expected):
    assert (expected, "error") in findings(text)


@pytest.mark.parametrize("text", [
    "Jordan's ambassador to Sudan, Hassan Ali Al-Jawarneh, received the plane.\n\n"
    "Ambassador Al-Jawarneh added that the embassy resumed its consular work.",
    "The Chargé d'Affaires of the embassy, Omar Babiker Ahmed, thanked Jordan.\n\n"
    "Chargé d'affaires Omar Babiker said the aid would reach Kassala.",
    # a predecessor is another person
    "Jordan's ambassador to Sudan, Hassan Ali Al-Jawarneh, received the plane.\n\n"
    "The former ambassador of Jordan in Khartoum, Fawaz Al-Zoubi, had supervised the evacuation.",
])
def test_the_same_diplomatic_post(text):
    assert findings(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Assistant Professor Karrar Mahdi Al-Khafaji supervises the laboratory.\n\n"
     "Professor Karrar Al-Khafaji noted that the results will be published.", "Professor Karrar Al-Khafaji"),
    ("Associate Professor Lina Fadhel Abbas led the study.\n\n"
     "Prof. Lina Abbas said the samples were clean.", "Prof. Lina Abbas"),
    ("The club parted ways with the head coach of the first team, Adil Ramzi Bennani.\n\n"
     "Assistant coach Adil Bennani had led the team in 24 matches.", "Assistant coach Adil Bennani"),
])
def test_another_academic_rank_or_coaching_post(text, expected):
    assert (expected, "error") in findings(text)


@pytest.mark.parametrize("text", [
    # "Prof." is "Professor"; "Professor Dr. X" is both, and may be "Dr. X" later
    "Professor Dr. Karrar Mahdi Al-Khafaji supervises the laboratory.\n\n"
    "Dr. Karrar Al-Khafaji said the tests start soon. Prof. Karrar Al-Khafaji added more.",
    "Head coach Adil Ramzi Bennani named the squad.\n\nCoach Adil Bennani said the team was ready.",
    # al-mudir al-fanni: a team's technical director is its head coach
    "The coach of the team, Adil Ramzi Bennani, named the squad.\n\n"
    "The technical director of the team, Adil Bennani, said the team was ready.",
    # the assistant is another person
    "Head coach Adil Ramzi Bennani named the squad.\n\n"
    "The assistant coach Mohamed Benchrifa will lead the team in the cup.",
])
def test_the_same_academic_rank_or_coaching_post(text):
    assert findings(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The Grand Mufti of the Lebanese Republic, Sheikh Abdul Latif Mahmoud Derian, launched the fund.\n\n"
     "Mufti Abdul Latif Derian added that centres will open.", "Mufti Abdul Latif Derian"),
    ("The Mufti of Tripoli and the North, Sheikh Malek Fawzi Al-Shaar, praised the fund.\n\n"
     "Grand Mufti Malek Al-Shaar said more.", "Grand Mufti Malek Al-Shaar"),
])
def test_another_religious_post(text, expected):
    assert (expected, "error") in findings(text)


@pytest.mark.parametrize("text", [
    # the mufti of a republic or a country is its grand mufti
    "The Mufti of the Republic, Dr. Shawki Ibrahim Allam, issued the fatwa.\n\nGrand Mufti Shawki Allam added more.",
    "The Mufti of Egypt, Dr. Shawki Ibrahim Allam, issued the fatwa.\n\nGrand Mufti Shawki Allam added more.",
    # Sheikh is an honorific
    "The Mufti of Tripoli, Sheikh Malek Fawzi Al-Shaar, praised the fund.\n\nSheikh Malek Al-Shaar said more.",
])
def test_the_same_religious_post(text):
    assert findings(text) == []


def test_a_minister_of_state_is_not_the_portfolio_minister():
    text = ("The Minister of State for Foreign Affairs, Khalifa Shaheen Al Marar, met the envoy.\n\n"
            "Foreign Minister Khalifa Al Marar said more.")
    assert findings(text) == [("Foreign Minister Khalifa Al Marar", "error")]


def test_a_minister_of_state_with_or_without_his_portfolio():
    text = ("The Minister of State for Foreign Affairs, Khalifa Shaheen Al Marar, met the envoy.\n\n"
            "Minister of State Khalifa Al Marar said more.")
    assert findings(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Professor Rachid Hamadouche of the agronomy school led the survey.\n\n"
     "Dr. Hamadouche said the yields were high.", "Dr. Hamadouche"),
    ("The study was led by Professor Karim Jaziri.\n\nDr Karim Jaziri said the councils need a budget.",
     "Dr Karim Jaziri"),
])
def test_a_professor_later_called_doctor(text, expected):
    assert (expected, "error") in findings(text)


@pytest.mark.parametrize("text", [
    # a job told after the name: such a professor is addressed as "Dr"
    "Tarek Salah Eddin, Professor of Sociology at Assiut University, said the programme helps.\n\n"
    "Dr. Salah Eddin added that more families will join.",
    # an assistant professor holds a doctorate below the professor's rank
    "Assistant Professor Karrar Mahdi Al-Khafaji led the study.\n\nDr. Karrar Al-Khafaji said the samples were clean.",
    # "Dr" first, then the rank: no finding by this rule
    "Dr. Rachid Hamadouche led the survey.\n\nHamadouche said the yields were high.",
    # two people: the professor's daughter is a doctor
    "Professor Rachid Hamadouche led the survey.\n\nHis daughter, Dr. Salma Hamadouche, said the yields were high.",
])
def test_doctor_without_a_professor_rank_before_the_name(text):
    assert findings(text) == []

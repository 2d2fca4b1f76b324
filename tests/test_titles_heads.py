"""The head of a body (ra'is): "head", "chairman" and "president" of one body are one post, and
so are their deputies; a body with a post of its own gives its head that post (a prosecution
office its chief prosecutor, a court its presiding judge, a university its rector, a parliament
its speaker, a government its prime minister); "the court, headed by Judge X" makes X its head."""
from __future__ import annotations

import pytest
from checking import gating_severities


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str, rule: str = "rank-change"):
    return gating_severities(HEAD + text, rule)


@pytest.mark.parametrize("text", [
    # ra'is al-nadi rendered two ways
    "The President of the club, Hicham Ait Menna, thanked the coach.\n\n"
    "The Head of the club, Hicham Ait Menna, added that a new coach would be named.",
    "The President of the National Council of the union, Anouar Ben Kaddour, said it would meet.\n\n"
    "The head of the National Council, Anouar Ben Kaddour, noted that marches were planned.",
    # ra'is al-jami'a: the president of a university is its rector
    "The President of the University of Baghdad, Professor Dr. Bahr Khalil Al-Hamdani, opened the labs.\n\n"
    "Rector Al-Hamdani stressed that the budget would grow.",
    # the mayor named by his city, then as the head of the municipality
    "The Mayor of Basra, Engineer Wissam Kadhim Al-Assadi, explained the plan.\n\n"
    "The head of the municipality, Wissam Al-Assadi, noted that 200 connections were removed.",
    # the head of a court addressed as any judge is
    "The head of the court, Judge Salam Jaafar al-Musawi, adjourned the session.\n\n"
    "Judge Salam al-Musawi said the verdict would follow.",
    # na'ib al-ra'is rendered two ways
    "The Vice-President of the federation, Fouzi Lekjaa Mansouri, attended the match.\n\n"
    "The deputy head of the federation, Fouzi Mansouri, said the clubs are free.",
    # ra'is majlis al-nuwwab, ra'is majlis al-wuzara, ra'is al-hukuma, al-mudir al-'amm
    "The Speaker of Parliament, Nabih Mustafa Berri, called a session.\n\n"
    "The head of Parliament, Nabih Berri, said the session would be held.",
    "The Speaker of the House of Representatives, Ahmed Abdul Karim Al-Safadi, called a session.\n\n"
    "The President of the House of Representatives, Ahmed Al-Safadi, said more.",
    "The Prime Minister, Najib Azmi Mikati, chaired the session.\n\n"
    "The President of the Council of Ministers, Najib Mikati, said more.",
    "Prime Minister Mohammed Shia al-Sudani opened the bridge.\n\n"
    "The head of the government, Mohammed Shia al-Sudani, said more.",
    "The General Manager of the Basra Oil Company, Basim Abdul Karim Khudair, said production rose.\n\n"
    "Director General Basim Khudair said more.",
    # the head of the highest court is the chief justice
    "The President of the Court of Cassation, Judge Hassan Abdel Salam Gad, opened the judicial year.\n\n"
    "Chief Justice Hassan Gad said more.",
    "The head of the Federal Supreme Court, Judge Jassim Mohammed Aboud, read the ruling.\n\n"
    "Chief Justice Jassim Aboud said more.",
])
def test_one_head_written_two_ways(text):
    assert findings(text) == []


@pytest.mark.parametrize("text,expected", [
    # the head of a prosecution office is a prosecutor, not a judge
    ("The head of the Giza Prosecution, Counsellor Ahmed Fathi Zahran, said the contracts were forged.\n\n"
     "Judge Ahmed Zahran stated that the prosecution will study the verdict.", "Judge Ahmed Zahran"),
    # the head of the court is not the investigating judge
    ("The head of the court, Judge Salam Jaafar al-Musawi, adjourned the session.\n\n"
     "The investigating judge in the case, Salam al-Musawi, said the file was complete.",
     "The investigating judge in the case, Salam al-Musawi"),
    # the deputy of the head of a court
    ("The President of the Dhi Qar Court of Appeal, Judge Mohsen Ali al-Hilali, spoke.\n\n"
     "The Deputy President of the Court of Appeal, Judge Mohsen Ali al-Hilali, added more.",
     "The Deputy President of the Court of Appeal, Judge Mohsen Ali al-Hilali"),
    # the head of two different courts
    ("The president of the Dhi Qar Federal Court of Appeal, Judge Raad Hashem al-Rikabi, spoke.\n\n"
     "The head of the Dhi Qar Criminal Court, Judge al-Rikabi, added more.",
     "The head of the Dhi Qar Criminal Court, Judge al-Rikabi"),
    # "headed by": the head of the court is not one of its members
    ("The Giza Criminal Court, headed by Counsellor Mohamed Abdel Salam Shoukry, sentenced four men.\n\n"
     "Court member Counsellor Mohamed Shoukry read the verdict.", "Court member Counsellor Mohamed Shoukry"),
    # the deputies of those posts
    ("The Speaker of the House of Representatives, Ahmed Abdul Karim Al-Safadi, called a session.\n\n"
     "The Deputy Speaker, Ahmed Al-Safadi, said more.", "The Deputy Speaker, Ahmed Al-Safadi"),
    ("The Prime Minister, Najib Azmi Mikati, chaired the session.\n\n"
     "The Vice President of the Council of Ministers, Najib Mikati, said more.",
     "The Vice President of the Council of Ministers, Najib Mikati"),
    ("The General Manager of the Basra Oil Company, Basim Abdul Karim Khudair, said production rose.\n\n"
     "Deputy General Manager Basim Khudair said more.", "Deputy General Manager Basim Khudair"),
])
def test_another_post(text, expected):
    assert (expected, "error") in findings(text)


def test_headed_by_a_judge_who_stays_a_judge():
    text = ("The court, headed by Judge Qasim Jabbar al-Maliki, was convinced of the evidence.\n\n"
            "Judge Qasim al-Maliki said torture does not fall with time.")
    assert findings(text) == []


def test_a_chief_commissioner_later_his_deputy():
    from checking import gating_severities
    text = ("Headline\n\nPowered by automated translation\n\n"
            "The Chief Commissioner of the Aqaba Special Economic Zone Authority (ASEZA), Nayef Ahmad al-Fayez, "
            "announced that 140 cruise ships will arrive.\n\nThe Deputy Chief Commissioner of ASEZA, Nayef Ahmad "
            "al-Fayez, added that buses will run.\n\nCommissioner for Tourism Affairs Sami Haddad said hotels are full. "
            "Chief Commissioner Nayef al-Fayez thanked the port.")
    assert gating_severities(text, "rank-change") == [
        ("The Deputy Chief Commissioner of ASEZA, Nayef Ahmad al-Fayez", "error")]

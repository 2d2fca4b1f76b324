"""The entity engine on real-looking text: the gazetteer, places, organisations and people,
each mechanism with the variant it must flag and the look-alike it must leave alone."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.analysis.gazetteer import gazetteer
from checking import gating_severities

HEAD = "Headline\n\nPowered by automated translation\n\n"


def gating(text: str, rule: str):
    return gating_severities(HEAD + text, rule)


# ------------------------------------------------------------------ gazetteer
@pytest.mark.parametrize("a,b", [("Tobruk", "Tubruq"), ("Kirkuk", "Kerkouk"), ("Ramadi", "Al-Rumadi"),
                                 ("Deir ez-Zor", "Deir al-Zour"), ("Hodeidah", "Hudaydah")])
def test_gazetteer_ties_transliterations_to_one_place(a, b):
    assert gazetteer().same_place(a, b) is True


def test_gazetteer_keeps_different_places_apart():
    assert gazetteer().same_place("Gaza", "Giza") is False
    assert gazetteer().same_place("Iraq", "Iran") is False
    assert gazetteer().same_place("Homs", "Hama") is False


@pytest.mark.parametrize("a,b", [("Minya", "Menia"), ("Ashar", "Asher"), ("Mallawi", "Malawi")])
def test_gazetteer_alternate_names_and_far_places_prove_nothing(a, b):
    # "Menia" is an alternate name of an Algerian oasis town, "Asher" of a new town near Cairo,
    # Malawi lies outside the region: none of them makes the other spelling a different place
    assert gazetteer().same_place(a, b) is None


@pytest.mark.parametrize("text,flagged", [
    ("Officials in the province of Ouargla met on Monday. Trucks left Wargla at dawn.", "Wargla"),
    ("Fighting hit the district of Sirwah, west of Marib. Families fled Serwah on foot.", "Serwah"),
    ("Water reached the town of Ain al-Tamr on Monday. Residents of Ein al-Tamur said it was late.", "Ein al-Tamur"),
    ("The Deputy Governor of Minya opened the plant. The governorate of Menia has nine centres.", "Menia"),
    ("Fighters fled to the town of Al-Dhuluiya. Police entered Al-Duluiya on Friday.", "Al-Duluiya"),
])
def test_place_vowel_and_letter_variants(text, flagged):
    assert [t for t, sev in gating(text, "place-variant") if sev == "error"] == [flagged]


@pytest.mark.parametrize("text", [
    "Troops entered Syria near Daraa on Monday. Daraa residents said shops stayed shut.",
    "The Algérienne des Eaux unit said the plant serves Tipaza and the west of Algiers.",
    "Mourners gathered in Homs on Friday. Hamas said it had no part in the attack.",
])
def test_place_variant_traps(text):
    assert gating(text, "place-variant") == []


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text,flagged", [
    ("Boats left the coast of Zuwara on Monday. Officials in Zuara said six were missing.", "Zuara"),
    ("Troops entered Tikrit at dawn. Shops in Takrit reopened by noon.", "Takrit"),
    ("Aid reached the states of Kassala and Gedaref. Trucks later crossed into Kasala again.", "Kasala"),
    ("Fighting spread from Hajin on Monday. The residents of Hajeen fled east.", "Hajeen"),
    # a place inside an office's complement is still a place
    ("The Governor of Kirkuk, Rakan Saeed, opened the plant. The province of Kerkouk has four districts.", "Kerkouk"),
])
def test_place_variants_without_cues_and_in_lists(text, flagged):
    assert [t for t, sev in gating(text, "place-variant") if sev == "error"] == [flagged]


@pytest.mark.parametrize("text", [
    "Fighting spread from Gaza to the town of Giza, officials said.",
    "Rain fell in Kirkuk on Monday. The old province of Tamim had floods in 1990.",
    "Troops met at Al Qaim on Monday. Qaim was quiet on Tuesday.",
    "NAJAF, Iraq (Reuters) - A new terminal opened in Najaf on Monday.",
])
def test_place_traps(text):
    assert gating(text, "place-variant") == []


# ------------------------------------------------------------------ organisations
@pytest.mark.parametrize("text,expected", [
    ("The National Security Apparatus announced arrests. The National Security Agency said five were held.",
     [("National Security Agency", "error")]),
    ("The Syrian Trading Establishment raised prices. The Syrian Foundation for Trade denied it.",
     [("Syrian Foundation for Trade", "error")]),
    ("The Yemen Red Crescent Society sent teams. The Yemeni Red Crescent Society said more were needed.",
     [("Yemeni Red Crescent Society", "warning")]),
    ("The Saudi Coast Guard rescued six. The Coast Saudi Guard said the boat sank.",
     [("Coast Saudi Guard", "warning")]),
    ("The Popular Mobilisation Forces (PMF) deployed. Later the Popular Mobilisation Front (PMF) withdrew.",
     [("Popular Mobilisation Front", "error")]),
    # the acronym's letters spelt out with another word, no acronym the second time
    ("The Syrian Democratic Forces (SDF) made arrests. The Syrian Defence Forces said six were held.",
     [("Syrian Defence Forces", "error")]),
    # a head in the plural still names the body; a plural is a word form
    ("The Early Warning and Response Network (EWARN) reported cases. The Early Warning and Response Networks "
     "said more were likely.", [("Early Warning and Response Networks", "warning")]),
    ("The Emergency Operations Centre opened. The Emergencies Operation Centre said roads were shut.",
     [("Emergencies Operation Centre", "warning")]),
    # one Arabic word rendered two ways
    ("The Brega Petroleum Marketing Company sent fuel. The Brega Oil Marketing Company said it was late.",
     [("Brega Oil Marketing Company", "error")]),
    ("The General Authority for Educational Buildings built six schools. The Public Authority for "
     "Educational Buildings said more would follow.", [("Public Authority for Educational Buildings", "error")]),
    # "against" inside a name
    ("The National Office for the Fight against Drugs and Drug Addiction warned. The National Office for "
     "the Fight against Drug and Drug Addiction said seizures rose.",
     [("National Office for the Fight against Drug and Drug Addiction", "warning")]),
])
def test_org_variants(text, expected):
    assert gating(text, "org-variant") == expected


@pytest.mark.parametrize("text", [
    "The Interior Ministry said ten were held. The Ministry of Interior later released two.",
    "SIDON, Lebanon (AP) — Runners crossed Sidon on Sunday.",
    "The Ministry of Health opened a clinic. The Ministry of Finance paid for it.",
    # other bodies whose initials happen to agree but whose kind differs
    "The Supreme Judicial Council (SJC) met. The Supreme Justice Court ruled on Monday.",
    "The Syrian Democratic Forces (SDF) advanced. The Syrian Democratic Council said talks went on.",
])
def test_org_traps(text):
    assert gating(text, "org-variant") == []


# ------------------------------------------------------------------ people
@pytest.mark.parametrize("text,expected", [
    ("Deputy Governor Usama Fadhil al-Juburi visited. Usama Fadel al-Juburi said the roads were open.",
     [("Fadel", "error")]),
    ("Judge Ashraf Abdel Gawad spoke first. Later Judge Ashraf Abdel Jawad adjourned the case.",
     [("Abdel Jawad", "error")]),
    ("Colonel Ahmed Nasser Al-Sharif arrived. Al -Sharif stated that the road was cleared.",
     [("Al -Sharif", "warning")]),
    # a listed transliteration family: one name in two spellings
    ("The director of the fund, engineer Khaled Miftah al-Obeidi, spoke. Khalid al-Obeidi explained the plan.",
     [("Khalid", "error")]),
])
def test_name_variants(text, expected):
    assert gating(text, "name-variant") == expected


@pytest.mark.parametrize("text", [
    # the article dropped on a later reference is wire style
    "Transport Minister Haider al-Saadi cut the ribbon. Saadi said the airport would grow.",
    # capitalised only because it opens the sentence
    "Governor Mahmoud al-Sabawi spoke on Tuesday. Al-Sabawi said the houses were returned.",
    # a look-alike introduced as someone new
    "Airport director Jawad Kadhim told reporters. Jawad Kazim, a 62-year-old pilgrim, said the trip was quick.",
    # two known given names a consonant apart are two people
    "Lebanon's Rami Khalil finished 11th. Race director Ramzi Khalil said security was good.",
    # a capitalised word after "the" names a thing, not the person it resembles
    "Governor Faraj al-Sabbah spoke on Monday. No ship may leave the Sabah port without a deal.",
    # two women's names a letter apart
    "Judge Rania Khoury heard the case. Judge Rana Khoury, who sits in Tyre, heard another.",
    # a feminine -a or a nisba makes another name
    "Yacine Benali scored twice. Yassine Benalia, who plays for the visitors, missed a penalty.",
    "Judge Karim Haddad adjourned the case. Karima Haddad, a lawyer, said she would appeal.",
])
def test_name_traps(text):
    assert gating(text, "name-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The spokesman of the Military Council, Khalil al-Ubaid, said ten were held. "
     "Commander al-Ubaid said more raids would follow.", "error"),
    ("The Acting Director General of the Civil Defence, Elias Nakhleh, said the fires spread. "
     "Director General Nakhleh said more crews were needed.", "warning"),
    ("For his part, the Governor of Akkar, Georges Abi Saab, said the farmers would be paid. "
     "Deputy Governor Abi Saab said a committee would assess the damage.", "error"),
    ("Usama al-Juburi, the Deputy Governor of Salahuddin, said aid arrived. "
     "Governor al-Juburi said more was needed.", "error"),
])
def test_rank_and_post_changes(text, expected):
    assert [sev for _, sev in gating(text, "rank-change")] == [expected]


@pytest.mark.parametrize("text", [
    "Former Governor Ali Hamza spoke first. Minister Hamza later said the plan would go ahead.",
    "Lieutenant-General Sabah al-Azzawi arrived. Lt Gen al-Azzawi said the sweep ended.",
])
def test_rank_traps(text):
    assert gating(text, "rank-change") == []


# ------------------------------------------------------------------ people: transliteration and naming customs
@pytest.mark.parametrize("text,expected", [
    # the short form given name + father's name, its father's name in other letters
    ("The Undersecretary, Dr. Haitham Osman Abdel Rahman, visited Kassala. Dr. Haitham Othman said cases fell.",
     [("Othman", "error")]),
    ("Haider Qasim Mutlaq was sentenced on Monday. The court said Haider Kasim must repay the money.",
     [("Kasim", "error")]),
    # the Egyptian and the standard first vowel of a given name
    ("The undersecretary, Hesham Abdel-Fattah Radwan, opened six schools. Hisham Abdel-Fattah Radwan said more "
     "would follow.", [("Hisham", "error")]),
    # a man named before needs no title the second time
    ("Ashraf Abdel Gawad Hussein, former head of the supply office, was jailed. His lawyer said Ashraf Abdel "
     "Jawad had served 27 years.", [("Abdel Jawad", "error")]),
    # the article written apart, on a bare surname
    ("The undersecretary, Nadhim Hashim al-Saadi, spoke. Al-Saadi said wells were drying. Al Saadi called on "
     "farmers to save water.", [("Al Saadi", "warning")]),
    # Maghreb particles bind to the surname
    ("The mayor, Mohamed Lemine Ould Cheikhna, visited the plant. Ould-Cheikhna said the fire was out.",
     [("Ould-Cheikhna", "warning")]),
    ("The governor, Col Nacer Ait Hamouda, inspected the forest. Ait-Hamouda said 300 hectares burned.",
     [("Ait-Hamouda", "warning")]),
    # one diphthong, several spellings; bin / ibn
    ("Lt Col Hamad al-Sweidi led the raid. Lt Col Hamad al-Suwaidi said four were held.", [("al-Suwaidi", "error")]),
    ("Crown Prince Mohammed bin Salman met the envoy. Mohammed ibn Salman said talks went well.",
     [("ibn Salman", "error")]),
    # both names re-transliterated, the same office
    ("Governor Ahmed Mansour of Tripoli spoke. Governor Ahmad Mansoor said roads would reopen.",
     [("Ahmad Mansoor", "error")]),
    # a spokesman named by a given name that is also a surname
    ("The spokesman, Commodore Ayoub Masoud Qassem, said boats left. Kassem said 9,000 were stopped.",
     [("Kassem", "error")]),
])
def test_name_variants_by_naming_custom(text, expected):
    assert gating(text, "name-variant") == expected


@pytest.mark.parametrize("text", [
    # two listed names a vowel apart are two people
    "Minister Ali Hassan spoke on Monday. Minister Ali Hussein said the budget was late.",
    # someone new, introduced with an age
    "Residents met Suhail al-Hamad on Monday. \"We cook with bottled water,\" said Suhail Hamid, 43, a father of six.",
    # a different man whose father's name differs entirely
    "The official, Haitham Osman Abdel Rahman, spoke. Haitham Salih said the clinic was full.",
    # the Egyptian vowel only in the first syllable: Samer and Samir are two names
    "Samer Khalil Haddad opened the shop. Samir Khalil Haddad, his cousin, said it would stay open.",
])
def test_name_custom_traps(text):
    assert gating(text, "name-variant") == []


# ------------------------------------------------------------------ ranks: offices with a complement
@pytest.mark.parametrize("text,expected", [
    # the complement runs up to a given name, with no comma
    ("Deputy Governor of Kassala Osman Idris spoke. Governor Osman Idris said floods receded.",
     [("Governor Osman Idris", "error")]),
    # ... or up to a compound given name, listed or not ("Abdul-Qawi")
    ("Deputy Governor of Taiz Abdul-Qawi Al-Shamiri spoke. Governor Abdul-Qawi Al-Shamiri said floods receded.",
     [("Governor Abdul-Qawi Al-Shamiri", "error")]),
    # an office and a post in one body, the body named in full and in short
    ("The secretary-general of the Regional Union of Labour in Kairouan, Mongi Ben Amor, spoke. The spokesman "
     "of the regional union, Mongi Ben Amor, said strikes would go on.",
     [("The spokesman of the regional union, Mongi Ben Amor", "error")]),
])
def test_rank_changes_in_offices(text, expected):
    assert gating(text, "rank-change") == expected


@pytest.mark.parametrize("text", [
    # two bodies: a man may head one and speak for another
    "The head of the fishermen's syndicate, Khalil Taha, spoke. The spokesman for the health ministry, "
    "Khalil Taha, said more aid was coming.",
    # the complement is a place and the name follows: no office change
    "Governor of Kassala Osman Idris spoke. Governor Osman Idris said floods receded.",
    "Deputy Governor of Taiz Abdul-Qawi Al-Shamiri spoke. Deputy Governor Abdul-Qawi Al-Shamiri said floods receded.",
])
def test_rank_office_traps(text):
    assert gating(text, "rank-change") == []


def test_variants_do_not_depend_on_the_hash_seed(tmp_path):
    # A long article with many look-alike names: the earlier name a variant is matched with must
    # not depend on the order of a set (an org-variant once did under PYTHONHASHSEED=1).
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    article = tmp_path / "long.txt"
    article.write_text("".join(p.read_text(encoding="utf-8") for folder in ("articles", "heldout", "heldout2")
                               for p in sorted((root / "benchmarks" / folder).glob("*.txt"))), encoding="utf-8")
    reports = {subprocess.run([sys.executable, "-m", "mtcheck.cli", "check", str(article), "--format", "json",
                               "--backend", "none"], capture_output=True, text=True, cwd=root,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(reports) == 1 and '"findings"' in next(iter(reports))


# ------------------------------------------------------------------ session 3: mechanisms
@pytest.mark.parametrize("text,expected", [
    # hay'a rendered Commission, then Authority; a noun and its adjective; a listed synonym in
    # another number; suppression / repression (qam')
    ("The Refugee Affairs Commission said 300 families arrived. The Refugee Affairs Authority said more would come.",
     ("Refugee Affairs Authority", "error")),
    ("The Sinai Region Water Council met on Sunday. The Sinai Regional Water Council said it approved the plan.",
     ("Sinai Regional Water Council", "warning")),
    ("The Directorate of Forests in Batna said fires spread. The Directorate of Forestry later said they were out.",
     ("Directorate of Forestry", "warning")),
    ("The Higher Committee for Narcotics Control met. The Higher Committee for Drug Control said seizures rose.",
     ("Higher Committee for Drug Control", "error")),
    ("The Bureau for the Suppression of Smuggling said. The Bureau for the Repression of Smuggling added.",
     ("Bureau for the Repression of Smuggling", "error")),
])
def test_org_word_forms_heads_and_synonyms(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # another body at another level, a regional office beside the region's council
    "The Health Ministry said 12 died. The Health Directorate in Basra said 4 of them were children.",
    "The Kurdistan Regional Government said talks ended. The Kurdistan Region Presidency welcomed them.",
    "The Central Bank said rates would hold. The Central Statistics Agency said prices rose.",
])
def test_org_word_form_traps(text):
    assert gating(text, "org-variant") == []


@pytest.mark.parametrize("text,expected", [
    # a spelling listed only in a family is a given name too (paragraph-initial, no title)
    ("The commander, Staff Brigadier General Qasim Jabbar al-Obeidi, said it.\n\n"
     "Kasim al-Obeidi, who took command in 2021, said units were ready.", ("Kasim", "error")),
    # a kinship particle before a bare surname
    ("The spokesman, Colonel Hedi Ben Youssef, said the boats sank.\n\nThe survivors were taken to Sfax, "
     "Bin Youssef said.", ("Bin Youssef", "error")),
    # a particle binds a word that is also a title
    ("The director, Dr Hani el-Sheikh, said it.\n\nDr Hani El Sheikh said seeds would come.", ("El Sheikh", "warning")),
    # the father's name changed between the same given name and surname
    ("The deputy governor of Raqqa, Abdul Karim Hassoun al-Jasim, said it.\n\n"
     "Abdul Karim Mansour al-Jasim said the road was open.", ("Mansour", "error")),
    # French-style "c" for kh in a Sahel given name, under a Maghreb police rank
    ("The head of the station, Divisional Commissioner El Moctar Ould Bah, said it.\n\n"
     "El Mokhtar Ould Bah added that two men were held.", ("El Mokhtar", "error")),
])
def test_name_variants_session3(text, expected):
    assert expected in gating(text, "name-variant")


@pytest.mark.parametrize("text", [
    # two men in one sentence, Saeed (Sa'id) and Sayed (Sayyid) are two names
    "Tests were ordered for the driver, Mahmoud Saeed, and his assistant, Mahmoud Sayed, on Monday.",
    # a lineage with "bin" names two men of one family
    "Sheikh Hamad bin Khalifa Al Thani met Hamad bin Jassim Al Thani in Doha.",
    # a middle name translated is a mistranslation, not a second spelling of the person
    "One of the displaced, Khaled Sabir al-Harbi, told the agency.\n\nKhaled Patient al-Harbi added that it rained.",
    # "Al Thani" ... "Thani": the article dropped is wire style
    "Fahad Ben Salah said the port reopened.\n\nBen Salah said ships would dock on Monday.",
])
def test_name_traps_session3(text):
    assert gating(text, "name-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The conservator of forests of Khenchela, Rachid Bouzid, said the fire spread.\n\n"
     "The deputy conservator of forests, Rachid Bouzid, said 40 hectares burned.", "error"),
    ("The prefect of Kiffa, Sidi Ould Ahmed, visited the camp.\n\nSub-Prefect Sidi Ould Ahmed said tents came.",
     "error"),
])
def test_rank_changes_in_local_posts(text, expected):
    assert [s for _, s in gating(text, "rank-change")] == [expected]


@pytest.mark.parametrize("text,flagged", [
    ("Floods hit the localities of Kassala, Wad Sherifay and Telkuk. The road between Kassala and Wad Shereifay "
     "was closed.", "Wad Shereifay"),
])
def test_places_continuing_a_list(text, flagged):
    assert any(t == flagged for t, _ in gating(text, "place-variant"))


@pytest.mark.parametrize("text", [
    # a list of governorates: another name with the same consonants is another place
    "Rain fell on the governorates of North Al Batinah, South Al Batinah and Al Dhahirah. Shelters opened in Sohar.",
    "In Basra, Reuters reported that the port in Umm Qasr reopened.",
])
def test_place_list_traps(text):
    assert gating(text, "place-variant") == []


@pytest.mark.parametrize("text,expected", [
    # both names only re-transliterated (sound key, listed family, a long surname's vowels)
    ("The official, Yousef Sheikhani, said it.\n\nYusuf Shaikhani said the depot burned.", ("Yusuf Shaikhani", "error")),
    ("Khaled Bouchareb said the dam held.\n\nKhalid Boucharib said more pumps came.", ("Khalid Boucharib", "error")),
    ("Brig Gen Yasser Hammadi said the road was open.\n\nColonel Yaser Hamadi said troops moved.",
     ("Yaser Hamadi", "error")),
    # a compound given name joined or split, its second half written another way
    ("Salah Eddine Ghoul said it.\n\nSalaheddine Ghoul said more.", ("Salaheddine", "warning")),
    ("Nasr al-Din Kurdi said it.\n\nNasreddine Kurdi said more.", ("Nasreddine", "error")),
    # the y of a final -wy is the vowel
    ("Karim Badawi, the mayor, said the water returned. Badawy said more pumps would come.", ("Badawy", "error")),
    # an abbreviated honorific with a full stop does not end the sentence
    ("The Acting Director of the Technical Services Directorate in Homs, Eng. Walid Hammoud al-Ibrahim, said it."
     "\n\nEng. Walid Hamoud al-Ibrahim said more.", ("Hamoud", "error")),
])
def test_name_retransliterated_whole(text, expected):
    assert expected in gating(text, "name-variant")


@pytest.mark.parametrize("text", [
    "The driver Ali Hassan al-Jubouri and his cousin Ali Hussein al-Jubouri were hurt.",
    "Hassan Ali said it. His brother Hussein Ali said more.",
    "Samer Khalil said it.\n\nSamir Khalil, his brother, said more.",
    "Colonel Walid Hamdan said it. His brother, Major Khalid Hamdan, said more.",
    "Salah Eddine Ghoul said it. Ghoul said more.",
])
def test_name_retransliteration_traps(text):
    assert gating(text, "name-variant") == []


def test_rank_qualifier_dropped_after_an_abbreviated_honorific():
    text = ("The Acting Director of the Technical Services Directorate in Homs, Eng. Walid Hammoud al-Ibrahim, said it."
            "\n\nThe Director Walid al-Ibrahim said the bridge would open.")
    assert [s for _, s in gating(text, "rank-change")] == ["warning"]


@pytest.mark.parametrize("text,expected", [
    # listed synonyms share no letters: found through the group, not the spelling
    ("The Ministry of Electricity said output fell. The Ministry of Power said repairs began.",
     ("Ministry of Power", "error")),
    ("The Egyptian Meteorological Authority said rain would fall. The Egyptian Weather Authority said more.",
     ("Egyptian Weather Authority", "error")),
    # the body's head word comes first, before "of ... Chambers"
    ("The Union of Chambers of Commerce said prices rose. The Federation of Chambers of Commerce said more.",
     ("Federation of Chambers of Commerce", "error")),
    ("The Higher Elections Commission said 40 percent voted. The High Electoral Commission said more.",
     ("High Electoral Commission", "warning")),
])
def test_org_synonym_groups_and_heads(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    "The Electoral Commission said it. The Elections Committee of the party said more.",
    "The Civil Aviation Authority said flights resumed. The International Civil Aviation Organization said more.",
    "The International Committee of the Red Cross said aid arrived. The Syrian Arab Red Crescent handed it out.",
    "The Ministry of Electricity said output fell. The Ministry of Oil said exports rose.",
    "The Agriculture Ministry said it. The Agricultural Bank said loans rose.",
])
def test_org_synonym_traps(text):
    assert gating(text, "org-variant") == []


def test_list_item_before_a_name_read_as_a_person_is_still_a_place():
    text = ("Losses were counted in the district of Chamchamal on Monday.\n\n"
            "A committee visited the villages of Chemchemal and Qadir Karam.")
    assert ("Chemchemal", "error") in gating(text, "place-variant")


def test_a_surname_that_is_also_a_given_name_joins_its_person():
    text = ("The UNICEF representative in Yemen, Sami Karam, said it.\n\n"
            "Karam, the regional director of the organisation, called on donors to pay.")
    assert [s for _, s in gating(text, "rank-change")] == ["error"]


def test_police_chief_post():
    text = ("The chief of police of Anbar, Maj Gen Hadi Kassar, said it.\n\n"
            "The deputy chief of police, Maj Gen Hadi Kassar, said more.")
    assert [s for _, s in gating(text, "rank-change")] == ["error"]


def test_gazetteer_one_name_transliterated_is_never_two_places():
    # GeoNames lists the city and its governorate apart; spellings with one sound key are one name
    assert gazetteer().same_place("Marsa Matrouh", "Marsa Matruh") is not False
    assert ("Marsa Matruh", "error") in gating(
        "Flooding in Marsa Matrouh closed roads. Marsa Matruh officials said more.", "place-variant")


@pytest.mark.parametrize("text,expected", [
    ("Kurdish official Hoshyar Zebari said it.\n\nHoshiar Zibari said more.", ("Hoshiar Zibari", "error")),
    ("Army chief Gen Othman al-Ghanmi said it.\n\nGen Uthman al-Ghanimi said more.", ("Uthman al-Ghanimi", "error")),
    ("Gen Mohamed Hamdan Dagalo said it.\n\nGen Mohammed Hamdan Daglo said more.", ("Mohammed Hamdan Daglo", "error")),
    ("Tribal leader Sheikh Ali Hatem al-Suleiman said it.\n\nSheikh Ali Hatim al-Sulaiman said more.",
     ("Hatim al-Sulaiman", "error")),
])
def test_names_with_vowels_moved(text, expected):
    assert expected in gating(text, "name-variant")


@pytest.mark.parametrize("text", [
    "Samer Haddad said it.\n\nSamir Haddad, his cousin, said more.",
    "Amer Khalil said it.\n\nAmir Khalil said more.",
])
def test_listed_distinct_given_names(text):
    assert gating(text, "name-variant") == []


@pytest.mark.parametrize("a,b", [("Coordination", "Coordinating"), ("Development", "Developing"),
                                 ("Forests", "Forestry"), ("Region", "Regional"), ("Trade", "Trading"),
                                 ("Investigations", "Investigating"), ("Emergencies", "Emergency")])
def test_org_word_forms_share_a_stem(a, b):
    from mtcheck.analysis.org_words import stem as _stem
    assert _stem(a) == _stem(b)


@pytest.mark.parametrize("a,b", [("Nation", "Union"), ("Electricity", "Election"), ("Port", "Protection"),
                                 ("Relief", "Relations")])
def test_org_other_words_keep_other_stems(a, b):
    from mtcheck.analysis.org_words import stem as _stem
    assert _stem(a) != _stem(b)


def test_org_gathering_for_association():
    text = "The Sudanese Professionals Association said it. The Sudanese Professionals Gathering said more."
    assert ("Sudanese Professionals Gathering", "error") in gating(text, "org-variant")


@pytest.mark.parametrize("text,rule,expected", [
    ("The UN Deputy Humanitarian Coordinator in Sudan, Ingrid Halvorsen, said it.\n\n"
     "The UN Humanitarian Coordinator, Ingrid Halvorsen, said more.", "rank-change", "error"),
    ("The Crown Prosecutor General at the Court of Appeal, Mohamed Amine Lahlou, said it.\n\n"
     "The Deputy Crown Prosecutor General Mohamed Amine Lahlou said more.", "rank-change", "error"),
    ("A contractor, Sidi Mohamed Ould Cheikh Ahmed, won the deal.\n\n"
     "The court heard that Sidi Mohamed Ould Sheikh Ahmed had finished.", "name-variant", "error"),
    ("Abdelouahed Ait Bouziane, who is being prosecuted, said it.\n\nAbdelwahed Ait Bouziane told the court more.",
     "name-variant", "error"),
    ("Water came to the communes of Ghafsai and Tissa.\n\nResidents of Rhafsai and Tissa told reporters more.",
     "place-variant", "error"),
    ("Boats set out from beaches between Abu Kammash and Sabratha.\n\nGuards patrolled the area of Abu Kamash.",
     "place-variant", "error"),
    ("The National Office of Electricity and Drinking Water said it.\n\n"
     "The National Office for Electricity and Potable Water said more.", "org-variant", "error"),
])
def test_entity_mechanisms_from_dev_articles_451_458(text, rule, expected):
    assert expected in [s for _, s in gating(text, rule)]


@pytest.mark.parametrize("text", [
    # two people share the surname, and a bare surname writes it as both do: it is neither's
    # variant ("Mahgoub", written otherwise than both, is misspelt whoever is meant:
    # tests/test_bare_surname_misspelt_for_all.py)
    "Governor Mohamed Abdelrahman Mahjoub said it. Health Minister Amna Hassan Mahjoub agreed.\n\n"
    "Mahjoub said the state would help.",
    # "Sidi Bouzid" is a place, not a man called Sidi
    "Protests spread to Sidi Bouzid on Monday. Police in Sidi Bou Zid said more.",
])
def test_entity_traps_from_dev_articles_451_458(text):
    assert gating(text, "name-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("Staff Lt. Gen. Abdul Amir Rashid Yarallah said it.\n\nLt Gen Yarallah said more.", "warning"),
    ("Staff Major Ali Kadhim said it.\n\nMajor Ali Kadhim said more.", "warning"),
    ("Staff Major Ali Kadhim said it.\n\nCaptain Ali Kadhim said more.", "error"),
])
def test_staff_before_any_rank(text, expected):
    assert [s for _, s in gating(text, "rank-change")] == [expected]


@pytest.mark.parametrize("text,flagged", [
    ("Fighters entered Al-Qaim on Monday.\n\nTroops later left Al -Qaim.", "Al -Qaim"),
    ("Rain hit the town of Al-Khalis.\n\nResidents of Al- Khalis fled.", "Al- Khalis"),
])
def test_place_article_with_a_stray_space_is_a_form_variant(text, flagged):
    assert (flagged, "warning") in gating(text, "place-variant")


def test_a_reuters_dateline_with_its_date_is_no_acronym_or_place_variant():
    text = ("ORAN, Algeria, May 26 (Reuters) - Algeria opened a plant near Oran on Sunday.\n\n"
            "Officials in Oran said water would flow.")
    report = mtcheck.check(HEAD + text, backend="none")
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("dateline,body", [
    # AFP style: month, day and year; day-first with a year; a country and a weekday
    ("TUNIS, March 4, 2026 (AFP) - A court in Tunis adjourned the trial.", "Lawyers in Tunis asked for time."),
    ("SANAA, 12 February 2025 (Xinhua) -- Rain flooded streets in Sanaa.", "The mayor of Sanaa said pumps failed."),
    ("AMMAN, Jordan, Oct. 3, 2024 (AP) — Jordan's cabinet met in Amman.", "Traffic in Amman slowed."),
    # a weekday, an abbreviated month the sentence splitter cuts at, an ordinal day, an ISO date, /Agency/
    ("ADEN, Yemen, Tuesday (Saba) - Rain flooded streets in Aden.", "The governor of Aden said pumps failed."),
    ("ADEN, 4 Nov. (Saba) – Rain flooded streets in Aden.", "The governor of Aden said pumps failed."),
    ("MUSCAT, November 4th, 2025 (ONA) - Oman's council met in Muscat.", "Traders in Muscat welcomed it."),
    ("KHARTOUM, 2025-11-04 (SUNA) - Prices rose in Khartoum.", "Bakers in Khartoum raised prices."),
    ("RABAT, Nov. 4, 2025 /PRNewswire/ -- A fair opened in Rabat.", "Visitors in Rabat queued."),
])
def test_a_dateline_with_its_year_is_no_capitals_variant(dateline, body):
    # the dateline's capitals are the wire's style, not another spelling of the city in the body
    report = mtcheck.check(HEAD + dateline + "\n\n" + body, backend="none")
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("text,flagged", [
    # the same capitals inside a sentence, or a body's acronym in two casings, are still variants
    ("Residents of Tunis said it. Police in TUNIS said more.", "TUNIS"),
    ("Shelling hit Sanaa on Monday.\n\nFamilies left SANAA at dawn.", "SANAA"),
])
def test_capitals_inside_a_sentence_are_still_a_place_variant(text, flagged):
    assert (flagged, "warning") in gating(text, "place-variant")


def test_a_feminine_given_name_is_another_person():
    assert gating("Mounir Trabelsi said it.\n\nMounira Trabelsi, his sister, said more.", "name-variant") == []


def test_a_ministry_and_a_provincial_department_are_two_bodies():
    text = "The Ministry of Agriculture said it. The Department of Agriculture in Sfax said more."
    assert gating(text, "org-variant") == []


# ------------------------------------------------ organisations: forms, kinds, short forms
@pytest.mark.parametrize("text,expected", [
    # the action noun and the gerund, a doubled consonant before -ing
    ("The Higher Committee for the Management of Housing met. The Higher Committee for Managing the Housing agreed.",
     ("Higher Committee for Managing the Housing", "warning")),
    ("The National Authority for Pest Control said it. The National Authority for Controlling Pests said more.",
     ("National Authority for Controlling Pests", "warning")),
    # another kind word after the body's own name, which holds a head of its own
    ("The Omani Border Guard Authority said it. The Omani Border Guard Corps said more.",
     ("Omani Border Guard Corps", "error")),
    # a short form in which one word is another word for the long form's
    ("The Fund for the Reconstruction of Sirte and the Southern Areas said it.\n\n"
     "The Fund for the Rebuilding of Sirte said more.", ("Fund for the Rebuilding of Sirte", "error")),
    ("The Administrative Control Authority arrested him. The Administrative Oversight Authority said more.",
     ("Administrative Oversight Authority", "error")),
])
def test_org_forms_kinds_and_short_forms(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # a short form with the long form's own words is house style
    "The Fund for the Reconstruction of Sirte and the Southern Areas said it. The Reconstruction Fund said more.",
    # two kind words that are not a force's or a service's: two bodies
    "The Federal Police Committee met. The Federal Police Directorate said more.",
    "The Iraqi Coast Guard Authority said it. The Kuwaiti Coast Guard Corps said more.",
])
def test_org_forms_kinds_and_short_forms_traps(text):
    assert gating(text, "org-variant") == []


# ------------------------------------------------ organisations: a body's adjective, "Anti-", a head's post
@pytest.mark.parametrize("text,expected", [
    # an adjective of the body itself left after the field words, or moved into the complement
    ("The General Commission of Customs seized the cargo. The Customs General Commission said more.",
     ("Customs General Commission", "warning")),
    ("The Federal Integrity Commission opened a case. The Commission of Federal Integrity said more.",
     ("Commission of Federal Integrity", "warning")),
    ("The Supreme Judicial Council met on Sunday. The Council of Supreme Judiciary said more.",
     ("Council of Supreme Judiciary", "warning")),
    # "Anti-Narcotics" renders the same two words as "Narcotics Control" (mukafahat al-mukhaddirat)
    ("The Anti-Narcotics Department seized the pills. The Narcotics Control Department said more.",
     ("Narcotics Control Department", "error")),
    ("The World Food Programme delivered flour. The Global Food Programme said more.",
     ("Global Food Programme", "error")),
])
def test_org_body_adjectives_and_anti(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # English moves the field words across the head; the adjective stays with the body or its field
    "The General Directorate of General Security said it. The General Security Directorate said more.",
    "The Ministry of Higher Education said it. The Higher Education Ministry said more.",
    "The Central Bank of Iraq said it. The Iraq Central Bank said more.",
    # a short form without "Anti-" is house style
    "The Anti-Narcotics Department seized the pills. The Narcotics Department said more.",
    # the body's director is not part of its name
    "The Director of the General Budget Department said it. The General Budget Department said more.",
    # two bodies that differ in their field
    "The World Health Organization said it. The World Food Programme said more.",
])
def test_org_body_adjectives_and_anti_traps(text):
    assert gating(text, "org-variant") == []


# ------------------------------------------------ organisations: adjectives made of nouns, qualifiers, mechanisms
@pytest.mark.parametrize("text,expected", [
    # a noun made an adjective when it moves before the head is a word-form change
    ("The Directorate of Agriculture in the governorate said it. The Agricultural Directorate said more.",
     ("Agricultural Directorate", "warning")),
    ("The General Company for Electricity Production of the South said it.\n\n"
     "The Southern Electricity Production General Company said more.",
     ("Southern Electricity Production General Company", "warning")),
    # another kind word, with the place it serves and "General" on one side only
    ("The General Directorate of Electricity Distribution in Dhi Qar cut power.\n\n"
     "The Dhi Qar Electricity Distribution Department said more.",
     ("Dhi Qar Electricity Distribution Department", "error")),
    # the town it serves, written on one side only, is no word of the name
    ("The Fishermen's Cooperative Association in Mocha paid the crews.\n\n"
     "The Mocha Fishermen Cooperative Union said more.", ("Mocha Fishermen Cooperative Union", "error")),
    # the place it serves spelt otherwise is no other word; another kind word is
    ("The Basra Oil Company promised contracts. The Basrah Oil Corporation said more.",
     ("Basrah Oil Corporation", "error")),
    # an armed group's unit (katiba) rendered Brigade and Battalion, its own name with and without "Al-"
    ("Fighters of the Al-Mahjoub Brigade took the port. The Mahjoub Battalion said more.",
     ("Mahjoub Battalion", "error")),
    # the place served left out, and a word's form changed
    ("The Dhi Qar Water Resources Directorate cut the quotas. The Water Resource Directorate stated more.",
     ("Water Resource Directorate", "warning")),
    # a kind word appended after the body's own head, and the order garbled
    ("The Syrian Arab Red Crescent announced aid. The Arab Syrian Red Crescent Organization said more.",
     ("Arab Syrian Red Crescent Organization", "warning")),
    # one Arabic word rendered two ways in a body's name (sina'i, muhasaba)
    ("The Great Man-Made River Authority repaired the wells. The Great Artificial River Authority said more.",
     ("Great Artificial River Authority", "error")),
    ("The Audit Bureau referred the file. The Accounting Bureau said more.", ("Accounting Bureau", "error")),
    # a name's own word in other letters, the change in its first four letters
    ("Fans of Al-Wehdat Club and Al-Faisaly Club clashed. The Al-Wahdat Club added that it would appeal.",
     ("Al-Wahdat Club", "error")),
    # a mechanism is a body; one Arabic word (raqaba / taftish) rendered two ways
    ("The United Nations Verification and Inspection Mechanism (UNVIM) cleared the ship. "
     "The United Nations Verification and Monitoring Mechanism said more.",
     ("United Nations Verification and Monitoring Mechanism", "error")),
    # the Arabic word for a body's name beside its translation
    ("The Radaa Apparatus for Combating Organised Crime and Terrorism arrested them.\n\n"
     "The Deterrence Agency for Combating Organised Crime and Terrorism said more.",
     ("Deterrence Agency for Combating Organised Crime and Terrorism", "error")),
])
def test_org_adjectives_qualifiers_and_mechanisms(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # a noun form moved before the head is English
    "The Directorate of Forests said it. The Forestry Directorate said more.",
    "The Department of Studies said it. The Studies Department said more.",
    # one word left once the qualifiers go proves nothing: two companies
    "The Arabian Gulf Oil Company raised output. The National Oil Corporation said more.",
    "The Basra Oil Company raised output. The North Oil Company said more.",
    # numbered units are two units
    "The Fifth Brigade moved north. The Fifth Battalion stayed in the city.",
    # an English word of the name changed with the kind word: another body
    "The Electoral Commission met. The Elections Committee said more.",
    # a provincial body and its short form; a kind word appended to the same words
    "The Basra Health Directorate opened a clinic. The Health Directorate said more.",
    "The Syrian Arab Red Crescent announced aid. The Syrian Arab Red Crescent Organization said more.",
    # "Union" is a town in Ohio, not a place of the region
    "The Fishermen's Cooperative Association paid the crews. The Union Fishermen Cooperative Union said more.",
    # a provincial directorate and another body with one field word in common
    "The Dhi Qar Health Directorate said it. The General Health Department said more.",
])
def test_org_adjectives_qualifiers_and_mechanisms_traps(text):
    assert gating(text, "org-variant") == []


# ------------------------------------------------ titles: the attorney general, posts that end in "General"
@pytest.mark.parametrize("text,expected", [
    # the head of the public prosecution is a judicial post; a city's chief prosecutor is another
    ("The Chief Prosecutor of Misrata, Counsellor Khaled Omar al-Zlitni, charged them.\n\n"
     "The Attorney General Khaled Omar al-Zlitni said more.", ("Attorney General", "error")),
    # two posts that both end in "General" are two posts
    ("Consul General Ahmed Farouk Zaki met the families. Inspector General Ahmed Farouk Zaki said more.",
     ("Inspector General", "error")),
    ("The Crown Prosecutor General at the Court of Appeal, Mohamed Amine Lahlou, spoke.\n\n"
     "The Deputy Crown Prosecutor General Mohamed Amine Lahlou said more.", ("Deputy Crown Prosecutor General", "error")),
])
def test_posts_ending_in_general(text, expected):
    word, severity = expected
    assert any(word in t and sev == severity for t, sev in gating(text, "rank-change"))


@pytest.mark.parametrize("text", [
    # a title the first mention gave too
    "The Attorney General at the State Security Court, Judge Hassan Al Abdallat, ordered it.\n\n"
    "Judge Al Abdallat also ordered the detention of three men.",
    "Prosecutor General Nabil Sadek ordered it. The Attorney-General Nabil Sadek said more.",
])
def test_posts_ending_in_general_traps(text):
    assert gating(text, "rank-change") == []


# ------------------------------------------------ places: a weak first mention, islands and lakes
@pytest.mark.parametrize("text,expected", [
    # first met after "of" (weak), then called islands: the later spelling is compared with it
    ("Boats from Kerkennah stayed in port. The fishermen of the Kerkennah islands struck.\n\n"
     "The union said the Fishermen of Qarqannah would march.", ("Qarqannah", "error")),
])
def test_place_known_by_a_later_mention(text, expected):
    assert expected in gating(text, "place-variant")


@pytest.mark.parametrize("text", [
    "Boats from Kerkennah stayed in port. The fishermen of the Kerkennah islands struck. Kerkennah is calm.",
    "Boats reached the Farasan islands on Monday. The Farasan Islands Authority said more.",
])
def test_place_known_by_a_later_mention_traps(text):
    assert gating(text, "place-variant") == []


@pytest.mark.parametrize("text", [
    # the article gives the other name itself
    "Cards were handed out in Sinjar on Sunday. The Yazidi town of Sinjar, known to its Kurdish residents as "
    "Shingal, was the scene of the 2014 massacre.",
    "Cards were handed out in Sinjar on Sunday. The town, called Shingal by Kurds, was hit in 2014.",
])
def test_place_declared_by_the_article(text):
    assert gating(text, "place-variant") == []


@pytest.mark.parametrize("text", [
    # two consonants the loose key merges (d/z, j/q) do not make one place
    "Floods hit Jeddah on Monday. Water entered homes in the districts of Al-Sanabel, Quwaizah and Al-Harazat.",
])
def test_place_two_loose_consonants_traps(text):
    assert gating(text, "place-variant") == []


@pytest.mark.parametrize("text,expected", [
    # a power station named like a place; "between" as a cue of place
    ("Power returned to the Al-Hiswa station on Monday.\n\nWorkers repaired the Al-Haswa station's turbines.",
     ("Al-Haswa", "error")),
    ("Mud blocked the road around Qalaat al-Madiq on Monday.\n\n"
     "Teams reopened the road between Qalat al-Mudiq and Al-Suqaylabiyah.", ("Qalat al-Mudiq", "error")),
])
def test_place_station_and_between(text, expected):
    assert expected in gating(text, "place-variant")


@pytest.mark.parametrize("text", [
    "Talks between Hezbollah and Israel stalled. Between Monday and Tuesday the road stayed shut.",
])
def test_place_station_and_between_traps(text):
    assert gating(text, "place-variant") == []


# ------------------------------------------------ names: another given name before an official's family name
@pytest.mark.parametrize("text,expected", [
    ("The campaign began in the presence of the Governor of Al-Mahra, Salem Awadh Kalshat.\n\n"
     "Ahmed Kalshat stated that the governorate has allocated a special budget.", ("Ahmed Kalshat", "error")),
    ("The director of the establishment, Engineer Fadi Hussein al-Ahmad, said the river dropped.\n\n"
     "Fouad Hussein al-Ahmad pointed out that the foundation asked for five pumps.",
     ("Fouad Hussein al-Ahmad", "error")),
])
def test_given_name_swapped(text, expected):
    assert expected in gating(text, "name-variant")


@pytest.mark.parametrize("text,expected", [
    # a given name that is also an English word ("Said") opening a name after a title
    ("The Director General of the municipality, Engineer Said bin Ali Al Mashani, spoke.\n\n"
     "Engineer Saeed bin Ali Al Mashani said more.", ("Saeed", "error")),
    # abu, written Abu, Abou or Bu (Gulf, Sudan, Maghreb)
    ("The commissioner, Abdel Rahman Hassan Abu Idris, received the convoy.\n\n"
     "Abdel Rahman Hassan Bu Idris said more.", ("Bu Idris", "error")),
])
def test_abu_written_bu(text, expected):
    assert expected in gating(text, "name-variant")


@pytest.mark.parametrize("text", [
    # a relative introduced as someone new
    "The Governor of Al-Mahra, Salem Awadh Kalshat, opened the road.\n\n"
    "Ahmed Kalshat, a fisherman from the town, said the road came late.",
    "The Governor of Al-Mahra, Salem Awadh Kalshat, opened the road. His brother Ahmed Kalshat said it came late.",
    # two of the family before: which one would it be?
    "Governor Salem Kalshat and his deputy Omar Kalshat opened the road.\n\nAhmed Kalshat said it came late.",
    # his family name, written with the middle name that begins it
    "UHIA chairman Mohamed Saad El-Din said 41 hospitals were inspected. Saad El-Din said more.",
])
def test_given_name_swapped_traps(text):
    assert gating(text, "name-variant") == []


# ------------------------------------------------ titles: the head of a body that has a post of its own
@pytest.mark.parametrize("text", [
    "The head of the Zuwara Municipality, Mohammed Ali al-Mabrouk, welcomed it.\n\n"
    "The mayor Mohammed Ali al-Mabrouk called for support.",
    "The head of the Tafileh governorate, Khaled al-Hajaya, opened the road. Governor Khaled al-Hajaya said more.",
])
def test_head_of_a_body_holds_its_post(text):
    assert gating(text, "rank-change") == []


@pytest.mark.parametrize("text", [
    # the elected council's head (ra'is al-majlis al-baladi) is another post than the mayor
    "The Mayor of Zarqa, Imad al-Momani, opened the line.\n\n"
    "The Head of the Zarqa municipal council, Imad al-Momani, said water comes once a week.",
    "The Mayor of Halba, Saeed al-Hallab, received the aid.\n\n"
    "Speaking later, the head of the municipal council of Halba, Saeed al-Hallab, thanked the army.",
    "The head of the Zuwara Municipal Council, Mohammed Ali al-Mabrouk, welcomed it.\n\n"
    "The mayor Mohammed Ali al-Mabrouk called for support.",
])
def test_the_head_of_a_municipal_council_is_not_the_mayor(text):
    assert [s for _, s in gating(text, "rank-change")] == ["error"]


@pytest.mark.parametrize("text,expected", [
    # the head of a provincial council is not the governor; a deputy head is not the mayor
    ("The head of the Basra Provincial Council, Khalaf Abdul Samad, spoke.\n\n"
     "Governor Khalaf Abdul Samad said more.", "Governor"),
    ("The deputy head of the Zuwara Municipal Council, Ali Mabrouk Zaid, spoke.\n\n"
     "The mayor Ali Mabrouk Zaid said more.", "mayor"),
])
def test_head_of_a_body_holds_its_post_traps(text, expected):
    assert any(expected in t for t, _ in gating(text, "rank-change"))


# ------------------------------------------------ titles: a complement before a name nobody lists
@pytest.mark.parametrize("text,expected", [
    # "Hawre" is no portfolio, body or place: the name's first word, though only "Salih" is listed
    ("The Deputy Director of Customs in Sulaymaniyah, Hawre Salih Aziz, said the trucks were held.\n\n"
     "Director of Customs Hawre Salih said the fuel was sold.", ("Director of Customs Hawre Salih", "error")),
])
def test_complement_ends_before_an_unlisted_given_name(text, expected):
    assert expected in gating(text, "rank-change")


@pytest.mark.parametrize("text", [
    # a place of two words stays in the complement
    "Governor of Dhi Qar Murtada al-Ibrahimi said the plant would open. Governor Murtada al-Ibrahimi added more.",
    "Director of the Basra Ports Company Farhan al-Fartousi said it. Director Farhan al-Fartousi added more.",
])
def test_complement_ends_before_an_unlisted_given_name_traps(text):
    assert gating(text, "rank-change") == [] and gating(text, "name-variant") == []


# ------------------------------------------------ places: a place that looks like a person's name
@pytest.mark.parametrize("text,expected", [
    ("Water reached homes in Deir ez-Zor, Syria, on Sunday.\n\n"
     "The Red Crescent branch in Deir al-Zour said it delivered tanks.", ("Deir al-Zour", "error")),
])
def test_place_shaped_like_a_name(text, expected):
    assert expected in gating(text, "place-variant")


@pytest.mark.parametrize("text", [
    # a person after "with": no place the gazetteer knows
    "The delegation met in Basra on Monday. They spoke with Karim al-Zubaidi, who runs the port.",
    # a titled person named like a place stays a person
    "Sheikh Hamad al-Basri spoke in Basra on Monday. Hamad al-Basri said more.",
])
def test_place_shaped_like_a_name_traps(text):
    assert gating(text, "place-variant") == [] and gating(text, "name-variant") == []


# ------------------------------------------------ places: opening vowels, unit heads, short forms
@pytest.mark.parametrize("text,expected", [
    ("Shelling hit the town of Inkhil on Monday. Residents of Enkhil fled.", ("Enkhil", "error")),
    ("Families returned to the Qairawan sub-district. Aid reached the Qirwan sub-district.",
     ("Qirwan", "error")),
    ("Water was cut in the village of Tiloune. Farmers of Tlouni protested.", ("Tlouni", "error")),
])
def test_place_opening_vowel_unit_heads_and_unknown_villages(text, expected):
    assert expected in gating(text, "place-variant")


@pytest.mark.parametrize("text", [
    "Oil output rose in Kuwait. The refinery lies south of Kuwait City.",
    "Strikes hit Gaza on Monday. In Gaza City, hospitals were full.",
])
def test_a_country_and_its_capital_city_are_two_places(text):
    assert gating(text, "place-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The Kuwaiti Red Crescent Society sent aid. The Kuwaiti Hilal al-Ahmar Society said more.",
     ("Kuwaiti Hilal al-Ahmar Society", "error")),
    ("The Arabian Gulf Petrochemicals Company said it. The Arab Gulf Petrochemicals Company said more.",
     ("Arab Gulf Petrochemicals Company", "warning")),
])
def test_org_half_translated_and_adjective_forms(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text,expected", [
    # the same letters spaced otherwise, with what looks like an article
    ("Trucks crossed at the Albu Hardan crossing. Guards at Al-Buhardan said more.", ("Al-Buhardan", "warning")),
    # a head word before "of" is a cue
    ("Lorries queued at the Tanf crossing on Monday. Officials at the crossing of Tenf said more.",
     ("Tenf", "error")),
    # the article assimilated inside a name, and a vowel moved
    ("Rain flooded the village of Tell al-Sabaa. Residents of Tell as-Sibaa left.", ("Tell as-Sibaa", "error")),
    # a final silent e, and no cue before the later spelling
    ("Snow fell on the town of Qabrine. Roads between Qibrin and the coast were shut.", ("Qibrin", "error")),
])
def test_place_forms_cues_articles_and_silent_e(text, expected):
    assert expected in gating(text, "place-variant")


@pytest.mark.parametrize("text", [
    # a post, then an office in the same court
    ("The spokesman of the Court of Appeal in Sousse, Judge Rim Gharbi, said it.\n\n"
     "The president of the Court of Appeal in Sousse, Judge Rim Gharbi, said more."),
    # one agency's acronym names one body: a country post, then a field office's head
    ("The chief of mission of WFP in Sudan, Anna Lindqvist, said aid came.\n\n"
     "The head of the WFP sub-office in Kassala, Anna Lindqvist, said more."),
    ("The regional secretary-general of the union in Sfax, Hedi Ben Salah, spoke.\n\n"
     "The union secretary-general, Hedi Ben Salah, said more."),
])
def test_offices_and_posts_in_one_body(text):
    assert [s for _, s in gating(text, "rank-change")] == ["error"]


@pytest.mark.parametrize("text", [
    # two agencies: a post in one, an office in another, is no change
    ("The chief of mission of WFP in Sudan, Anna Lindqvist, said aid came.\n\n"
     "Anna Lindqvist, who chaired the UNHCR donor meeting, said more."),
    "The spokesman of the Court of Appeal, Judge Rim Gharbi, said it.\n\nRim Gharbi said more.",
])
def test_offices_and_posts_in_one_body_traps(text):
    assert gating(text, "rank-change") == []


@pytest.mark.parametrize("text,expected", [
    ("The Aden Chamber of Commerce said it. The Aden Room of Commerce said more.", ("Aden Room of Commerce", "error")),
    ("The Nineveh Crisis Cell met on Sunday. The Nineveh Crisis Team said more.", ("Nineveh Crisis Team", "error")),
    ("The Tribal Affairs Directorate said it. The Tribes Affairs Directorate said more.",
     ("Tribes Affairs Directorate", "warning")),
])
def test_org_kind_words_and_forms_as_data(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text,expected", [
    ("The Residency, Passports and Nationality Directorate said it. "
     "The Passports, Residency and Nationality Directorate said more.",
     ("Passports, Residency and Nationality Directorate", "warning")),
    ("The Ministry of Energy, Mines and Water said it. The Ministry of Energy, Mining and Water said more.",
     ("Ministry of Energy, Mining and Water", "error")),
])
def test_org_names_listing_words_with_commas(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # a list of places before a body is no part of its name
    "Aid reached Basra, Maysan and Dhi Qar. The Basra Health Directorate said more. "
    "The Maysan Health Directorate said it was ready.",
    "The Ministry of Energy, Mines and Water said it. The Energy Ministry said more.",
])
def test_org_names_listing_words_with_commas_traps(text):
    assert gating(text, "org-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The Darfur Bar Association said it. The Darfuri Bar Association said more.", ("Darfuri Bar Association", "warning")),
    ("The Hadrami Elite Forces said it. The Hadramawt Elite Forces said more.", ("Hadramawt Elite Forces", "warning")),
])
def test_org_place_and_its_adjective(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text,expected", [
    ("The National Center for Seismology said it. The National Seismology Center said more.",
     ("National Seismology Center", "warning")),
    ("The Basra Oil Company said it. The Company of Basra Oil said more.", ("Company of Basra Oil", "warning")),
])
def test_org_words_moved_across_a_head_that_keeps_one_order(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    "The University of Mosul reopened. Mosul University said more.",
    "The Directorate of Health in Najaf said it. The Najaf Health Directorate said more.",
    "The Council of Ministers met. The Ministers Council said more.",
])
def test_org_words_moved_across_a_head_english_reorders(text):
    assert gating(text, "org-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The UN Development Programme said it. The United Nations Development Program said more.",
     ("United Nations Development Program", "warning")),
    ("The UN Relief Agency said it. The United Nations Aid Agency said more.", ("United Nations Aid Agency", "error")),
])
def test_org_acronym_word_spelt_out(text, expected):
    assert expected in gating(text, "org-variant")


def test_org_acronym_word_spelt_out_alike_is_no_variant():
    text = "The UN Development Programme said it. The United Nations Development Programme said more."
    assert gating(text, "org-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("Tents went up at the Um Sheifa camp. At Um Shifai, families said water was short.", ("Um Shifai", "error")),
])
def test_place_after_a_cue_opening_the_sentence(text, expected):
    assert expected in gating(text, "place-variant")


@pytest.mark.parametrize("a,b", [("Abdulsalam", "Abdussalam"), ("Abdel Rahim", "Abdul Raheem"),
                                 ("Abdul Rahman", "Abdurrahman"), ("Abdelaziz", "Abdul Aziz")])
def test_abd_compounds_however_assimilated_are_one_name(a, b):
    from mtcheck.analysis.spelling import Relation, relation
    assert relation(a, b, strict=True) is Relation.LETTERS


@pytest.mark.parametrize("a,b", [("Abdel Karim", "Abdel Rahim"), ("Abdul Rahman", "Abdul Rahim")])
def test_abd_compounds_of_other_names_stay_two(a, b):
    from mtcheck.analysis.spelling import Relation, relation
    assert relation(a, b, strict=True) is Relation.DIFFERENT


def test_a_feminine_given_name_in_one_family_is_another_person():
    text = ("SFAX, Tunisia (Reuters) - Mounir Trabelsi, the office director, said sales rose.\n\n"
            "Mounira Trabelsi, who runs a family mill, said the season started early.")
    assert gating(text, "name-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("Dr Amira Mahmoud Shehata said it.\n\nDr Amirah Shehata said more.", ("Amirah", "error")),
    ("Colonel Awadh Salem al-Kathiri said it.\n\nColonel Awad al-Kathiri said more.", ("Awad", "error")),
])
def test_a_final_h_is_a_spelling_not_a_feminine_name(text, expected):
    assert expected in gating(text, "name-variant")


@pytest.mark.parametrize("text", [
    # other papers' datelines are no organisation, place or acronym
    "ABU DHABI: Rain fell across Abu Dhabi on Monday.\n\nAbu Dhabi police urged drivers to slow down.",
    "November 25, 2026 (PORT SUDAN) – Fighting went on.\n\nOfficials in Port Sudan said more.",
    "DUHOK (Rudaw24) – Rain fell.\n\nDuhok officials said roads were shut.",
    # the article itself gives the other spelling
    "In El Fasher (also spelt Al-Fashir), shelling went on.\n\nResidents of Al-Fashir fled.",
    # a known place's spelling inside a longer name: a crude grade, a company
    "Exports from Basra rose on Monday. Prices for Basrah Medium fell in Asia.",
    # a feminine name formed on a name ending in i
    "Fadi Haddad said it.\n\nFadia Haddad, his sister, said more.",
    # a branch of the armed forces shares their acronym
    "The Jordan Armed Forces (JAF) said it.\n\nThe Jordanian Air Force said more.",
])
def test_clean_wire_copy_look_alikes(text):
    report = mtcheck.check(HEAD.replace("Powered by automated translation\n\n", "") + text, backend="none")
    assert [(f.rule, f.text) for f in report.findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("text", [
    # a name after the complement with no comma, behind an honorific
    "Deputy Minister of Health Dr Salma Fathi Morsi said it.\n\nHealth Minister Salma Fathi said more.",
    # a judge's seniority is part of the post
    ("The case went to the First Investigating Judge in Tripoli, Rana Akkari.\n\n"
     "Public Prosecutor Rana Akkari said more."),
    # where the office is, after its body
    ("The director of the customs office at Safwan North, Jamal Kadhim Ali, said it.\n\n"
     "The deputy director of the office, Jamal Kadhim Ali, said more."),
    # a lower-case judicial post right before a name
    "The Minya chief prosecutor, Counsellor Sherif Abdel Salam Fawzy, said it.\n\nThe prosecutor Sherif Abdel Salam Fawzy said more.",
])
def test_titles_with_complements_and_seniority(text):
    assert [s for _, s in gating(text, "rank-change")] == ["error"]


def test_judge_is_how_any_judge_is_addressed():
    text = ("The case went to the First Investigating Judge in Tripoli, Rana Akkari.\n\n"
            "Judge Rana Akkari ordered the men held.")
    assert gating(text, "rank-change") == []


def test_title_complement_holding_an_acronym():
    text = ("The regional secretary-general of the Moroccan Labour Union (UMT) in Safi, Driss Alami, spoke.\n\n"
            "The UMT secretary-general, Driss Alami, said more.")
    assert [s for _, s in gating(text, "rank-change")] == ["error"]


def test_hadrami_ba_binds_to_the_family_name():
    text = "Dr Salem Omar Ba-Wazir said it.\n\nDr Salem Ba Wazir said more."
    assert ("Ba Wazir", "warning") in gating(text, "name-variant")


def test_a_military_region_is_a_command():
    text = "Troops of the Third Military Region deployed.\n\nThe Third Military District said more."
    assert ("Third Military District", "error") in gating(text, "org-variant")


def test_a_region_alone_is_no_body():
    text = "Rain fell in the Kurdistan Region on Monday.\n\nThe Kurdistan Regional Government said roads were shut."
    assert gating(text, "org-variant") == []


@pytest.mark.parametrize("text,expected", [
    # one Arabic kind word of a public body, rendered two ways
    ("The Yemeni Ports Authority said it. The Yemeni Ports Department said more.", ("Yemeni Ports Department", "error")),
    ("The Kuwait Fire Force said it. The Kuwait Fire Service said more.", ("Kuwait Fire Service", "error")),
    # two bodies joined by "and" in one capitalised run are two names
    ("The Kuwait Red Crescent Society and the Zakat House sent aid.\n\nThe Kuwaiti Red Crescent Society said more.",
     ("Kuwaiti Red Crescent Society", "warning")),
])
def test_org_kind_words_and_joined_bodies(text, expected):
    assert expected in gating(text, "org-variant")


@pytest.mark.parametrize("text", [
    # a person's title whose head word also names bodies
    ("The Commissioner of Refugees in Gedaref state, Dr Salwa Idris Hamid, said it.\n\n"
     "The Refugees Commission said more."),
    # a ministry's own directorate is another body
    "The Ministry of Health said it. The Health Directorate in Basra said more.",
])
def test_org_kind_words_traps(text):
    assert gating(text, "org-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The Wali of Oran, Karim Bouzid, said it.\n\nDeputy Wali Karim Bouzid said more.", "error"),
    ("The First Deputy Governor of Hadramawt, Omar Ali Bin Shakla, said it.\n\nDeputy Governor Bin Shakla said more.",
     "warning"),
])
def test_more_posts_as_data(text, expected):
    assert [s for _, s in gating(text, "rank-change")] == [expected]


def test_org_another_kind_word_and_one_synonym_among_many_words():
    text = ("The Moroccan Union of Industry, Commerce and Crafts said it.\n\n"
            "The Moroccan Syndicate of Industry, Trade and Crafts said more.")
    assert ("Moroccan Syndicate of Industry, Trade and Crafts", "error") in gating(text, "org-variant")


def test_org_another_kind_word_and_another_word_in_a_short_name_is_another_body():
    assert gating("The Electoral Commission said it. The Elections Committee said more.", "org-variant") == []


def test_given_name_respelt_in_the_father_name_short_form():
    text = ("The former director, Fadhil Abbas al-Ghazi, was charged.\n\n"
            "The court said the defendant Fadel Abbas was arrested in April.")
    assert ("Fadel", "error") in gating(text, "name-variant")


def test_brothers_in_the_father_name_short_form_stay_two():
    text = ("The former director, Fadhil Abbas al-Ghazi, was charged.\n\n"
            "His brother Ali Abbas said the family would appeal.")
    assert gating(text, "name-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("Teams of the Civil Defence and the Jordanian Hashemite Charity Organization helped.\n\n"
     "The Hashemite Jordanian Charity Organization said more.", ("Hashemite Jordanian Charity Organization", "warning")),
    ("The Deputy Director of Customs in Erbil, Rebwar Karim Aziz, said it.\n\nDirector of Customs Rebwar Karim said more.",
     None),
])
def test_bodies_after_and_the_and_portfolio_complements(text, expected):
    if expected:
        assert expected in gating(text, "org-variant")
    else:
        assert [s for _, s in gating(text, "rank-change")] == ["error"]


def test_a_word_moved_across_a_reordering_head_may_change_its_form():
    text = "The Directorate of Forests said it. The Forestry Directorate said more."
    assert gating(text, "org-variant") == []


def test_a_bare_word_after_a_place_cue_is_a_place_not_a_surname():
    text = ("Colonel Abdel Karim Faraj al-Zawi said the crossing reopened.\n\n"
            "Clashes broke out between groups from Zuwara and forces coming from Zawiya.")
    assert gating(text, "name-variant") == []


@pytest.mark.parametrize("text,expected", [
    ("The Egyptian Ambulance Authority said it. The Egyptian Ambulance Organization said more.",
     ("Egyptian Ambulance Organization", "error")),
    ("The Libyan Customs Authority said it.\n\nThe Customs Department said more.", ("Customs Department", "error")),
    ("The Iraqi-Syrian Joint Committee met. The Syrian-Iraqi Joint Committee said more.",
     ("Syrian-Iraqi Joint Committee", "warning")),
])
def test_org_kind_words_demonyms_and_hyphened_pairs(text, expected):
    assert expected in gating(text, "org-variant")


def test_title_complement_in_lower_case_before_an_honorific():
    text = ("The director of the Aswan University Hospitals, Dr. Hoda Kamal, said it.\n\n"
            "The head of the toxicology department Dr. Hoda Kamal said more.")
    assert [s for _, s in gating(text, "rank-change")] == ["error"]

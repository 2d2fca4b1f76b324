"""untranslated (MT203): source script and transliterations left in the English text."""
from __future__ import annotations

import pytest

import mtcheck


def findings(text: str):
    report = mtcheck.check(text, backend="none", select=["untranslated"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return report.findings


def gating(text: str):
    return [(f.text, f.severity) for f in findings(text) if f.severity in ("error", "warning")]


@pytest.mark.parametrize("text,span", [
    ("Technicians were inspecting the خزانات at the Sarir field before pumping resumed.", "خزانات"),
    ("A spokesman said the محافظ of Baghdad would announce three days of mourning.", "محافظ"),
    ("The slogan read النيابة العامة in large letters.", "النيابة العامة"),
    ("The Kurdish official, quoted by Rudaw as saying Шойгу, left.", "Шойгу"),
])
def test_source_script_is_an_error(text, span):
    assert gating(text) == [(span, "error")]


def test_arabic_indic_digits_are_an_error_with_ascii_suggestion():
    f = [f for f in findings("The mechanic was sentenced to ١٢ months, suspended.") if f.severity == "error"]
    assert [(x.text, x.suggestion) for x in f] == [("١٢", "12")]


def test_transliteration_beside_its_english_is_a_warning():
    text = ("The case was brought by the public prosecution (al-niyaba al-amma), which had demanded the "
            "death penalty. The niyaba said it would also appeal.")
    found = [f for f in findings(text) if f.severity == "warning"]
    assert [f.text for f in found] == ["niyaba"]
    assert found[0].start == text.index("niyaba said")
    assert [r.text for r in found[0].related] == ["public prosecution"]
    assert found[0].suggestion


def test_wilaya_beside_province():
    text = ("Forty per cent of the jobs will go to residents of the wilaya of Aqaba. "
            "The province has the country's only port.")
    assert gating(text) == [("wilaya", "warning")]


def test_wali_beside_governor():
    assert gating("The wali of Algiers said the governor's office would reopen schools.") == [("wali", "warning")]


@pytest.mark.parametrize("text", [
    # a deliberate gloss in parentheses after the English term
    "The case was brought by the public prosecution (al-niyaba al-amma), which wanted the death penalty.",
    "Projects include housing in the wilayat (provinces) of Suwaiq and Saham.",
    # no English equivalent anywhere: the reader has only this word
    "The Sanaa authorities, whose mukhabarat has detained several UN staff, did not comment.",
    # part of a proper name
    "The Majlis al-Shura approved the budget. The council meets on Sundays.",
    "Wilayat Sinai claimed the attack on the province's checkpoints.",
    # Latin-script text with accents is not a foreign script
    "The café in Saïda reopened, a 54-year-old said.",
    # a lone Greek letter in a technical name
    "The α variant spread quickly.",
])
def test_traps_are_not_flagged(text):
    assert gating(text) == []


def test_an_administrative_transliteration_is_flagged_without_its_english():
    text = "The engineers met the head of the baladiya of Derna on Monday to plan the new houses."
    [f] = [f for f in findings(text) if f.severity == "warning"]
    assert (f.text, f.suggestion) == ("baladiya", "municipality")


@pytest.mark.parametrize("text", [
    "The engineers met the baladiya (municipal council) of Derna on Monday.",
    "Villagers asked the mukhtar to speak for them at the diwaniya in the souq.",
    "Residents of Markaz Mallawi said the road was closed.",
    # Sufi and musical terms English arts copy keeps
    "Sufi nights are held in the zawiyas of the old city, where a local sheikh leads the samaa chanting.",
])
def test_glosses_loanwords_and_names_pass(text):
    assert gating(text) == []


def test_source_script_in_parentheses_is_an_error():
    # MT keeps the original beside its rendering: "(مخيم ...)" is still unreadable to the reader
    text = "The Conservation of Forests (محافظة الغابات) of the province said the fire was out."
    assert gating(text) == [("محافظة الغابات", "error")]


@pytest.mark.parametrize("text,span", [
    # a body's Arabic name before the article gives its English name, capitalised like a name (after
    # it, the name is a mangled rendering beside the English: mistranslation, test_measured_s24.py)
    (("Residents said the Al-Da'm Al-Sari' forces looted the market. "
      "The attack was launched by the Rapid Support Forces on Monday, witnesses said."), "Al-Da'm Al-Sari'"),
    # an English construction around a capitalised administrative word
    ("The minister visited the Mudiriya of Education in Minya on Sunday.", "Mudiriya"),
    # everyday words the reader cannot know
    ("The mudir of the school said the roof leaked.", "mudir"),
    ("Families in the mukhayyam near Marib said the storm tore their tents.", "mukhayyam"),
])
def test_transliterated_names_and_everyday_words(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    # the Arabic name alone, as a name (no English name in the article)
    "Fighters of the Da'm al-Sari' attacked the village, residents said.",
    # a name that contains a listed word
    "Protesters in Tahrir Square said the Mudiriya Street bakery had closed.",
    # a gloss
    "The director (mudir) of the school said the roof leaked.",
])
def test_names_and_glosses_of_listed_words_pass(text):
    assert gating(text) == []


def test_an_unlisted_lower_case_word_with_the_arabic_article_is_flagged():
    text = "The workers of the al-mudaraba office said the salaries were late."
    assert gating(text) == [("al-mudaraba", "warning")]


@pytest.mark.parametrize("text", [
    # names carry the particle capitalised
    "Mustafa al-Kadhimi met al-Qaeda defectors in Baghdad.",
    # English compounds that look like it
    "Children at-risk met in an ad-hoc session; lunch was served al-fresco.",
    # a gloss in parentheses
    "The case went to the public prosecution (al-niyaba al-amma) on Monday.",
])
def test_names_english_compounds_and_glosses_with_the_particle_pass(text):
    assert gating(text) == []


# --- unlisted transliterations: no English word, the shape of an Arabic one -----------------
@pytest.mark.parametrize("text,span", [
    ("The villagers organised a nafeer to unload the trucks of flour.", "nafeer"),
    ('He said the networks of "tahrib" active in the region drain the fuel of the Libyans.', "tahrib"),
    ("Engineers inspected the canals in the qadha of Al-Hindiya on Monday.", "qadha"),
    ("The tents were set up beside the markaz of the town before the storm.", "markaz"),
    ("The families were moved to the tarhil camp outside the city.", "tarhil"),
    # shapes: maCCuCat plural, CaCaCa noun, CaCCaCi nisba, -iyin plural, a long vowel that two
    # English words could be cut around ("tars" + "heed")
    ("The budget raised the allocations of the royal makrumat for the students.", "makrumat"),
    ("The deal was concluded through the wasata of sheikhs from the two tribes.", "wasata"),
    ("The ministry suspended the kamsari of the train pending the investigation.", "kamsari"),
    ("The court sentenced eleven takfiriyeen arrested in the desert.", "takfiriyeen"),
    ("He called on the citizens to join the tarsheed campaign in July.", "tarsheed"),
])
def test_unlisted_transliteration_is_a_warning(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "Tourists visit Salalah during the khareef season, when the monsoon turns the hills green.",  # loanword
    "The families of the abductees demanded news by midafternoon.",       # English words not in the list
    "The corporation lifted force majeure on the de facto capital's port.",
    "Residents gathered at the diwaniya and the souq after the mukhtar spoke.",
    "The nafeer (a collective call-out of volunteers) unloaded the trucks.",  # glossed
    "Volunteers joined what Sudanese call a nafeer (collective work).",
    "The neighbourhood centre organised a programme on rehydration salts.",  # British spellings
    "Visit www.aliraqia.iq for the programme, Qadha officials said.",
    "The chef served wasabi, salami and lasagna on a tatami mat at the safari lodge.",  # shaped English words
    "Karate and origami classes resumed after the Mashrubat company reopened.",
    "The glasshouse and the doghouse were hit by hail in the grasshopper season.",  # compounds across sh/gh/dh
    # the name of a crop's variety, as English writes "the medjool variety"
    "The ministry distributed offshoots of the khalas and khunaizi varieties to the farmers.",
    # glossed after the English noun it names
    "The mosques performed the istisqa prayer (prayer for rain) last Friday.",
])
def test_unlisted_transliteration_traps(text):
    assert gating(text) == []


def test_a_word_glossed_with_or_is_excused():
    import mtcheck as _m
    text = ("Headline\n\nPowered by automated translation\n\nFatiha Boualem, the wali, or governor, of Oran "
            "province, said it. The governor said more.\n")
    assert [f for f in _m.check(text, backend="none").findings if f.rule == "untranslated"] == []


@pytest.mark.parametrize("text,span", [
    ("Lawmakers in the Majlis al-Nuwwab approved the budget on Monday.", "Majlis al-Nuwwab"),
    ("The report of the Diwan al-Raqaba al-Maliya found waste in the ministry.", "Diwan al-Raqaba al-Maliya"),
    ("Officials of Wizarat al-Sihha said cases rose in Basra.", "Wizarat al-Sihha"),
    ("The Hay'at al-Nazaha arrested a director in Kut.", "Hay'at al-Nazaha"),
    ("The wounded were taken to Mustashfa al-Kindi in Baghdad.", "Mustashfa al-Kindi"),
])
def test_a_bodys_arabic_name_left_in_transliteration_is_flagged(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "The Board of Supreme Audit (Diwan al-Raqaba al-Maliya) found waste.",
    "The Diwan al-Raqaba al-Maliya, or Board of Supreme Audit, found waste.",
    "Fighters of Saraya al-Salam, Kataib Hezbollah and Harakat al-Nujaba deployed.",
    "Hayat Tahrir al-Sham and Jaysh al-Islam fought near Idlib.",
    "The so-called Majlis al-Shura met in secret.",
    "Workers in Mahalla al-Kubra went on strike.",
])
def test_glossed_body_names_and_militia_names_pass(text):
    assert gating(text) == []


def test_the_suggestion_of_a_listed_body_name_is_its_english():
    (f,) = findings("Officials of Wizarat al-Sihha said cases rose.")
    assert f.suggestion == "ministry of health" or "health" in f.suggestion.lower()


@pytest.mark.parametrize("text,span", [
    ("The residents of the mahalla of Al-Shuhada still live in tents.", "mahalla"),
    ("A patrol of the jamarek inspected the trucks at the crossing.", "jamarek"),
    ("Units of al-Darak al-Watani set up the ambush east of the town.", "al-Darak al-Watani"),
    ("Police found the drugs in a mustawda' near the port.", "mustawda'"),
    ("Gunmen attacked the thakana at dawn.", "thakana"),
])
def test_everyday_and_administrative_words_left_in(text, span):
    assert (span, "warning") in gating(text)


def test_every_always_entry_is_flagged_without_its_english_and_passes_glossed():
    from mtcheck.analysis.transliteration_table import DATA as _DATA
    for entry in _DATA["word"]:
        if not entry.get("always"):
            continue
        form = entry["forms"][0]
        assert [t for t, _ in gating(f"The officials spoke of the {form} on Monday.")] == [form], form
        assert gating(f"The officials spoke of the {form} ({entry['english'][0]}) on Monday.") == [], form


@pytest.mark.parametrize("text", [
    "The mukhtar [village head] and the baladiya [municipality] met.",
    "Officials of the public prosecution [al-niyaba al-amma] met.",
    "The baladiya, i.e. the municipality, met on Monday.",
    "The qaimaqam, that is, the district head, met the donors.",
])
def test_a_gloss_in_square_brackets_or_with_ie_excuses_the_word(text):
    assert gating(text) == []


def test_a_transliteration_inside_a_half_english_body_name_is_left_to_org_variant():
    text = ("The Jordanian Red Crescent Society sent tents. A volunteer with the Jordanian Hilal Ahmar "
            "Society said more would come.")
    assert [t for t, _ in gating(text)] == []
    text = "Hilal Ahmar volunteers said more tents would come. The Red Crescent sent tents."
    assert [t for t, _ in gating(text)] == ["Hilal Ahmar"]


@pytest.mark.parametrize("text", [
    "A drone hit a khalwa (Quranic school) in El Obeid. Rebels condemned the strike on the khalwa.",
    "Rebels condemned the strike on the khalwa. Earlier a drone hit a khalwa (Quranic school) in El Obeid.",
    "The al-niyaba [public prosecution] opened a case. The Niyaba will question the mayor.",
])
def test_a_word_glossed_once_is_known_throughout_the_article(text):
    assert gating(text) == []


def test_a_word_glossed_once_does_not_excuse_another_word():
    text = "A drone hit a khalwa (Quranic school). Rebels condemned the strike on the mudiriya."
    assert [t for t, _ in gating(text)] == ["mudiriya"]


@pytest.mark.parametrize("text", [
    'Retired nurses held a banner reading "Al-mal al-aam amana" \u2014 "Public money is a trust" \u2014 outside the court.',
    "Protesters chanted \u201cirhal ya hukuma\u201d (leave, government) outside the ministry.",
])
def test_a_quoted_slogan_with_its_translation_is_glossed(text):
    assert gating(text) == []


def test_a_quoted_transliteration_without_a_translation_is_still_flagged():
    text = 'The networks of "tahrib" grew along the border, officials said.'
    assert [t for t, _ in gating(text)] == ["tahrib"]


@pytest.mark.parametrize("text,span", [
    ("The mediator said the wasata of the sheikhs ended the dispute.", "wasata"),
    ("The baltagiya attacked the protesters in front of the syndicate.", "baltagiya"),
    ("Prices of diesel rose, and the mazout for heating ran out in the villages.", "mazout"),
])
def test_listed_everyday_words_left_in(text, span):
    assert (span, "warning") in gating(text)


def test_mazout_alone_is_the_house_word():
    assert gating("Winter came early; the mazout trucks did not arrive in the villages.") == []


@pytest.mark.parametrize("text,span", [
    ("Cases rose in New Halfa. Patients were taken to the isolation center in Halfa al-Jadida on Monday.",
     "Halfa al-Jadida"),
    ("The power cut hit Baghdad al-Jadida and Sadr City; New Baghdad had no water.", "Baghdad al-Jadida"),
    ("Farmers in New Damietta said that in Damietta el-Gedida the prices rose.", "Damietta el-Gedida"),
])
def test_a_place_with_the_arabic_for_new_after_it_beside_its_english_name(text, span):
    assert gating(text) == [(span, "warning")]
    [f] = findings(text)
    assert "New " in f.suggestion and f.related


@pytest.mark.parametrize("text", [
    # the town's only name in the article: its name as used locally, not a word left in
    "Patients with kidney failure come from Halfa al-Jadida and from the villages along the river.",
    "The power cut hit Baghdad al-Jadida and Sadr City.",
    # "New" before another place is no English name of this one
    "New Cairo and Halfa al-Jadida reported cases.",
])
def test_a_place_named_only_with_the_arabic_for_new_is_its_name(text):
    assert gating(text) == []


@pytest.mark.parametrize("text", [
    "The port of El Jadida in Morocco reopened.",                  # a city named so
    "The channels Al Jadeed and MTV aired the speech.",           # no place before it
    "New Halfa (Halfa al-Jadida) received the patients.",         # glossed
])
def test_places_named_new_in_arabic_alone_or_glossed(text):
    assert gating(text) == []


def test_a_word_glossed_as_what_it_is_known_for_is_excused():
    assert gating("The ishtirak, as the private generator subscription is known in Lebanon, rose again.") == []
    assert gating("Residents said the ishtirak rose again, and the subscription fee doubled.") == [("ishtirak", "warning")]


@pytest.mark.parametrize("text,span", [
    ("Officials said 18 councils were won by Tazkiya before the day of the voting.", "Tazkiya"),
    ("The wali of Kassala directed the formation of an emergency committee.", "wali"),
])
def test_an_administrative_word_in_a_common_noun_slot_is_flagged(text, span):
    assert (span, "warning") in gating(text)


@pytest.mark.parametrize("text", [
    "The Tazkiya list won all the seats.",                          # sentence start, a name's capital
    "For his part, the Wali of Dhalkut, Sheikh Hilal, said the road was open.",  # the office's English title
    "The Wali of Inchiri, Mohamed Lemine, visited the mines.",
    'Voters chanted "Tazkiya" outside the hall.',                   # quoted
])
def test_capitalised_names_and_titles_of_listed_words_pass(text):
    assert [t for t, _ in gating(text) if t.lower().startswith(("tazkiya", "wali"))] == []


def test_a_plural_of_the_shape_caccacat_is_a_transliteration():
    text = "Farmers suffer from the shortage of the hassadat, as the rent of a harvester rose."
    assert ("hassadat", "warning") in gating(text)
    # a doubled consonant is one Arabic letter: no split of English 'has' + 'sadat' excuses it
    assert gating("Subsidised baladi bread is sold at the outlets.") == []
    assert gating("The bookkeeper and the massacres inquiry were discussed.") == []


@pytest.mark.parametrize("text", [
    "Saudi authorities require a permit, known as a tasreeh, for every pilgrim.",
    "Farmers paid for the minor canals, known locally as abu ishreen, that bring water to the fields.",
    "The ministry asked mosques to hold the istisqa, a special prayer for rain, on Friday.",
    "He sold more than 300 qraqeb, the iron castanets that give Gnaoua music its clatter.",
])
def test_a_word_glossed_in_apposition_or_named_as_known_is_excused(text):
    assert gating(text) == []


def test_the_same_word_with_no_gloss_is_flagged():
    assert [t for t, _ in gating("The ministry asked mosques to hold the istisqa on Friday, officials said.")] \
        == ["istisqa"]


def test_a_word_glossed_in_its_plural_is_known_after():
    text = ("Its masters are known as maalems, and they lead the ceremonies.\n\n"
            "His son, a maalem in his own right, played the guembri earlier in the evening.")
    assert [t for t, _ in gating(text) if t.lower().startswith("maalem")] == []


@pytest.mark.parametrize("text,span,meaning", [
    ("The crew were referred to the Niyaba al-Amma in Misrata to complete the procedures.",
     "Niyaba al-Amma", "public prosecution"),
    ("Attacks target the army and the Hashd al-Shaabi in the rugged areas of Hamrin.",
     "Hashd al-Shaabi", "popular mobilization forces"),
    ("The Hashd al-Asha'iri fighters took part in closing the roads to the village.",
     "Hashd al-Asha'iri", "tribal mobilization"),
])
def test_a_bodys_arabic_head_with_its_al_words_is_untranslated(text, span, meaning):
    found = [f for f in findings(text) if f.severity == "warning"]
    assert [f.text for f in found] == [span]
    assert found[0].suggestion == meaning


@pytest.mark.parametrize("text", [
    "Ships avoided the Bab al-Mandab strait, and farmers in the Suq al-Shuyukh district protested.",
    "Fighters of the Popular Mobilization Forces (al-Hashd al-Shaabi) joined the sweep.",
    "US troops at the Ain al-Asad air base and the Eid al-Fitr prayers were not disturbed.",
])
def test_places_glosses_and_names_are_no_body_names(text):
    assert gating(text) == []


def test_the_wali_is_the_maghreb_office_unless_the_article_calls_it_governor_too():
    algeria = "Algeria rations water. The wali of Tizi Ouzou, Karim Bensaad, said trucks would help."
    assert gating(algeria) == []
    # Maghrebi English writes the office so, before a place, before a name or alone
    assert gating("Algeria rations water. At the meeting, the wali stressed that the situation is difficult.") == []
    assert gating("Mauritania floods. The wali Ahmedou Ould Mohamed Lemine chaired the crisis committee.") == []
    # the same office also called governor: one office named two ways
    assert gating("Algeria rations water. The governor of Tipaza province met farmers. Later the wali stressed "
                  "that the dams were low.") == [("wali", "warning")]
    # Sudanese English says governor: the same words there are untranslated
    assert gating("Sudan floods. The wali of Kassala, Major General Ahmed Ali, said roads were cut.") \
        == [("wali", "warning")]


def test_a_river_in_arabic_beside_its_english_name_is_untranslated():
    text = ("Work on the bridge over the Euphrates river started on Sunday. The bridge over the Furat river "
            "was destroyed in 2017.")
    assert gating(text) == [("Furat", "warning")]
    assert gating("The Furat river bridge was destroyed in 2017.") == []  # no English name to compare


def test_the_tribal_settlement_word_is_untranslated():
    assert gating("Under the deal the family of the killers will pay the fasl to the victims' family.") \
        == [("fasl", "warning")]


@pytest.mark.parametrize("sentence,flagged", [
    ("The mayor said that al-Majlis al-Baladi will hold its sessions in public.", "al-Majlis al-Baladi"),
    ("He said that the almajlis albaladi will hold its sessions in public.", "almajlis albaladi"),
])
def test_a_body_name_whose_head_carries_the_article(sentence, flagged):
    text = "Headline\n\nPowered by automated translation\n\n" + sentence + "\n"
    assert [f.text for f in findings(text)] == [flagged]


def test_a_kept_body_name_with_the_article_on_its_head_passes():
    assert findings("Headline\n\nPowered by automated translation\n\nOman's al-Majlis al-Shura met on Monday.\n") == []


@pytest.mark.parametrize("text, word", [
    ("The shurta arrested three men at the checkpoint near the market.", "shurta"),   # CuCCa
    ("The hukuma promised to pay the delayed salaries before Eid.", "hukuma"),         # CuCuCa
    ("The tujjar closed their shops in protest at the new tax.", "tujjar"),            # CuCCaC plural
    ("The wazir of health visited the camp on Monday.", "wazir"),                      # CaCiC
    ("The jaish shelled the positions of the militants overnight.", "jaish"),          # CayC
    ("The farmers sold their mahsoul to the state silos.", "mahsoul"),                 # maCCuC
])
def test_unlisted_words_of_more_arabic_patterns(text, word):
    assert gating(text) == [(word, "warning")]


@pytest.mark.parametrize("text", [
    "The shurta (police) arrested three men at the checkpoint near the market.",   # glossed
    "The rabid dog bit a habit-forming tuba player during the rumba.",             # English of those shapes
    "Residents had to wait for the bait trucks, a habit since the summer.",
    "The Shurta club beat Zawraa, and Wazir Akbar Khan hospital reopened.",        # names are capitalised
])
def test_english_words_names_and_glosses_of_those_shapes_pass(text):
    assert gating(text) == []


MT = "Powered by automated translation\n\n"


@pytest.mark.parametrize("text, span", [
    ("Al-Difaa al-Madani teams rescued 11 of the injured, the civil defence said.", "Al-Difaa al-Madani"),
    ("The bodies were recovered off Sfax, al-Haras al-Watani said.", "al-Haras al-Watani"),
])
def test_machine_translation_keeps_a_bodys_arabic_name_for_its_english(text, span):
    assert gating(MT + text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    # a body's Arabic name in brackets right after its English name glosses it: the reader has the
    # English (session 23: annotators of new copy mark these as traps; two older sets had marked them)
    "The civil defence (al-Difaa al-Madani) said 11 of the injured were in a serious condition.",
    "The bodies were recovered off Sfax, the National Guard (al-Haras al-Watani) said.",
])
def test_machine_translation_glossing_a_bodys_english_name_with_its_arabic_passes(text):
    assert gating(MT + text) == []


@pytest.mark.parametrize("text", [
    # a name English news itself uses (an accepted form in mangled_terms.toml)
    MT + "Fighters of the Popular Mobilization Forces (al-Hashd al-Shaabi) took part in the sweep.",
    # a name English news keeps in Arabic
    MT + "The bill goes to the upper house (Majlis al-Shura) next week.",
    # a human writer's gloss, in copy that is not machine-translated
    "The bodies were recovered off Sfax, the National Guard (al-Haras al-Watani) said.",
])
def test_glosses_english_news_writes_itself_pass(text):
    assert gating(text) == []


@pytest.mark.parametrize("text", [
    'The statement described him as the Islamic State\'s "wali", or governor, for the area north of the capital.',
    "The statement described him as the group's \u201cwali\u201d (governor) for the area.",
])
def test_a_quoted_word_glossed_after_its_closing_quote_passes(text):
    assert gating(text) == []


def test_a_quoted_word_without_a_gloss_is_still_flagged():
    text = "The wali of the province opened the bridge. The \"wali\" said it cost 3 million dinars."
    assert [t for t, _ in gating("Powered by automated translation\n\n" + text)] == ["wali", "wali"]


# the sound plurals of participles (-in/-een/-oun, -at), which the word shapes before did not cover
@pytest.mark.parametrize("text,span", [
    ("The candidates' mandoubin were allowed into the counting rooms after the polls closed.", "mandoubin"),
    ("The governor met the mustanfarin who guard the road to the airport.", "mustanfarin"),
    ("The union said the muhandisin of the ministry had not been paid for three months.", "muhandisin"),
    ("Police dispersed the mutadhahirin in front of the council building.", "mutadhahirin"),
    ("The committee listed the mukhalafat of the contractor in a report to the council.", "mukhalafat"),
    ("The families of the mafqudeen gathered outside the court on Sunday.", "mafqudeen"),
])
def test_participle_plurals_left_in_are_flagged(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "A mandolin player and a muslin seller waited by the marlin stall at the margin of the market.",
    "The mujahideen of the 1980s were mentioned in the muezzin's sermon.",
    "The candidates' mandoubin (representatives) were allowed into the counting rooms.",  # glossed
    "Mutations of the virus were studied at the Mustansiriya University and in Mandarin classes.",
])
def test_participle_plural_traps(text):
    assert gating(text) == []


# verbal nouns (iCCaC, iCtiCaC, istiCCaC, taCCiC with sh/kh), the place noun maCCiC, the plural CuCaCa
# and words with the article written on
@pytest.mark.parametrize("text,span", [
    ("The deputies voted to open an istijwab of the minister of electricity next week.", "istijwab"),
    ("The committee found ihmal in the maintenance of the water network of the district.", "ihmal"),
    ("The ittifaq between the two tribes was signed in the presence of the governor.", "ittifaq"),
    ("The commission closed the door of tarshih for the municipal councils on Sunday.", "tarshih"),
    ("Volunteers set up a mawkib on the road to Karbala to serve the pilgrims.", "mawkib"),
    ("The town buried its shuhada in a ceremony attended by the governor.", "shuhada"),
    ("The head of almajlis announced the budget of the municipality for the year.", "almajlis"),
])
def test_more_arabic_word_shapes_left_in_are_flagged(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "The album and the alcohol ads were withdrawn; the algae bloom alarmed the allotment holders.",
    "Islam, the imam said, forbids the ihmal (negligence) of public money.",  # glossed
    "The mattress factory and the mastic trade were hit by the strike in the taxi sector.",
    "Speaker Almajid and Mr Alkhatib met in Ubari on Monday.",  # capitalised: names
])
def test_more_arabic_word_shape_traps(text):
    assert gating(text) == []


@pytest.mark.parametrize("text,word", [
    ("The applicants must pay the rusoom of the licence before Sunday.", "rusoom"),
    ("The company said the jibaya of the bills rose 20 percent this year.", "jibaya"),
    ("Residents pay the mawlida owner 10,000 dinars a month for five amperes.", "mawlida"),
    ("Families must fill the istimara on the fund's website before March.", "istimara"),
])
def test_everyday_administrative_nouns_left_in_latin_letters(text, word):
    import mtcheck
    found = mtcheck.check(text, backend="none", select=["untranslated"]).findings
    assert [(f.text, f.severity) for f in found] == [(word, "warning")]


@pytest.mark.parametrize("text,span", [
    ("The fallahin in Diwaniya said the farmers had lost half their crop.", "fallahin"),
    ("Registration opened on Sunday; the tasjil closes at the end of the month.", "tasjil"),
    ("Water in the sadd fell to its lowest level, the ministry said.", "sadd"),
    ("The nahr has dried up south of Kut, and boats lie on its bed.", "nahr"),
    ("Prices of tumur rose before Ramadan in the Basra markets.", "tumur"),
    ("Three la'ibin were injured in training before the derby.", "la'ibin"),
    ("The ghuyum will thicken over the north, the forecaster said.", "ghuyum"),
    ("The ministry of sihha reported 40 new cases in Nineveh.", "sihha"),
    ("The women's kurat al-qadam team won on Friday in Erbil.", "kurat al-qadam"),
])
def test_everyday_words_left_in_latin_letters(text, span):
    assert gating(text) == [(span, "warning")]


@pytest.mark.parametrize("text", [
    "The Sadd al-Nahda talks resumed, and the Nahr al-Bared camp was calm.",
    "Farmers in the Euphrates valley said the river was low and the dam half empty.",
])
def test_everyday_words_in_names_are_not_flagged(text):
    assert gating(text) == []


def test_a_loanword_of_sudans_native_administration_is_english():
    text = ("Beja leaders meet\n\nPowered by automated translation\n\n"
            "Sayed Mohamed Ohaj, the nazir of the Hadendawa, urged the government to pay the tenants.\n")
    assert [f.text for f in findings(text) if f.severity != "info"] == []


def test_a_regional_word_in_a_human_wire_story_is_a_note():
    text = ("Algeria suspends Oran port contract\n\nORAN, Algeria (Reuters) - The governor of Oran, Said Sayoud, "
            "suspended the contract on Sunday. Sayoud, a former wali of Tlemcen, gave the company 30 days.\n")
    assert [(f.text, f.severity) for f in findings(text) if f.severity != "info"] == []
    assert [f.text for f in findings(text)] == ["wali"]


def test_omani_english_writes_wali_and_walis():
    text = ("Barka plant opens\n\nPowered by automated translation\n\nThe Omani minister opened the plant in "
            "Barka. The ceremony was attended by a number of walis and members of the Shura Council.\n")
    assert [f.text for f in findings(text) if f.severity != "info"] == []
    kuwait = text.replace("Omani", "Kuwaiti").replace("Barka", "Jahra")
    assert [f.text for f in findings(kuwait) if f.severity != "info"] == ["walis"]

"""repeated-text (MT205): repeated sentences and passages, a word doubled across and/or."""
from __future__ import annotations

import mtcheck

PARA = ("The directorate called on residents to wear masks in crowded places and to avoid "
        "gatherings until the end of the month.")


def findings(text: str):
    report = mtcheck.check(text, backend="none", select=["repeated-text"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return report.findings


def test_a_sentence_printed_twice_is_flagged_at_the_copy():
    text = f"{PARA}\nOfficials said 12 new cases were found in the camps.\n{PARA}\n"
    [f] = findings(text)
    assert f.severity == "warning" and f.start == text.rindex(PARA)
    assert f.related[0].start == 0


def test_a_near_copy_that_drops_an_article_is_still_a_copy():
    copy = PARA.replace("the end of the month", "end of the month")
    text = f"{PARA}\nOfficials said 12 new cases were found in the camps.\n{copy}\n"
    assert [f.text for f in findings(text)] == [copy]


def test_a_repeated_paragraph_is_one_finding():
    para = PARA + " Schools will stay closed in the three districts of the province for a week."
    text = f"{para}\nOfficials said 12 new cases were found in the camps.\n{para}\n"
    [f] = findings(text)
    assert f.text == para and "passage" in f.message


def test_short_stock_sentences_and_different_sentences_are_not_copies():
    # a short stock sentence said again later (printed twice in a row it is a copy: see below)
    text = ("He said the talks went well. Rescuers were still at work. He said the talks went well.\n"
            "Rescuers pulled 12 people from the rubble of the building on Monday night.\n"
            "Rescuers pulled 14 people from the rubble of another building on Tuesday morning.\n")
    assert findings(text) == []


def test_a_word_doubled_across_and_is_flagged():
    text = "The governor blamed the negligence and negligence of the contractors."
    [f] = findings(text)
    assert (f.text, f.suggestion) == ("negligence and negligence", "negligence")


def test_emphatic_repetition_is_english():
    text = ("Prices rose again and again, more and more families left, and the lines grew longer and "
            "longer; hundreds and hundreds waited. The Office for Drug and Drug Addiction agreed.")
    assert findings(text) == []


def test_a_copy_with_a_word_or_two_changed_is_still_a_copy():
    first = ("The unit called on the international organizations to provide shelter, food and water "
             "to the displaced families in the camps.")
    copy = ("The unit called on international organisations to provide shelter, food and clean water "
            "to the displaced families in the camps.")
    text = f"{first}\nOfficials said more rain was expected.\n{copy}\n"
    assert [f.text for f in findings(text)] == [copy]


def test_parallel_sentences_that_differ_in_names_and_figures_are_not_copies():
    text = ("Ahmed Saleh won 4,217 votes in the first district of the city on Saturday.\n"
            "Karim Hassan won 3,950 votes in the second district of the city on Saturday.\n")
    assert findings(text) == []


def test_a_word_doubled_across_and_with_its_determiner():
    text = "The minister condemned the corruption and the corruption networks in the ports."
    assert [f.text for f in findings(text)] == ["corruption and the corruption"]


def test_a_word_taken_up_again_in_a_new_clause_is_not_doubled():
    text = '"We are living on savings, and the savings are finished," said a guide in Petra.'
    assert findings(text) == []


def doubled(text: str):
    report = mtcheck.check(text, backend="none", select=["doubled-word"])
    return [f.text for f in report.findings]


def test_a_short_phrase_written_twice_in_a_row():
    assert doubled("The governor said the school in the in the village would reopen.") == ["in the in the"]


def test_idioms_and_names_are_not_doubled_phrases():
    assert doubled("Workers complained, and more and more of them left the silo.") == []
    assert doubled("The band Duran Duran and the town of Baden Baden were mentioned.") == []


def test_an_x_by_x_idiom_running_on_is_no_doubled_phrase():
    text = HEAD_FOR_IDIOMS + "Authorities say complaints are reviewed case by case by provincial committees.\n"
    assert [f for f in mtcheck.check(text, backend="none").findings if f.rule == "doubled-word"] == []


def test_a_word_and_the_same_word_with_a_relative_clause_names_two_sets():
    text = HEAD_FOR_IDIOMS + "Inspectors found tanks built without pipes and pipes that were not connected.\n"
    assert [f for f in mtcheck.check(text, backend="none").findings if f.rule == "repeated-text"] == []


HEAD_FOR_IDIOMS = "Headline\n\nPowered by automated translation\n\n"


def test_a_short_sentence_printed_twice_in_a_row_is_a_copy():
    text = ("Wheat harvest\n\nFarmers delivered 2,000 tonnes to the silos. The ministry said the payments "
            "would begin next week. The ministry said the payments would begin next week. Prices rose.\n")
    found = mtcheck.check(text, backend="none", select=["repeated-text"]).findings
    assert [f.text for f in found] == ["The ministry said the payments would begin next week."]
    assert found[0].start > text.index("begin next week.")


def test_a_short_sentence_repeated_later_or_a_short_chant_is_not_a_copy():
    for text in ("Talks\n\nHe said the talks continue. Officials met on Monday. He said the talks continue.\n",
                 'Rally\n\nProtesters chanted: "Down with the regime! Down with the regime!" Police watched.\n'):
        assert mtcheck.check(text, backend="none", select=["repeated-text"]).findings == []


def test_a_sentence_printed_again_cut_short_or_continued_is_a_copy():
    long_ = ("The mediator explained that the handover of the seven bodies was done under the supervision "
             "of a joint committee, and that two more are still being searched for in the desert.")
    short = "The mediator explained that the handover of the seven bodies was done under the supervision of a joint committee."
    between = "Officials said 12 new cases were found in the camps."
    for first, later in ((long_, short), (short, long_)):
        text = f"Talks\n\n{first}\n{between}\n{later}\n"
        [f] = findings(text)
        assert f.text == later and f.related[0].start == text.index(first)


def test_a_sentence_sharing_only_a_stock_lead_with_a_longer_one_is_no_copy():
    text = ("Talks\n\nThe ministry said in a statement on Monday that the talks would resume next week in Muscat.\n"
            "The ministry said in a statement on Monday that the talks would resume.\n"   # 9 words: too short
            "The ministry of health said in a statement that 40 new cases were recorded in the camps of the north.\n"
            "The ministry of health said in a statement that 12 new cases were recorded in the camps.\n")
    assert findings(text) == []


def test_a_hyphened_words_part_beside_the_same_word_is_no_doubling():
    assert doubled("The families organized a sit-in in front of the court and an in in-depth review.") == []


def test_a_word_doubled_across_a_hard_wrapped_line_is_flagged_but_not_across_paragraphs():
    assert doubled("The governor said the\nthe village would reopen.") == ["the\nthe"]
    assert doubled("Schools reopened in Basra\nBasra officials said the roads were clear.") == []


def test_a_long_clause_printed_again_inside_another_sentence_is_a_copy():
    text = ("Snow closes roads\n\nThe directorate raised its readiness, and called on the citizens not to go out except "
            "for necessity and to avoid the low-lying areas and the valleys. It also asked drivers to use chains.\n\n"
            "The civil defence dealt with 37 incidents, and the directorate called on the citizens not to go out "
            "except for necessity and to avoid the low-lying areas and the valleys. The ministry asked for care.\n")
    assert [f.rule for f in findings(text)] == ["repeated-text"]
    # a shorter shared phrase is a stock phrase
    short = text.replace("not to go out except for necessity and to avoid the low-lying areas and the valleys",
                         "to stay at home", 1)
    assert findings(short) == []


def test_a_short_sentence_that_prints_the_end_of_the_one_before_again():
    import mtcheck as _m
    text = ("Headline\n\nPowered by automated translation\n\nThe deputy director said the gang had links to "
            "networks in Sabha, and that investigators were studying the ledger found at the site. The "
            "investigators were studying the ledger found at the site.\n")
    found = [f.text for f in _m.check(text, backend="none", select=["repeated-text"]).findings]
    assert found == ["The investigators were studying the ledger found at the site."]


def test_a_short_sentence_that_answers_the_one_before_is_no_copy():
    import mtcheck as _m
    text = ("Headline\n\nPowered by automated translation\n\nOfficials asked whether the ledger was found at "
            "the site. It was found at the site.\n")
    assert [f for f in _m.check(text, backend="none", select=["repeated-text"]).findings] == []


def test_a_long_run_shared_by_two_body_sentences_is_a_copy_but_not_with_a_caption():
    body = ("The ministry said in a statement that the students of the scientific section in the municipality, "
            "estimated at about 3,800 students, would sit the papers again next week.\n\n"
            "The examinations office in Misrata was not affected by the leak.\n\n"
            "The ministry said that the students of the scientific section in the municipality, estimated at "
            "about 3,800 students, would receive the new timetable through the schools.\n")
    found = [f.text for f in findings(HEAD_FOR_IDIOMS + body)]
    assert any(t.startswith("The ministry said that the students") for t in found)
    caption = ("Students of the scientific section in the municipality, estimated at about 3,800 students, "
               "wait outside a school. Photo: Reuters\n\n")
    lead = ("The ministry said in a statement that the students of the scientific section in the municipality, "
            "estimated at about 3,800 students, would sit the papers again next week.\n")
    assert [f for f in findings("Headline\n\n" + caption + lead) if f.severity != "info"] == []


def test_a_phrase_doubled_across_and():
    text = HEAD_FOR_IDIOMS + "The increase covers the small employees and the small employees only, the minister said.\n"
    found = [f.text for f in findings(text)]
    assert "small employees and the small employees" in found


def test_a_copy_that_writes_the_number_words_as_figures_is_still_a_copy():
    first = ("The union said that fourteen fishermen died during the storm and that the bodies of "
             "eleven of them were recovered on Monday.")
    copy = first.replace("fourteen", "14").replace("eleven", "11")
    text = f"{first}\nThe governor visited the port.\n{copy}\n"
    assert [f.text for f in findings(text)] == [copy]


def test_a_copy_that_changes_the_figure_is_not_a_copy():
    first = ("The union said that fourteen fishermen died during the storm and that the bodies of "
             "eleven of them were recovered on Monday.")
    other = first.replace("fourteen", "15").replace("eleven", "12")
    assert findings(f"{first}\nThe governor visited the port.\n{other}\n") == []


def test_a_short_sentence_beside_a_copy_joins_the_repeated_passage():
    para = "Rain flooded the old city on Monday. " + PARA
    text = f"The governor spoke.\n{para}\nOfficials said 12 new cases were found in the camps.\n{para}\n"
    [f] = findings(text)
    assert f.text == para and f.start == text.rindex(para)


def test_short_sentences_that_merely_match_are_not_joined_without_a_copy():
    text = ("Rain flooded the old city on Monday. Officials said 12 new cases were found in the camps.\n"
            "Schools reopened.\nRain flooded the old city on Monday.\n")
    assert findings(text) == []


def test_a_determined_or_mass_noun_doubled_before_a_relative_clause_is_doubled():
    # the 'the' governs both words; a mass noun names no second set (tahqiq fi al-ihmal wa al-taqsir)
    for sentence, doubled_words in (
            (("The governor formed a committee for the investigation in the negligence and negligence "
              "that accompanied the maintenance of the network."), "negligence and negligence"),
            ("The committee looked into negligence and negligence that accompanied the works.",
             "negligence and negligence"),
            ("The minister spoke of the corruption and corruption that spread in the ports.",
             "corruption and corruption")):
        text = HEAD_FOR_IDIOMS + sentence + "\n"
        found = [f.text for f in mtcheck.check(text, backend="none").findings if f.rule == "repeated-text"]
        assert found == [doubled_words]


def test_bare_plurals_set_apart_by_a_clause_stay_two_sets():
    for sentence in ("There are people and people who never pay their bills, the mayor said.",
                     "Farmers said there are wells and wells that dried up years ago."):
        text = HEAD_FOR_IDIOMS + sentence + "\n"
        assert [f for f in mtcheck.check(text, backend="none").findings if f.rule == "repeated-text"] == []


def test_a_title_and_name_written_out_again_is_no_copied_clause():
    text = ("Libya votes\n\nThe Chairman of the Central Committee for the Elections of the Municipal Councils, "
            "Salem Imhamed Al-Mabrouk, said in a press conference that turnout reached 61 percent in four towns.\n\n"
            "The member of the Central Committee for the Elections of the Municipal Councils, Salem Imhamed "
            "Al-Mabrouk, stated to the local channels that women were 34 percent of the voters.\n")
    assert [f for f in findings(text) if f.severity != "info"] == []
    # a clause of prose printed again inside another sentence is still a copy
    clause = ("called on the citizens not to go out except for necessity and to avoid the low-lying areas "
              "and the valleys near the river")
    copy = f"Storm warning\n\nThe directorate {clause}.\n\nOn Monday the governor also {clause} until Friday.\n"
    assert len([f for f in findings(copy) if f.severity == "warning"]) == 1


def test_human_copy_names_a_thing_and_its_products_on_purpose():
    text = "Exports of fish and fish products reached 320 million rials in the ten months, the ministry said."
    wire = mtcheck.check("Oman fish exports rise\n\nMUSCAT (Reuters) - " + text + "\n", backend="none",
                         select=["repeated-text"])
    assert [f.text for f in wire.findings] == []
    # machine translation doubles a word the same way: still flagged in machine-translated copy
    mt = findings(HEAD_FOR_IDIOMS + "Teams carried out spraying and spraying campaigns in the camps, the directorate said.")
    assert [f.text for f in mt] == ["spraying and spraying"]


def test_a_standfirst_summing_up_the_lead_is_no_copy():
    # the standfirst (read as a caption before a photo credit) states the lead's clause again
    text = ("Kuwaiti Oil Minister reviews refinery expansion\n\n"
            "The ministry says the refinery will reach full capacity of 615,000 barrels per day by the end of the year\n\n"
            "Photo: KUNA\n\nPowered by automated translation\n\n"
            "The minister visited the refinery today, Monday.\n\n"
            "The minister said in a statement to the agency that \"the refinery will reach its full capacity of "
            "615,000 barrels per day by the end of the year,\" adding that the corporation follows the project.\n")
    assert [f for f in findings(text) if f.severity != "info"] == []
    # the lead printed twice in the body is still a copy
    twice = text + ("\nThe minister said in a statement to the agency that \"the refinery will reach its full "
                    "capacity of 615,000 barrels per day by the end of the year,\" adding that the corporation "
                    "follows the project.\n")
    assert [f.severity for f in findings(twice) if f.severity != "info"] == ["warning"]


def test_two_compounds_sharing_a_word_are_no_doubling():
    for phrase in ("renewable energy and energy storage", "the regional water and water treatment plants",
                   "electrical power and power distribution"):
        text = HEAD_FOR_IDIOMS + f"The centre will train students in {phrase}, the statement said.\n"
        assert [f.text for f in findings(text) if f.rule == "repeated-text"] == [], phrase
    for phrase in ("amid strong and strong winds", "to exercise vigilance and vigilance near the valleys",
                   "witness continuous and continuous development"):
        text = HEAD_FOR_IDIOMS + f"The authority called on citizens {phrase}, the statement said.\n"
        assert [f.rule for f in findings(text)].count("repeated-text") == 1, phrase

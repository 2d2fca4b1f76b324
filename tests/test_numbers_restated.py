"""number-mismatch: a figure restated in other words than its first mention (a total that repeats
a slip of it, a vague noun tied to other verbs, the dead named alone, a total before its list)."""
from __future__ import annotations

from mtcheck.analysis.quantities import extract_sentence
from checking import gating_texts

HEAD = "Report\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "number-mismatch")


def test_a_total_that_reorders_the_digits_of_a_figure_said_there():
    body = ("Salalah - The highest rainfall was recorded in the Jabal Samhan area, at 128 millimetres in "
            "24 hours, the directorate said.\n"
            "Its last bulletin said the total rain in Jabal Samhan reached 182 millimetres.")
    assert texts(body) == ["182 millimetres"]


def test_a_total_on_another_scale_word():
    body = ("Cairo - The ministry allocated 120 million pounds for the iftar tables in the villages.\n"
            "The ministry said the total of the funds allocated for Ramadan reached 120 billion pounds.")
    assert texts(body) == ["120 billion pounds"]


def test_trap_a_total_of_other_digits_is_another_figure():
    body = ("Salalah - The highest rainfall was recorded in the Jabal Samhan area, at 128 millimetres in "
            "24 hours, the directorate said.\n"
            "Its last bulletin said the total rain in Jabal Samhan reached 214 millimetres.")
    assert texts(body) == []


def test_trap_a_total_elsewhere_shares_nothing():
    body = ("Salalah - The highest rainfall was recorded in the Jabal Samhan area, at 128 millimetres.\n"
            "In the north, the total for the season at the Sohar station came to 182 millimetres.")
    assert texts(body) == []


def test_a_vague_noun_after_another_verb_points_back():
    body = ("Khartoum - The ministry said cholera infections in Kassala and Gedaref had risen to 1,240 "
            "cases since the start of the month.\n"
            "The minister said the 1,420 cases recorded in the two states were along the river.")
    assert texts(body) == ["1,420 cases"]


def test_trap_a_vague_noun_with_two_roles_counts_two_groups():
    body = ("Basra - The clashes left 32 people killed in the old city, the police said.\n"
            "Doctors said the 23 people wounded in the old city were taken to hospital.")
    assert texts(body) == []


def test_had_before_a_participle_owns_nothing():
    q = extract_sentence("Cases in Gedaref had risen to 1,240 cases this month.", 0, 53)[0]
    assert q.owner == frozenset()
    q = extract_sentence("Al-Minaa had 29 points after the win.", 0, 37)[0]
    assert q.owner  # "Al-Minaa had 29 points": the team's


def test_the_dead_named_alone_restate_the_whole_toll():
    body = ("Mukalla - 9 citizens were killed and 14 others were injured in the explosion of a tanker.\n"
            "The authority handed over the bodies of the 7 victims to their families.")
    assert texts(body) == ["7 victims"]


def test_trap_a_group_among_the_dead_is_a_part():
    body = ("Mukalla - 9 citizens were killed and 14 others were injured in the explosion of a tanker.\n"
            "The authority handed over the bodies of the 2 children to their families.")
    assert texts(body) == []


def test_a_figure_before_its_list_is_the_whole_not_a_part():
    text = "The number of students who sat the exam, 117,342, included 14,200 from private schools."
    whole, part = extract_sentence(text, 0, len(text))
    assert not whole.other and part.other


def test_an_ordinal_member_has_its_own_figure():
    body = ("Manama - The court sentenced a bank employee and his accomplice to ten years in prison each.\n"
            "It also ordered the deportation of a third defendant, after he serves a three-year sentence.")
    assert texts(body) == []
    # without the third defendant the sentence restates the pair's
    assert texts(body.replace("a third defendant, after he serves a", "them after they serve the")) \
        == ["three-year sentence"]


def test_parts_that_split_the_total_by_a_state_must_make_all_of_it():
    body = ("Kirkuk - Forces seized 23 explosive devices, including 9 ready devices and 12 under "
            "preparation, in the sweep.")
    assert texts(body) == ["9 ready devices and 12"]


def test_trap_parts_that_name_other_nouns_a_manner_or_a_place_may_be_some():
    for parts in ("9 women and 12 children", "9 seriously and 12 lightly", "9 in Basra and 12 in Kirkuk"):
        body = f"Basra - The blast wounded 23 people, including {parts}, the ministry said."
        assert texts(body) == [], parts


def test_a_rise_to_the_same_digits_reordered_and_less():
    body = ("Kassala - The floods displaced about 3,200 families in the city, the commission said.\n"
            "It said later that the number of displaced families had risen to 2,300.")
    assert texts(body) == ["2,300"]


def test_trap_a_rise_to_more_or_to_other_digits_is_an_update():
    body = ("Kassala - The floods displaced about 3,200 families in the city, the commission said.\n"
            "It said later that the number of displaced families had risen to {}.")
    assert texts(body.format("3,400")) == []
    assert texts(body.format("2,900")) == []
    # a fall to less with the digits reordered is a plain update
    assert texts(body.replace("risen", "fallen").format("2,300")) == []


def test_a_partition_between_places_with_distributed():
    body = ("Port Sudan - The ministry announced the recording of 28 deaths from cholera in Kassala and Gedaref.\n"
            "The ministry said that the deaths were distributed between 19 in Kassala and 7 in Gedaref.")
    assert texts(body) == ["19 in Kassala and 7"]


def test_a_hedged_toll_restated_with_its_digits_reordered():
    body = ("Gaza - At least 27 people were killed in the strike on the school, medics said.\n"
            "The bodies of the 72 victims were taken to the hospital.")
    assert texts(body) == ["72 victims"]


def test_trap_a_hedge_allows_a_nearby_figure():
    body = ("Gaza - At least 27 people were killed in the strike on the school, medics said.\n"
            "The bodies of the 29 victims were taken to the hospital.")
    assert texts(body) == []


def test_a_hyphenated_scale_word_reads_as_an_amount():
    body = ("Amman - The project cost 45 million dinars, the ministry said.\n"
            "The 54-million-dinar project will be finished next year.")
    assert texts(body) == ["54-million-dinar project"]


ARBAEEN = ("Karbala - The medical teams treated 1,274 cases of heat exhaustion among the visitors, 46 of them "
           "were transferred to hospitals, the director said.\n"
           "{middle}The health directorate confirmed that the 46 deaths were among the elderly.")


def test_a_figure_put_on_a_noun_the_article_never_reported():
    assert texts(ARBAEEN.format(middle="")) == ["46 deaths"]


def test_trap_a_noun_the_article_reported_before_or_a_small_figure():
    assert texts(ARBAEEN.format(middle="Officials said 46 pilgrims died of heat stroke on the road.\n")) == []
    small = ARBAEEN.replace("46", "4").format(middle="")
    assert texts(small) == []
    # "the 46 families": no role, a synonym may name what was counted
    assert texts(ARBAEEN.replace("46 deaths", "46 families").format(middle="")) == []


def test_trap_parts_named_by_a_group_are_some():
    body = "Khartoum - The ministry recorded 1,200 cases, including 300 among children and 150 among women."
    assert texts(body) == []


def test_one_million_and_twenty_five_are_numbers():
    text = "The stop threatens nearly one million people, and twenty-five tents were put up."
    got = [(q.text, q.value) for q in extract_sentence(text, 0, len(text))]
    assert got == [("one million people", 1e6), ("twenty-five tents", 25.0)]
    text = "One of the two wells, and 20-25 tents."
    assert [q.text for q in extract_sentence(text, 0, len(text))] == ["two wells"]


def test_the_death_toll_of_a_figure_counts_the_dead():
    body = ("Derna - Floods killed 43 people in the eastern city on Sunday, the ministry said.\n"
            "The death toll of 34 was confirmed by the municipality on Monday.")
    assert texts(body) == ["34"]


def test_trap_a_part_of_that_is_no_restatement():
    body = ("Basra - The fields currently flare a combined 800 mmscfd, the ministry said.\n"
            "Rumaila accounts for 400 mmscfd of that, and Zubair for 250 mmscfd.")
    assert texts(body) == []
    # "of this week" dates the figure: a restatement still
    body = ("Mosul - The ministry announced the return of 412 displaced families to Sinjar.\n"
            "It said the return of the 421 families of this week is the largest this year.")
    assert texts(body) == ["421 families"]


CUTS = ("Sirte - Residents will face power cuts of up to 14 hours a day, the electricity company said.\n"
        "Residents told our correspondent that power is cut for {} hours a day.")


def test_a_figure_above_the_ceiling_given_before():
    assert texts(CUTS.format(16)) == ["16 hours"]


def test_trap_a_figure_under_the_ceiling_or_of_something_else():
    assert texts(CUTS.format(10)) == []
    assert texts(CUTS.format(14)) == []
    other = ("Sirte - Residents will face power cuts of up to 14 hours a day, the electricity company said.\n"
             "Workers at the station said they work shifts of 16 hours a day.")
    assert texts(other) == []


def test_the_total_said_first_and_restated_with_its_digits_reordered():
    body = ("Khartoum - The ministry recorded a total of 1,420 cholera cases in Kassala since the start of "
            "the month.\nThe minister said the 1,240 cases were concentrated along the river.")
    assert texts(body) == ["1,240 cases"]
    # a total of another period with other digits is another figure
    other = ("Khartoum - The ministry recorded 1,420 cholera cases in Kassala this month.\n"
             "The total number of cases since the outbreak began in July reached 4,120.")
    assert texts(other) == []

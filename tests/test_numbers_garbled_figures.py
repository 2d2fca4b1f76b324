"""number-mismatch: one figure garbled (two adjacent digits swapped, or one digit changed, three or
more significant digits, read from the value) between two mentions that name it otherwise: a synonym
head, the later noun said in the earlier sentence, the same role (analysis/garbled_figures.py);
a definite back-reference with two significant digits swapped. The frames that keep two figures
apart (a plan, last year, another place, an approximation, a rounding) stay quiet."""
from __future__ import annotations

from mtcheck.analysis.garbled_figures import slip_kind
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


GRANTS = ("Morocco raises the university grant\n\n"
          "Rabat - The Minister of Higher Education announced on Thursday the raising of the university grant "
          "from 1,900 dirhams to 2,400 dirhams per quarter, in a step that will benefit {a} students in the public "
          "universities.\n\n"
          "The minister added that the measure would cost the treasury an additional 1.1 billion dirhams a year.\n\n"
          "The ministry said that the payment of the new grant to the {b} grant holders will be done through "
          "the National Office of University Works.\n")

BATCH = ("Returnees from Hol arrive at Jadaa camp\n\n"
         "The director of the ministry's branch in Nineveh said in a statement that the batch included {a} "
         "families, most of them women and children, who were transported in buses to the camp.\n\n"
         "For its part, the Ministry of Migration said that {b} families arrived in the camp in this batch.\n")

DAM = ("Mosul Dam reserve secures the summer\n\n"
       "The Director-General of the dam said that the storage stood at 3,200 million cubic meters on the "
       "morning of the visit.\n\n"
       "He confirmed that the readings of the monitoring devices are within the safe limits, and that the "
       "{b} cubic meters stored in the lake are sufficient to secure drinking water until the end of the summer.\n")


def test_slip_kind_reads_significant_digits_of_the_value():
    assert slip_kind(412_000, 421_000) == ("swap", 3)
    assert slip_kind(3.2e9, 2.3e9) == ("swap", 2)  # "3,200 million" / "2.3 billion"
    assert slip_kind(152, 156) == ("changed", 3)
    assert slip_kind(1_850, 1_800) is None  # a zero: a rounding, not a slip
    assert slip_kind(18_000, 8_000) is None  # another order of magnitude
    assert slip_kind(4_125, 4_521) is None  # two digits changed


def test_a_back_reference_named_otherwise_with_two_digits_swapped_is_flagged():
    assert flagged(GRANTS.format(a="412,000", b="421,000")) == ["421,000 grant holders"]
    assert flagged(GRANTS.format(a="412,000", b="412,000")) == []


def test_the_same_count_with_one_digit_changed_in_words_is_flagged():
    assert flagged(BATCH.format(a="152", b="one hundred and fifty-six")) == ["one hundred and fifty-six families"]


def test_a_definite_figure_with_two_digits_swapped_on_another_scale_word_is_flagged():
    assert flagged(DAM.format(b="2.3 billion")) == ["2.3 billion cubic meters stored"]
    assert flagged(DAM.format(b="3.2 billion")) == []


def test_an_approximation_or_a_rounding_is_no_slip():
    assert flagged(GRANTS.format(a="412,000", b="about 421,000")) == []
    assert flagged(BATCH.format(a="about 152", b="156")) == []


def test_last_year_another_place_and_a_plan_stay_quiet():
    last_year = ("Tents for the displaced in Marib\n\n"
                 "The unit said that the storm damaged 1,850 tents in the camps on Saturday.\n\n"
                 "Last year, a similar storm damaged 1,580 tents in the same camps.\n")
    places = ("Families return to their homes\n\n"
              "The ministry said that 1,850 families returned to Derna during the week.\n\n"
              "The ministry added that 1,580 families returned to Sousse in the same week.\n")
    plan = ("Aid for the displaced\n\n"
            "The relief agency plans to distribute 1,850 tents to the displaced before the winter.\n\n"
            "The agency said on Monday that it had distributed 1,650 tents in the camps.\n")
    assert flagged(last_year) == []
    assert flagged(places) == []
    assert flagged(plan) == []


def test_a_count_put_on_its_thing_again_with_two_digits_swapped_is_flagged():
    text = ("Diwaniyah grants for students\n\n"
            "The directorate announced the disbursement of financial grants to {a} students from "
            "low-income families.\n\n"
            "The spokesman explained that the number of grant holders reached {b} after the verification of the lists.\n")
    assert flagged(text.format(a="4,500", b="5,400")) == ["5,400"]
    assert flagged(text.format(a="4,500", b="4,500")) == []
    # another thing counted: the schools of the programme
    other = text.replace("the number of grant holders", "the number of the schools in the programme")
    assert flagged(other.format(a="4,500", b="5,400")) == []


def test_the_detainees_pointed_back_at_with_two_digits_swapped():
    text = ("Drugs seized off Mukalla\n\n"
            "The coast guard announced the seizure of hashish on board a fishing boat and the arrest of the crew "
            "members, who are eighteen people of different nationalities.\n\n"
            "The director added that the {b} detainees were referred to the Public Prosecution.\n")
    assert flagged(text.format(b="81")) == ["81 detainees"]
    assert flagged(text.format(b="18")) == []


def test_a_count_restated_with_a_zero_added_when_it_points_back():
    text = ("Housing units handed over\n\n"
            "The authority announced on Sunday the distribution of 1,200 housing units to citizens in the city.\n\n"
            "The director said that the units delivered today, {b} houses, will be connected to electricity.\n")
    assert flagged(text.format(b="which number 12,000")) == ["12,000 houses"]
    assert flagged(text.format(b="which number 1,200")) == []
    # a total and a part, neither pointing back at the other; a conversion; a programme ten times a grant
    assert flagged("Houses handed over\n\nThe authority distributed 1,200 houses to citizens on Sunday.\n\n"
                   "The authority has built 12,000 houses in the city since 2015.\n") == []
    assert flagged("Camps in Jordan\n\nZaatari lies about 10 km (6 miles) east of Mafraq.\n\n"
                   "Azraq camp lies about 100 km (60 miles) east of Amman.\n") == []
    assert flagged("Dialysis grant\n\nThe ministry signed a $25 million grant with the World Bank.\n\n"
                   "The grant is part of a $250 million health programme, the bank said.\n") == []


POWER = ("Power deficit in the south\n\n"
         "The director of the company's media office said in a press statement that the deficit in the network "
         "reached {a} megawatts during the peak hours yesterday.\n\n"
         "The company added that the maintenance teams were working around the clock in the southern region.\n\n"
         "He explained that the deficit of {b} megawatts will continue {cue} the return of the units of the "
         "southern station.\n")


def test_a_measure_named_by_its_unit_alone_with_three_digits_swapped_is_flagged_across_a_horizon():
    # the unit names what is measured; "until" bounds the figure's own period, it is no other period
    assert flagged(POWER.format(a="1,350", b="1,530", cue="until")) == ["1,530 megawatts"]
    assert flagged(POWER.format(a="1,350", b="1,350", cue="until")) == []
    # another period stays apart, and a figure that is not a slip of the first is another deficit
    assert flagged(POWER.format(a="1,350", b="1,530", cue="as it did last year, before")) == []
    assert flagged(POWER.format(a="1,350", b="1,720", cue="until")) == []


SHOPS = ("Cholera in Basra\n\n"
         "The director of health said in a statement that \"the emergency cell decided to close {a} shops "
         "selling food in the open after the tests showed contamination\".\n\n"
         "The department added that the {b} shops closed by the emergency cell will remain closed until "
         "they meet the conditions.\n")


def test_a_quoted_count_pointed_back_at_with_its_two_digits_swapped_is_flagged_unless_round():
    assert flagged(SHOPS.format(a="14", b="41")) == ["41 shops"]
    assert flagged(SHOPS.format(a="14", b="14")) == []
    # a speaker's round figure may be his own estimate of what the narration counts exactly
    assert flagged(SHOPS.format(a="4,100", b="1,400")) == []
    assert flagged(SHOPS.format(a="4,800", b="8,400")) == []


def test_a_relative_clause_that_counts_its_noun_again_points_back():
    text = ("Grants for displaced students\n\n"
            "The directorate announced the distribution of financial grants to {a} displaced students enrolled "
            "in the public schools of the province.\n\n"
            "He added that the grant holders, who number {b} according to the final lists, will receive their "
            "payments through electronic cards.\n")
    assert flagged(text.format(a="4,500", b="5,400")) == ["5,400"]
    assert flagged(text.format(a="4,500", b="4,500")) == []
    # another thing counted again: the teachers of the programme
    other = text.replace("the grant holders, who number", "the teachers, who number")
    assert flagged(other.format(a="4,500", b="5,400")) == []

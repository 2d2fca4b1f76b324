"""number-mismatch: one amount restated with its significant digits reordered though the two mentions
name it with other words (analysis/permuted_amounts.py), and "a second statement" as another telling
of the story, not another member of a group (analysis/quantity_frames.another_member_at)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


@pytest.mark.parametrize("text,flag", [
    # money: the goods' worth, then the damage of the same case, in a second statement
    ("Customs\n\nThe commission said in a statement that the employees had registered goods worth 4.7 billion "
     "dinars as cheap materials. The court sentenced five employees on Monday. The authority said in a second "
     "statement that the total damage to public money reached 7.4 billion dinars.\n", "7.4 billion dinars"),
    # a hedged area with three significant digits reordered, named by another verb and noun order
    ("Wheat\n\nThe minister said the area planted with wheat this season reached about 265,000 dunums. One farmer, "
     "who farms 40 dunums near the village, complained about fuel. According to the minister, the planted area "
     "reached 256,000 dunums this season.\n", "256,000 dunums"),
    # weight: a harvest given in tonnes, then reordered in a later paragraph with other words
    ("Dates\n\nThe ministry estimated this season's date harvest in the valley at 62,000 tonnes. Traders complained "
     "of low prices on Tuesday. Farmers in the valley said the harvest of dates had brought in 26,000 tonnes.\n",
     "26,000 tonnes"),
    # a contract's value restated by what was paid under it
    ("Contracts\n\nThe integrity commission uncovered fake contracts worth 4.2 billion dinars in the province. "
     "Investigators said the contracts covered street paving. The sums the company was paid for the contracts "
     "reached 2.4 billion dinars, the commission added.\n", "2.4 billion dinars"),
])
def test_reordered_digits_under_other_words(text, flag):
    assert flag in texts(text)


@pytest.mark.parametrize("text", [
    # nothing shared but the unit: two amounts of two stories
    "Budget\n\nThe health budget reached 3.2 billion dinars. Separately, exporters of dates earned 2.3 billion "
    "dinars abroad.\n",
    # the story gives several amounts of one size: any two may share digits
    "Grants\n\nThe fund gave 4.5 billion dinars to farmers and 0.9 billion dinars to fishermen this season. Traders "
    "in the port said the fund's loans to importers came to 5.4 billion dinars this season.\n",
    # the later amount is a change of the earlier level ("cut"), not the level
    "Oil\n\nThe field was producing about 1,250 barrels per day before the stoppage of the field. The stoppage "
    "of the field cut 1,205 barrels per day, the engineers said.\n",
    # another period
    "Exports\n\nThe company exported 3.6 million tonnes of phosphate this year, the company said. The company "
    "exported 6.3 million tonnes of phosphate last year.\n",
    # a hedge allows a close figure when only two digits are reordered
    "Power\n\nThe peak load of the grid reached about 98 megawatts, the grid operator said. The grid operator "
    "said the peak load of the grid had reached 89 megawatts.\n",
    # said of two named places
    "Harvest\n\nFarmers in Dhamar harvested 12,500 tonnes of wheat this season. Farmers in Ibb harvested "
    "15,200 tonnes of wheat this season.\n",
    # another expected figure
    "Harvest\n\nThe wheat harvest reached 3.4 million tonnes, the ministry said. The ministry said it expected "
    "a wheat harvest of 4.3 million tonnes next season.\n",
])
def test_reordered_digits_traps(text):
    assert texts(text) == []


def test_a_second_statement_is_another_telling_not_another_member():
    from mtcheck.analysis.quantities import extract_sentence
    told = "The authority said in a second statement that the damage reached 7.4 billion dinars."
    member = "It also ordered the deportation of a third defendant, after he serves a three-year sentence."
    assert not extract_sentence(told, 0, len(told))[0].other
    assert extract_sentence(member, 0, len(member))[0].other


# --- what "the number of <noun>" counts, and a long reorder under a hedge -------------------
EXAMS = ("Exams\n\nMore than 142,600 students began the secondary certificate exams on Tuesday in 1,950 halls "
         "across the kingdom. The ministry said security measures had been tightened. ")


def test_the_number_of_a_noun_names_what_a_later_figure_counts():
    from mtcheck.analysis.quantities import extract_sentence
    from mtcheck.analysis.units import stem
    s = "The secretary-general said the number of students sitting the exams this year had reached 124,600."
    assert extract_sentence(s, 0, len(s))[0].head == frozenset({stem("students")})
    s = "The total of displaced families in the camps rose to 3,412, officials said."
    assert extract_sentence(s, 0, len(s))[0].head == frozenset({stem("families")})
    s = "The number of students fell, and the ministry opened 40 halls."  # another clause: its own noun
    assert extract_sentence(s, 0, len(s))[0].head == frozenset({stem("halls")})


def test_four_digits_reordered_under_a_hedge():
    later = "The secretary-general said the number of students sitting the exams had reached 124,600.\n"
    assert texts(EXAMS + later) == ["124,600"]


@pytest.mark.parametrize("later", [
    # above the bound and no reorder: "more than 142,600" holds
    "The secretary-general said the number of students sitting the exams had reached 150,000.\n",
    # another period
    "The secretary-general said the number of students sitting the exams last year had reached 124,600.\n",
    # another counted noun
    "The secretary-general said the number of teachers supervising the exams had reached 124,600.\n",
])
def test_long_reorder_traps(later):
    assert texts(EXAMS + later) == []


OIL = "Oil\n\nExports reached 1.25 million barrels per day in May.\nBuyers in Asia took most of the oil.\n"


def test_a_sentence_s_opening_word_is_a_shared_word():
    later = "The company said exports had reached 1.52 million barrels per day in May.\n"
    assert texts(OIL + later) == ["1.52 million barrels per day"]


def test_an_opening_word_shared_by_another_month_s_figure_is_no_conflict():
    later = "The company said exports had reached 1.52 million barrels per day in June.\n"
    assert texts(OIL + later) == []


# --- what an amount is: its role (data/quantity_frames.toml [measure_roles]) -----------------
@pytest.mark.parametrize("text", [
    "Wheat\n\nThe country's wheat harvest reached 1.8 million tonnes this season, the ministry said.\nFarmers "
    "complained about prices.\nThe country imported 8.1 million tonnes of wheat to cover its needs.\n",
    "Dam\n\nThe dam holds 3.6 billion cubic metres of water, the ministry said.\nThe reservoir is low.\nThe "
    "ministry said the dam needed 6.3 billion cubic metres of water to operate its turbines.\n",
    "Budget\n\nRevenues reached 12.5 billion dollars in the first half, the ministry said.\nSpending was cut.\n"
    "The ministry said spending reached 15.2 billion dollars in the first half.\n",
    "Phosphate\n\nThe company produced 2.6 million tonnes of phosphate last year.\nIt employs 4,000 workers.\n"
    "The company sold 6.2 million tonnes of fertiliser last year.\n",
])
def test_amounts_of_two_roles_are_two_quantities(text):
    assert texts(text) == []


def test_amounts_of_one_role_are_still_compared():
    text = ("Phosphate\n\nThe company produced 2.6 million tonnes of phosphate last year.\nIt employs 4,000 "
            "workers.\nThe company said its production of phosphate reached 6.2 million tonnes last year.\n")
    assert texts(text) == ["6.2 million tonnes"]

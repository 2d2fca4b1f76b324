"""number-mismatch: a back-reference in the narration ('the 3 percent interest rate', 'this
38-million-dinar project') whose only antecedent is a figure a speaker gave in a quotation points
back at that figure: another value is the figure garbled. Where the narration gives its own figure
of the thing, a quoted figure is another source's and is not read; so where the later sentence reports
a speaker the quotation's sentence does not name ('the contractor said')."""
from __future__ import annotations

import pytest

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


HEAD = "Powered by automated translation\n\n"


@pytest.mark.parametrize("text, expected", [
    # housing finance: the rate in the director's quotation, the narration's 'the N percent rate' later
    ("Social housing units offered\n\n" + HEAD + "The director of the fund said that \"the rest is paid over "
     "20 years with a decreasing interest rate of 8 percent\".\n\nThe state bears the difference between the "
     "market interest and the 3 percent interest rate granted to beneficiaries, according to the fund.\n",
     ["3 percent interest"]),
    # schools: the minister's cost in his quotation, 'this N-million-dinar project' in a later paragraph
    ("Jordan signs school contracts\n\n" + HEAD + "The minister said during the ceremony that \"the cost of the "
     "project amounts to 48 million dinars, funded by the general budget\".\n\nIt is noteworthy that this "
     "38-million-dinar project is the largest the ministry has signed.\n", ["38-million-dinar project"]),
    # a stadium: the capacity in the governor's words, the seats pointed back at by the narration
    ("Stadium opens in Ismailia\n\n" + HEAD + "\"The stadium has a capacity of 30,000 seats and meets the "
     "standards of the continental federation,\" the governor said.\n\nWorkers finished fitting the 35,000 "
     "seats on Thursday, the governor added.\n", ["35,000 seats"]),
    # power: a figure of the narration's own of the same measure that names another thing (the deficit)
    ("Basra opens solar plant\n\n" + HEAD + "The minister said that \"the plant has a capacity of 45 megawatts, "
     "and it is the first solar plant in the south.\"\n\nThe spokesman stated that the deficit of the province "
     "stands at 3,200 megawatts.\n\nHe pointed out that the 54-megawatt plant will supply 20,000 homes.\n",
     ["54-megawatt plant"]),
])
def test_a_narration_back_reference_to_a_quoted_figure(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize("text", [
    # the narration's own toll is the reference; a witness quotes his own count
    "Storm kills fishermen\n\n" + HEAD + "The ministry said 12 fishermen drowned off Mukalla on Monday. "
    "\"We pulled 15 fishermen from the sea,\" a coastguard officer said.\n\nThe 12 fishermen were buried "
    "on Tuesday.\n",
    # the quoted figure is of another time
    "Wheat deliveries\n\n" + HEAD + "\"Last year we received 40,000 tonnes of wheat,\" the director said.\n\n"
    "The 45,000 tonnes of wheat delivered this season were stored in Mosul silos.\n",
    # the later figure is not pointed back at: a figure of its own
    "Stadium opens\n\n" + HEAD + "\"The stadium has a capacity of 30,000 seats,\" the governor said.\n\n"
    "Workers will fit 5,000 seats in the second phase, the directorate said.\n",
    # the later sentence reports another speaker, who gives a figure of his own
    "Stadium opens in Ismailia\n\n" + HEAD + "\"The stadium has a capacity of 30,000 seats,\" the governor said."
    "\n\nWorkers finished fitting the 35,000 seats on Thursday, the contractor said.\n",
    # another thing counted by the quotation
    "Union protests\n\n" + HEAD + "\"Our union counts 3,000 members,\" its head said.\n\n"
    "The 2,000 workers who lost their jobs gathered in front of the ministry.\n",
])
def test_quoted_figures_of_other_things_or_sources_stay_apart(text):
    assert flagged(text) == []

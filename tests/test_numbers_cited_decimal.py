"""number-mismatch: a cited figure ('the 12 million tourists mentioned by the director') whose
speaker's own figure has the same digits with the decimal point elsewhere ('1.2 million tourists')
is that figure garbled (analysis/cited_figures.py): a decimal point dropped or moved is a slip of
the digits as much as a changed or swapped digit. The speaker is read past a title ('Mr.', 'Dr.')
and is at most two capitalised words ('by Mr. Bennani in Marrakech': Bennani)."""
from __future__ import annotations

import pytest

from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


HEAD = "Powered by automated translation\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Marrakech tourism recovers\n\n" + HEAD + "The director general of the office said: \"Marrakech alone "
     "received 1.2 million tourists in the first quarter.\"\n\nThe 12 million tourists mentioned by the "
     "director represent a quarter of the arrivals, according to the office.\n", ["12 million tourists"]),
    ("Iraq oil exports\n\n" + HEAD + "\"Our exports reached 3.3 million barrels per day in May,\" the minister "
     "told reporters in Baghdad.\n\nAnalysts said the 33 million barrels per day cited by the minister "
     "exceed the quota agreed with the producers.\n", ["33 million barrels per day cited"]),
    ("Egypt inflation eases\n\n" + HEAD + "The governor said that \"annual urban inflation fell to 4.5 percent "
     "in October\".\n\nBankers expect the 45 percent referred to by the governor to support a rate cut.\n",
     ["45 percent referred"]),
    # the speaker cited with a title and a lowercase word after his name
    ("Budget for Basra\n\n" + HEAD + "The governor, Dr. Asaad Hamdan, said: \"The province will receive 2.7 "
     "billion dinars for the water projects.\"\n\nEngineers say the 27 billion dinars referred to by Dr. Hamdan "
     "in his speech will not cover the desalination plant.\n", ["27 billion dinars referred"]),
])
def test_a_cited_figure_with_its_decimal_point_moved(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize("text", [
    # the same figure cited back
    "Marrakech tourism\n\n" + HEAD + "The director said: \"Marrakech received 1.2 million tourists.\"\n\n"
    "The 1.2 million tourists mentioned by the director spent 4 billion dirhams.\n",
    # another thing counted with the same digits
    "Marrakech tourism\n\n" + HEAD + "The director said: \"Marrakech received 1.2 million tourists.\"\n\n"
    "The 12 million nights mentioned by the director were spent in classified hotels.\n",
    # another measure with the same digits: a share, not the tourists
    "Marrakech tourism\n\n" + HEAD + "The director said: \"Marrakech received 1.2 million tourists.\"\n\n"
    "The 12 percent rise mentioned by the director came from European markets.\n",
])
def test_other_cited_figures_stay_apart(text):
    assert flagged(text) == []

"""Entities, from session 22's rounds: a given name and its feminine form name a man and a woman, in
whatever titles they come (coreference._fits)."""
from __future__ import annotations

import mtcheck
from checking import gating_texts


def test_a_man_and_a_woman_of_one_surname_keep_their_own_titles():
    text = ("Exams\n\nPowered by automated translation\n\n"
            "Agadir - The Vice-President of Ibn Zohr University, Prof. Rachid El Fassi, announced today that the "
            "exams will be held in June.\n\n"
            "For her part, the Dean of the Faculty of Taroudant, Prof. Rachida El Fassi, said the faculty is ready.\n")
    assert gating_texts(text, "rank-change", "name-variant") == []
    # the same name in the second title is one person with another office
    changed = text.replace("Prof. Rachida El Fassi", "Prof. Rachid El Fassi")
    assert [f.rule for f in mtcheck.check(changed, backend="none", select=["rank-change"]).findings] == ["rank-change"]

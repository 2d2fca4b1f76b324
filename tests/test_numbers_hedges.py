"""number-mismatch: hedged figures ("more than", "about", "nearly") read as bounds of one quantity."""
from __future__ import annotations

import mtcheck
from mtcheck.analysis.quantities import extract_sentence


def flagged(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["number-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


def only(text: str):
    qs = extract_sentence(text, 0, len(text))
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


# --- "more than": a bound of this figure, not a comparison with another -----------------------
def test_more_than_is_a_hedge_not_another_figure():
    q = only("The floods displaced more than 4,200 families in the city.")
    assert q.hedged and not q.other


def test_than_of_a_comparison_is_still_another_figure():
    qs = extract_sentence(*(lambda t: (t, 0, len(t)))("Exports reached 300 tonnes, more than the 250 tonnes of May."))
    assert [q.other for q in qs] == [False, True]


def test_rise_to_less_after_more_than_is_flagged():
    text = ("Floods hit Kassala\n\nThe governor said the floods had displaced more than 4,200 families in the "
            "city and the villages.\n\nHe said later that the number of the displaced families had risen to "
            "2,400 families.\n")
    assert flagged(text) == ["2,400 families"]


def test_rise_to_more_after_more_than_is_fine():
    text = ("Floods hit Kassala\n\nThe governor said the floods had displaced more than 2,400 families in the "
            "city and the villages.\n\nHe said later that the number of the displaced families had risen to "
            "4,200 families.\n")
    assert flagged(text) == []

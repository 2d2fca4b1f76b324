"""declared_acronyms reads a name declaring its acronym only in the run of name characters before
each bracketed acronym: the matches of the pattern tried at every position of the text."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mtcheck.analysis import declared_acronyms

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "articles").glob("*.txt"))


def _everywhere(text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in declared_acronyms._DECLARED.finditer(text)]


def _gated(text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in declared_acronyms._declarations(text)]


def test_the_bracket_gate_finds_every_declaration_of_the_development_articles():
    text = "\n".join(a.read_text(encoding="utf-8") for a in ARTICLES)
    found = _everywhere(text)
    assert _gated(text) == found
    assert len(found) > 20


def test_names_before_brackets_in_a_row_and_nested():
    text = ("Tunis Afrique Presse (TAP) (TAP) and the Tunisian African Press (TAP). ((AB)) Foo Bar(FB) "
            "the National Oil Corporation of Libya (NOC)(NOC), Arab-Libyan Co (ALC); Syrian Democratic Forces (SDF)")
    assert _gated(text) == _everywhere(text)
    assert [g[1] for _, g in _gated(text)] == ["TAP", "TAP", "NOC", "ALC", "SDF"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Tunis", "Afrique", "Presse", "of", "the", "d'", "(TAP)", "(AB)", "(", ")", " ",
                                 "\u00a0", ",", ".", "x", "-", "Al-", "TAP", "\n"]), max_size=40))
def test_the_bracket_gate_agrees_with_the_scan_of_every_position(parts):
    text = " ".join(parts)
    assert _gated(text) == _everywhere(text)

"""Answers kept for reuse while a long article is checked (speed only) answer as the reading
they replace: the same on a second asking, and read afresh where what they depend on changed.
"""
from __future__ import annotations

from mtcheck.analysis import place_compare
from mtcheck.analysis.names import Name


def _babylon(before: str) -> tuple[str, Name]:
    text = before + "Babylon was named."
    start = len(before)
    return text, Name(start, start + 7, ((start, start + 7, "Babylon"),), "place")


def test_ancient_site_is_read_once_per_name(monkeypatch):
    text, name = _babylon("the ruins of ancient ")
    assert place_compare.ancient_site(text, name) is True
    # a second asking (the name's next pair) answers from the name, with no reading of the text
    monkeypatch.setattr(place_compare, "_ancient_site", lambda *a: (_ for _ in ()).throw(AssertionError))
    assert place_compare.ancient_site(text, name) is True


def test_ancient_site_of_a_name_in_another_text_is_read_afresh():
    # "Babil province" and "ancient Babylon": a name object asked about with another text (a
    # second article) is no ancient site because it was one in the first
    text, name = _babylon("the ruins of ancient ")
    assert place_compare.ancient_site(text, name) is True
    other = "the province of".ljust(name.start) + text[name.start:]
    assert other[name.start:name.end] == "Babylon" and other != text
    assert place_compare.ancient_site(other, name) is False
    assert place_compare.ancient_site(text, name) is True


def test_look_alike_windows_are_no_ancient_site():
    for before in ("the site of the attack in ", "ancient rivalries in ", "the province of "):
        text, name = _babylon(before)
        assert place_compare.ancient_site(text, name) is False
        assert place_compare.ancient_site(text, name) is False


def test_declared_spellings_are_read_once_per_text_and_afresh_for_another(monkeypatch):
    from mtcheck.analysis import names

    text = "Troops entered El Obeid (also spelt Al-Ubayyid) on Monday."
    assert names.declared_alternatives(text) == frozenset({"alubayyid"})
    # the second check of the same article: no reading of the text
    monkeypatch.setattr(names, "_DECLARED", None)
    assert names.declared_alternatives(text) == frozenset({"alubayyid"})
    monkeypatch.undo()
    # another article (an equal text too is another object): read again
    other = "Qamishli, also written Qamishlo, was calm. Ruweished, as its name is also written"
    assert names.declared_alternatives(other) == frozenset({"qamishlo", "ruweished"})
    assert names.declared_alternatives("No other spelling of Mosul is given.") == frozenset()

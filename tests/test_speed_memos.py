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


_PARTS_ARTICLE = """Powered by automated translation
Cairo club fined after derby
The Competitions Committee of the Egyptian Football Association fined Zamalek on Sunday.
The Ministry of Youth and Sports said it backed the decision of the Egyptian Football Association.
The Competition Committee of the association said the fine was final.
The Ministry of Youth and Sport said it would not intervene.
"""


def test_org_variant_compares_each_pair_of_names_once(monkeypatch):
    # the whole names are compared again when the parts ("Competition Committee of the
    # association") are looked at: each pair of name objects is compared once, same findings
    import mtcheck
    from mtcheck.checks import org_variant

    asked: dict[tuple[int, int], int] = {}
    compare = org_variant.compare

    def counting(ref, later):
        asked[(id(ref), id(later))] = asked.get((id(ref), id(later)), 0) + 1
        return compare(ref, later)

    monkeypatch.setattr(org_variant, "compare", counting)
    report = mtcheck.check(_PARTS_ARTICLE, backend="none", select=["org-variant"])
    assert [f.text for f in report.findings] == ["Competition Committee", "Ministry of Youth and Sport"]
    assert asked and max(asked.values()) == 1


def test_remembered_compare_answers_as_compare():
    from mtcheck.analysis.names import Difference, remembered

    text, babylon = _babylon("the ruins of ancient ")
    other = Name(0, 3, ((0, 3, "the"),), "place")
    answers = {(id(babylon), id(other)): Difference.LETTERS, (id(other), id(babylon)): None}
    calls = []

    def compare(ref, later):
        calls.append((ref, later))
        return answers[(id(ref), id(later))]

    once = remembered(compare)
    for _ in range(3):
        assert once(babylon, other) is Difference.LETTERS
        assert once(other, babylon) is None
    assert calls == [(babylon, other), (other, babylon)]

"""Answers kept for reuse while a long article is checked (speed only) answer as the reading
they replace: the same on a second asking, and read afresh where what they depend on changed.
"""
from __future__ import annotations

from mtcheck.analysis import place_contexts
from mtcheck.analysis.names import Name


def _babylon(before: str) -> tuple[str, Name]:
    text = before + "Babylon was named."
    start = len(before)
    return text, Name(start, start + 7, ((start, start + 7, "Babylon"),), "place")


def test_ancient_site_is_read_once_per_name(monkeypatch):
    text, name = _babylon("the ruins of ancient ")
    assert place_contexts.ancient_site(text, name) is True
    # a second asking (the name's next pair) answers from the name, with no reading of the text
    monkeypatch.setattr(place_contexts, "_ancient_site", lambda *a: (_ for _ in ()).throw(AssertionError))
    assert place_contexts.ancient_site(text, name) is True


def test_ancient_site_of_a_name_in_another_text_is_read_afresh():
    # "Babil province" and "ancient Babylon": a name object asked about with another text (a
    # second article) is no ancient site because it was one in the first
    text, name = _babylon("the ruins of ancient ")
    assert place_contexts.ancient_site(text, name) is True
    other = "the province of".ljust(name.start) + text[name.start:]
    assert other[name.start:name.end] == "Babylon" and other != text
    assert place_contexts.ancient_site(other, name) is False
    assert place_contexts.ancient_site(text, name) is True


def test_look_alike_windows_are_no_ancient_site():
    for before in ("the site of the attack in ", "ancient rivalries in ", "the province of "):
        text, name = _babylon(before)
        assert place_contexts.ancient_site(text, name) is False
        assert place_contexts.ancient_site(text, name) is False


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


def test_placed_variants_compare_each_pair_of_wordings_once():
    """A body named again and again with its place after it ("the Directorate of Agriculture in
    Nineveh") and inside ("the Nineveh Agriculture Directorate", "the Nineveh Agricultural
    Department") is compared once per pair of wordings, with the answers of comparing every
    pair: the same findings, in the same order."""
    from dataclasses import replace

    import mtcheck.analysis.org_placed as org_placed
    from mtcheck import reader, segment
    from mtcheck.analysis.names import LOOKBACK, Difference
    from mtcheck.analysis.org_compare import compare
    from mtcheck.analysis.orgs import organisations
    from mtcheck.analysis.spelling import fold

    story = ("The Directorate of Agriculture in Nineveh said wheat stocks rose. The Nineveh Agriculture "
             "Directorate added that 400 farmers were paid. The Nineveh Agricultural Department later "
             "denied it. The Directorate of Health in Basra opened a clinic. The Basra Health Directorate "
             "said 30 doctors work there.\n")
    text = "Harvest news\n\n" + story * 40
    sentences = segment.segment(reader.from_text(text).view)
    names = organisations(text, sentences)
    asked = []

    def counting(a, b):
        asked.append((tuple(a.texts), tuple(b.texts)))
        return compare(a, b)
    found = [(r.start, la.start, d) for r, la, d in org_placed.placed_variants(text, names, counting)]
    assert len(asked) == len(set(asked)) > 0
    assert len(found) >= 40  # the department in each copy, the directorate's other wording not

    def every_pair():  # the reading the answers stand for: every pair compared afresh
        by_place: dict = {}
        for name in names:
            folded = [fold(w) for w in name.texts]
            for key in dict.fromkeys(folded):
                for ref in by_place.get(key, ())[-LOOKBACK:]:
                    placed = replace(ref, words=tuple(org_placed._place_after(text, ref)) + ref.words)
                    d = compare(placed, name)
                    if d is Difference.HEAD and len(placed.words) != len(name.words):
                        continue
                    if d in org_placed._WORD_LEVEL:
                        yield ref.start, name.start, d
                        break
                else:
                    continue
                break
            place = org_placed._place_after(text, name)
            if place is not None and not {fold(w[2]) for w in place} & set(folded):
                by_place.setdefault(fold(place[0][2]), []).append(name)
    assert found == list(every_pair())


def test_kept_slip_answers_are_those_of_reading_the_digits_afresh():
    """slip and slip_kind keep their answers by the two values (a long article weighs the same
    figures again and again): an int and the float of one value, asked in either order and again,
    answer as the uncached reading."""
    from mtcheck.analysis.garble_prior import slip
    from mtcheck.analysis.garbled_figures import slip_kind

    values = [0, 0.0, 9, 14, 19, 40, 152, 156, 205, 250, 0.205, 0.20500000000000002, 1.2, 12, 1_850, 1_580,
              1_800, 4_500, 5_400, 412_000, 421_000, 3.2e9, 2.3e9, 18_000, 8_000, 1e20, 10 ** 20]
    pairs = [(a, b) for a in values for b in values]
    for fn in (slip, slip_kind):
        fresh = [fn.__wrapped__(a, b) for a, b in pairs]
        assert [fn(a, b) for a, b in pairs] == fresh
        assert [fn(float(a), float(b)) for a, b in pairs] == fresh  # an int and its float: one key
        assert [fn(a, b) for a, b in pairs] == fresh

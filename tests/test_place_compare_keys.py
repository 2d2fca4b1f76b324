"""place_compare's shortcuts (speed only): the per-name keys that rule out a pair before the
full comparison, and the word test before the ancient-site pattern, answer as the full reading.
"""
from __future__ import annotations

from dataclasses import replace

from pathlib import Path

import pytest

from mtcheck import reader, segment
from mtcheck.analysis import Document, place_compare, place_contexts
from mtcheck.analysis.names import Name, conflicts, words_in

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "articles").glob("*.txt"))


def _name(text: str, weak: bool = False, head: str | None = None) -> Name:
    return Name(0, len(text), words_in(text, 0, len(text)), "place", head=head, weak=weak)


def _full(monkeypatch, ref: Name, later: Name):
    with monkeypatch.context() as m:
        m.setattr(place_compare, "_may_differ", lambda a, b: True)
        return place_compare.compare(ref, later)


@pytest.fixture(scope="module")
def long_doc() -> Document:
    paragraphs = [p for a in ARTICLES[:250] for p in a.read_text(encoding="utf-8").split("\n") if p.strip()]
    src = reader.from_text("\n".join(paragraphs) + "\n")
    return Document(text=src.view, sentences=segment.segment(src.view, soft_newlines=src.soft_newlines),
                    machine_translated=True)


def test_keys_rule_out_only_pairs_the_full_comparison_finds_unrelated(long_doc, monkeypatch):
    pairs = []

    def record(ref, later):  # answers None: every candidate of every name is asked
        pairs.append((ref, later))

    list(conflicts(long_doc.places, record, place_compare.bucket))
    assert len(pairs) > 5000
    fast = [place_compare.compare(r, la) for r, la in pairs]
    monkeypatch.setattr(place_compare, "_may_differ", lambda a, b: True)
    full = [place_compare.compare(r, la) for r, la in pairs]
    assert fast == full
    assert sum(d is not None for d in full) > 20  # variants of every kind are among them


@pytest.mark.parametrize("ref,later", [
    ("Tikrit", "Takrit"),                 # other vowels, the same consonants
    ("Al-Qaim", "Al Qaim"),               # the article's form
    ("Al-Qaim", "Qaim"),                  # the article dropped
    ("Albu Kamal", "Al-Bukamal"),         # one name spaced two ways
    ("Ain al-Tamr", "Ain Tamr"),          # the inner article alone
    ("Ras Lanuf", "Ras Lanouf"),          # one vowel written two ways
    ("Al-Dhuluiya", "Al-Duluiya"),        # one Arabic letter written two ways
    ("Tobruk", "Tubruq"),                 # the gazetteer ties both
    ("Abu Gharadig", "Abu al-Gharadiq"),  # the inner article and a letter
])
def test_variants_still_pass_the_keys(monkeypatch, ref, later):
    a, b = _name(ref), _name(later)
    assert place_compare._may_differ(place_compare._whole(tuple(a.texts)), place_compare._whole(tuple(b.texts)))
    assert place_compare.compare(a, b) is not None
    assert place_compare.compare(a, b) == _full(monkeypatch, a, b)


@pytest.mark.parametrize("ref,later", [
    ("Baghdad", "Basra"), ("Mosul", "Kirkuk"), ("Gaza", "Giza"), ("Kuwait", "Kuwait City"),
    ("Sulaimani", "Sulaymaniyah"), ("Najaf", "Karbala"),
])
def test_unrelated_and_look_alike_places_answer_as_before(monkeypatch, ref, later):
    a, b = _name(ref), _name(later)
    assert place_compare.compare(a, b) == _full(monkeypatch, a, b)


@pytest.mark.parametrize("before,expected", [
    ("visitors to the ruins of ancient ", True),
    ("They toured Ancient ", True),
    ("THE RUINS OF THE ANCIENT ", True),
    ("at the archaeological site of ", True),
    ("treasures of ancient\u00a0", True),
    ("the ancient \n", True),              # $ also matches before a final newline
    ("the province of ", False),
    ("the site of the attack in ", False),
    ("ancient rivalries in ", False),
    ("the ruins in ", False),
    ("THE ANC\u0130ENT ", None),           # a non-ASCII letter: the pattern decides
    ("", False),
])
def test_ancient_site_word_test_agrees_with_the_pattern(before, expected):
    text = before + "Babylon was named."
    name = Name(len(before), len(before) + 7, ((len(before), len(before) + 7, "Babylon"),), "place")
    pattern = bool(place_contexts._ANCIENT_BEFORE.search(text, max(0, name.start - 40), name.start))
    assert place_contexts.ancient_site(text, name) is pattern
    if expected is not None:
        assert pattern is expected


def test_conflicts_compare_only_pairs_sharing_an_exact_key(long_doc):
    """names.conflicts given place_compare.exact_keys: the same conflicts, in the same order, and
    compare asked only of the pairs that may differ (a long article's buckets hold a hundred
    names each, nearly all unrelated: asking every pair made the stage grow x19 for 8x input)."""
    asked = []

    def counted(ref, later):
        asked.append((ref, later))
        return place_compare.compare(ref, later)

    plain = [(r.start, la.start, d) for r, la, d in conflicts(long_doc.places, place_compare.compare, place_compare.bucket)]
    keyed = [(r.start, la.start, d) for r, la, d in conflicts(long_doc.places, counted, place_compare.bucket,
                                                              related=place_compare.exact_keys)]
    assert keyed == plain and len(plain) > 20
    every = []
    list(conflicts(long_doc.places, lambda r, la: every.append(1), place_compare.bucket))
    assert len(asked) * 20 < len(every)
    # each pair asked may differ: as written, or with a place's own head word left out ("Bismayah City")
    def may_differ(r, la):
        forms = [(r, la)] + [(replace(r, words=r.words[:-1]), la)] * place_compare._own_head(r.texts) \
            + [(r, replace(la, words=la.words[:-1]))] * place_compare._own_head(la.texts)
        return any(place_compare._may_differ(place_compare._whole(tuple(a.texts)), place_compare._whole(tuple(b.texts)))
                   for a, b in forms)
    assert all(may_differ(r, la) for r, la in asked)


def test_exact_key_candidates_come_in_the_windows_order(long_doc, monkeypatch):
    """names.conflicts with ``related``: the candidates sharing an exact key are found from the
    names under those keys (_related_candidates), and asked in the order in which reading every
    bucket window and filtering it would ask them: the same pairs, the same findings."""
    from mtcheck.analysis import names

    def asked() -> list[tuple[int, int]]:
        pairs = []  # compare answers None: every candidate of every name is asked
        list(conflicts(long_doc.places, lambda r, la: pairs.append((r.start, la.start)), place_compare.bucket,
                       related=place_compare.exact_keys))
        return pairs

    def windows(keys, own, index, position, holders):  # the reading this replaces
        sharing = {t for x in own for t in holders.get(x, ())}  # the names with an exact key of own
        found = {}
        for k in keys:
            for t in index.get(k, ())[-names.LOOKBACK:]:
                found[t] = None
        return {t: None for t in found if t in sharing}

    fast = asked()
    monkeypatch.setattr(names, "_related_candidates", windows)
    every = asked()
    assert len(every) > 300 and fast == every

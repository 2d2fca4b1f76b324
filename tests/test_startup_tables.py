"""The tables a cold check derives from its data (trie patterns of word lists, the spelling keys
of transliterations, the Arabic words of body names, the organisation word index, the calques'
clauses) are kept in the cache folder: read back, they equal what is built afresh, and a broken
or foreign copy is never believed."""
from __future__ import annotations

import re

from mtcheck._diskcache import kept
from mtcheck.analysis import lexicon, mistranslations, org_words, transliteration_variants, word_tries


def _fresh(fn):
    fn.cache_clear()
    return fn()


def test_kept_builds_once_and_reads_back(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    calls = []
    build = lambda: calls.append(1) or {"a": frozenset({1, 2})}  # noqa: E731
    assert kept("probe", "alpha beta", __file__, build) == {"a": frozenset({1, 2})}
    assert kept("probe", "alpha beta", __file__, build) == {"a": frozenset({1, 2})}
    assert calls == [1]
    assert kept("probe", "alpha gamma", __file__, build) == {"a": frozenset({1, 2})}  # other content: built
    assert calls == [1, 1]


def test_kept_ignores_a_broken_or_invalid_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    kept("probe", "x", __file__, lambda: "right")
    (copy,) = (tmp_path / "data").glob("probe-*.marshal")
    copy.write_bytes(b"\x00garbage")
    assert kept("probe", "x", __file__, lambda: "right") == "right"
    assert kept("probe", "x", __file__, lambda: "other", valid=lambda v: v == "other") == "other"


def test_trie_pattern_is_the_same_read_back_and_in_any_order(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    words = ["baladiya", "baladia", "barlaman", "muhafaza", "mu'tamar"]
    first = word_tries.trie_pattern(words, curly_apostrophes=True)
    assert word_tries.trie_pattern(reversed(words), curly_apostrophes=True) == first
    assert first == word_tries._build(sorted(words), True)
    rx = re.compile(rf"(?:{first})\Z")
    assert all(rx.match(w) for w in [*words, "mu\u2019tamar"]) and not rx.match("balad")
    assert word_tries.trie_pattern(words) != first  # the apostrophe option keys the copy too


def test_derived_tables_read_back_equal_to_built(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    lexicon.clear_caches()
    try:
        built = (_fresh(transliteration_variants.keys), _fresh(org_words.arabic_words),
                 [(c.clauses, c.best_clauses) for c in _fresh(mistranslations.calque_table)])
        assert list((tmp_path / "data").glob("transliterations-keys-*.marshal"))
        assert list((tmp_path / "data").glob("calques-clauses-*.marshal"))
        lexicon.clear_caches()
        read = (_fresh(transliteration_variants.keys), _fresh(org_words.arabic_words),
                [(c.clauses, c.best_clauses) for c in _fresh(mistranslations.calque_table)])
        assert read == built
        assert built[0] == transliteration_variants._keys()
        assert built[1] == org_words._arabic_words(lexicon.load("transliterations.toml"))
        fresh = [(tuple(mistranslations.needles.clauses(p) for p in c.patterns), None)
                 for c in mistranslations.calque_table()]
        assert [c for c, _ in fresh] == [c for c, _ in built[2]]
        assert [b for _, b in built[2]] == [tuple(mistranslations._selective(c) for c in cl) for cl, _ in built[2]]
    finally:
        lexicon.clear_caches()
        for fn in (transliteration_variants.keys, org_words.arabic_words, mistranslations.calque_table):
            fn.cache_clear()


def test_derived_follows_every_file_it_names(tmp_path, monkeypatch):
    """A table derived from two files is keyed by both: extra data merged into the second one
    (a house style) builds it afresh instead of reading a copy made without it."""
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    lexicon.clear_caches()
    calls = []
    build = lambda data: calls.append(1) or len(data)  # noqa: E731
    try:
        lexicon.derived("units.toml", "probe", build, also=("words.toml",))
        lexicon.derived("units.toml", "probe", build, also=("words.toml",))
        assert calls == [1]
        extra = tmp_path / "extra_words.toml"
        extra.write_text("", encoding="utf-8")
        lexicon.add_data_file("words.toml", extra)
        lexicon.derived("units.toml", "probe", build, also=("words.toml",))
        assert calls == [1, 1]
    finally:
        lexicon._EXTRA.clear()
        lexicon.clear_caches()

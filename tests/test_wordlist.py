"""mtcheck/analysis/wordlist.py: a word list read back from the cache folder answers ``in``
exactly as the set of its words does, and a broken copy is rebuilt."""
from __future__ import annotations

from mtcheck.analysis import wordlist

WORDS = ["a", "I", "ho", "hom", "home", "homes", "homestead", "house", "housed", "qadi", "mid", "afternoon",
         "midafternoon", "zebra", "Zebra", "naïve", "co-operate", "o'clock"]
PROBES = WORDS + ["", "h", "hou", "homestea", "homesteads", "Home", "zebr", "zebras", "naive", "cooperate",
                  "o", "oclock", "a\nb", "ho\n", "\nho", "aa", "qad", "qadis", "xyz"]


def test_membership_is_that_of_the_words(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    built = wordlist.cached("probe-words", lambda: iter(WORDS))
    read_back = wordlist.cached("probe-words", lambda: [])  # from the copy: build is not called
    for words in (built, read_back, wordlist.WordList(WORDS)):
        assert len(words) == len(set(WORDS))
        assert [p for p in PROBES if p in words] == [p for p in PROBES if p in set(WORDS)]
    assert 42 not in built and None not in built
    assert {"home", "hou", "Zebra", "xyz"} & built == {"home", "Zebra"} == built & ["home", "hou", "Zebra"]


def test_a_broken_copy_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    wordlist.cached("probe-words", lambda: WORDS)
    (copy,) = (tmp_path / "data").glob("probe-words.*")
    copy.write_bytes(b"\x00garbage")
    rebuilt = wordlist.cached("probe-words", lambda: ["other"])
    assert "other" in rebuilt and "house" not in rebuilt
    assert "other" in wordlist.cached("probe-words", lambda: WORDS)  # the rebuilt copy is kept


def test_an_empty_list_holds_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    empty = wordlist.cached("probe-empty", lambda: [])
    assert len(empty) == 0 and "a" not in empty and "" not in empty

"""The parsed-data cache of mtcheck/analysis/lexicon.py: same data as parsing the TOML, and a
copy that is broken or stale is never believed."""
from __future__ import annotations

import tomllib
from importlib import resources

from mtcheck.analysis import lexicon


def _fresh_load(name: str) -> dict:
    lexicon.clear_caches()
    return lexicon.load(name)


def test_cached_data_equals_the_parsed_file(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    parsed = tomllib.loads(resources.files("mtcheck.data").joinpath("units.toml").read_text(encoding="utf-8"))
    try:
        assert _fresh_load("units.toml") == parsed        # parsed, then written
        copies = list((tmp_path / "data").glob("units-*.marshal"))
        assert len(copies) == 1
        assert _fresh_load("units.toml") == parsed        # read from the copy
    finally:
        lexicon.clear_caches()


def test_a_broken_copy_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    try:
        expected = _fresh_load("words.toml")
        (copy,) = (tmp_path / "data").glob("words-*.marshal")
        copy.write_bytes(b"\x00garbage")
        assert _fresh_load("words.toml") == expected
        copy.write_bytes(b"")
        assert _fresh_load("words.toml") == expected
    finally:
        lexicon.clear_caches()


def test_an_unwritable_cache_directory_still_loads(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(blocked))
    try:
        assert "units" in _fresh_load("units.toml")
    finally:
        lexicon.clear_caches()


def test_the_copy_follows_the_file_content(tmp_path, monkeypatch):
    """Two different contents never share a copy: the key is taken from the bytes."""
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    a = lexicon._parse_cached(b'x = 1\n', "mtcheck/data/probe.toml")
    b = lexicon._parse_cached(b'x = 2\n', "mtcheck/data/probe.toml")
    assert (a, b) == ({"x": 1}, {"x": 2})
    assert lexicon._parse_cached(b'x = 2\n', "mtcheck/data/probe.toml") == {"x": 2}
    assert len(list((tmp_path / "data").glob("probe-*.marshal"))) == 2


def test_derived_tables_are_kept_and_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_GAZETTEER_DIR", str(tmp_path))
    calls = []

    def build(data):
        calls.append(1)
        return tuple(sorted(data["units"]))

    try:
        lexicon.clear_caches()
        first = lexicon.derived("units.toml", "probe-1", build)
        assert lexicon.derived("units.toml", "probe-1", build) == first
        assert len(calls) == 1                                   # the second came from the copy
        (copy,) = (tmp_path / "data").glob("units-probe-1-*.marshal")
        copy.write_bytes(b"\x00broken")
        assert lexicon.derived("units.toml", "probe-1", build, lambda v: isinstance(v, tuple)) == first
        assert len(calls) == 2
        assert lexicon.derived("units.toml", "probe-2", build) == first
        assert len(calls) == 3                                   # another tag, another table
    finally:
        lexicon.clear_caches()

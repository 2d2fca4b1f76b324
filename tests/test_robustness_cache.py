"""The translation cache under hostile conditions: files this user may not read, read-only
directories, corruption found by several processes at once. The cache must never destroy what
it cannot read, never lose another process's rows, and its notes must say what happened."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mtcheck
from mtcheck.backtranslation import cache as cache_mod
from mtcheck.backtranslation.bergamot import BergamotEngine
from mtcheck.backtranslation.cache import TranslationCache

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "benchmarks" / "articles").glob("*.txt"))
CORRUPT = b"this is not a database" * 100
# Runs as root lose the privilege to ignore file permissions, so a root CI sees them too.
_NO_DAC = (["setpriv", "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else [])

_PROBE = r"""
import json, sys
from mtcheck.backtranslation.cache import TranslationCache
cache = TranslationCache(sys.argv[1])
found = cache.get_many(["k1"])
cache.put_many({"k2": "new"})
print(json.dumps({"active": cache.active, "found": found, "notes": cache.notes}))
"""


def _probe(cache_dir: Path) -> dict:
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    proc = subprocess.run([*_NO_DAC, sys.executable, "-c", _PROBE, str(cache_dir)], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _cache_with_one_row(directory: Path) -> Path:
    cache = TranslationCache(directory)
    cache.put_many({"k1": "kept"})
    cache.close()
    return directory / "translations.sqlite3"


def test_a_cache_this_user_may_not_read_is_bypassed_and_left_alone(tmp_path):
    db = _cache_with_one_row(tmp_path)
    before = db.read_bytes()
    db.chmod(0)
    try:
        result = _probe(tmp_path)
    finally:
        db.chmod(0o644)
    assert not result["active"]
    assert any("bypassed" in n and "may not read" in n for n in result["notes"]), result["notes"]
    assert not any("rebuilt" in n for n in result["notes"])
    assert db.read_bytes() == before  # neither deleted nor replaced


def test_a_read_only_directory_is_used_for_look_ups_and_the_note_says_so(tmp_path):
    _cache_with_one_row(tmp_path)
    tmp_path.chmod(0o555)
    try:
        result = _probe(tmp_path)
    finally:
        tmp_path.chmod(0o755)
    assert result["active"] and result["found"] == {"k1": "kept"}
    assert any("read-only" in n and "not saved" in n for n in result["notes"]), result["notes"]
    assert not any("rebuilt" in n for n in result["notes"])
    assert sorted(os.listdir(tmp_path)) == ["translations.sqlite3"]


def test_a_missing_cache_in_a_read_only_directory_is_bypassed_not_rebuilt(tmp_path):
    tmp_path.chmod(0o555)
    try:
        result = _probe(tmp_path)
    finally:
        tmp_path.chmod(0o755)
    assert not result["active"]
    assert len(result["notes"]) == 1 and "not writable" in result["notes"][0]
    assert os.listdir(tmp_path) == []


def test_a_corrupt_cache_in_a_read_only_directory_is_left_as_it_is(tmp_path):
    db = tmp_path / "translations.sqlite3"
    db.write_bytes(CORRUPT)
    tmp_path.chmod(0o555)
    try:
        result = _probe(tmp_path)
    finally:
        tmp_path.chmod(0o755)
    assert not result["active"]
    assert any("corrupt" in n and "left as it is" in n for n in result["notes"]), result["notes"]
    assert not any("rebuilt" in n for n in result["notes"])
    assert db.read_bytes() == CORRUPT


_WRITER = r"""
import json, sys, time
from pathlib import Path
from mtcheck.backtranslation.cache import TranslationCache
cache_dir, worker, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
while not go.exists():
    time.sleep(0.002)
cache = TranslationCache(cache_dir)
for batch in range(10):
    cache.put_many({f"w{worker}-{batch}-{i}": f"out {worker} {batch} {i}" for i in range(10)})
    time.sleep(0.01)
found = cache.get_many(f"w{worker}-{b}-{i}" for b in range(10) for i in range(10))
print(json.dumps({"active": cache.active, "found": len(found), "notes": cache.notes}))
"""


def test_six_processes_repair_a_corrupt_cache_once_and_lose_no_rows(tmp_path):
    (tmp_path / "translations.sqlite3").write_bytes(CORRUPT)
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), str(w), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for w in range(6)]
    time.sleep(1.0)  # let all six start and wait at the line
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    assert all(r["active"] and r["found"] == 100 for r in results), results
    notes = [n for r in results for n in r["notes"]]
    assert sum("rebuilt" in n for n in notes) == 1, notes
    with sqlite3.connect(tmp_path / "translations.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM translations").fetchone()[0] == 600


_CHECKER = r"""
import sys, time
from pathlib import Path
import mtcheck
article, cache_dir, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
while not go.exists():
    time.sleep(0.002)
print(mtcheck.check_file(article, backend="bergamot", cache_dir=cache_dir).to_json())
"""


def test_six_concurrent_checks_share_one_cache(tmp_path, monkeypatch):
    """Six real checks (bergamot) at once through one corrupt cache: each result is what the
    cache then gives back without a model, so every translation of every run was kept."""
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / "translations.sqlite3").write_bytes(CORRUPT)
    go = tmp_path / "go"
    articles = []
    for source in ARTICLES[:6]:  # the opening paragraphs of six articles: enough sentences, less time
        article = tmp_path / source.name
        article.write_text("\n".join(source.read_text(encoding="utf-8").splitlines()[:5]) + "\n",
                           encoding="utf-8")
        articles.append(article)
    procs = [subprocess.Popen([sys.executable, "-c", _CHECKER, str(a), str(cache_dir), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for a in articles]
    time.sleep(1.0)
    go.touch()
    outputs = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        outputs.append(json.loads(out))
    notes = [o["backtranslation"]["note"] for o in outputs]
    assert sum("rebuilt" in n for n in notes) == 1, notes

    def no_model(self):
        raise AssertionError("a model was loaded: a translation was lost from the cache")

    monkeypatch.setattr(BergamotEngine, "_load", no_model)
    for article, out in zip(articles, outputs):
        again = mtcheck.check_file(article, backend="bergamot", cache_dir=cache_dir).to_dict()
        assert again["sentences"] == out["sentences"]
        assert again["findings"] == out["findings"]


def test_a_repair_that_finds_the_cache_already_repaired_keeps_the_new_rows(tmp_path, monkeypatch):
    """The lost-rows race, made deterministic: this process finds the cache corrupt; before it
    gets the repair lock, another process repairs it and writes rows. Those rows must stay."""
    (tmp_path / "translations.sqlite3").write_bytes(CORRUPT)
    go = tmp_path / "go"
    go.touch()
    real_lock = cache_mod._exclusive_lock

    def other_process_first(path):
        proc = subprocess.run([sys.executable, "-c", _WRITER, str(tmp_path), "7", str(go)],
                              capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        assert any("rebuilt" in n for n in json.loads(proc.stdout)["notes"])
        return real_lock(path)

    monkeypatch.setattr(cache_mod, "_exclusive_lock", other_process_first)
    cache = TranslationCache(tmp_path)
    assert cache.active
    assert any("already replaced" in n for n in cache.notes), cache.notes
    assert len(cache.get_many(f"w7-{b}-{i}" for b in range(10) for i in range(10))) == 100

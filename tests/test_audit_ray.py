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

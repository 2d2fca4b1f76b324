"""mtcheck audit: the local pool gives the rows of a sequential run; resumption; broken articles;
table inputs; the findings table; Ctrl-C. The Ray engine is in test_audit_ray.py."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import mtcheck

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "benchmarks" / "articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
BROKEN_UTF8 = b"Headline\n\nThe minister said \xff\xfe the figures were wrong.\n"


def build_archive(root: Path, n: int) -> Path:
    """n real articles (the repository's benchmark and seed articles, cycled) in nested folders,
    plus one that is not valid UTF-8 and one that is empty."""
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        target = root / f"desk{i % 3}" / f"{i:04d}_{src.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(src.read_bytes())
    (root / "desk0" / "zz_broken.txt").write_bytes(BROKEN_UTF8)
    (root / "desk1" / "zz_empty.txt").write_text("  \n", encoding="utf-8")
    (root / "desk1" / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    return root


def rows_of(path: Path) -> dict[str, dict]:
    rows = pq.read_table(path).to_pylist() if path.suffix == ".parquet" else \
        [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    out = {}
    for r in rows:
        assert r["id"] not in out, f"duplicate row {r['id']}"
        r.pop("seconds")
        out[r["id"]] = r
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("archive"), 200)


@pytest.fixture(scope="module")
def sequential(archive, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seq") / "results.parquet"
    summary = mtcheck.audit([archive], out, jobs=1)
    assert summary.checked == 202 and summary.skipped == 0
    return out


def test_pool_gives_the_rows_of_a_sequential_run(archive, sequential, tmp_path):
    out = tmp_path / "pool.parquet"
    summary = mtcheck.audit([archive], out, jobs=2, chunksize=4)
    assert summary.checked == 202
    seq, pool = rows_of(sequential), rows_of(out)
    assert pool == seq
    assert len(pool) == 202                       # notes.csv is no article
    assert {r["gate"] for r in pool.values()} == {"pass", "fail", None}
    assert summary.failed == sum(r["gate"] == "fail" for r in pool.values()) > 0


def test_rows_follow_the_report_contract(archive, sequential):
    rows = rows_of(sequential)
    for path in sorted(archive.rglob("*.txt"))[:12]:
        row = rows[str(path)]
        if row["error"]:
            continue
        report = mtcheck.check_file(path).to_dict()
        assert json.loads(row["findings"]) == report["findings"]
        assert row["gate"] == report["summary"]["gate"]
        assert (row["errors"], row["warnings"], row["info"]) == \
            (report["summary"]["error"], report["summary"]["warning"], report["summary"]["info"])
        per_rule = {k: v for k, v in row.items() if k.startswith("rule_") and v}
        expected: dict[str, int] = {}
        for f in report["findings"]:
            key = "rule_" + f["rule"].replace("-", "_")
            expected[key] = expected.get(key, 0) + 1
        assert per_rule == expected
        assert row["mtcheck_version"] == mtcheck.__version__


def test_a_broken_article_is_a_row_with_its_error(archive, sequential):
    rows = rows_of(sequential)
    broken = rows[str(archive / "desk0" / "zz_broken.txt")]
    assert "not valid UTF-8" in broken["error"] and "\n" not in broken["error"]
    assert broken["gate"] is None and broken["errors"] is None and broken["findings"] is None
    empty = rows[str(archive / "desk1" / "zz_empty.txt")]
    assert "empty" in empty["error"]
    assert sum(1 for r in rows.values() if r["error"]) == 2


def test_resume_checks_only_what_is_missing(archive, tmp_path):
    part = tmp_path / "part"
    build_archive(part, 30)
    out = tmp_path / "results.parquet"
    first = mtcheck.audit([part / "desk0"], out, jobs=2)
    before = pq.read_table(out).to_pylist()
    second = mtcheck.audit([part], out, jobs=2)
    assert second.skipped == first.checked == len(before)
    after = pq.read_table(out).to_pylist()
    assert len(after) == first.checked + second.checked == 32
    # the rows of the first run are kept as they were, timing included: they were not re-checked
    assert after[:len(before)] == before
    third = mtcheck.audit([part], out, jobs=2)
    assert third.checked == 0 and third.skipped == 32
    assert not (tmp_path / "results.parquet.partial").exists()


def test_jsonl_output_resumes_after_a_torn_line(tmp_path):
    part = build_archive(tmp_path / "part", 10)
    out = tmp_path / "results.jsonl"
    mtcheck.audit([part], out, jobs=1)
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:5]) + lines[5][:40])     # killed while writing line 6
    summary = mtcheck.audit([part], out, jobs=1)
    assert summary.skipped == 5 and summary.checked == 7
    assert len(rows_of(out)) == 12


def test_table_inputs_with_their_own_column_names(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in SOURCES[:4]]
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"guid": f"wire-{i}", "body": t}) for i, t in enumerate(texts)]
    lines += ['{"guid": "wire-x"', json.dumps({"guid": "wire-y"}), json.dumps({"body": texts[0]})]
    feed.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    table = tmp_path / "archive.parquet"
    pq.write_table(pa.table({"guid": [101, 102], "body": [texts[1], None]}), table)
    out = tmp_path / "results.parquet"
    mtcheck.audit([feed, table], out, jobs=2, id_column="guid", text_column="body")
    rows = rows_of(out)
    assert len(rows) == 9
    for i, text in enumerate(texts):
        assert json.loads(rows[f"wire-{i}"]["findings"]) == mtcheck.check(text).to_dict()["findings"]
        assert rows[f"wire-{i}"]["path"] == str(feed)
    assert rows["101"]["findings"] == rows["wire-1"]["findings"] and rows["101"]["path"] == str(table)
    assert rows["102"]["error"] == "no 'body' value"
    assert rows["wire-y"]["error"] == "no 'body' value"
    bad = [r for r in rows.values() if r["id"].startswith(f"{feed}:sha1-")]
    assert sorted(r["error"].split(" (")[0] for r in bad) == ["no 'guid' value", "not valid JSON"]


def test_findings_table_has_one_row_per_finding(archive, tmp_path):
    out, findings = tmp_path / "results.parquet", tmp_path / "findings.parquet"
    mtcheck.audit([archive / "desk2"], out, findings=findings, jobs=2)
    rows = rows_of(out)
    flat = pq.read_table(findings).to_pylist()
    assert len(flat) == sum(r["errors"] + r["warnings"] + r["info"] for r in rows.values()) > 0
    for f in flat[:50]:
        text = Path(f["path"]).read_text(encoding="utf-8")
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["severity"] in ("error", "warning", "info") and f["id"] in rows
        assert isinstance(json.loads(f["related"]), list)


def test_ctrl_c_leaves_a_valid_output_that_resumes(tmp_path):
    # enough articles that the run is still going when the interrupt lands, on a loaded machine too
    part = build_archive(tmp_path / "big", 360)
    out = tmp_path / "results.jsonl"            # JSONL shows its rows as they come
    cmd = [sys.executable, "-m", "mtcheck", "audit", str(part), "-o", str(out), "-j", "2"]
    # (a shell that starts a job in the background, as a CI runner may, ignores SIGINT for it, and an
    # ignored signal is inherited: give the audit Ctrl-C's default, as a terminal does)
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and \
            (not out.exists() or out.read_bytes().count(b"\n") < 8):
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)                 # what Ctrl-C in a terminal does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "resume" in err
    done = len(rows_of(out))
    assert 8 <= done < 362
    summary = mtcheck.audit([part], out, jobs=2)
    assert summary.skipped == done and done + summary.checked == 362
    assert len(rows_of(out)) == 362


def test_interrupted_parquet_output_keeps_the_rows_done(tmp_path, monkeypatch):
    from mtcheck.auditing import runner

    part = build_archive(tmp_path / "part", 40)
    out = tmp_path / "results.parquet"
    mtcheck.audit([part / "desk1"], out, jobs=1)
    before = len(pq.read_table(out))
    count, calls = runner._count, []

    def interrupt_on_third_chunk(summary, rows):
        calls.append(len(rows))
        if len(calls) == 3:
            raise KeyboardInterrupt
        count(summary, rows)

    monkeypatch.setattr(runner, "_count", interrupt_on_third_chunk)
    with pytest.raises(KeyboardInterrupt):
        mtcheck.audit([part], out, jobs=2, chunksize=4)
    assert len(pq.read_table(out)) == before + sum(calls)   # the third chunk was written before Ctrl-C
    monkeypatch.setattr(runner, "_count", count)
    summary = mtcheck.audit([part], out, jobs=2)
    assert summary.skipped == before + sum(calls) and len(rows_of(out)) == 42


def test_usage_errors_are_one_line_and_status_2(archive, tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "mtcheck", "audit", *args], capture_output=True, text=True)

    cases = [([str(tmp_path / "missing"), "-o", str(tmp_path / "r.parquet")], "no such file"),
             ([str(archive), "-o", str(tmp_path / "r.csv")], ".parquet or .jsonl"),
             ([str(archive), "-o", str(tmp_path / "r.parquet"), "--select", "no-such-rule"], "no-such-rule"),
             ([str(archive), "-o", str(tmp_path / "r.parquet"), "--jobs", "0"], "--jobs")]
    for args, words in cases:
        res = run(*args)
        assert res.returncode == 2 and words in res.stderr and len(res.stderr.strip().splitlines()) == 1, res
    table = tmp_path / "t.parquet"
    pq.write_table(pa.table({"id": [1], "body": ["x"]}), table)
    res = run(str(table), "-o", str(tmp_path / "r.parquet"))
    assert res.returncode == 2 and "'text'" in res.stderr and "--text-column" in res.stderr
    res = run(str(table), "-o", str(tmp_path / "r.parquet"), "--text-column", "id")
    assert res.returncode == 2 and "holds int64, not text" in res.stderr


def test_import_mtcheck_stays_free_of_pyarrow_and_ray():
    code = ("import sys, mtcheck; assert callable(mtcheck.audit); "
            "print(sorted(m for m in ('pyarrow', 'ray', 'mtcheck.auditing.sink') if m in sys.modules))")
    res = subprocess.run([sys.executable, "-c", "import sys, mtcheck; "
                          "print(sorted(m for m in ('pyarrow', 'ray') if m in sys.modules))"],
                         capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "ray" not in res.stdout and "pyarrow" not in res.stdout


def test_ray_engine_without_ray_says_how_to_install_it(archive, tmp_path):
    code = ("import sys; sys.modules['ray'] = None\n"
            "from mtcheck.cli import main\n"
            f"sys.exit(main(['audit', {str(archive)!r}, '-o', {str(tmp_path / 'r.parquet')!r}, '--engine', 'ray']))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 2
    assert res.stderr.strip() == 'mtcheck: error: the ray engine needs Ray: pip install "mtcheck[ray]"'

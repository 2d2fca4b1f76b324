"""A long article's checks on two processes (mtcheck/parallel.py) give the sequential report,
byte for byte, and every way the second process can fail falls back to the sequential run."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import mtcheck
from mtcheck import parallel
from mtcheck.checks import all_checks

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def text() -> str:
    """Every sixth development article, as one: people, numbers, dates, findings of every kind."""
    return "\n".join(a.read_text(encoding="utf-8").strip() for a in ARTICLES[::6]) + "\n"


@pytest.fixture(scope="module")
def sequential_json(text) -> str:
    mp = pytest.MonkeyPatch()
    mp.setenv("MTCHECK_PARALLEL", "0")
    try:
        return mtcheck.check(text, backend="none").to_json()
    finally:
        mp.undo()


def _forked_json(text: str, monkeypatch) -> tuple[str, int]:
    """The report with the two-process run forced (any length, any load), and how many forks it made."""
    monkeypatch.setenv("MTCHECK_PARALLEL_MIN_CHARS", "0")
    monkeypatch.setenv("MTCHECK_PARALLEL", "always")
    before = parallel.forked_runs
    out = mtcheck.check(text, backend="none").to_json()
    return out, parallel.forked_runs - before


pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here: always sequential")


def test_two_processes_give_the_sequential_report(text, sequential_json, monkeypatch):
    out, forks = _forked_json(text, monkeypatch)
    assert forks == 1
    assert out == sequential_json
    rules = {f.rule for f in mtcheck.check(text, backend="none").findings}
    assert len(rules) >= 6 and rules & {"name-variant", "rank-change", "place-variant"}


def test_short_article_and_switch_off_stay_in_one_process(text, sequential_json, monkeypatch):
    before = parallel.forked_runs
    mtcheck.check(ARTICLES[0].read_text(encoding="utf-8"), backend="none")  # under MIN_CHARS
    monkeypatch.setenv("MTCHECK_PARALLEL", "0")
    monkeypatch.setenv("MTCHECK_PARALLEL_MIN_CHARS", "0")
    assert mtcheck.check(text, backend="none").to_json() == sequential_json
    assert parallel.forked_runs == before


def test_a_child_that_dies_costs_time_not_findings(text, sequential_json, monkeypatch):
    monkeypatch.setattr(parallel, "_child", lambda *args: os._exit(3))
    out, forks = _forked_json(text, monkeypatch)
    assert forks == 1 and out == sequential_json


def test_a_child_that_takes_every_task_and_dies(text, sequential_json, monkeypatch):
    """The child empties the queue, then dies before sending: the parent runs every check."""
    def greedy_child(ctx, checks, tasks, queue, result):
        while os.read(queue, 1):
            pass
        os._exit(1)
    monkeypatch.setattr(parallel, "_child", greedy_child)
    out, forks = _forked_json(text, monkeypatch)
    assert forks == 1 and out == sequential_json


def test_a_failing_check_raises_as_in_the_sequential_run(text, monkeypatch):
    rank = next(c for c in all_checks() if c.rule == "rank-change")

    def broken(self, ctx):
        raise ValueError("broken check")
    monkeypatch.setattr(rank, "run", broken)
    monkeypatch.setenv("MTCHECK_PARALLEL_MIN_CHARS", "0")
    monkeypatch.setenv("MTCHECK_PARALLEL", "always")
    with pytest.raises(ValueError, match="broken check"):
        mtcheck.check(text, backend="none")


def test_tasks_keep_shared_analyses_together_and_cover_every_check():
    checks = all_checks()
    tasks = parallel._tasks(checks)
    flat = [i for task in tasks for i in task]
    assert sorted(flat) == list(range(len(checks)))
    people_task = next(t for t in tasks if any(checks[i].rule == "name-variant" for i in t))
    assert {checks[i].rule for i in people_task} >= {"name-variant", "rank-change", "place-variant"}


def test_children_reaped_elsewhere_still_give_the_report(text, sequential_json, monkeypatch):
    """With SIGCHLD ignored the child is reaped by the system and waitpid fails: the whole
    message it sent is still read."""
    import signal

    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        out, forks = _forked_json(text, monkeypatch)
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert forks == 1 and out == sequential_json


def test_busy_cores_stay_in_one_process_unless_forced(text, sequential_json, monkeypatch):
    monkeypatch.setenv("MTCHECK_PARALLEL_MIN_CHARS", "0")
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    before = parallel.forked_runs
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (6.5, 7.0, 5.0))  # 2 cores, well taken
    assert mtcheck.check(text, backend="none").to_json() == sequential_json
    assert parallel.forked_runs == before
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.2, 1.0, 0.8))  # a core to spare
    assert mtcheck.check(text, backend="none").to_json() == sequential_json
    assert parallel.forked_runs == before + 1
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (6.5, 7.0, 5.0))
    monkeypatch.setenv("MTCHECK_PARALLEL", "always")
    assert mtcheck.check(text, backend="none").to_json() == sequential_json
    assert parallel.forked_runs == before + 2

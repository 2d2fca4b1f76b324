"""Running the checks of one long article on two cores.

Once an article is segmented, its checks are independent: each reads the shared ``Document``
and its cached analyses. For a long article (``MIN_CHARS`` and more) the process forks once;
parent and child then take *tasks* from one queue until it is empty. A task is a set of checks
that read the same costly analyses (the people checks all read ``doc.people``), so no analysis
is computed in both processes. The child sends its findings back pickled; the parent puts
every check's findings in the order of the sequential run, so the report is byte-identical.

The queue is a pipe holding one byte per task: a read of one byte from a pipe is atomic, so
two processes share it without a lock, and the end of the pipe is the end of the work.

Sequential instead (same findings, same order): a short article; ``MTCHECK_PARALLEL=0``; no
``os.fork`` (Windows), macOS, or a single usable core; cores already busy (a one-minute load
average of 1.5 per core and more; ``MTCHECK_PARALLEL=always`` forks anyway); a process with
other threads running (a fork copies only the calling thread, and a lock another thread held
would never be released in the child). When the child fails (killed, out of memory, a check
raising), the parent runs what the child did not deliver; a check that raises then raises
here as it would have.
"""
from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from .analysis import Document
from .report import Finding

MIN_CHARS = 200_000  # below: a fork and pickling cost more than they save (~3 s of checks)
BUSY_LOAD = 1.5  # one-minute load average per usable core from which the cores count as taken

# Checks that read the same costly analysis run as one task, in one process. A check not
# named here is a task of its own. People: doc.people (places exclude the people's names);
# organisations: doc.orgs and doc.acronyms; numbers: doc.quantities and doc.rare_names.
_TASKS = (
    ("number-mismatch",),
    ("name-variant", "rank-change", "house-style", "place-variant"),
    ("org-variant",),
    ("date-mismatch",),
    ("untranslated",),
    ("mistranslation",),
    ("repeated-text",),
    ("doubled-word",),
)  # longest first, so that the queue ends with small tasks and both processes end together (CPU
# seconds of each on a 10 MB realistic article, each task in a fresh Document, one process, 28 Nov
# 2026: 31.0, 26.0, 13.2, ~12, 9.5, 7.8, 4.6, 1.7; taken in this order by whichever process is
# free, the two end ~1 s apart; in the order of 27 Nov, date-mismatch, grown since, came last and
# the two ended ~6 s apart)

# How many articles were checked in two processes (the tests read it: a fallback to the
# sequential run gives the same findings, so only this tells the two apart).
forked_runs = 0


def run_checks(ctx: Document, checks: Sequence[type], allow: bool = True) -> list[Finding]:
    """The findings of ``checks`` on ``ctx``, in check order, on two cores when worth it."""
    with _collector_paused(len(ctx.text) >= _min_chars()):
        if not (allow and _worth_forking(ctx)):
            return _run_sequential(ctx, checks)
        tasks = _tasks(checks)
        if len(tasks) < 2:
            return _run_sequential(ctx, checks)
        return _run_forked(ctx, checks, tasks)


@contextmanager
def _collector_paused(long_article: bool) -> Iterator[None]:
    """No cyclic garbage collection while a long article is checked. Its analyses allocate
    millions of short-lived objects (regex matches, tuples), and each collection of the older
    generations walks every object the analyses keep: 5-8% of the time on a 2 MB article. The
    checks leave little cyclic garbage (~35,000 objects on 2 MB), collected as usual afterwards.
    Reference counting still frees everything else at once, so memory stays as it was."""
    if not long_article or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _run_sequential(ctx: Document, checks: Iterable[type]) -> list[Finding]:
    findings: list[Finding] = []
    for cls in checks:
        findings.extend(cls().run(ctx))
    return findings


def _worth_forking(ctx: Document) -> bool:
    env = os.environ.get("MTCHECK_PARALLEL", "1").strip().lower()
    if env in ("0", "no", "off", "false") or not hasattr(os, "fork") or sys.platform == "darwin":
        return False  # macOS: system libraries are not safe to use in a forked child
    threading = sys.modules.get("threading")  # not imported: no other thread was started by it
    if len(ctx.text) < _min_chars() or (threading is not None and threading.active_count() > 1):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores >= 2 and (env == "always" or not _busy(cores))


def _min_chars() -> int:
    """How long an article must be to count as long (MTCHECK_PARALLEL_MIN_CHARS: the tests' lever)."""
    try:
        return int(os.environ.get("MTCHECK_PARALLEL_MIN_CHARS", MIN_CHARS))
    except ValueError:
        return MIN_CHARS


def _busy(cores: int) -> bool:
    """Are the cores already taken by other work? Two processes only help when a second core is
    free: on this project's shared 2-core machine a 4 MB article took 62-78 s in one process and
    73-89 s in two with the load average at 6-8, but 14.5 s against 19.8 s at load 1.5."""
    try:
        return os.getloadavg()[0] >= BUSY_LOAD * cores
    except (AttributeError, OSError):
        return False


def _tasks(checks: Sequence[type]) -> list[list[int]]:
    """Indices into ``checks``, grouped into tasks, the costly tasks first."""
    position = {cls.rule: i for i, cls in enumerate(checks)}
    tasks, grouped = [], set()
    for rules in _TASKS:
        task = [position[r] for r in rules if r in position]
        if task:
            tasks.append(task)
            grouped.update(task)
    tasks.extend([i] for i in range(len(checks)) if i not in grouped)
    return tasks


def _run_forked(ctx: Document, checks: Sequence[type], tasks: list[list[int]]) -> list[Finding]:
    global forked_runs
    import pickle  # noqa: F401 - imported before the fork: the child starts no import
    queue_r, queue_w = os.pipe()
    os.write(queue_w, bytes(range(len(tasks))))  # < 256 tasks: far under a pipe's buffer
    os.close(queue_w)
    result_r, result_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(queue_r), os.close(result_r), os.close(result_w)
        return _run_sequential(ctx, checks)
    if pid == 0:  # the child: never returns
        os.close(result_r)
        _child(ctx, checks, tasks, queue_r, result_w)
    os.close(result_w)
    forked_runs += 1
    done: dict[int, list[Finding]] = {}
    try:
        _work(ctx, checks, tasks, queue_r, done)
        done.update(_child_results(pid, result_r))
    except BaseException:
        _stop(pid)
        raise
    finally:
        os.close(queue_r)
        os.close(result_r)
    findings: list[Finding] = []
    for i, cls in enumerate(checks):  # what the child did not deliver runs here, in order
        findings.extend(done[i] if i in done else cls().run(ctx))
    return findings


def _work(ctx: Document, checks: Sequence[type], tasks: list[list[int]], queue: int,
          done: dict[int, list[Finding]]) -> None:
    """Take tasks from the queue until it is empty; each check's findings go to ``done``."""
    while True:
        taken = os.read(queue, 1)
        if not taken:
            return
        for i in tasks[taken[0]]:
            done[i] = list(checks[i]().run(ctx))


def _child(ctx: Document, checks: Sequence[type], tasks: list[list[int]], queue: int,
           result: int) -> None:
    """Work, send what was done, and leave without running the parent's exit handlers."""
    import pickle

    status = 1
    try:
        done: dict[int, list[Finding]] = {}
        try:
            _work(ctx, checks, tasks, queue, done)
        except BaseException:  # noqa: BLE001, S110 - the parent reruns what is missing and raises there
            pass
        with os.fdopen(result, "wb") as out:
            pickle.dump(done, out, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    finally:
        os._exit(status)


def _child_results(pid: int, result: int) -> dict[int, list[Finding]]:
    """The child's findings by check index; nothing when it did not finish cleanly."""
    import pickle

    chunks = []
    while chunk := os.read(result, 1 << 20):
        chunks.append(chunk)
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # children reaped elsewhere (SIGCHLD ignored): the message tells
        status = 0
    if status != 0 or not chunks:
        return {}
    try:  # the child writes its message only once its work is over: a whole one is all of it
        done = pickle.loads(b"".join(chunks))
    except Exception:  # noqa: BLE001 - a truncated message: the parent reruns those checks
        return {}
    return done if isinstance(done, dict) else {}


def _stop(pid: int) -> None:
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass

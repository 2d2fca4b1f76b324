"""``audit()``: check a whole archive into one results table, locally or on Ray."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import MtcheckError
from .inputs import Columns, count_articles, iter_articles, same_path, validate
from .sink import Output, done_ids, output_format

ENGINES = ("local", "ray")


@dataclass
class AuditSummary:
    output: str
    checked: int = 0          # rows written by this run
    skipped: int = 0          # ids already in the output (resumed)
    errors: int = 0           # rows whose article could not be checked
    failed: int = 0           # rows whose gate fails
    seconds: float = 0.0
    interrupted: bool = False

    def line(self) -> str:
        state = "interrupted" if self.interrupted else "done"
        return (f"audit {state}: {self.checked} articles checked ({self.failed} fail the gate, {self.errors} "
                f"could not be checked), {self.skipped} already in {self.output}; {self.seconds:.1f} s")


def audit(inputs: str | os.PathLike | Iterable[str | os.PathLike], output: str | os.PathLike,
          engine: str = "local", *, findings: str | os.PathLike | None = None, jobs: int | None = None,
          text_column: str = "text", id_column: str = "id", address: str | None = None,
          num_gpus_per_worker: float = 0.0, batch_size: int = 32, chunksize: int = 8,
          progress: bool = False, **check_options: Any) -> AuditSummary:
    """Check every article of ``inputs`` and write one row per article to ``output``.

    ``inputs``: directories of articles (.txt .md .markdown .html .htm, recursive), single
    article files, JSONL or Parquet files with ``id_column`` and ``text_column``. ``output``:
    a ``.parquet`` or ``.jsonl`` file; ids already in it are skipped (resumption) and the new
    rows appended. ``findings``: also write one row per finding there. ``engine``: "local"
    (``jobs`` processes; ``jobs=1`` checks in this process) or "ray" (Ray Data; ``address``
    joins a cluster, else a local Ray starts). ``check_options`` go to :func:`mtcheck.check`
    (``backend``, ``fail_on``, ``machine_translated``, ``select``, ``ignore``, ``format``,
    ``pivot``, ``models``, ``no_cache`` ...). Ctrl-C keeps the rows done so far and re-raises.
    """
    inputs = [os.fspath(p) for p in ([inputs] if isinstance(inputs, (str, os.PathLike)) else inputs)]
    output = os.fspath(output)
    findings = os.fspath(findings) if findings is not None else None
    columns = Columns(id=id_column, text=text_column)
    _validate(inputs, output, findings, engine, columns, jobs, check_options)

    done = done_ids(output)
    if findings and not done and os.path.exists(findings):
        os.remove(findings)   # findings of a results file that is gone: start both afresh
    summary = AuditSummary(output=output, skipped=0)
    started = time.perf_counter()
    total = count_articles(inputs) if progress else None
    out = Output(output, findings)
    try:
        with _progress(total, len(done), progress) as bar:
            for rows in _rows(engine, inputs, columns, check_options, done=done, jobs=jobs, address=address,
                              num_gpus=num_gpus_per_worker, batch_size=batch_size, chunksize=chunksize):
                out.write(rows)
                _count(summary, rows)
                bar.advance(len(rows))
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    finally:
        out.close()
        summary.seconds = time.perf_counter() - started
        summary.skipped = len(done)
    return summary


def _rows(engine: str, inputs: list[str], columns: Columns, options: dict[str, Any], *, done: set[str],
          jobs: int | None, address: str | None, num_gpus: float, batch_size: int,
          chunksize: int) -> Iterator[list[dict[str, Any]]]:
    if engine == "ray":
        from .ray_engine import run_ray

        return run_ray(inputs, columns, options, done=done, address=address, workers=jobs,
                       num_gpus=num_gpus, batch_size=batch_size)
    from .local import default_jobs, run_pool, run_sequential

    articles = (a for a in iter_articles(inputs, columns) if a.id not in done)
    jobs = jobs or default_jobs()
    if jobs == 1:
        return run_sequential(articles, options, chunksize)
    return run_pool(articles, options, jobs, chunksize)


def _validate(inputs: list[str], output: str, findings: str | None, engine: str, columns: Columns,
              jobs: int | None, options: dict[str, Any]) -> None:
    if engine not in ENGINES:
        raise MtcheckError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if engine == "ray":
        from .ray_engine import import_ray

        import_ray()
    if jobs is not None and jobs < 1:
        raise MtcheckError("--jobs must be at least 1")
    output_format(output)
    if findings is not None:
        output_format(findings)
        if same_path(findings, output):
            raise MtcheckError(f"{findings}: the findings file must differ from the output")
    for path in inputs:
        if "://" not in path and (same_path(path, output) or (findings and same_path(path, findings))):
            raise MtcheckError(f"{path}: refusing to write the audit over an input")
    for target in filter(None, (output, findings)):
        parent = Path(target).parent
        if not parent.is_dir():
            raise MtcheckError(f"{target}: no such directory {str(parent)!r}")
    validate(inputs, columns, remote_ok=engine == "ray")
    _preflight(options, local=engine == "local")


def _preflight(options: dict[str, Any], local: bool) -> None:
    """Surface a bad option (rule, backend, a model that cannot be had) once, not once per article.

    The models are loaded here only for the local engine: a Ray driver need not have them.
    """
    from ..api import check

    probe = "Preflight\n\nThe minister said on Monday that 12 people had been hurt.\n"
    if options.get("format") not in (None, "text", "markdown", "html"):
        raise MtcheckError(f"unknown input format {options['format']!r} (choose from text, markdown, html)")
    check(probe, **{k: v for k, v in options.items() if k in ("fail_on", "select", "ignore")})
    if local and options.get("backend", "none") != "none":
        check(probe, **options)
    elif options.get("backend", "none") not in ("auto", "hf", "ct2", "bergamot", "none"):
        check(probe, **options)


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def advance(self, n: int) -> None:
        pass


def _progress(total: int | None, done: int, enabled: bool):
    if not enabled:
        return _NoProgress()
    from .progress import AuditProgress

    return AuditProgress(total, done, enabled)


def _count(summary: AuditSummary, rows: list[dict[str, Any]]) -> None:
    summary.checked += len(rows)
    summary.errors += sum(1 for r in rows if r.get("error"))
    summary.failed += sum(1 for r in rows if r.get("gate") == "fail")

"""Audit an archive: every article of directories, JSONL or Parquet files into one table.

    >>> import mtcheck
    >>> mtcheck.audit(["archive/"], "results.parquet", jobs=4)          # a process pool
    >>> mtcheck.audit(["feed.parquet"], "results.parquet", engine="ray")  # Ray Data

Engines: ``local`` (a process pool, :mod:`.local`) and ``ray`` (Ray Data with an actor pool,
:mod:`.ray_engine`, the optional ``mtcheck[ray]`` extra). Both check each article with the
public API (:func:`mtcheck.check` / :func:`mtcheck.check_file`) in :mod:`.rows` and write
through :mod:`.sink`, so their rows are the same. pyarrow and Ray load only when used.
"""
from __future__ import annotations

from .runner import ENGINES, AuditSummary, audit

__all__ = ["audit", "AuditSummary", "ENGINES"]

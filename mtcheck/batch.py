"""Checking many articles in one run: what ``mtcheck check`` does between its options and
the renderer, without any command-line parsing.

Each article gets the configuration found above it. An article that cannot be read
(:class:`InputError`) costs its own one-line error and the run goes on; a usage or
configuration error stops the run, since it would be the same for every article.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import config as config_mod
from .errors import InputError
from .inputs import Item, expand
from .report import SEVERITIES


@dataclass
class BatchOptions:
    input_format: str | None = None
    max_bytes: int | None = None
    machine_translated: bool | None = None
    backend: str | None = None          # None: the configuration's, else "auto"
    fail_on: str | None = None          # None: the configuration's, else "error"
    select: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    config_file: str | None = None
    isolated: bool = False
    exclude: list[str] = field(default_factory=list)
    stdin_filename: str | None = None
    backend_options: dict[str, Any] = field(default_factory=dict)
    baseline: Any = None                # a mtcheck.baseline.Baseline, or None


@dataclass
class BatchResult:
    reports: list = field(default_factory=list)
    errors: list[str] = field(default_factory=list)   # one line per article that could not be read

    @property
    def exit_code(self) -> int:
        worst = max((r.exit_code for r in self.reports), default=0)
        return 2 if self.errors else worst

    def summary(self) -> str:
        """One line across articles: how many, what was found, how many failed the gate."""
        counts: Counter = Counter()
        for r in self.reports:
            counts.update(r.counts())
        failed = sum(1 for r in self.reports if r.gate == "fail")
        found = ", ".join(f"{counts[s]} {s}{'' if counts[s] == 1 else 's'}" for s in SEVERITIES)
        n = len(self.reports)
        line = f"Checked {n} article{'' if n == 1 else 's'}: {found}; {failed} failed the gate"
        if self.errors:
            line += f"; {len(self.errors)} could not be read"
        return line + "."


def items_for(paths: list[str], opts: BatchOptions) -> list[Item]:
    exclude = list(opts.exclude)
    if not opts.isolated:
        for p in paths:
            if p != "-" and Path(p).is_dir():
                exclude.extend(config_mod.config_for(p, opts.config_file).exclude)
    return expand(paths, tuple(exclude), opts.stdin_filename)


def run(items: list[Item], opts: BatchOptions, on_done: Callable[[Item], None] | None = None) -> BatchResult:
    result = BatchResult()
    for item in items:
        try:
            report = check_item(item, opts)
        except InputError as exc:
            result.errors.append(str(exc))
        else:
            result.reports.append(opts.baseline.hide(report) if opts.baseline else report)
        if on_done:
            on_done(item)
    return result


def check_item(item: Item, opts: BatchOptions):
    from .api import check_source
    from .reader import DEFAULT_MAX_BYTES, decode, from_text, read_limited, read_path

    max_bytes = opts.max_bytes or DEFAULT_MAX_BYTES
    if item.is_stdin:
        import sys

        data = read_limited(sys.stdin.buffer, item.label, max_bytes)
        src = from_text(decode(data, item.label), path=item.name, fmt=opts.input_format)
    else:
        src = read_path(item.path, fmt=opts.input_format, max_bytes=max_bytes)
    cfg = config_mod.config_for(item.name if item.is_stdin else item.path, opts.config_file, opts.isolated)
    return check_source(src, machine_translated=opts.machine_translated,
                        backend=opts.backend or cfg.backend or "auto", fail_on=opts.fail_on,
                        select=opts.select, extend_select=opts.extend_select, ignore=opts.ignore,
                        config=cfg, **opts.backend_options)

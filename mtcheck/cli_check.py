"""``mtcheck check`` after its options are parsed: run the batch, show progress, print the
report, the errors and the summary. Kept out of cli.py so that ``mtcheck --help`` and shell
completion stay cheap to import.
"""
from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from .batch import BatchOptions, BatchResult, items_for, run
from .errors import MtcheckError

_RANK = {"info": 0, "warning": 1, "error": 2}
PROGRESS_FROM = 4  # articles: fewer finish before a bar is worth drawing


def run_check(articles: list[str], opts: BatchOptions, *, format: str, output: Path | None, verbose: bool,
              quiet: bool, min_severity: str, color: str, baseline: Path | None,
              write_baseline: Path | None) -> int:
    """Check the articles; returns the exit status (0 pass, 1 gate fails, 2 an article unreadable)."""
    items = items_for(articles, opts)
    if not items:
        raise MtcheckError(f"no articles found in {', '.join(articles)} (looked for .txt .md .markdown .html .htm)")
    if output is not None and any(not i.is_stdin and _same_file(output, Path(i.path)) for i in items):
        raise MtcheckError(f"{output}: refusing to write the report over an input article")
    if opts.backend_options.get("source") is not None and max(len(articles), len(items)) > 1:
        raise MtcheckError("--source is the original of one article; give one article with it")
    if baseline is not None and write_baseline is None:
        from . import baseline as baseline_mod

        opts.baseline = baseline_mod.load(baseline)

    result = _run_with_progress(items, opts, show=not quiet and len(items) >= PROGRESS_FROM and sys.stderr.isatty())
    for line in result.errors:
        print(f"mtcheck: error: {line}", file=sys.stderr)
    if write_baseline is not None:
        return _write_baseline(write_baseline, result)

    shown = [_at_least(r, min_severity) for r in result.reports]
    if quiet and format == "text":
        shown = [r for r in shown if r.findings]
    text = _render(shown, format, verbose=verbose, color=_color(color, output))
    if format == "text" and not quiet and (len(result.reports) + len(result.errors) > 1):
        text += ("\n" if text and not text.endswith("\n\n") else "") + result.summary() + "\n"
    _emit(text, output)
    return result.exit_code


def _run_with_progress(items, opts: BatchOptions, show: bool) -> BatchResult:
    if not show:
        return run(items, opts)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("check", total=len(items))
        return run(items, opts, on_done=lambda _item: progress.advance(task))


def _write_baseline(path: Path, result: BatchResult) -> int:
    from . import baseline as baseline_mod

    recorded = baseline_mod.write(path, result.reports)
    print(f"mtcheck: recorded {recorded} finding{'' if recorded == 1 else 's'} of "
          f"{len(result.reports)} article{'' if len(result.reports) == 1 else 's'} in {path}", file=sys.stderr)
    return 2 if result.errors else 0


def _at_least(report, min_severity: str):
    floor = _RANK[min_severity]
    if floor == 0:
        return report
    return replace(report, findings=[f for f in report.findings if _RANK[f.severity] >= floor])


def _color(choice: str, output: Path | None) -> bool:
    if choice == "always":
        return True
    if choice == "never" or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _render(reports, format: str, *, verbose: bool, color: bool) -> str:
    from .render import render

    if not reports and format == "text":
        return ""
    return render(reports, format, color=color and format == "text", verbose=verbose)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise MtcheckError(f"{output}: cannot write report ({exc.strerror or exc})") from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False

"""A progress bar with rate and ETA on a terminal; silence everywhere else."""
from __future__ import annotations

import sys
from typing import Any

from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, Task,
                           TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} articles/s" if speed else "- articles/s", style="progress.data.speed")


class AuditProgress:
    def __init__(self, total: int | None, already_done: int, enabled: bool):
        self.progress: Progress | None = None
        if enabled and sys.stderr.isatty():
            from rich.console import Console

            self.progress = Progress(SpinnerColumn(), TextColumn("auditing"), BarColumn(), MofNCompleteColumn(),
                                     RateColumn(), TimeRemainingColumn(), TimeElapsedColumn(),
                                     console=Console(stderr=True), transient=False)
            completed = min(already_done, total) if total is not None else already_done
            self.task = self.progress.add_task("audit", total=total, completed=completed)

    def __enter__(self) -> "AuditProgress":
        if self.progress is not None:
            self.progress.start()
        return self

    def advance(self, n: int) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, n)

    def __exit__(self, *exc: Any) -> None:
        if self.progress is not None:
            self.progress.stop()

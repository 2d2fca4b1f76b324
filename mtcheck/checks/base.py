"""The small abstract base every check derives from, and the context checks read.

A check is one module with one class: a stable kebab-case ``rule`` id, a ``code``
(MT###), a one-line ``doc`` and ``run(ctx)`` yielding findings. Checks see the
analysis text (``ctx.text``); the pipeline maps their offsets back to the input.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar, Iterable

from ..report import Finding, Severity, Span
from ..segment import Segment


@dataclass
class Context:
    """Everything a check may read. Expensive analyses are computed once, on first use."""

    text: str
    sentences: list[Segment]
    machine_translated: bool
    marker_span: tuple[int, int] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    # Set by the back-translation stage when a backend ran (issue 4).
    backtranslation: Any = None

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        self._cache: dict[str, Any] = {}

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing offset (the nearest before it otherwise)."""
        i = bisect_right(self._starts, offset) - 1
        return max(i, 0)

    def memo(self, key: str, make):
        """Share one computed analysis (mentions, quantities...) between checks."""
        if key not in self._cache:
            self._cache[key] = make(self)
        return self._cache[key]

    @cached_property
    def body_sentences(self) -> list[Segment]:
        return [s for s in self.sentences if s.part != "marker"]


class Check(ABC):
    rule: ClassVar[str]
    code: ClassVar[str]
    doc: ClassVar[str]
    # Checks that read back-translations run only when a backend ran.
    needs_backtranslation: ClassVar[bool] = False

    @abstractmethod
    def run(self, ctx: Context) -> Iterable[Finding]:
        ...

    def finding(self, ctx: Context, severity: Severity, start: int, end: int, message: str,
                related: Iterable[tuple[int, int]] = (), suggestion: str | None = None) -> Finding:
        """A finding in analysis-text offsets; the pipeline maps it to the input text."""
        return Finding(rule=self.rule, code=self.code, severity=severity, message=message,
                       start=start, end=end, text=ctx.text[start:end],
                       sentence=ctx.sentence_at(start),
                       related=tuple(Span(s, e, ctx.text[s:e]) for s, e in related),
                       suggestion=suggestion)

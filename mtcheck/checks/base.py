"""The small abstract base every check derives from.

A check is one module with one class: a stable kebab-case ``rule`` id, a ``code``
(MT###), a one-line ``doc`` and ``run(doc)`` yielding findings. Checks read the analysed
article (``mtcheck.analysis.Document``: its text and its cached analyses) and decide their
own severities; the pipeline maps their offsets back to the input.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar, Iterable

from ..analysis import Document
from ..report import Finding, Severity, Span


# Checks read the analysed article; ``Context`` is its historical name.
Context = Document

__all__ = ["Check", "Context", "Document"]


class Check(ABC):
    rule: ClassVar[str]
    code: ClassVar[str]
    doc: ClassVar[str]
    # Checks that read back-translations run only when a backend ran.
    needs_backtranslation: ClassVar[bool] = False
    # The rule's documentation (`mtcheck rules --explain CODE`, the README's rule table):
    # what it does and why it matters, an article snippet it fires on, its default severity
    # in words, and the options (configuration keys) it reads, name -> what it does.
    explanation: ClassVar[str] = ""
    example: ClassVar[str] = ""
    default_severity: ClassVar[str] = ""
    # (language, original article) for a rule that reads a bilingual check (--source).
    example_source: ClassVar[tuple[str, str] | None] = None
    # Configuration keys the example runs with (a rule that reads the configuration).
    example_config: ClassVar[dict] = {}
    options: ClassVar[dict[str, str]] = {}

    @abstractmethod
    def run(self, ctx: Document) -> Iterable[Finding]:
        ...

    def finding(self, ctx: Document, severity: Severity, start: int, end: int, message: str,
                related: Iterable[tuple[int, int]] = (), suggestion: str | None = None) -> Finding:
        """A finding in analysis-text offsets; the pipeline maps it to the input text."""
        return Finding(rule=self.rule, code=self.code, severity=severity, message=message,
                       start=start, end=end, text=ctx.text[start:end],
                       sentence=ctx.sentence_at(start),
                       related=tuple(Span(s, e, ctx.text[s:e]) for s, e in related),
                       suggestion=suggestion)


def same_pair(f: Finding, earlier: Iterable[Finding]) -> bool:
    """An earlier finding already holds this one's pair the other way round: a length flagged against
    its dates ('ten days ... from March 3 to March 7'), then those dates against the length. One error,
    one finding."""
    def meets(a, b) -> bool:
        return a.start < b.end and b.start < a.end
    return any(any(meets(f, r) for r in g.related) and any(meets(g, r) for r in f.related) for g in earlier)

"""The report contract (schema ``mtcheck.report/1``): sentences, findings, summary.

Everything here is plain data. Offsets are character offsets into the input text
exactly as read, so ``text[start:end] == finding.text`` for every finding and sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ._json_fast import dumps as json_dumps  # json.dumps(sort_keys, ensure_ascii=False), faster indented
from .positions import LineIndex

SCHEMA = "mtcheck.report/1"
SEVERITIES = ("error", "warning", "info")
PARTS = ("headline", "standfirst", "caption", "credit", "body", "marker")

Severity = Literal["error", "warning", "info"]
FailOn = Literal["error", "warning", "never"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    part: str

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end,
                "text": self.text, "part": self.part}


@dataclass(frozen=True)
class Finding:
    rule: str
    code: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    sentence: int
    related: tuple[Span, ...] = ()
    suggestion: str | None = None

    def sort_key(self) -> tuple:
        # every field: two findings of one span and message with other related spans (two totals a
        # list of parts is read against) must come out in one order, whatever the hash seed
        return (self.start, self.end, self.rule, self.message, self.severity,
                tuple((r.start, r.end) for r in self.related), self.suggestion or "")

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "code": self.code, "severity": self.severity,
                "message": self.message, "start": self.start, "end": self.end,
                "text": self.text, "sentence": self.sentence,
                "related": [r.to_dict() for r in self.related],
                "suggestion": self.suggestion}


@dataclass(frozen=True)
class DocumentInfo:
    path: str | None
    machine_translated: bool
    marker: str | None
    characters: int
    format: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "machine_translated": self.machine_translated,
                "marker": self.marker, "characters": self.characters}


@dataclass
class Report:
    """What one check of one article found. ``to_dict()`` is exactly the JSON contract."""

    document: DocumentInfo
    sentences: list[Sentence]
    findings: list[Finding]
    fail_on: FailOn = "error"
    # Filled by the back-translation stage (issue 4); None when no backend ran.
    backtranslation: dict[str, Any] | None = None
    sentence_backtranslations: dict[int, dict[str, Any]] = field(default_factory=dict)
    # The article as read (a reader.Source); gives line/column numbers and the renderers'
    # display text. Not part of the report's identity.
    source: Any = field(default=None, repr=False, compare=False)

    def counts(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    @property
    def gate(self) -> Literal["pass", "fail"]:
        counts = self.counts()
        if self.fail_on == "error":
            failed = counts["error"] > 0
        elif self.fail_on == "warning":
            failed = counts["error"] + counts["warning"] > 0
        else:
            failed = False
        return "fail" if failed else "pass"

    @property
    def exit_code(self) -> int:
        return 1 if self.gate == "fail" else 0

    def to_dict(self) -> dict[str, Any]:
        from . import __version__

        lines = LineIndex(self.source.raw) if self.source is not None else None
        sentences = []
        for s in self.sentences:
            d = s.to_dict()
            if s.index in self.sentence_backtranslations:
                d["backtranslation"] = self.sentence_backtranslations[s.index]
            sentences.append(d)
        findings = [f.to_dict() for f in sorted(self.findings, key=Finding.sort_key)]
        if lines is not None:
            for d in [*sentences, *findings, *(r for f in findings for r in f["related"])]:
                lines.add_positions(d)
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "mtcheck_version": __version__,
            "document": self.document.to_dict(),
            "sentences": sentences,
            "findings": findings,
            "summary": {**self.counts(), "gate": self.gate},
        }
        if self.backtranslation is not None:
            out["backtranslation"] = self.backtranslation
        return out

    def to_json(self, indent: int | None = 2) -> str:
        """Deterministic JSON: sorted keys, no timestamps; the same input gives the same bytes."""
        return json_dumps(self.to_dict(), indent=indent)

"""SARIF 2.1.0: one run, the rules from the rule registry, one result per finding.

Columns are Unicode code points (``columnKind``), like every mtcheck offset. Artifact URIs
are relative to the working directory (``%SRCROOT%``). ``partialFingerprints`` hash the rule
and the texts involved, not offsets, so a finding keeps its fingerprint when text elsewhere
in the article changes.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
import re
from collections import Counter
from pathlib import Path

from .display import artifact_uri

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "mtcheckFinding/v1"
_MAX_CONTEXT = 2000


def render(reports, options) -> str:
    from .. import __version__
    from ..checks import all_checks

    checks = all_checks()
    rule_index = {c.code: i for i, c in enumerate(checks)}
    base = Path(options.base_dir or os.getcwd()).resolve()
    artifacts, results = [], []
    for report in reports:
        uri = artifact_uri(report.document.path, base)
        artifacts.append({"location": _uri(uri), "length": report.document.characters,
                          "sourceLanguage": {"html": "html", "markdown": "markdown"}.get(
                              report.document.format, "plaintext")})
        results.extend(_results(report, uri, len(artifacts) - 1, rule_index))
    run = {
        "tool": {"driver": {"name": "mtcheck", "version": __version__, "semanticVersion": __version__,
                            "informationUri": "https://pypi.org/project/mtcheck/",
                            "rules": [_rule(c) for c in checks]}},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"uri": base.as_uri() + "/"}},
        "artifacts": artifacts,
        "results": results,
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _uri(uri: str) -> dict:
    if uri.startswith("file:"):
        return {"uri": uri}
    return {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _rule(check) -> dict:
    """A reportingDescriptor from the check's own documentation (the same as `rules --explain`)."""
    explanation = inspect.cleandoc(getattr(check, "explanation", "") or "")
    full = explanation or inspect.getdoc(inspect.getmodule(check)) or check.doc
    severity = (getattr(check, "default_severity", "") or "").strip()
    # default_severity reads "error when ...; warning when ...": its first severity is the default.
    first = re.match(r"(error|warning|info)\b", severity)
    level = _LEVEL[first.group(1)] if first else "warning"
    help_text = "\n\n".join(x for x in (full, f"Severity: {severity}" if severity else "",
                                          f"More: mtcheck rules --explain {check.code}") if x)
    return {
        "id": check.code,
        "name": check.rule,
        "shortDescription": {"text": check.doc},
        "fullDescription": {"text": full},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["machine-translation"]},
    }


def _results(report, uri: str, artifact: int, rule_index: dict[str, int]) -> list[dict]:
    from ..positions import LineIndex

    lines = LineIndex(report.source.raw)
    seen: Counter[str] = Counter()
    out = []
    for f in sorted(report.findings, key=lambda f: f.sort_key()):
        message = f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
        result = {
            "ruleId": f.code,
            "ruleIndex": rule_index.get(f.code, -1),
            "level": _LEVEL[f.severity],
            "message": {"text": message},
            "locations": [_location(uri, artifact, lines, report.source.raw, f.start, f.end)],
            "partialFingerprints": {FINGERPRINT_KEY: _fingerprint(f, seen)},
            "properties": {"rule": f.rule, "severity": f.severity, "sentence": f.sentence},
        }
        if f.related:
            result["relatedLocations"] = [
                {**_location(uri, artifact, lines, report.source.raw, r.start, r.end), "id": i + 1,
                 "message": {"text": "reference mention"}}
                for i, r in enumerate(f.related)]
        if f.suggestion and not _has_markup(f.text, report.document.format):
            result["fixes"] = [_fix(uri, lines, f)]
        if result["ruleIndex"] < 0:
            del result["ruleIndex"]
        out.append(result)
    return out


def _location(uri: str, artifact: int, lines, raw: str, start: int, end: int) -> dict:
    physical = {"artifactLocation": {**_uri(uri), "index": artifact}, "region": _region(lines, start, end)}
    context = _context(lines, raw, start, end)
    if context["charLength"] <= _MAX_CONTEXT:  # not a whole minified HTML page
        physical["contextRegion"] = context
    return {"physicalLocation": physical}


def _region(lines, start: int, end: int) -> dict:
    line, col = lines.position(start)
    end_line, end_col = lines.position(end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
            "charOffset": start, "charLength": end - start}


def _context(lines, raw: str, start: int, end: int) -> dict:
    """The whole line(s) around the span, which viewers show as the snippet."""
    line, _ = lines.position(start)
    end_line, _ = lines.position(end)
    lo = lines.starts[line - 1]
    hi = lines.starts[end_line] - 1 if end_line < len(lines.starts) else len(raw)
    if hi > lo and raw[hi - 1] == "\r":
        hi -= 1
    return {"startLine": line, "endLine": end_line, "charOffset": lo, "charLength": hi - lo,
            "snippet": {"text": raw[lo:hi]}}


def _fix(uri: str, lines, f) -> dict:
    region = _region(lines, f.start, f.end)
    return {"description": {"text": f"Write '{f.suggestion}'"},
            "artifactChanges": [{"artifactLocation": _uri(uri), "replacements": [
                {"deletedRegion": region, "insertedContent": {"text": f.suggestion}}]}]}


def _fingerprint(f, seen: Counter) -> str:
    """Rule, the span's text, the reference texts and the suggestion; the n-th identical one gets :n."""
    parts = [f.code, f.text, *(r.text for r in f.related), f.suggestion or ""]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    seen[digest] += 1
    return f"{digest}:{seen[digest]}"


def _has_markup(text: str, fmt: str) -> bool:
    return fmt == "html" and ("<" in text or "&" in text)

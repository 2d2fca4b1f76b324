"""One article in, one result row out; the same code runs in every engine's workers.

A row holds the gate, the counts, a count per rule and the findings as a JSON string in the
report contract (``findings`` of ``mtcheck.report/1``). An article that cannot be checked
gives a row whose ``error`` says why in one line and whose gate and counts are null.
"""
from __future__ import annotations

import json
import time
from functools import lru_cache
from typing import Any

from .inputs import Article

SEVERITY_COLUMNS = {"error": "errors", "warning": "warnings", "info": "info"}
FINDING_FIELDS = ("rule", "code", "severity", "message", "start", "end", "text", "sentence",
                  "suggestion", "related")


@lru_cache(maxsize=1)
def rule_columns() -> dict[str, str]:
    """Rule id -> its count column: 'name-variant' -> 'rule_name_variant' (plain SQL names)."""
    from ..checks import all_checks

    return {c.rule: "rule_" + c.rule.replace("-", "_") for c in all_checks()}


def result_columns() -> list[str]:
    return ["id", "path", "gate", *SEVERITY_COLUMNS.values(), *rule_columns().values(),
            "machine_translated", "findings", "error", "mtcheck_version", "seconds"]


def check_article(article: Article, options: dict[str, Any]) -> dict[str, Any]:
    """Check one article with the public API; never raises for a bad article."""
    from .. import __version__
    from ..api import check, check_file
    from ..errors import MtcheckError

    started = time.perf_counter()
    row = _empty_row(article, __version__)
    try:
        if article.problem is not None:
            row["error"] = article.problem
        elif article.text is None:
            report = check_file(article.path, **options)
        else:
            report = check(article.text, **options)
    except MtcheckError as exc:
        row["error"] = _one_line(str(exc))
    except Exception as exc:  # a bug must cost one row, not the audit of a million
        row["error"] = _one_line(f"internal error: {type(exc).__name__}: {exc}")
    else:
        if row["error"] is None:
            _fill(row, report)
    row["seconds"] = round(time.perf_counter() - started, 6)
    return row


def _empty_row(article: Article, version: str) -> dict[str, Any]:
    row: dict[str, Any] = {c: None for c in result_columns()}
    row.update(id=article.id, path=article.path, mtcheck_version=version)
    return row


def _fill(row: dict[str, Any], report) -> None:
    findings = report.findings
    counts = report.counts()
    for severity, column in SEVERITY_COLUMNS.items():
        row[column] = counts.get(severity, 0)
    per_rule = dict.fromkeys(rule_columns().values(), 0)
    for f in findings:
        column = rule_columns().get(f.rule)
        if column is not None:
            per_rule[column] += 1
    row.update(per_rule)
    row["gate"] = report.gate
    row["machine_translated"] = report.document.machine_translated
    # the report's own findings block: the contract, line and column included
    row["findings"] = json.dumps(report.to_dict()["findings"], ensure_ascii=False, sort_keys=True)


def finding_rows(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings of one result row, one flat row each (``related`` stays a JSON string)."""
    if not row.get("findings"):
        return []
    out = []
    for f in json.loads(row["findings"]):
        flat = {"id": row["id"], "path": row["path"]}
        flat.update({k: f.get(k) for k in FINDING_FIELDS})
        flat["related"] = json.dumps(f.get("related") or [], ensure_ascii=False, sort_keys=True)
        out.append(flat)
    return out


def _one_line(message: str) -> str:
    return " ".join(message.split())[:500]

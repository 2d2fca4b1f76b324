"""Baselines: adopt mtcheck on an archive by recording today's findings and hiding them later.

A finding's fingerprint is its rule, its text, the texts of its related spans and its
suggestion, never its offsets, so the finding keeps its fingerprint when the article is
edited elsewhere. Fingerprints are counted per article (the path as given on the command
line): an article with two identical findings in the baseline hides two, and a third one
that appears later is reported.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import MtcheckError

SCHEMA = "mtcheck.baseline/1"


def fingerprint(finding) -> str:
    parts = [finding.rule, finding.text, *sorted(r.text for r in finding.related), finding.suggestion or ""]
    # Whitespace inside a span may be re-wrapped by an edit elsewhere; it does not change the finding.
    key = "\x1f".join(" ".join(p.split()) for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _key(report, base: Path) -> str:
    """The article's path relative to the baseline's folder, so any working folder works."""
    if not report.document.path:
        return "-"
    p = Path(report.document.path).resolve()
    try:
        return p.relative_to(base.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def write(path: str | Path, reports) -> int:
    """Write the findings of ``reports`` as a baseline; returns how many were recorded."""
    articles: dict[str, dict[str, dict]] = {}
    total = 0
    for report in reports:
        entries = articles.setdefault(_key(report, Path(path).parent), {})
        for f in report.findings:
            entry = entries.setdefault(fingerprint(f), {"rule": f.rule, "text": f.text, "count": 0})
            entry["count"] += 1
            total += 1
    doc = {"schema": SCHEMA, "articles": {k: v for k, v in sorted(articles.items()) if v}}
    try:
        Path(path).write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n",
                              encoding="utf-8")
    except OSError as exc:
        raise MtcheckError(f"{path}: cannot write baseline ({exc.strerror or exc})") from None
    return total


@dataclass
class Baseline:
    path: Path
    articles: dict[str, Counter]

    def hide(self, report):
        """The report without the findings the baseline records (each recorded one hides one)."""
        left = Counter(self.articles.get(_key(report, self.path.parent), {}))
        if not left:
            return report
        kept = []
        for f in report.findings:
            fp = fingerprint(f)
            if left[fp] > 0:
                left[fp] -= 1
            else:
                kept.append(f)
        return replace(report, findings=kept)


def load(path: str | Path) -> Baseline:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MtcheckError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MtcheckError(f"{path}: not a baseline file ({exc})") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA or not isinstance(doc.get("articles"), dict):
        raise MtcheckError(f"{path}: not a baseline file (expected schema {SCHEMA!r})")
    try:
        return Baseline(Path(path), {article: Counter({fp: int(e["count"]) for fp, e in entries.items()})
                                     for article, entries in doc["articles"].items()})
    except (AttributeError, KeyError, TypeError, ValueError):
        raise MtcheckError(f"{path}: not a baseline file (malformed entry)") from None


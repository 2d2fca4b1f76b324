"""Inline suppressions in Markdown and HTML articles, written as comments the reader hides:

    <!-- mtcheck-disable name-variant, MT2 -->   ... <!-- mtcheck-enable -->
    <!-- mtcheck-disable-next-line doubled-word -->

A disable without rules silences every rule; ``mtcheck-enable`` without rules ends every
open disable, with rules only those. ``disable-next-line`` covers the next line that is not
blank (a comment on its own line above a paragraph silences that paragraph's first line).
Rules are named as ``--select`` names them: ids, codes, code prefixes. Plain text has no
comment syntax, so nothing there is a suppression.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .selection import matches, split

_DIRECTIVE = re.compile(r"<!--\s*mtcheck-(disable-next-line|disable|enable)\b([^>]*?)\s*-->")


@dataclass(frozen=True)
class _Region:
    start: int
    end: int
    rules: tuple[str, ...]  # empty: every rule

    def covers(self, finding) -> bool:
        if not self.start <= finding.start < self.end:
            return False
        return not self.rules or any(matches(finding, r) for r in self.rules)


def regions(raw: str) -> list[_Region]:
    """The disabled regions of an article's source text."""
    out: list[_Region] = []
    open_: list[tuple[int, tuple[str, ...]]] = []  # (start, rules) of disables not yet ended
    line_starts = [0, *(m.end() for m in re.finditer(r"\n", raw))]
    for m in _DIRECTIVE.finditer(raw):
        kind, rules = m.group(1), tuple(split(m.group(2).replace(" ", ",")))
        if kind == "disable":
            open_.append((m.end(), rules))
        elif kind == "enable":
            still = []
            for start, opened in open_:
                closing = opened if not rules or not opened else tuple(r for r in opened if r in rules)
                if not rules or (opened and closing):
                    out.append(_Region(start, m.start(), closing))
                rest = () if not rules else tuple(r for r in opened if r not in closing)
                if rules and (rest or not opened):  # "disable all" stays on until a plain enable
                    still.append((start, rest))
            open_ = still
        else:
            out.append(_next_line(raw, line_starts, m.end(), rules))
    out.extend(_Region(start, len(raw), rules) for start, rules in open_)
    return out


def _next_line(raw: str, line_starts: list[int], after: int, rules: tuple[str, ...]) -> _Region:
    i = bisect_right(line_starts, after)  # the line after the comment's line
    while i < len(line_starts) and not raw[line_starts[i]:_line_end(raw, line_starts[i])].strip():
        i += 1
    if i >= len(line_starts):
        return _Region(len(raw), len(raw), rules)
    return _Region(line_starts[i], _line_end(raw, line_starts[i]), rules)


def _line_end(raw: str, start: int) -> int:
    end = raw.find("\n", start)
    return len(raw) if end < 0 else end


def apply(findings: list, raw: str, fmt: str) -> list:
    """The findings no inline comment silences (Markdown and HTML only)."""
    if fmt not in ("markdown", "html") or "mtcheck-" not in raw:
        return findings
    found = regions(raw)
    return [f for f in findings if not any(r.covers(f) for r in found)]

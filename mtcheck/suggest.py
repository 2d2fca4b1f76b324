"""One suggestion per span: findings that overlap get suggestions that agree.

Two rules may flag the same words ("Lieutenant-General Al Shammari": rank-change wants
"Lieutenant-General" kept, name-variant wants "al-Shammari"); each suggestion alone undoes
the other's fix. Each suggestion is reduced to the smallest edit of the input it makes
(common prefix and suffix dropped); a finding's suggestion then becomes its own span with
every edit of the overlapping findings that lies inside it applied. Edits that contradict
each other (overlapping, different text) are left as the rules wrote them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

# Rules whose suggestion wins over another rule's on the same span: the house style is the
# publication's decision, the other rules only ask for consistency.
PREFERRED = ("house-style",)


def _edit(f) -> tuple[int, int, str] | None:
    """The smallest (start, end, replacement) in input offsets that a suggestion makes."""
    if f.suggestion is None or f.suggestion == f.text:
        return None
    old, new = f.text, f.suggestion
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return f.start + p, f.end - s, new[p:len(new) - s]


def _conflict(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    if a == b:
        return False
    return a[0] < b[1] and b[0] < a[1] or (a[0] == a[1] == b[0] == b[1])


def merge(findings: list, raw: str) -> list:
    """Findings (sorted by start) with the suggestions of overlapping findings combined."""
    findings = _prefer(findings)
    out = list(findings)
    # sorted by start, so each finding looks only at the edits that start inside it (bisect),
    # not at every edit of the article: linear time on long articles
    edits = sorted(e for e in map(_edit, findings) if e is not None)
    if len(edits) < 2:
        return out
    starts = [e[0] for e in edits]
    for i, f in enumerate(findings):
        if f.suggestion is None:
            continue
        window = edits[bisect_left(starts, f.start):bisect_right(starts, f.end)]
        inside = sorted({e for e in window if e[1] <= f.end})
        if len(inside) < 2 or any(_conflict(a, b) for a, b in zip(inside, inside[1:])):
            continue
        text = raw[f.start:f.end]
        for s, e, new in reversed(inside):
            text = text[:s - f.start] + new + text[e - f.start:]
        if text != f.suggestion:
            out[i] = replace(f, suggestion=text)
    return out


def _prefer(findings: list) -> list:
    """On a span a preferred rule flags, every finding suggests what that rule suggests."""
    chosen = {(f.start, f.end): f.suggestion for f in findings
              if f.rule in PREFERRED and f.suggestion is not None}
    if not chosen:
        return findings
    return [replace(f, suggestion=chosen[(f.start, f.end)])
            if (f.start, f.end) in chosen and f.suggestion is not None else f for f in findings]

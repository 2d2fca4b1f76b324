"""What renderers share: the article as an editor reads it, and file paths for CI tools.

For plain text and Markdown the display text is the input itself. For HTML it is the
decoded visible text (entities decoded, tags gone, white space collapsed as a browser
would), and every display character remembers the source span it came from, so findings,
whose offsets point into the HTML source, still land on the right words.
"""
from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from pathlib import Path
from urllib.parse import quote

from ..positions import LineIndex


class DisplayText:
    def __init__(self, source):
        self.source = source
        self.lines = LineIndex(source.raw)
        if source.raw_starts is None:
            self.text = source.raw
            self._starts = self._ends = None
        else:
            self.text, self._starts, self._ends = _collapse(source.view, source.raw_starts, source.raw_ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The display span of the source span [start, end)."""
        if self._starts is None:
            return start, end
        ds = bisect_left(self._starts, start)
        de = bisect_right(self._ends, end)
        return ds, max(ds, de)

    def slice(self, start: int, end: int) -> str:
        ds, de = self.span(start, end)
        return self.text[ds:de]


def _collapse(view: str, starts, ends) -> tuple[str, list[int], list[int]]:
    """Collapse white space the way a browser shows it: a run with a blank line (a block
    break) becomes one blank line, any other run one space; none at either end."""
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    i, n = 0, len(view)
    while i < n:
        if not view[i].isspace():
            out.append(view[i])
            out_starts.append(starts[i])
            out_ends.append(ends[i])
            i += 1
            continue
        j = i
        while j < n and view[j].isspace():
            j += 1
        if out and j < n:  # no white space at the start or the end
            sep = "\n\n" if view.count("\n", i, j) >= 2 else " "
            out.extend(sep)
            out_starts.extend([starts[i]] * len(sep))
            out_ends.extend([ends[j - 1]] * len(sep))
        i = j
    return "".join(out), out_starts, out_ends


def relative_path(path: str | None, base_dir: Path | None = None) -> str:
    """A report path as CI tools want it: relative to the working directory, with forward slashes."""
    if not path:
        return "<text>"
    base = Path(base_dir or os.getcwd()).resolve()
    full = Path(path).resolve()
    try:
        return full.relative_to(base).as_posix()
    except ValueError:
        return full.as_posix()


def artifact_uri(path: str | None, base_dir: Path | None = None) -> str:
    """A relative URI reference (percent-encoded) when the file is under base_dir, else a file: URI."""
    rel = relative_path(path, base_dir)
    if rel.startswith("/"):
        return Path(rel).as_uri()
    return quote(rel, safe="/")

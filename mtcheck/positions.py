"""Line and column numbers for character offsets.

Offsets are code points into the input exactly as read; a line ends after each "\\n" (no
newline translation, so a "\\r" before it is the last character of its line). Lines and
columns are 1-based. Built once per article in linear time; each lookup is a bisection.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

_NEWLINE = re.compile("\n")


class LineIndex:
    def __init__(self, text: str):
        self.starts = [0]
        self.starts.extend(m.end() for m in _NEWLINE.finditer(text))

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of the character at offset; the end of a span gives the position just after it."""
        i = bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def add_positions(self, span: dict[str, Any]) -> dict[str, Any]:
        """Add line, column, end_line and end_column to a dict that has start and end."""
        span["line"], span["column"] = self.position(span["start"])
        span["end_line"], span["end_column"] = self.position(span["end"])
        return span

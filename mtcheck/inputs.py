"""The articles of one run: files, folders searched recursively, ``-`` for stdin.

A folder contributes the files whose extension is an article's (.txt .md .markdown .html
.htm), sorted, minus those an ``--exclude`` glob (or the configuration's ``exclude``)
matches; a file named on the command line is always checked. A path that does not exist
is kept, so reading it gives its one-line error in its turn and the others still run.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .config import glob_match, relative_posix

EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
STDIN = "-"
# Folders never worth descending into.
_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}


@dataclass(frozen=True)
class Item:
    """One article to check: a path, or stdin (``path`` is "-", ``name`` its --stdin-filename)."""

    path: str
    name: str | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    @property
    def label(self) -> str:
        return self.name or ("<stdin>" if self.is_stdin else self.path)


def expand(paths: list[str], exclude: tuple[str, ...] = (), stdin_filename: str | None = None) -> list[Item]:
    """The articles named by ``paths``, in order, each once."""
    items: list[Item] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            items.append(Item(STDIN, stdin_filename))
            continue
        p = Path(raw)
        found = _walk(p, exclude) if p.is_dir() else [p]
        for f in found:
            key = os.path.normcase(os.path.abspath(f))
            if key not in seen:
                seen.add(key)
                items.append(Item(str(f)))
    return items


def _walk(folder: Path, exclude: tuple[str, ...]) -> list[Path]:
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS
                             and not _excluded(here / d, folder, exclude))
        for name in sorted(filenames):
            f = here / name
            if f.suffix.lower() in EXTENSIONS and not _excluded(f, folder, exclude):
                out.append(f)
    return out


def _excluded(path: Path, root: Path, exclude: tuple[str, ...]) -> bool:
    if not exclude:
        return False
    rel = relative_posix(path, root)
    return any(glob_match(rel, pattern) or glob_match(path.as_posix(), pattern) for pattern in exclude)


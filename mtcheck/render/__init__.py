"""Output formats, kept apart from the rules.

One module per format; this registry names them, and the CLI takes its ``--format`` choices
from it. A renderer module has ``render(reports, options) -> str``: reports are
:class:`mtcheck.report.Report` objects that still carry their ``source`` (the article as read).
Modules are imported only when their format is asked for.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Format:
    name: str
    module: str
    summary: str


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False           # ANSI colours (text, on a terminal)
    verbose: bool = False         # text: every sentence's back-translation score, not only flagged ones
    base_dir: Path | None = None  # sarif/github/junit: file paths are written relative to it (default: cwd)


REGISTRY: tuple[Format, ...] = (
    Format("text", "text", "the readable report for editors (the default)"),
    Format("json", "json", "the JSON contract (mtcheck.report/1)"),
    Format("sarif", "sarif", "SARIF 2.1.0 for code-scanning tools"),
    Format("junit", "junit", "JUnit XML: a test suite per article, a failing test per gating finding"),
    Format("github", "github", "GitHub Actions workflow commands (annotations)"),
    Format("html", "html", "one self-contained HTML page for editors"),
)
FORMATS: tuple[str, ...] = tuple(f.name for f in REGISTRY)


def get_format(name: str) -> Format:
    for f in REGISTRY:
        if f.name == name:
            return f
    raise KeyError(f"unknown output format {name!r} (choose from {', '.join(FORMATS)})")


def render(reports, fmt: str, options: RenderOptions | None = None, **kwargs) -> str:
    """Render reports (one per article) in format ``fmt``; kwargs are RenderOptions fields."""
    if options is None:
        options = RenderOptions(**kwargs)
    spec = get_format(fmt)
    if spec.name != "json" and any(r.source is None for r in reports):
        # Positions and display text come from the article itself.
        raise ValueError(f"the {spec.name} format needs reports made by mtcheck.check() (they carry the article)")
    module = importlib.import_module(f"{__name__}.{spec.module}")
    return module.render(list(reports), options)

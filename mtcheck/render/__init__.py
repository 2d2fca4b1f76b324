"""Output formats, kept apart from the rules: each module turns reports into a string."""
from __future__ import annotations

FORMATS = ("text", "json")


def render(reports, fmt: str, texts: list[str], color: bool = False) -> str:
    if fmt == "json":
        from .json import render_json
        return render_json(reports)
    from .text import render_text
    return render_text(reports, texts, color=color)

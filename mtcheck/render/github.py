"""GitHub Actions workflow commands: one annotation per finding.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`` (``warning`` and
``notice`` likewise), escaped as GitHub's runner expects: in the message ``%``, CR and LF; in
property values also ``:`` and ``,``. Columns are code points, like every mtcheck offset.
"""
from __future__ import annotations

from .display import relative_path

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(reports, options) -> str:
    from ..positions import LineIndex

    out = []
    for report in reports:
        path = relative_path(report.document.path, options.base_dir)
        lines = LineIndex(report.source.raw)
        for f in report.findings:
            line, col = lines.position(f.start)
            end_line, end_col = lines.position(f.end)
            props = {"file": path, "line": line, "col": col, "endLine": end_line, "endColumn": end_col,
                     "title": f"{f.code} {f.rule}"}
            head = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
            message = f.message
            if f.related:
                where = "; ".join(f"'{r.text}' at {':'.join(map(str, lines.position(r.start)))}"
                                  for r in f.related)
                message += f"\nReference: {where}"
            if f.suggestion:
                message += f"\nSuggestion: {f.suggestion}"
            out.append(f"::{_COMMAND[f.severity]} {head}::{escape_data(message)}")
    return "".join(line + "\n" for line in out)

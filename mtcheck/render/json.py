"""JSON: the report contract. One article gives an object, several give a list."""
from __future__ import annotations

from .._json_fast import dumps


def render(reports, options) -> str:
    if len(reports) == 1:
        return reports[0].to_json() + "\n"
    return dumps([r.to_dict() for r in reports], indent=2) + "\n"

"""JSON: the report contract. One article gives an object, several give a list."""
from __future__ import annotations

import json


def render(reports, options) -> str:
    if len(reports) == 1:
        return reports[0].to_json() + "\n"
    return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, sort_keys=True, indent=2) + "\n"

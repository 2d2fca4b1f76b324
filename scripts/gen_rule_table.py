"""Rewrite the rule table in README.md from the check registry.

The table lies between the markers in mtcheck/explain.py (TABLE_START, TABLE_END); each row
comes from a check class (code, rule id, default_severity, doc). tests/test_rule_docs.py
fails when the README's table is out of date.

    .venv/bin/python scripts/gen_rule_table.py          # rewrite README.md
    .venv/bin/python scripts/gen_rule_table.py --check  # exit 1 when README.md is out of date
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mtcheck.explain import replace_table  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report whether README.md is up to date")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = ap.parse_args()
    text = args.readme.read_text(encoding="utf-8")
    new = replace_table(text)
    if args.check:
        if new != text:
            print(f"{args.readme}: the rule table is out of date; run scripts/gen_rule_table.py", file=sys.stderr)
            return 1
        return 0
    if new != text:
        args.readme.write_text(new, encoding="utf-8")
        print(f"{args.readme}: rule table updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every rule documents itself: an explanation, an example that it fires on, a default
severity; the README's rule table is generated from the registry and up to date."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mtcheck.checks import all_checks
from mtcheck.explain import example_findings, explain_rule, replace_table

ROOT = Path(__file__).resolve().parents[1]
RULES = [c.rule for c in all_checks()]


@pytest.mark.parametrize("rule", RULES)
def test_rule_has_its_documentation(rule):
    cls = next(c for c in all_checks() if c.rule == rule)
    assert len(cls.explanation.split()) >= 20, f"{rule}: explanation missing or too short"
    assert cls.example.strip(), f"{rule}: example missing"
    assert cls.default_severity.strip(), f"{rule}: default_severity missing"
    assert any(s in cls.default_severity for s in ("error", "warning", "info"))


@pytest.mark.parametrize("rule", RULES)
def test_rule_fires_on_its_own_example(rule):
    cls = next(c for c in all_checks() if c.rule == rule)
    findings = example_findings(cls)
    assert findings, f"{rule}: its example gives no finding"
    assert {f.rule for f in findings} == {rule}
    assert all(cls.example[f.start:f.end] == f.text for f in findings)


def test_explain_page_shows_the_example_finding():
    page = explain_rule("MT201")
    assert page.startswith("MT201 number-mismatch\n")
    assert "21 people" in page and "Default severity:" in page
    assert explain_rule("number-mismatch") == page


def test_readme_rule_table_is_up_to_date():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert replace_table(readme) == readme, "README rule table out of date: run scripts/gen_rule_table.py"
    for rule in RULES:
        assert f"`{rule}`" in readme
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_rule_table.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr

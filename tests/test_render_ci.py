"""JUnit XML and GitHub Actions workflow commands."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import mtcheck
from mtcheck.render import render
from mtcheck.render.github import escape_data, escape_property
from render_samples import ARTICLE, HTML_ARTICLE


@pytest.fixture()
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    one, two, clean = tmp_path / "one.txt", tmp_path / "two.html", tmp_path / "clean.txt"
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(HTML_ARTICLE, encoding="utf-8")
    clean.write_text("Rain expected in Amman\n\nForecasters said rain would fall on Friday.\n", encoding="utf-8")
    return [one, two, clean]


@pytest.mark.parametrize("fail_on, gating", [("error", {"error"}), ("warning", {"error", "warning"}),
                                             ("never", set())])
def test_junit_suite_per_article_and_a_failure_per_gating_finding(files, fail_on, gating):
    reports = [mtcheck.check_file(f.name, fail_on=fail_on) for f in files]
    root = ET.fromstring(render(reports, "junit"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["one.txt", "two.html", "clean.txt"]
    for suite, report in zip(suites, reports):
        cases = suite.findall("testcase")
        failing = [c for c in cases if c.find("failure") is not None]
        expected = [f for f in report.findings if f.severity in gating]
        assert len(failing) == len(expected) == int(suite.get("failures"))
        assert int(suite.get("tests")) == len(cases) == max(1, len(report.findings))
        for case, f in zip(failing, expected):
            assert case.get("file") == suite.get("name")
            assert f.message in case.find("failure").get("message")
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)
    clean = suites[2].findall("testcase")
    assert len(clean) == 1 and clean[0].find("failure") is None


def test_junit_survives_characters_xml_cannot_carry(tmp_path):
    text = ARTICLE.replace("the army was sending", "the army\x0b was sending")
    root = ET.fromstring(render([mtcheck.check(text, path="a.txt", fail_on="warning")], "junit"))
    assert root.find("testsuite").get("failures") != "0"


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_github_annotations_point_at_the_findings(files):
    reports = [mtcheck.check_file(f.name) for f in files[:2]]
    lines = render(reports, "github").splitlines()
    findings = [(r, f) for r in reports for f in r.findings]
    assert len(lines) == len(findings) > 5
    for line, (report, f) in zip(lines, findings):
        command, _, rest = line.partition(" ")
        assert command == {"error": "::error", "warning": "::warning", "info": "::notice"}[f.severity]
        props, _, message = rest.partition("::")
        fields = dict(p.split("=", 1) for p in props.split(","))
        raw = report.source.raw
        line_no = raw.count("\n", 0, f.start) + 1
        col = f.start - raw.rfind("\n", 0, f.start)
        assert fields["file"] == report.document.path
        assert (int(fields["line"]), int(fields["col"])) == (line_no, col)
        assert int(fields["endLine"]) == raw.count("\n", 0, f.end) + 1
        assert fields["title"] == f"{f.code} {f.rule}"
        assert "\n" not in message and message.startswith(escape_data(f.message))


def test_cli_takes_every_registered_format_and_the_alias(files):
    for fmt in ("sarif", "junit", "github"):  # the article has an error: the gate fails (1)
        proc = subprocess.run([sys.executable, "-m", "mtcheck", "check", "--backend", "none",
                               "--output-format", fmt, files[0].name], capture_output=True, text=True)
        assert proc.returncode == 1 and proc.stdout and "Traceback" not in proc.stderr, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "mtcheck", "check", "--format", "yaml", files[0].name],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "yaml" in proc.stderr

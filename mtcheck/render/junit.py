"""JUnit XML, as Jenkins and GitLab read it: a test suite per article, a test case per
finding. A finding at or above ``--fail-on`` is a failing test case; the others pass and say
what they found in ``system-out``. An article without findings has one passing case.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .display import relative_path

# Characters XML 1.0 cannot carry, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_GATING = {"error": ("error",), "warning": ("error", "warning"), "never": ()}


def _clean(value: str) -> str:
    return _INVALID_XML.sub("\ufffd", value)


def gates(finding, fail_on: str) -> bool:
    return finding.severity in _GATING[fail_on]


def render(reports, options) -> str:
    from ..positions import LineIndex

    root = ET.Element("testsuites", name="mtcheck")
    totals = {"tests": 0, "failures": 0}
    for report in reports:
        path = relative_path(report.document.path, options.base_dir)
        lines = LineIndex(report.source.raw)
        suite = ET.SubElement(root, "testsuite", name=_clean(path), errors="0", skipped="0", time="0")
        props = ET.SubElement(suite, "properties")
        for key, value in (("gate", report.gate), ("fail_on", report.fail_on),
                           ("machine_translated", str(report.document.machine_translated).lower())):
            ET.SubElement(props, "property", name=key, value=value)
        classname = "mtcheck." + re.sub(r"[^\w]+", "_", path).strip("_")
        failures = 0
        for f in report.findings:
            failures += _case(suite, f, lines, path, classname, gates(f, report.fail_on))
        if not report.findings:
            ET.SubElement(suite, "testcase", name="no findings", classname=classname, file=_clean(path), time="0")
        tests = max(1, len(report.findings))
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        totals["tests"] += tests
        totals["failures"] += failures
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failures"]))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _case(suite, f, lines, path: str, classname: str, failing: bool) -> int:
    line, col = lines.position(f.start)
    case = ET.SubElement(suite, "testcase", classname=classname, file=_clean(path), line=str(line), time="0",
                         name=_clean(f"{f.code} {f.rule} at {line}:{col}: {f.text}"))
    details = [f"{path}:{line}:{col}: {f.severity} {f.code} {f.rule}: {f.message}"]
    details += [f"  reference at {':'.join(map(str, lines.position(r.start)))}: {r.text}" for r in f.related]
    if f.suggestion:
        details.append(f"  suggestion: {f.suggestion}")
    body = _clean("\n".join(details))
    if failing:
        failure = ET.SubElement(case, "failure", type=f"{f.code} {f.rule}", message=_clean(f.message))
        failure.text = body
    else:
        ET.SubElement(case, "system-out").text = body
    return int(failing)

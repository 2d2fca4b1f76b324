"""The command line, run as a user runs it (a subprocess): exit statuses, one-line errors,
--output, the input left untouched, deterministic JSON."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"
_ENTRY = Path(sys.executable).parent / "mtcheck"
MTCHECK = [str(_ENTRY)] if _ENTRY.exists() else [sys.executable, "-m", "mtcheck.cli"]

WARN_ARTICLE = "Iraq tightens border security\n\nThe the border is long. Troops patrol it.\n"
CLEAN_ARTICLE = "Iraq tightens border security\n\nThe border is long. Troops patrol it.\n"
# Other checks (consistency, back-translation) grow in the same registry; tests that count
# findings or expect a gate run only the spine's two rules, so they stay about the spine.
SPINE = ("--select", "mt-marker", "--select", "doubled-word")


def run(*args, cmd=None, cwd=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE")}
    env["COLUMNS"] = "100"
    return subprocess.run([*(cmd or MTCHECK), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=60, cwd=cwd or ROOT, env=env)


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith("mtcheck: error: ")
    for needle in needles:
        assert needle.lower() in lines[0].lower(), (needle, lines[0])


@pytest.fixture
def article(tmp_path):
    def make(text: str | bytes, name: str = "article.txt") -> Path:
        p = tmp_path / name
        p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return p
    return make


# ----------------------------------------------------------------------------- exit 0 / 1

def test_seed_passes_and_prints_a_plain_report():
    proc = run("check", SEED, *SPINE)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "\x1b[" not in proc.stdout  # piped: no colour codes
    assert "machine-translated" in proc.stdout
    assert "Powered by automated translation" in proc.stdout
    assert "MT001" in proc.stdout and "PASS" in proc.stdout


@pytest.mark.parametrize("fail_on, status", [("error", 0), ("warning", 1), ("never", 0), (None, 0)])
def test_fail_on_with_a_warning(article, fail_on, status):
    path = article(WARN_ARTICLE)
    proc = run("check", path, "--format", "json", *SPINE, *(["--fail-on", fail_on] if fail_on else []))
    assert proc.returncode == status, proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["warning"] == 1
    assert report["summary"]["gate"] == ("fail" if status else "pass")
    [f] = [f for f in report["findings"] if f["rule"] == "doubled-word"]
    assert f["text"] == "The the" and f["severity"] == "warning"


def test_clean_article_passes_even_with_fail_on_warning(article):
    proc = run("check", article(CLEAN_ARTICLE), "--fail-on", "warning", *SPINE)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_text_report_shows_the_finding(article):
    proc = run("check", article(WARN_ARTICLE), "--fail-on", "warning", *SPINE)
    assert proc.returncode == 1
    assert "doubled-word" in proc.stdout and "MT002" in proc.stdout
    assert "3:1" in proc.stdout  # line:column of "The the"
    assert "FAIL" in proc.stdout


def test_select_and_ignore(article):
    path = article(WARN_ARTICLE)
    assert run("check", path, "--fail-on", "warning", "--select", "mt-marker").returncode == 0
    assert run("check", path, "--fail-on", "warning", *SPINE, "--ignore", "MT002").returncode == 0
    assert run("check", path, "--fail-on", "warning", "--select", "doubled-word").returncode == 1


def test_several_articles_give_a_list_and_the_worst_status(article, tmp_path):
    warn = article(WARN_ARTICLE, "warn.txt")
    proc = run("check", SEED, warn, "--format", "json", "--fail-on", "warning", *SPINE)
    assert proc.returncode == 1
    reports = json.loads(proc.stdout)
    assert [r["document"]["path"] for r in reports] == [str(SEED), str(warn)]
    assert [r["summary"]["gate"] for r in reports] == ["pass", "fail"]


def test_machine_translated_override(article):
    proc = run("check", SEED, "--format", "json", "--no-machine-translated")
    doc = json.loads(proc.stdout)["document"]
    assert proc.returncode == 0 and doc["machine_translated"] is False and doc["marker"] is None
    proc = run("check", article(CLEAN_ARTICLE), "--format", "json", "--machine-translated")
    assert json.loads(proc.stdout)["document"]["machine_translated"] is True


def test_input_format_option(article):
    path = article("<p>Body one. Body two.</p>\n", "page.txt")
    as_text = json.loads(run("check", path, "--format", "json").stdout)
    as_html = json.loads(run("check", path, "--format", "json", "--input-format", "html").stdout)
    assert [s["text"] for s in as_text["sentences"]] == ["<p>Body one.", "Body two.</p>"]
    assert [s["text"] for s in as_html["sentences"]] == ["Body one.", "Body two."]


def test_backend_none_is_accepted():
    proc = run("check", "--format", "json", "--backend", "none", SEED)
    assert proc.returncode == 0, proc.stderr
    assert "backtranslation" not in json.loads(proc.stdout)


def test_version_and_rules():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("mtcheck ")
    proc = run("rules")
    assert proc.returncode == 0
    assert "MT001" in proc.stdout and "mt-marker" in proc.stdout
    assert "MT002" in proc.stdout and "doubled-word" in proc.stdout


@pytest.mark.parametrize("module", ["mtcheck.cli", "mtcheck"])
def test_python_dash_m(module):
    proc = run("check", "--format", "json", SEED, cmd=[sys.executable, "-m", module])
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["document"]["machine_translated"] is True


# ----------------------------------------------------------------------------- --output, input untouched

def test_output_file(tmp_path):
    out = tmp_path / "report.json"
    proc = run("check", SEED, "--format", "json", "--output", out)
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""
    written = out.read_text(encoding="utf-8")
    assert written == run("check", SEED, "--format", "json").stdout
    assert json.loads(written)["schema"] == "mtcheck.report/1"
    text_out = tmp_path / "report.txt"
    assert run("check", SEED, "-o", text_out).returncode == 0
    assert "\x1b[" not in text_out.read_text(encoding="utf-8")
    assert "Powered by automated translation" in text_out.read_text(encoding="utf-8")


def test_input_unchanged_after_check(tmp_path):
    path = tmp_path / "seed.txt"
    shutil.copyfile(SEED, path)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for extra in ([], ["--format", "json"], ["--output", tmp_path / "r.json"], ["--fail-on", "warning"]):
        run("check", path, *extra)
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_output_over_the_input_is_refused(tmp_path):
    path = tmp_path / "seed.txt"
    shutil.copyfile(SEED, path)
    before = path.read_bytes()
    proc = run("check", "seed.txt", "--output", "./seed.txt", cwd=tmp_path)
    assert_one_line_error(proc, "seed.txt", "input")
    assert path.read_bytes() == before


def test_output_into_a_missing_directory(tmp_path):
    proc = run("check", SEED, "--output", tmp_path / "no" / "such" / "dir" / "r.json")
    assert_one_line_error(proc, "cannot write")


def test_json_is_deterministic():
    first = run("check", "--format", "json", SEED)
    second = run("check", "--format", "json", SEED)
    assert first.returncode == second.returncode == 0
    assert first.stdout.encode("utf-8") == second.stdout.encode("utf-8")
    keys = list(json.loads(first.stdout))
    assert keys == sorted(keys)


# ----------------------------------------------------------------------------- exit 2

def test_missing_file(tmp_path):
    assert_one_line_error(run("check", tmp_path / "nope.txt"), "nope.txt", "no such file")


def test_directory(tmp_path):
    assert_one_line_error(run("check", tmp_path), "directory")


def test_invalid_utf8(article):
    assert_one_line_error(run("check", article(b"Caf\xe9 au lait. Latin-1 text.\n")), "UTF-8")


def test_binary_file(article):
    assert_one_line_error(run("check", article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")), "binary")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", "\u00a0\n\u3000\n".encode("utf-8")])
def test_empty_or_whitespace_file(article, content):
    assert_one_line_error(run("check", article(content)), "empty")


def test_html_without_visible_text(article):
    path = article("<html><body><script>var a = 1;</script></body></html>", "page.html")
    assert_one_line_error(run("check", path), "no article text")


@pytest.mark.parametrize("args, needle", [
    (["check", "--bogus", SEED], "--bogus"),
    (["check", "--format", "xml", SEED], "xml"),
    (["check", "--fail-on", "sometimes", SEED], "sometimes"),
    (["check", "--backend", "babelfish", SEED], "babelfish"),
    (["check", "--input-format", "rtf", SEED], "rtf"),
    (["check", "--select", "no-such-rule", SEED], "no-such-rule"),
    (["check", "--ignore", "MT999", SEED], "MT999"),
    (["check", SEED, "--format"], "--format"),
    (["check"], "argument 'ARTICLE'"),
    (["frobnicate"], "frobnicate"),
])
def test_usage_errors(args, needle):
    assert_one_line_error(run(*args), needle)


def test_one_bad_article_among_good_ones_exits_2_and_the_others_are_reported(tmp_path):
    proc = run("check", SEED, tmp_path / "missing.txt", "--format", "json", *SPINE)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"mtcheck: error: {tmp_path / 'missing.txt'}: no such file"]
    report = json.loads(proc.stdout)  # the good article is still checked and reported
    assert report["document"]["path"] == str(SEED)

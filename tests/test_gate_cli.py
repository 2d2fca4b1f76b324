"""The CI gate from the command line: configuration files, folders and stdin, a bad article
among good ones, display options, baselines, rule explanations and help."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"
_ENTRY = Path(sys.executable).parent / "mtcheck"
MTCHECK = [str(_ENTRY)] if _ENTRY.exists() else [sys.executable, "-m", "mtcheck.cli"]
DOUBLED = "Iraq tightens border security\n\nThe the border is long. Troops patrol it.\n"
CLEAN = "Iraq tightens border security\n\nThe border is long. Troops patrol it.\n"


def run(*args, cwd=None, stdin=None, env=None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE", "NO_COLOR")}
    base.update({"COLUMNS": "100", **(env or {})})
    return subprocess.run([*MTCHECK, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=120, cwd=cwd or ROOT, env=base, input=stdin)


def one_line_error(proc, *needles) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtcheck: error: ") and "Traceback" not in proc.stderr, proc.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.fixture
def desk(tmp_path) -> Path:
    """A newsroom folder: two articles at the top, one in a sub-folder, a draft, a non-article."""
    (tmp_path / "world").mkdir()
    (tmp_path / "a.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "b.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "world" / "c.html").write_text(
        "<html><body><article><h1>Border</h1><p>The the border is long.</p></article></body></html>",
        encoding="utf-8")
    (tmp_path / "world" / "draft.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    return tmp_path


def paths_in(report_json: str) -> list[str]:
    data = json.loads(report_json)
    return [Path(r["document"]["path"]).name for r in (data if isinstance(data, list) else [data])]


# ----------------------------------------------------------------------------- inputs and the batch

def test_folders_are_searched_recursively_by_extension_with_excludes(desk):
    proc = run("check", desk, "--backend", "none", "--format", "json", "--select", "doubled-word",
               "--exclude", "draft*", cwd=desk)
    assert proc.returncode == 0, proc.stderr
    assert paths_in(proc.stdout) == ["a.txt", "b.md", "c.html"]


def test_a_bad_article_does_not_stop_the_others(desk):
    (desk / "bad.txt").write_bytes(b"GIF89a\x00\x01\x02 not text")
    proc = run("check", desk / "a.txt", desk / "bad.txt", desk / "missing.txt", desk / "b.md",
               "--backend", "none", "--select", "doubled-word")
    assert proc.returncode == 2
    errors = proc.stderr.splitlines()
    assert len(errors) == 2 and all(e.startswith("mtcheck: error: ") for e in errors)
    assert "bad.txt" in errors[0] and "missing.txt" in errors[1]
    assert "a.txt" in proc.stdout and "b.md" in proc.stdout and "The the" in proc.stdout
    summary = proc.stdout.strip().splitlines()[-1]
    assert summary.startswith("Checked 2 articles: 0 errors, 1 warning, 0 infos; 0 failed the gate; "
                              "2 could not be read"), summary


def test_stdin_with_a_filename(desk):
    md = "# Border\n\n<!-- mtcheck-disable-next-line -->\nThe the border is long.\n\nIt it is.\n"
    proc = run("check", "-", "--stdin-filename", "desk/story.md", "--backend", "none", "--format", "json",
               "--select", "doubled-word", stdin=md)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["document"]["path"] == "desk/story.md"
    assert [f["text"] for f in data["findings"]] == ["It it"]  # Markdown: the comment silences one line


def test_no_articles_in_a_folder_is_a_usage_error(tmp_path):
    one_line_error(run("check", tmp_path, "--backend", "none"), "no articles found")


# ----------------------------------------------------------------------------- configuration

def test_configuration_found_upward_from_the_article(desk):
    (desk / "pyproject.toml").write_text('[tool.mtcheck]\nfail-on = "warning"\nbackend = "none"\n'
                                         'select = ["doubled-word"]\n', encoding="utf-8")
    gated = run("check", desk / "a.txt", cwd=ROOT)
    assert gated.returncode == 1, gated.stderr           # fail-on warning from the configuration
    assert run("check", desk / "a.txt", "--fail-on", "error", cwd=ROOT).returncode == 0  # the option wins
    isolated = run("check", desk / "a.txt", "--isolated", "--backend", "none", "--select", "doubled-word")
    assert isolated.returncode == 0
    (desk / "strict.toml").write_text('fail-on = "never"\nselect = ["MT002"]\n', encoding="utf-8")
    assert run("check", desk / "a.txt", "--config", desk / "strict.toml", "--backend", "none").returncode == 0


def test_bad_configuration_exits_2_with_one_line(desk):
    (desk / "mtcheck.toml").write_text('select = ["MT1"]\nfail-on = "loudly"\n', encoding="utf-8")
    one_line_error(run("check", desk / "a.txt", "--backend", "none"), "mtcheck.toml", "fail-on")
    (desk / "mtcheck.toml").write_text('colour = "red"\n', encoding="utf-8")
    one_line_error(run("check", desk / "a.txt", "--backend", "none"), "unknown key 'colour'")
    one_line_error(run("check", desk / "a.txt", "--isolated", "--backend", "none", "--select", "MT9"), "MT9")


def test_only_back_translation_rules_with_backend_none_is_a_usage_error():
    one_line_error(run("check", SEED, "--backend", "none", "--select", "MT3"), "back-translation")


# ----------------------------------------------------------------------------- display

def test_quiet_min_severity_and_summary(desk):
    both = run("check", desk / "a.txt", desk / "b.md", "--backend", "none", "--select", "MT0")
    assert "b.md" in both.stdout and both.stdout.rstrip().splitlines()[-1].startswith("Checked 2 articles")
    quiet = run("check", desk / "a.txt", desk / "b.md", "--backend", "none", "--select", "MT0", "-q")
    assert "a.txt" in quiet.stdout and "b.md" not in quiet.stdout and "Checked" not in quiet.stdout
    shown = run("check", desk / "a.txt", "--backend", "none", "--select", "MT0", "--min-severity", "error",
                "--fail-on", "warning")
    assert "The the" not in shown.stdout and shown.returncode == 1  # hidden, yet still gating


def test_color_option_and_no_color(desk):
    args = ("check", desk / "a.txt", "--backend", "none", "--select", "doubled-word")
    assert "\x1b[" in run(*args, "--color", "always").stdout
    assert "\x1b[" not in run(*args, "--color", "auto").stdout          # piped
    assert "\x1b[" not in run(*args, "--color", "never").stdout


# ----------------------------------------------------------------------------- baselines

def test_write_baseline_then_gate_only_on_new_findings(desk):
    base = desk / "baseline.json"
    args = ("--backend", "none", "--select", "doubled-word", "--fail-on", "warning")
    wrote = run("check", desk, "--write-baseline", base, *args, cwd=desk)
    assert wrote.returncode == 0 and "recorded 3 findings" in wrote.stderr, wrote.stderr
    assert run("check", desk, "--baseline", base, *args, cwd=desk).returncode == 0
    # edited elsewhere: still hidden; from another working folder: still found
    (desk / "a.txt").write_text("Border news\n\n" + DOUBLED, encoding="utf-8")
    assert run("check", desk, "--baseline", base, *args, cwd=ROOT).returncode == 0
    (desk / "b.md").write_text(CLEAN + "\nPatrols go on on the border.\n", encoding="utf-8")
    again = run("check", desk, "--baseline", base, *args, cwd=desk)
    assert again.returncode == 1 and "on on" in again.stdout and "The the" not in again.stdout


# ----------------------------------------------------------------------------- help and rules

@pytest.mark.parametrize("args", [("-h",), ("check", "-h"), ("rules", "-h"), ("models", "-h"),
                                  ("models", "list", "-h"), ("models", "pull", "-h"), ("models", "verify", "-h")])
def test_dash_h_is_help_without_python_types(args):
    proc = run(*args)
    assert proc.returncode == 0 and proc.stdout.startswith("Usage: "), proc.stderr
    for python_type in ("<list[", "<Path>", "<path>", "<int", "<str>", "<bool>"):
        assert python_type not in proc.stdout, (python_type, proc.stdout)


def test_backend_help_says_what_auto_picks_as_the_readme_does():
    text = " ".join(run("check", "-h").stdout.split())
    assert "auto: ct2 (hf without ctranslate2) when the pivot's models are here" in text
    assert "else the embedded bergamot engine, else none; it never downloads" in text
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`auto` takes ct2 when the pivot's models are here" in readme and "else bergamot, else none" in readme
    assert "`auto` never downloads" in readme


def test_rules_explain():
    proc = run("rules", "--explain", "MT101")
    assert proc.returncode == 0, proc.stderr
    for part in ("MT101 name-variant", "Example:", "Finding:", "Kazimi", "Default severity:", "Options:"):
        assert part in proc.stdout, part
    one_line_error(run("rules", "--explain", "MT999"), "MT999")


def test_shell_completion_is_offered():
    assert "--install-completion" in run("-h").stdout

"""The pre-commit hook, run by pre-commit itself on a throwaway git repository, and the
GitHub Action's definition."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def test_hook_manifest():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "mtcheck")
    assert hook["language"] == "python"
    assert hook["files"] == r"\.(txt|md|html)$"
    assert hook["entry"].split()[:2] == ["mtcheck", "check"]


@pytest.mark.skipif(not PRE_COMMIT.exists() or not shutil.which("git"), reason="pre-commit (test extra) and git")
def test_pre_commit_try_repo_runs_the_hook(tmp_path):
    """pre-commit builds the hook's environment from this repository (pip, no model library)
    and runs it on staged articles: the gate fails on an error, passes on a clean article."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run(["git", "init", "-q", "."], cwd=repo, check=True, env=env)
    (repo / "clean.md").write_text("# Border\n\nThe border is long. Troops patrol it.\n", encoding="utf-8")
    (repo / "notes.csv").write_text("the the\n", encoding="utf-8")  # not an article: not checked
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def try_repo():
        return subprocess.run([str(PRE_COMMIT), "try-repo", str(ROOT), "mtcheck", "--all-files"],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "mtcheck" in passed.stdout and "Passed" in passed.stdout

    (repo / "story.txt").write_text("Iraq tightens border security\n\nPrime Minister Mustafa al-Kadhimi "
                                    "visited the border. Mr Kazimi said troops would stay.\n", encoding="utf-8")
    subprocess.run(["git", "add", "story.txt"], cwd=repo, check=True, env=env)
    failed = try_repo()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout and "Kazimi" in failed.stdout and "notes.csv" not in failed.stdout


def test_github_action_is_composite_and_uploads_sarif():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    scripts = "\n".join(s.get("run", "") for s in steps)
    assert "pip install" in scripts and "--format sarif" in scripts
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    assert {"paths", "args", "backend", "sarif-file"} <= set(action["inputs"])

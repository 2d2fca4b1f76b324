#!/usr/bin/env python3
"""Score a checkout of mtcheck on annotated folders with ONE mtcheck run (fast), per kind, with misses.

    .venv/bin/python benchmarks/devbench.py [--tree DIR] [--save OUT.json] [--list all|KIND,...] [--dirs dev|DIR ...]
    .venv/bin/python benchmarks/devbench.py --diff A.json B.json   # findings that differ between two saved runs

The scoring is ../shared/bench/score.py's (imported from there). --tree: the checkout whose mtcheck is run
(default: this one); it runs this interpreter with PYTHONPATH=TREE, so a git worktree without its own
virtual environment works (set MTCHECK_SHARED=/path/to/shared there). --dirs dev: the seed, ../shared/bench/public, benchmarks/articles and every
benchmarks/heldout* folder except those named in benchmarks/BLIND (sets still waiting for their one blind
measurement: never score them while developing). --list: MISS / FP / TRAP / CLEAN lines for those kinds.
Compare a change as: --save base.json on the old tree, --save after.json on the new, then --diff.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (MTCHECK_SHARED names it for a git worktree elsewhere)
SHARED = Path(os.environ.get("MTCHECK_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "bench"
sys.path.insert(0, str(BENCH))
from score import GATING, SCORED, compatible, occurrences, overlaps  # noqa: E402

PY = sys.executable


def dev_dirs() -> list[Path]:
    """The development folders: everything annotated except the sets named in benchmarks/BLIND."""
    blind_file = ROOT / "benchmarks" / "BLIND"
    blind = set(blind_file.read_text().split()) if blind_file.exists() else set()
    held = sorted((d for d in (ROOT / "benchmarks").glob("heldout*") if d.is_dir() and d.name not in blind),
                  key=lambda d: int(d.name[7:] or 1))
    return [SHARED / "seeds", BENCH / "public", ROOT / "benchmarks" / "articles", *held]


def run(tree: Path, dirs: list[Path]) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    arts = []
    for d in dirs:
        for j in sorted(d.glob("*.json")):
            a = json.loads(j.read_text(encoding="utf-8"))
            arts.append(str((j.parent / a["article"]).resolve()))
    out = subprocess.run([PY, "-m", "mtcheck", "check", "--format", "json", "--backend", "none",
                          "--fail-on", "never", "--isolated", *arts], cwd=tree, env=env,
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"mtcheck failed ({out.returncode}): {out.stderr[-2000:]}")
    reports = json.loads(out.stdout)
    if isinstance(reports, dict):
        reports = [reports]
    res = {}
    for r in reports:
        p = str(Path(r["document"]["path"]).resolve())
        res[p] = {"findings": [{k: f.get(k) for k in ("rule", "severity", "start", "end", "text", "message")}
                               for f in r.get("findings", [])],
                  "document": {"machine_translated": r["document"].get("machine_translated")}}
    return res


def score(dirs: list[Path], reports: dict[str, dict], listk: set[str] | None):
    issues_by = defaultdict(int); found_by = defaultdict(int)
    tp_by = defaultdict(int); all_by = defaultdict(int)
    tot = dict(issues=0, matched=0, tp=0, fp=0, traps=0, noise=0, offsets=0, missing=0)
    lines = []
    for d in dirs:
        for j in sorted(d.glob("*.json")):
            ann = json.loads(j.read_text(encoding="utf-8"))
            art = (j.parent / ann["article"]).resolve()
            text = art.read_text(encoding="utf-8")
            issues = ann.get("issues", [])
            for i in issues:
                issues_by[i["kind"]] += 1
            tot["issues"] += len(issues)
            rep = reports.get(str(art))
            if rep is None:
                tot["missing"] += 1
                continue
            places = [(n, i["kind"], occ) for n, i in enumerate(issues)
                      for s in [i["anchor"], *i["spans"]] for occ in occurrences(text, s)]
            traps = [occ for t in ann.get("traps", []) for occ in occurrences(text, t["span"])]
            matched = set()
            for f in rep["findings"]:
                s, e = f["start"], f["end"]
                if not isinstance(s, int) or text[s:e] != f["text"]:
                    tot["offsets"] += 1
                    continue
                if f["severity"] not in GATING:
                    continue
                if not issues:
                    tot["noise"] += 1
                    if listk is not None:
                        lines.append(f"CLEAN {art.parent.name}/{art.name} {f['rule']} {f['text']!r}")
                if f["rule"] not in SCORED:
                    continue
                all_by[f["rule"]] += 1
                hit = [n for n, k, occ in places if compatible(f["rule"], k) and overlaps((s, e), occ)]
                if hit:
                    tp_by[f["rule"]] += 1
                    tot["tp"] += 1
                    matched.update(hit)
                else:
                    tot["fp"] += 1
                    trap = any(overlaps((s, e), occ) for occ in traps)
                    tot["traps"] += trap
                    if listk is not None and (not listk or f["rule"].split("-")[0] in listk
                                              or f["rule"] in listk):
                        lines.append(f"{'TRAP' if trap else 'FP'}   {art.parent.name}/{art.name} "
                                     f"{f['rule']}/{f['severity']} {f['text']!r} :: {f.get('message') or ''}"[:300])
            tot["matched"] += len(matched)
            for n, i in enumerate(issues):
                if n in matched:
                    found_by[i["kind"]] += 1
                elif listk is not None and (not listk or i["kind"] in listk or i["kind"].split("-")[0] in listk):
                    lines.append(f"MISS {art.parent.name}/{art.name} {i['kind']} {i['anchor']!r} -> "
                                 f"{i['spans']!r} ({i.get('note', '')[:120]})")
    parts = []
    for k in sorted(set(issues_by) | set(all_by)):
        n, f = issues_by.get(k, 0), found_by.get(k, 0)
        t, a = tp_by.get(k, 0), all_by.get(k, 0)
        parts.append(f"{k:16s} R {f}/{n} = {f / n if n else 0:.2f}   P {t}/{a} = {t / a if a else 1:.2f}")
    found = tot["tp"] + tot["fp"]
    summary = (f"precision={tot['tp'] / found if found else 0:.3f} recall={tot['matched'] / tot['issues'] if tot['issues'] else 0:.3f}"
               f" issues={tot['matched']}/{tot['issues']} trap_hits={tot['traps']} clean_noise={tot['noise']}"
               f" offset_errors={tot['offsets']} not_reported={tot['missing']}")
    return parts, summary, lines


def diff(a: dict, b: dict) -> None:
    same = True
    for p in sorted(set(a) | set(b)):
        fa = {(f["rule"], f["severity"], f["start"], f["end"], f["text"]) for f in a.get(p, {}).get("findings", [])}
        fb = {(f["rule"], f["severity"], f["start"], f["end"], f["text"]) for f in b.get(p, {}).get("findings", [])}
        for x in sorted(fa - fb):
            same = False; print(f"- {Path(p).parent.name}/{Path(p).name} {x[0]}/{x[1]} {x[4]!r}")
        for x in sorted(fb - fa):
            same = False; print(f"+ {Path(p).parent.name}/{Path(p).name} {x[0]}/{x[1]} {x[4]!r}")
    print("IDENTICAL" if same else "(differences above: - only in A, + only in B)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", type=Path, default=ROOT)
    ap.add_argument("--dirs", nargs="+", default=["dev"])
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path, help="score a saved run instead of running mtcheck")
    ap.add_argument("--list", default=None, help="all, or comma list of kinds/rules: print MISS/FP/TRAP")
    ap.add_argument("--diff", nargs=2, type=Path)
    a = ap.parse_args()
    if a.diff:
        diff(json.loads(a.diff[0].read_text()), json.loads(a.diff[1].read_text()))
        return 0
    dirs = []
    for d in a.dirs:
        if d == "dev":
            dirs += dev_dirs()
        else:
            dirs.append(Path(d))
    reports = json.loads(a.load.read_text()) if a.load else run(a.tree.resolve(), dirs)
    if a.save:
        a.save.write_text(json.dumps(reports))
    listk = None if a.list is None else (set() if a.list == "all" else set(a.list.split(",")))
    parts, summary, lines = score(dirs, reports, listk)
    for l in lines:
        print(l)
    for p in parts:
        print(p)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())

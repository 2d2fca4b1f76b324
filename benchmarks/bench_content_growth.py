"""How the content checks grow with article length (the goal is linear time).

For each content stage (number-mismatch with its quantities, date-mismatch with its dates,
untranslated, mistranslation, repeated-text) and each input shape, times
``mtcheck.check(text, backend="none", select=[rule])`` on inputs of n and 8n characters and prints
t(8n)/t(n): about 8 is linear, 64 quadratic; the goal is <= 10. Each time is the best of two runs,
taken in this one process, so the ratio compares like with like.

Shapes:
  articles  the annotated development articles (benchmarks/articles/*.txt) one after another
  commas    one long sentence of repeated "1, "

    .venv/bin/python benchmarks/bench_content_growth.py [--n CHARS] [--shape articles|commas] [--rule RULE ...]

Prints the figures and whether each goal is met; always exits 0.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mtcheck  # noqa: E402

STAGES = ("number-mismatch", "date-mismatch", "untranslated", "mistranslation", "repeated-text")
ARTICLES = sorted((ROOT / "benchmarks" / "articles").glob("*.txt"))
RATIO_GOAL = 10.0


def articles_text(size: int) -> str:
    """Whole articles as paragraphs, repeated as needed, cut at a paragraph near ``size``."""
    paragraphs = [p for f in ARTICLES for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, total, k = [], 0, 0
    while total < size:
        p = paragraphs[k % len(paragraphs)]
        out.append(p)
        total += len(p) + 1
        k += 1
    return "\n".join(out) + "\n"


def commas(size: int) -> str:
    return "Officials counted " + "1, " * (size // 3) + "and 2 tents.\n"


SHAPES = {"articles": articles_text, "commas": commas}


def timed(text: str, rule: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        mtcheck.check(text, backend="none", select=[rule])
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20000, help="characters of the small input (default 20,000)")
    ap.add_argument("--shape", choices=sorted(SHAPES), action="append", help="shape(s) to run (default all)")
    ap.add_argument("--rule", choices=STAGES, action="append", help="rule(s) to time (default all)")
    args = ap.parse_args()
    rules = args.rule or STAGES
    for rule in rules:  # word lists and imports load once, outside the figures
        mtcheck.check(articles_text(2000), backend="none", select=[rule])
    for shape in args.shape or sorted(SHAPES):
        small, large = SHAPES[shape](args.n), SHAPES[shape](8 * args.n)
        print(f"{shape}: n={len(small):,} and 8n={len(large):,} characters", flush=True)
        for rule in rules:
            a, b = timed(small, rule), timed(large, rule)
            ratio = b / a if a > 0 else float("inf")
            verdict = "ok" if ratio <= RATIO_GOAL else "OVER GOAL"
            print(f"  {rule:16} t(n)={a:7.3f}s  t(8n)={b:7.3f}s  t(8n)/t(n)={ratio:5.1f}  {verdict}", flush=True)


if __name__ == "__main__":
    main()

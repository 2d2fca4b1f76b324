"""Renderer speed: every output format on an article and on the same article four times as long.

Prints, per format, the time for the long article divided by the time for the short one; a
ratio near 4 (or under) means rendering stays linear in article length and findings.
Run: .venv/bin/python benchmarks/bench_render.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mtcheck  # noqa: E402
from mtcheck.render import FORMATS, render  # noqa: E402

SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split("\n\n", 1)
    short = mtcheck.check(head + "\n\n" + "\n\n".join([body] * 5))
    long = mtcheck.check(head + "\n\n" + "\n\n".join([body] * 20))
    print(f"short: {short.document.characters} chars, {len(short.findings)} findings; "
          f"long: {long.document.characters} chars, {len(long.findings)} findings")
    for fmt in FORMATS:
        a = best_of(3, lambda: render([short], fmt))
        b = best_of(3, lambda: render([long], fmt))
        print(f"{fmt:7} short {a * 1000:7.1f} ms  long {b * 1000:7.1f} ms  ratio {b / a:4.1f}")


if __name__ == "__main__":
    main()

"""Long fuzzing run: the property tests of tests/test_properties.py with many examples.

Runs rounds of the hypothesis "fuzz" profile (fresh random examples each round; failures are
kept in .hypothesis/ and replayed first next time) until the time budget is spent or a property
fails. Exits 1 on a failure, with hypothesis's minimal failing example in the output.

    .venv/bin/python benchmarks/fuzz.py --minutes 10 [--examples 5000] [-k html]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0, help="time budget (a round always finishes)")
    ap.add_argument("--examples", type=int, default=5000, help="examples per property per round")
    ap.add_argument("-k", default="not hash_seeds", help="pytest -k expression: which properties")
    args = ap.parse_args()
    env = {**os.environ, "MTCHECK_HYPOTHESIS_PROFILE": "fuzz", "MTCHECK_FUZZ_EXAMPLES": str(args.examples)}
    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        print(f"round {rounds}: {args.examples} examples per property", flush=True)
        proc = subprocess.run([sys.executable, "-m", "pytest", "tests/test_properties.py", "-q", "-x",
                               "-k", args.k, "--hypothesis-show-statistics"], cwd=ROOT, env=env)
        if proc.returncode != 0:
            print(f"fuzz: a property failed in round {rounds}", flush=True)
            return 1
    print(f"fuzz: {rounds} rounds, no failure", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Startup and throughput of the spine (no model involved).

1. Cold CLI: wall time of `mtcheck check --backend none SEED` (the text report, as an editor
   runs it) and of the same with `--format json`, as fresh processes, interpreter start
   included; median of several runs. Goal: <= 0.3 s. The same run times a bare interpreter
   (`python -c pass`), so the ratio between the two is comparable across machines and loads;
   the CPU time of the process is given too (it varies less than wall time on a busy machine).
   The package is measured as installed: its bytecode compiled first (as pip does; a working
   tree under PYTHONDONTWRITEBYTECODE would otherwise recompile every edited module at each
   start) and one untimed run first, which fills mtcheck's disk caches (parsed data, the
   gazetteer, compiled patterns and dataclass code: mtcheck/_recache.py, mtcheck/_dccache.py)
   as the first check after installing does. The caches live in a folder of this run's own
   (``--shared-cache``: the user's), so that other processes on a shared machine, writing the
   caches of other trees, do not evict this tree's between runs.
1b. Where the cold start goes (`python -X importtime`): self import time summed by package,
   and whether pydantic was imported (it must not be: typer would pull it in for parameter
   conversion, mtcheck/_typer_fast.py keeps it out).
2. Batch: 100 articles checked in one process through the Python API (the seed plus
   /work/shared/bench/public/*.txt when present, repeated up to 100). Goal: >= 50 articles/s.

Prints the figures and whether each goal is met; always exits 0.

    .venv/bin/python benchmarks/bench_startup.py [--runs N] [--articles N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"
PUBLIC = Path("/work/shared/bench/public")
CLI_GOAL_S = 0.3
BATCH_GOAL_PER_S = 50.0


def _cli() -> list[str]:
    entry = Path(sys.executable).parent / "mtcheck"
    return [str(entry)] if entry.exists() else [sys.executable, "-m", "mtcheck.cli"]


def bench_cli(runs: int, fmt: str) -> tuple[float, list[float], float]:
    """(median wall time, wall times, median CPU time) of cold runs of the CLI."""
    cmd = [*_cli(), "check", "--format", fmt, "--backend", "none", str(SEED)]
    times, cpu = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
        stderr = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        times.append(time.perf_counter() - t0)
        cpu.append(usage.ru_utime + usage.ru_stime)
        if proc.returncode not in (0, 1):
            print(f"cli run failed (exit {proc.returncode}): {stderr.decode(errors='replace').strip()}")
            break
    return statistics.median(times), times, statistics.median(cpu)


def prepare() -> str:
    """Compile the package's bytecode and run one untimed check (fills the disk caches)."""
    import compileall

    compileall.compile_dir(str(ROOT / "mtcheck"), quiet=2)
    cmd = [*_cli(), "check", "--backend", "none", str(SEED)]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    off = [name for name, var in (("patterns", "MTCHECK_REGEX_CACHE"), ("dataclass code", "MTCHECK_CODE_CACHE"))
           if os.environ.get(var, "1").lower() in ("0", "", "no", "off", "false")]
    return "disk caches of compiled " + ("patterns and dataclass code on" if not off else
                                        f"{' and '.join(off)} OFF (environment)")


def bench_interpreter(runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def import_profile() -> tuple[dict[str, float], float]:
    """(package -> self import ms, total ms) of one cold check, from ``python -X importtime``."""
    cmd = [sys.executable, "-X", "importtime", "-m", "mtcheck.cli", "check", "--format", "json",
           "--backend", "none", str(SEED)]
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    by_package: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        try:
            self_us = int(line.split(":", 1)[1].split("|")[0])
        except ValueError:
            continue  # the header line
        name = line.rsplit("|", 1)[1].strip()
        parts = name.split(".")
        key = ".".join(parts[:3]) if parts[0] == "mtcheck" else parts[0]
        by_package[key] = by_package.get(key, 0.0) + self_us / 1000
    return by_package, sum(by_package.values())


def articles(n: int) -> tuple[list[tuple[str, str]], int]:
    paths = [SEED, *sorted(PUBLIC.glob("*.txt"))] if PUBLIC.is_dir() else [SEED]
    distinct = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    return [distinct[i % len(distinct)] for i in range(n)], len(distinct)


def bench_batch(n: int) -> tuple[float, int, int]:
    sys.path.insert(0, str(ROOT))
    import mtcheck

    batch, distinct = articles(n)
    t0 = time.perf_counter()
    sentences = 0
    for path, text in batch:
        report = mtcheck.check(text, path=path, backend="none")
        report.to_json()
        sentences += len(report.sentences)
    elapsed = time.perf_counter() - t0
    return len(batch) / elapsed if elapsed > 0 else float("inf"), distinct, sentences


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="cold CLI runs (median is reported)")
    ap.add_argument("--articles", type=int, default=100, help="articles in the API batch")
    ap.add_argument("--top", type=int, default=8, help="packages listed in the import profile")
    ap.add_argument("--shared-cache", action="store_true",
                    help="use the user's cache folder instead of a private one for this run")
    args = ap.parse_args()
    if not args.shared_cache and "MTCHECK_GAZETTEER_DIR" not in os.environ:
        # the start-up caches hold what one tree's sources make; other processes on this machine
        # (tests, other worktrees) writing the shared folder would evict this tree's patterns
        # between runs, so time against a folder of this run's own, as an installed copy has
        import atexit
        import shutil
        import tempfile
        os.environ["MTCHECK_GAZETTEER_DIR"] = folder = tempfile.mkdtemp(prefix="mtcheck-bench-")
        atexit.register(shutil.rmtree, folder, True)

    print(f"prepared  bytecode compiled, one untimed run; {prepare()}"
          f"; cache folder {os.environ.get('MTCHECK_GAZETTEER_DIR', 'the user’s')}")
    bare = bench_interpreter(max(1, args.runs))
    for fmt in ("text", "json"):
        median, times, cpu = bench_cli(max(1, args.runs), fmt)
        ok = median <= CLI_GOAL_S
        print(f"cold CLI  {fmt:<4} median {median:.3f} s (CPU {cpu:.3f} s) over {len(times)} runs "
              f"(min {min(times):.3f}, max {max(times):.3f}); goal <= {CLI_GOAL_S} s: {'met' if ok else 'NOT met'}; "
              f"{median / bare:.1f}x a bare interpreter start ({bare:.3f} s) in this run")
    print(f"load      {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min averages); "
          f"PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}")
    packages, total = import_profile()
    top = sorted(packages.items(), key=lambda kv: -kv[1])[:args.top]
    print(f"imports   {total:.0f} ms in all; pydantic imported: {'YES' if 'pydantic' in packages else 'no'}; "
          "largest: " + ", ".join(f"{name} {ms:.0f} ms" for name, ms in top))

    rate, distinct, sentences = bench_batch(max(1, args.articles))
    ok = rate >= BATCH_GOAL_PER_S
    print(f"API batch {args.articles} articles ({distinct} distinct, {sentences} sentences): {rate:.1f} articles/s; "
          f"goal >= {BATCH_GOAL_PER_S:.0f}/s: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

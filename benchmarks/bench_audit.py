"""Audit throughput on the same 200 articles, in one run: sequential, local pool, Ray local.

Articles: /work/shared/bench/public/*.txt, /work/shared/seeds/*.txt and benchmarks/articles/*.txt
(whichever exist), cycled to --articles. Each engine audits them into a fresh Parquet file
(no-model check, ``--backend none``); the best of --runs wall times counts.

"ray local" is what ``mtcheck audit --engine ray`` costs without ``--address``: the audit starts
a local Ray (``ray.init``), runs the dataset and shuts Ray down, all inside the timed call; the
goal is measured on it. "ray, cluster already up" times the same audit on a Ray started
beforehand (as ``--address`` joins one; ``ray.init`` reported apart): each run still pays for
its own actor pool and dataset, as every audit does.

Goals on 2 cores: pool >= 1.7x sequential; Ray local within 1.5x of the pool's time.

    .venv/bin/python benchmarks/bench_audit.py [--articles 200] [--jobs 2] [--runs 2]
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SOURCES = [Path("/work/shared/bench/public"), Path("/work/shared/seeds"), ROOT / "benchmarks" / "articles"]


def build_articles(folder: Path, n: int) -> int:
    found = sorted(p for d in SOURCES if d.is_dir() for p in d.glob("*.txt"))
    if not found:
        sys.exit("no articles found")
    for i, src in enumerate(islice(cycle(found), n)):
        (folder / f"{i:04d}_{src.name}").write_bytes(src.read_bytes())
    return len(found)


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_time(run, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def time_ray(audit, args):
    """Ray local (its start and stop inside the timed audit), then the same on a Ray started apart."""
    import ray

    # Nothing runs Ray here: each audit starts its own local Ray and shuts it down.
    on_ray = best_time(lambda: audit(engine="ray", jobs=args.jobs), args.runs)
    assert not ray.is_initialized()

    started = time.perf_counter()
    ray.init(num_cpus=args.jobs, include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
    ray_start = time.perf_counter() - started
    try:
        on_cluster = best_time(lambda: audit(engine="ray", jobs=args.jobs), args.runs)
        phases = ray_phases(ray.timeline(), audit.last_started, audit.last_ended, args.articles)
    finally:
        started = time.perf_counter()
        ray.shutdown()
        ray_stop = time.perf_counter() - started
    return on_ray, on_cluster, ray_start, ray_stop, phases


def ray_phases(events: list[dict], started: float, ended: float, articles: int) -> str:
    """Where the last audit on the running Ray spent its time, from Ray's own task timeline."""
    def seconds(us: float) -> float:
        return us / 1e6 - started

    spans = [e for e in events if e.get("ph") == "X" and e.get("cat", "").startswith("task::MapWorker")
             and seconds(e["ts"]) >= 0]
    inits = [e for e in spans if e["name"] == "__init__"]
    batches = sorted((e for e in spans if e["name"] == "submit"), key=lambda e: e["ts"])
    if not inits or not batches:
        return "no actor events in Ray's timeline"
    first_init = min(seconds(e["ts"]) for e in inits)
    ready = max(seconds(e["ts"] + e["dur"]) for e in inits)
    first_done = seconds(batches[0]["ts"] + batches[0]["dur"])
    last_done = max(seconds(e["ts"] + e["dur"]) for e in batches)
    per_batch = sum(e["dur"] for e in batches) / len(batches) / 1e6
    return (f"audit start -> first actor __init__ {first_init:.1f} s (planning, worker processes), all "
            f"{len(inits)} actors ready {ready:.1f} s, first batch done {first_done:.1f} s, "
            f"{len(batches)} batches of ~{articles / len(batches):.0f} articles at {per_batch:.2f} s each, last done "
            f"{last_done:.1f} s, audit returned {ended - started:.1f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()

    import mtcheck

    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        folder = tmp_path / "articles"
        folder.mkdir()
        distinct = build_articles(folder, args.articles)
        counter = iter(range(10**6))

        def audit(**kw):
            out = tmp_path / f"out{next(counter)}.parquet"
            audit.last_started = time.time()
            summary = mtcheck.audit([folder], out, **kw)
            audit.last_ended = time.time()
            assert summary.checked == args.articles, summary.line()

        cpu_before = _cpu_seconds()
        sequential = best_time(lambda: audit(jobs=1), args.runs)
        cpu_sequential = (_cpu_seconds() - cpu_before) / args.runs
        cpu_before = _cpu_seconds()
        pool = best_time(lambda: audit(jobs=args.jobs), args.runs)
        cpu_pool = (_cpu_seconds() - cpu_before) / args.runs

        on_ray, on_cluster, ray_start, ray_stop, phases = time_ray(audit, args)

    n = args.articles
    print(f"{n} articles ({distinct} distinct), {os.cpu_count()} cores, --backend none, best of {args.runs}; "
          f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after (other work on the "
          f"machine slows the parallel runs most)")
    print(f"  sequential       {sequential:7.2f} s  {n / sequential:7.1f} articles/s")
    print(f"  pool ({args.jobs} workers) {pool:7.2f} s  {n / pool:7.1f} articles/s")
    print(f"  ray local ({args.jobs})    {on_ray:7.2f} s  {n / on_ray:7.1f} articles/s  (starting and "
          f"stopping the local Ray included)")
    print(f"  ray, cluster already up ({args.jobs}) {on_cluster:7.2f} s  {n / on_cluster:7.1f} articles/s  (as "
          f"--address joins one; its ray.init took {ray_start:.1f} s and ray.shutdown {ray_stop:.1f} s, "
          f"not counted)")
    print(f"    last run on it: {phases}")
    print(f"CPU seconds per run: sequential {cpu_sequential:.1f}, pool {cpu_pool:.1f} (driver + workers): "
          f"the pool's own overhead is {100 * (cpu_pool / cpu_sequential - 1):+.0f}%; with {args.jobs} free "
          f"cores its speed-up would be about {args.jobs * cpu_sequential / cpu_pool:.1f}x")
    speedup, ray_ratio = sequential / pool, on_ray / pool
    print(f"pool speed-up over sequential: {speedup:.2f}x (goal >= 1.7x) {'ok' if speedup >= 1.7 else 'MISSED'}")
    print(f"ray local time / pool time:    {ray_ratio:.2f}x (goal <= 1.5x) {'ok' if ray_ratio <= 1.5 else 'MISSED'}")
    print(f"ray on a running cluster / pool time: {on_cluster / pool:.2f}x (not the goal's figure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

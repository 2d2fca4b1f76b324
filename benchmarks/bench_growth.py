"""How check time grows with article length (the goal is linear time).

For each input shape, checks inputs of n, 2n, 4n and 8n characters with
``mtcheck.check(text, backend="none")`` and prints the times and t(8n)/t(n). Linear time gives
about 8; the goal is <= 10 (quadratic time gives ~64). Then checks one realistic article of
10 MB (goal: well under a minute). The growth is timed in one process (the algorithms' growth);
the big article as the API checks it, on two cores (``mtcheck/parallel.py``), and with
``--one-process-too`` in one process as well.

Shapes:
  articles   realistic articles (benchmarks/articles/*.txt) concatenated as paragraphs
  commas     one long sentence of repeated "1, "
  ranks      one long sentence of repeated "Lt Gen Rasool "
  nospace    long lines without spaces

    .venv/bin/python benchmarks/bench_growth.py [--n CHARS] [--big-mb MB] [--shape NAME ...]
    .venv/bin/python benchmarks/bench_growth.py --profile commas --n 40000   # where the time goes
    .venv/bin/python benchmarks/bench_growth.py --stages ranks --n 5000      # which stage grows

Prints the figures and whether each goal is met; always exits 0.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mtcheck  # imported after the path is set (E402 is not enabled)

ARTICLES = sorted((ROOT / "benchmarks" / "articles").glob("*.txt"))
RATIO_GOAL = 10.0
BIG_GOAL_S = 60.0


def articles_text(size: int) -> str:
    """Whole articles, one after another as paragraphs, cut at a paragraph near ``size``."""
    paragraphs = [p.strip() for a in ARTICLES for p in a.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, total, i = [], 0, 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        total += len(p) + 1
        i += 1
    return "\n".join(out) + "\n"


def repeated_sentence(unit: str, size: int) -> str:
    return "Officials said " + unit * max(1, size // len(unit)) + "in the end.\n"


def no_space_lines(size: int) -> str:
    line = ("Lorem-ipsum_dolor.sit/amet,0123456789" * (size // 4 // 37 + 1))[: size // 4]
    return "\n".join([line] * 4) + "\n"


SHAPES = {
    "articles": articles_text,
    "commas": lambda n: repeated_sentence("1, ", n),
    "ranks": lambda n: repeated_sentence("Lt Gen Rasool ", n),
    "nospace": no_space_lines,
}


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the fork of mtcheck/parallel.py):
    unlike wall time, it does not grow when others share the cores."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


LAST_CPU = [0.0]  # CPU seconds of the best run of the last ``timed`` call


def timed(text: str, repeat: int = 1, parallel: bool = False) -> float:
    """Best wall time of a no-model check; ``parallel``: as the API runs it (two cores for a long
    article when they are free, mtcheck/parallel.py; MTCHECK_PARALLEL=always forces them), else
    in one process, so that growth measures the algorithms."""
    before = os.environ.get("MTCHECK_PARALLEL")
    os.environ["MTCHECK_PARALLEL"] = (before or "1") if parallel else "0"
    try:
        best = float("inf")
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), cpu_seconds()
            mtcheck.check(text, backend="none")
            if time.perf_counter() - t0 < best:
                best, LAST_CPU[0] = time.perf_counter() - t0, cpu_seconds() - c0
        return best
    finally:
        if before is None:
            del os.environ["MTCHECK_PARALLEL"]
        else:
            os.environ["MTCHECK_PARALLEL"] = before


def growth(shape: str, n: int) -> float:
    times, cpus = [], []
    for k in (1, 2, 4, 8):
        text = SHAPES[shape](n * k)
        times.append(timed(text, repeat=2 if k < 8 else 1))
        cpus.append(LAST_CPU[0])
    ratio = times[-1] / max(times[0], 1e-9)
    cells = "  ".join(f"{k}n {t:7.3f}s" for k, t in zip((1, 2, 4, 8), times))
    verdict = "ok" if ratio <= RATIO_GOAL else "NOT MET"
    # CPU seconds too: on a shared machine the wall times carry other people's load
    cpu_ratio = cpus[-1] / max(cpus[0], 1e-9)
    print(f"{shape:<9} n={n:>7,}  {cells}  t(8n)/t(n) = {ratio:5.1f}  (goal <= {RATIO_GOAL:g}: {verdict}; "
          f"CPU {cpus[0]:.2f}s -> {cpus[-1]:.2f}s, x{cpu_ratio:.1f}; load {_load()})", flush=True)
    return ratio


def big_article(megabytes: float, one_process_too: bool = False) -> None:
    from mtcheck import parallel

    text = articles_text(int(megabytes * 1_000_000))
    load, forks = _load(), parallel.forked_runs
    t = timed(text, parallel=True)
    how = "on two cores" if parallel.forked_runs > forks else "in one process (MTCHECK_PARALLEL, cores busy or one core)"
    verdict = "ok" if t < BIG_GOAL_S else "NOT MET"
    cpu = LAST_CPU[0]
    print(f"realistic article of {len(text.encode('utf-8')) / 1e6:.1f} MB: {t:.1f}s {how} "
          f"(goal < {BIG_GOAL_S:g}s: {verdict}; {os.cpu_count()} cores, load {load}; "
          f"CPU {cpu:.1f}s in all processes)", flush=True)
    if one_process_too:
        single = timed(text)
        print(f"  the same in one process (MTCHECK_PARALLEL=0): {single:.1f}s (CPU {LAST_CPU[0]:.1f}s), "
              f"{single / max(t, 1e-9):.2f}x the time above (load now {_load()})", flush=True)


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def profile(shape: str, n: int) -> None:
    text = SHAPES[shape](n)
    prof = cProfile.Profile()
    prof.enable()
    mtcheck.check(text, backend="none")
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def stage_times(text: str) -> dict[str, float]:
    """Seconds per pipeline stage: reader, marker, segmenter, each analysis, each check, the
    merging of overlapping suggestions, JSON."""
    from mtcheck import marker, reader, segment, suggest
    from mtcheck.analysis import Document
    from mtcheck.checks import all_checks

    out: dict[str, float] = {}

    def clock(name, fn):
        t0 = time.perf_counter()
        value = fn()
        out[name] = time.perf_counter() - t0
        return value

    src = clock("reader", lambda: reader.from_text(text))
    mark = clock("marker", lambda: marker.detect(src.view, src.metadata))
    segs = clock("segment", lambda: segment.segment(src.view, soft_newlines=src.soft_newlines))
    doc = Document(text=src.view, sentences=segs, machine_translated=mark.machine_translated,
                   marker_span=(mark.start, mark.end) if mark.start is not None else None)
    for name in ("people", "orgs", "places", "acronyms", "quantities", "rare_names", "dates"):
        clock(f"analysis {name}", lambda name=name: getattr(doc, name))
    findings = []
    for cls in all_checks():
        if not cls.needs_backtranslation:
            findings += clock(f"check {cls.rule}", lambda cls=cls: list(cls().run(doc)))
    findings.sort(key=lambda f: (f.start, f.end))
    clock("suggest.merge", lambda: suggest.merge(findings, src.raw))
    report = mtcheck.check(text, backend="none")
    clock("report to_json", report.to_json)
    return out


def stages(shape: str, n: int) -> None:
    stage_times(articles_text(2000))  # imports and word lists load once, outside the figures
    small, large = stage_times(SHAPES[shape](n)), stage_times(SHAPES[shape](8 * n))
    print(f"{shape}: stage times at n={n:,} and 8n; ratio 8 is linear, 64 quadratic")
    for name in small:
        ratio = large[name] / max(small[name], 1e-4)
        flag = "  <-- grows faster than linear" if ratio > RATIO_GOAL and large[name] > 0.05 else ""
        print(f"  {name:<24} {small[name]:8.3f}s {large[name]:8.3f}s  x{ratio:6.1f}{flag}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="smallest input, in characters")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    ap.add_argument("--big-mb", type=float, default=10.0, help="size of the big article (0: skip)")
    ap.add_argument("--one-process-too", action="store_true",
                    help="time the big article in one process as well (MTCHECK_PARALLEL=0), side by side")
    ap.add_argument("--profile", choices=sorted(SHAPES), help="profile one check of this shape at --n")
    ap.add_argument("--stages", choices=sorted(SHAPES), help="time each stage of this shape at n and 8n")
    args = ap.parse_args()
    if args.stages:
        stages(args.stages, args.n)
        return
    if args.profile:
        profile(args.profile, args.n)
        return
    for shape in args.shape or SHAPES:
        growth(shape, args.n)
    if args.big_mb > 0:
        big_article(args.big_mb, args.one_process_too)


if __name__ == "__main__":
    main()

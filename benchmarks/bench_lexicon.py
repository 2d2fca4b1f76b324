"""How the lexicon checks' time grows with the size of their tables (the goal: it does not).

untranslated and mistranslation read tables of literal calques, mangled terms, name meanings
and transliterations that keep growing. The sentences that may hold an entry are found by one
Aho-Corasick pass over the text (analysis/needles.py), so the cost should stay about one pass
however many entries there are, not one scan of the text per entry. This benchmark checks one
realistic article (benchmarks/articles concatenated) with the calque table as it is and with it
grown 4x and 16x by copies of every entry, each copy needing a literal word of its own that the
article does not hold (as most entries of a real table do not occur in a given article), and
prints the times and t(16x)/t(1x). The goal is <= 2.

    .venv/bin/python benchmarks/bench_lexicon.py [--chars 1000000]

Prints the figures and whether the goal is met; always exits 0.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_growth import articles_text  # noqa: E402

from mtcheck.analysis import Document, mistranslations  # noqa: E402
from mtcheck import marker, reader, segment  # noqa: E402
from mtcheck.checks.mistranslation import Mistranslation  # noqa: E402

GOAL = 2.0


def document(text: str) -> Document:
    src = reader.from_text(text)
    mark = marker.detect(src.view, src.metadata)
    segs = segment.segment(src.view, soft_newlines=src.soft_newlines)
    return Document(text=src.view, sentences=segs, machine_translated=mark.machine_translated,
                    marker_span=(mark.start, mark.end) if mark.start is not None else None)


def grown_table(base: tuple, factor: int) -> tuple:
    """The table and factor-1 copies of each entry; copy k of a pattern also needs 'qzk<k>x'."""
    copies = [replace(c, patterns=tuple(f"{p} qzk{k}x" for p in c.patterns), pattern_clauses=None)
              for k in range(1, factor) for c in base]
    return base + tuple(copies)


def timed_with(table: tuple, doc: Document, repeat: int = 2) -> float:
    mistranslations.calque_table = lambda: table
    if hasattr(mistranslations, "_calque_needles"):  # the needles of the table: read again
        mistranslations._calque_needles.cache_clear()
    list(Mistranslation().run(doc))  # clauses and the automaton are built once, outside the figure
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        list(Mistranslation().run(doc))
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000, help="size of the article")
    args = ap.parse_args()
    doc = document(articles_text(args.chars))
    base = mistranslations.calque_table()
    times = {f: timed_with(grown_table(base, f), doc) for f in (1, 4, 16)}
    cells = "  ".join(f"{f:>2}x {len(base) * f:>5} entries {t:6.3f}s" for f, t in times.items())
    ratio = times[16] / max(times[1], 1e-9)
    verdict = "ok" if ratio <= GOAL else "NOT MET"
    print(f"mistranslation on {len(doc.text):,} chars (CPU s): {cells}  t(16x)/t(1x) = {ratio:.2f} "
          f"(goal <= {GOAL:g}: {verdict})", flush=True)


if __name__ == "__main__":
    main()

"""How often two figures of one measure that are a slip of each other are one quantity garbled.

    MTCHECK_SHARED=/path/to/shared .venv/bin/python benchmarks/garble_pairs.py

Every pair of figures of one dimension and unit, in different sentences of a development article
(devbench.dev_dirs: the blind sets are never read), whose values are a slip (garbled_figures.slip_kind:
two adjacent significant digits swapped, one digit changed, a zero added or dropped) is counted by
the slip, by whether the two name what they count alike (same head or family: samehead; differently:
diffhead; one names nothing: nohead; "unit-" for measures), and by whether the pair is an annotated
number-mismatch issue, overlaps a trap, or neither, in an article with issues or in a clean one.
The figures behind the prior of analysis/garble_prior.py.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import devbench  # noqa: E402
from mtcheck.analysis.document import Document  # noqa: E402
from mtcheck.analysis.garbled_figures import slip_kind  # noqa: E402
from mtcheck.analysis.quotes import QuoteIndex  # noqa: E402
from mtcheck.analysis.units import linked  # noqa: E402
from mtcheck.segment import segment  # noqa: E402


def _span(text: str, s: str) -> tuple[int, int] | None:
    i = text.find(s)
    return (i, i + len(s)) if i >= 0 else None


def _heads(r, q) -> str:
    if not (r.head and q.head):
        how = "nohead"
    else:
        how = "samehead" if any(linked(a, b) for a in r.head for b in q.head) else "diffhead"
    return how if q.dimension == "count" else "unit-" + how


def pairs(path: Path, notes: dict) -> Counter:
    text = path.read_text(encoding="utf-8")
    ctx = Document(text=text, sentences=segment(text), machine_translated=True)
    qs = [q for q in ctx.quantities if not q.timing and q.dimension != "score"]
    quotes = QuoteIndex(text)
    spans = [(o, k) for k, i in enumerate(notes["issues"]) if i["kind"] == "number-mismatch"
             for s in (i["anchor"], *i["spans"]) if (o := _span(text, s))]
    traps = [o for t in notes.get("traps", []) if (o := _span(text, t["span"]))]
    clean = "clean" if not notes["issues"] else ""
    out = Counter()
    by_measure: dict[tuple, list] = {}
    for q in qs:
        by_measure.setdefault((q.dimension.split(":")[0], q.unit), []).append(q)
    for group in by_measure.values():
        for x, r in enumerate(group):
            for q in group[x + 1:]:
                kind = slip_kind(r.value, q.value) if r.sentence != q.sentence else None
                if kind is None:
                    continue
                hit = lambda m: {k for (s, e), k in spans if s < m.end and m.start < e}  # noqa: E731
                label = "issue" if hit(r) & hit(q) else \
                    "trap" if any(s < q.end and q.start < e for s, e in traps) else "other"
                quoted = "quoted" if quotes.inside(q.start) or quotes.inside(r.start) else ""
                out[(f"{kind[0]}{min(kind[1], 3)}", _heads(r, q), label, quoted, clean)] += 1
    return out


def main() -> None:
    total = Counter()
    for d in devbench.dev_dirs():
        for j in sorted(d.glob("*.json")):
            notes = json.loads(j.read_text(encoding="utf-8"))
            total += pairs(j.parent / notes["article"], notes)
    for key, n in sorted(total.items()):
        print(" ".join(k or "-" for k in key), n)


if __name__ == "__main__":
    main()

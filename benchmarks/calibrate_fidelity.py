"""Measure round-trip chrF on clean news and on the same sentences with their words shuffled.

This is how the low-fidelity thresholds in models/registry.toml ([fidelity], and a pivot's
baseline_chrf) were chosen: the baseline is the clean median; the warning drops sit just below
the lowest clean sentence of each kind, so clean news stays quiet, and the shuffled sentences
show what the rule then catches.

    .venv/bin/python benchmarks/calibrate_fidelity.py [--backend bergamot] [--pivot pt] [ARTICLE ...]

Default articles: the seed, ../shared/bench/public/*.txt and benchmarks/articles/*.txt.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mtcheck  # noqa: E402
from mtcheck.reader import read_path  # noqa: E402
from mtcheck.segment import segment  # noqa: E402

TITLE_PARTS = ("headline", "standfirst", "caption")


def default_articles() -> list[Path]:
    found = [ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"]
    for folder in (ROOT.parent / "shared" / "bench" / "public", ROOT / "benchmarks" / "articles"):
        found += sorted(folder.glob("*.txt"))
    return found


def shuffle_words(sentence: str, rng: random.Random) -> str:
    """The sentence's words in another order; its final punctuation stays last, so the
    segmenter still sees one sentence."""
    m = re.match(r"^(.*?)([.!?\u201d\"']*)$", sentence.strip(), re.S)
    body, tail = m.group(1), m.group(2)
    words = body.split()
    original = list(words)
    for _ in range(10):
        rng.shuffle(words)
        if words != original:
            break
    out = " ".join(w.rstrip(".") if i < len(words) - 1 else w for i, w in enumerate(words))
    return out[:1].upper() + out[1:] + tail


def shuffled_article(text: str, rng: random.Random) -> tuple[str, set[int]]:
    """Every body sentence shuffled; returns the text and the indices of shuffled sentences."""
    segs = segment(text)
    out, pos, shuffled = [], 0, set()
    for i, s in enumerate(segs):
        out.append(text[pos:s.start])
        piece = text[s.start:s.end]
        if s.part == "body" and len(piece.split()) >= 2:
            piece = shuffle_words(piece, rng)
            shuffled.add(i)
        out.append(piece)
        pos = s.end
    out.append(text[pos:])
    return "".join(out), shuffled


def scores(report, parts, only: set[int] | None = None) -> list[tuple[float, int, str]]:
    """(chrF, words, part) of each scored sentence of these parts."""
    rows = []
    for s in report.sentences:
        b = report.sentence_backtranslations.get(s.index)
        if b and b.get("chrf") is not None and s.part in parts and (only is None or s.index in only):
            rows.append((b["chrf"], len(s.text.split()), s.part))
    return rows


def auroc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="*", type=Path)
    ap.add_argument("--backend", default="bergamot")
    ap.add_argument("--pivot", default=None)
    ap.add_argument("--model", action="append", default=[])
    args = ap.parse_args()
    paths = args.articles or default_articles()
    options = dict(backend=args.backend, pivot=args.pivot, models=args.model)
    rng = random.Random(4)
    clean, shuffled, flags = [], [], {"clean": 0, "shuffled": 0}
    t0 = time.perf_counter()
    for path in paths:
        text = read_path(path).view
        report = mtcheck.check(text, **options)
        clean += scores(report, ("body", *TITLE_PARTS))
        bt_clean = report.backtranslation
        flags["clean"] += sum(f.rule == "low-fidelity" for f in report.findings)
        mixed, idx = shuffled_article(text, rng)
        report = mtcheck.check(mixed, **options)
        shuffled += scores(report, ("body",), only=idx)
        flags["shuffled"] += sum(f.rule == "low-fidelity" and f.sentence in idx for f in report.findings)
    elapsed = time.perf_counter() - t0
    min_words = 5
    body = sorted(c for c, w, p in clean if p == "body" and w >= min_words)
    titles = sorted(c for c, w, p in clean if p in TITLE_PARTS and w >= min_words)
    shuf = sorted(c for c, w, p in shuffled if w >= min_words)
    everything = sorted(c for c, w, p in clean if w >= min_words)
    base = statistics.median(everything)
    print(f"backend {bt_clean['backend']} pivot {bt_clean['pivot']}: {len(paths)} articles, "
          f"{len(everything)} clean sentences of >= {min_words} words, {elapsed:.1f} s")
    print(f"clean   median chrF {base:.1f}; body min {body[0]:.1f}, 5th pct {body[len(body) // 20]:.1f}; "
          f"headline/standfirst/caption min {titles[0]:.1f}")
    print(f"shuffled median chrF {statistics.median(shuf):.1f}; AUROC clean vs shuffled (body) "
          f"{auroc(body, shuf):.3f}")
    print(f"suggested: baseline_chrf = {base:.0f}; body_warning_drop >= {base - body[0]:.0f}; "
          f"title_warning_drop >= {base - titles[0]:.0f}")
    for drop in (15, 20, 23, 26, 30):
        fp = sum(c < base - drop for c in body)
        tp = sum(c < base - drop for c in shuf)
        print(f"  body warning below {base - drop:.0f}: clean flagged {fp}/{len(body)}, "
              f"shuffled flagged {tp}/{len(shuf)}")
    print(f"low-fidelity findings with the registry's thresholds: clean articles {flags['clean']}, "
          f"on shuffled sentences {flags['shuffled']}")


if __name__ == "__main__":
    main()

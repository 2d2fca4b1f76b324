"""Measure the back-translation rules on clean news and on word-shuffled sentences.

Two measurements, both through the real engine (bergamot by default):

1. **Clean articles** (the seed, the clean human wire copy 10/14/18 of ../shared/bench/public,
   and every benchmarks/articles/*.json whose "issues" is empty): every gating (error or
   warning) low-fidelity / entity-dropped / unaligned finding is listed. The aim is none; the
   bar is at most one per dozen articles.
2. **Shuffled sentences**: in every third body paragraph of 10+ words, each sentence of 5+
   words gets its words shuffled (garbled machine translation). low-fidelity should catch
   them: precision (flagged shuffled / all flagged sentences) >= 0.9, recall >= 0.5.

It also prints the chrF (and, with a real model, cross-likelihood) distributions that the
thresholds in the registry's [fidelity] table were read from.

    .venv/bin/python benchmarks/calibrate_fidelity.py [--backend bergamot] [--pivot pt] [ARTICLE ...]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import mtcheck  # noqa: E402
from mtcheck.reader import read_path  # noqa: E402
from mtcheck.segment import segment  # noqa: E402

BT_RULES = ("low-fidelity", "entity-dropped", "unaligned")
TITLE_PARTS = ("headline", "standfirst", "caption")
GATING = ("error", "warning")


def clean_articles() -> list[Path]:
    """Articles without issues: what must stay quiet."""
    found = [SHARED / "seeds" / "000_0d5765ec9c3f1855.txt"]
    found += [SHARED / "bench" / "public" / n for n in
              ("10_iraq_najaf_airport_terminal.txt", "14_lebanon_sidon_marathon.txt",
               "18_syria_hasakah_water_station.txt")]
    for meta in sorted((ROOT / "benchmarks" / "articles").glob("*.json")):
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # being written by someone right now
        txt = meta.with_suffix(".txt")
        if data.get("issues") == [] and txt.is_file():
            found.append(txt)
    return [p for p in found if p.is_file()]


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


def shuffled_article(text: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Every third body paragraph of 10+ words with its sentences (5+ words) shuffled.

    Returns the new text and the [start, end) of each shuffled sentence in it."""
    segs = [s for s in segment(text) if s.part == "body"]
    paragraphs: list[list] = []
    for s in segs:
        gap = text[paragraphs[-1][-1].end:s.start] if paragraphs else "\n\n"
        if "\n" in gap:
            paragraphs.append([s])
        else:
            paragraphs[-1].append(s)
    eligible = [p for p in paragraphs if sum(len(text[s.start:s.end].split()) for s in p) >= 10]
    chosen = {id(s) for p in eligible[::3] for s in p if len(text[s.start:s.end].split()) >= 5}
    out, pos, spans, shift = [], 0, [], 0
    for s in segs:
        if id(s) not in chosen:
            continue
        out.append(text[pos:s.start])
        piece = shuffle_words(text[s.start:s.end], rng)
        new_start = s.start + shift
        spans.append((new_start, new_start + len(piece)))
        shift += len(piece) - (s.end - s.start)
        out.append(piece)
        pos = s.end
    out.append(text[pos:])
    return "".join(out), spans


def gating(report, rules=BT_RULES):
    return [f for f in report.findings if f.rule in rules and f.severity in GATING]


def sentence_rows(report, only=None):
    rows = []
    for s in report.sentences:
        b = report.sentence_backtranslations.get(s.index)
        if b and b.get("chrf") is not None and (only is None or s.index in only):
            rows.append((b["chrf"], b.get("cross_likelihood"), len(s.text.split()), s.part))
    return rows


def auroc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / max(1, len(pos) * len(neg))


def measure_clean(paths, options):
    noise, rows, notes = [], [], 0
    for path in paths:
        report = mtcheck.check(read_path(path).view, **options)
        rows += sentence_rows(report)
        notes += sum(1 for b in report.sentence_backtranslations.values() if b.get("engine_failure"))
        for f in gating(report):
            noise.append((path.name, f.rule, f.severity, f.text[:70], f.message[:110]))
    return noise, rows, notes


def measure_shuffled(paths, options, rng):
    caught = shuffled = flagged = 0
    rows = []
    for path in paths:
        text, spans = shuffled_article(read_path(path).view, rng)
        report = mtcheck.check(text, **options)
        idx = {s.index for s in report.sentences if (s.start, s.end) in set(spans)}
        shuffled += len(idx)
        rows += sentence_rows(report, idx)
        hit = {f.sentence for f in gating(report, ("low-fidelity",))}
        flagged += len(hit)
        caught += len(hit & idx)
    return caught, shuffled, flagged, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="*", type=Path)
    ap.add_argument("--backend", default="bergamot")
    ap.add_argument("--pivot", default=None)
    ap.add_argument("--model", action="append", default=[])
    args = ap.parse_args()
    paths = args.articles or clean_articles()
    options = dict(backend=args.backend, pivot=args.pivot, models=args.model)
    t0 = time.perf_counter()
    noise, clean_rows, failures = measure_clean(paths, options)
    caught, shuffled, flagged, shuf_rows = measure_shuffled(paths, options, random.Random(4))
    elapsed = time.perf_counter() - t0

    print(f"{len(paths)} clean articles, backend {args.backend}, {elapsed:.1f} s")
    print(f"clean: {len(noise)} gating back-translation findings; {failures} engine failures noted")
    for row in noise:
        print("   ", " | ".join(row))
    precision = caught / flagged if flagged else 1.0
    recall = caught / shuffled if shuffled else 0.0
    print(f"shuffled: {shuffled} sentences, low-fidelity flagged {flagged} sentences, {caught} of them "
          f"shuffled: precision {precision:.2f}, recall {recall:.2f}")
    body = sorted(c for c, _, w, p in clean_rows if p == "body" and w >= 5)
    titles = sorted(c for c, _, w, p in clean_rows if p in TITLE_PARTS and w >= 5)
    shuf = sorted(c for c, _, w, p in shuf_rows if w >= 5)
    if body and shuf:
        print(f"chrF clean body median {statistics.median(body):.1f} (min {body[0]:.1f}, 2nd pct "
              f"{body[len(body) // 50]:.1f}); titles median {statistics.median(titles or [0]):.1f} "
              f"(min {(titles or [0])[0]:.1f}); shuffled median {statistics.median(shuf):.1f}; "
              f"AUROC {auroc(body, shuf):.3f}")
        for cut in (50, 55, 58, 60, 62, 64, 66):
            print(f"  body chrF below {cut}: clean {sum(c < cut for c in body)}/{len(body)}, "
                  f"shuffled {sum(c < cut for c in shuf)}/{len(shuf)}")
    xl_clean = sorted(x for _, x, w, p in clean_rows if x is not None and p == "body" and w >= 5)
    xl_shuf = sorted(x for _, x, w, p in shuf_rows if x is not None and w >= 5)
    if xl_clean and xl_shuf:
        print(f"cross-likelihood clean median {statistics.median(xl_clean):.2f} (min {xl_clean[0]:.2f}); "
              f"shuffled median {statistics.median(xl_shuf):.2f}; AUROC {auroc(xl_clean, xl_shuf):.3f}")


if __name__ == "__main__":
    main()

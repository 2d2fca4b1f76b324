#!/usr/bin/env python3
"""Which stage of number-mismatch stops each missed conflict, and which guard saves which trap.

    MTCHECK_SHARED=/path/to/shared .venv/bin/python benchmarks/number_guards.py [--dirs dev|DIR ...] [--show STAGE]

For every annotated number-mismatch issue of the development sets (devbench.dev_dirs: the blind sets are
never read) that the rule misses, the stage that stopped it:
- not-extracted: the anchor or the span holds no quantity (or only a race time or a score);
- parts-list: the span holds several figures (a breakdown against a total: not a restatement pair);
- no-key: both extracted, but in different measures (a count against tonnes), never paired;
- equal: compared and found equal;
- guard:NAME: paired, and NAME is the one guard that keeps them apart on the path nearest to a finding
  (the pairwise comparison, quantity_pairs.apart_reasons / frame_reasons / evidence, or the garbling
  prior, garble_prior.kept_apart_reasons); guards:A+B when two or more stand in the way;
- open: a path has no guard left, yet nothing was flagged (another stage chose otherwise).
The same is counted for the annotated traps (the earlier figures each trap may be paired with) and for
every other pair of figures of one measure in an annotated article that the rule leaves alone and that a
path could join (heads linked or a digit slip): how often each guard, alone, saves precision.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import devbench  # noqa: E402
from mtcheck import marker as marker_mod  # noqa: E402
from mtcheck.analysis.antecedents import other_named_things  # noqa: E402
from mtcheck.analysis.document import Document  # noqa: E402
from mtcheck.analysis import garble_prior as gp  # noqa: E402
from mtcheck.analysis.quantities import same_value  # noqa: E402
from mtcheck.analysis.quantities_earlier import MAX_DISTANCE  # noqa: E402
from mtcheck.analysis.runs import by_sentence  # noqa: E402
from mtcheck.analysis.quantity_pairs import (THRESHOLD, any_linked, apart_reasons, both_given,  # noqa: E402
                                             evidence, frame_reasons)
from mtcheck.analysis.quantity_slips import added_item, far_apart  # noqa: E402
from mtcheck.analysis.quotes import QuoteIndex  # noqa: E402
from mtcheck.checks.number_mismatch import NumberMismatch  # noqa: E402
from mtcheck.segment import segment  # noqa: E402


def _occurrence(text: str, s: str) -> tuple[int, int] | None:
    i = text.find(s)
    return (i, i + len(s)) if i >= 0 else None


def _inside(qs, span) -> list:
    return [q for q in qs if q.start < span[1] and span[0] < q.end]


def pairwise_blockers(ctx, quotes, ref, later, words) -> list[str]:
    """Every guard of the pairwise comparison (NumberMismatch._check) that stands between the two."""
    out = []
    if quotes.inside(later.start):
        out.append("quote:later")
    if quotes.inside(ref.start):
        out.append("quote:ref")  # a quoted figure is a reference of a later slip only
    if later.part in ("caption", "credit"):
        out.append("caption")
    if later.start - ref.start > MAX_DISTANCE:
        out.append("distance")
    if (later.other and not later.total or later.update) and not later.anaphoric:
        out.append("later-other-or-update")
    out += apart_reasons(ctx, ref, later, words)
    out += (f"frame:{r}" for r in frame_reasons(ref, later))
    if ref.head and later.head and not any_linked(later.head, ref.head):
        out.append("heads-differ")
    else:
        e = evidence(ref, later, ctx)
        if e < THRESHOLD:
            out.append(f"weak-evidence({e})")
        elif far_apart(ref, later):
            out.append("far-apart")
    if other_named_things(ctx, ref, later):
        out.append("veto:other-named-things")
    if added_item(ctx, ref, later):
        out.append("veto:added-item")
    if both_given(by_sentence(ctx.quantities), ref, later):
        out.append("veto:both-given")
    return out


def garble_blockers(ctx, quotes, ref, later, cache) -> list[str] | None:
    """Every guard of the garbling prior (garble_prior.garbled_pairs) between the two; None when the
    two are no slip of each other in one measure (the path does not apply)."""
    if (ref.dimension, ref.unit) != (later.dimension, later.unit):
        return None
    s = gp.slip(gp._written(ref), gp._written(later))
    if not s:
        return None
    kind, n = s
    out = [g for g, x in (("quote:later", later), ("quote:ref", ref)) if quotes.inside(x.start)]
    said = sum(1 for q in ctx.quantities if (q.dimension, q.unit) == (later.dimension, later.unit)
               and q.value == later.value and not q.timing)
    if said > 1:
        out.append("said-twice")
    if gp._PART_AFTER.match(ctx.text, later.end):
        out.append("part-after")
    out += gp.kept_apart_reasons(ctx, ref, later, kind, cache)
    if not gp._strong(ctx, kind, n, ref, later):
        out.append(f"weak-slip({kind},{n})")
    return out


def stage(ctx, quotes, ref, later, words, cache) -> tuple[str, list[str]]:
    """The stage that keeps ``ref`` and ``later`` apart, with each path's blockers."""
    if ref.timing or later.timing:
        return "not-extracted(timing)", []
    if same_value(ref, later):
        return "equal", []
    if ref.dimension.split(":")[0] != later.dimension.split(":")[0]:
        return f"no-key({ref.dimension}/{later.dimension})", []
    paths = [pairwise_blockers(ctx, quotes, ref, later, words)]
    g = garble_blockers(ctx, quotes, ref, later, cache)
    if g is not None:
        paths.append(g)
    best = min(paths, key=len)
    shown = [f"pair: {', '.join(paths[0]) or '-'}"] + ([f"garble: {', '.join(g) or '-'}"] if g is not None else [])
    if not best:
        return "open", shown
    return ("guard:" if len(best) == 1 else "guards:") + "+".join(best[:3]), shown


def sole_guards(ctx, quotes, ref, later, words, cache) -> set[str]:
    """The guards that alone keep the two apart on some path (removing one would join them there)."""
    if same_value(ref, later) or ref.timing or later.timing or ref.sentence == later.sentence \
            or ref.dimension.split(":")[0] != later.dimension.split(":")[0]:
        return set()
    out = set()
    p = pairwise_blockers(ctx, quotes, ref, later, words)
    if len(p) == 1:
        out.add(p[0])
    g = garble_blockers(ctx, quotes, ref, later, cache)
    if g is not None and len(g) == 1:
        out.add(g[0])
    return out


def _joinable(ref, later) -> bool:
    """A pair a path could join: heads linked (or one names nothing), or a digit slip."""
    if ref.head and later.head and any_linked(ref.head, later.head) or not (ref.head and later.head):
        return True
    return gp.slip(gp._written(ref), gp._written(later)) is not None


def article(path: Path, notes: dict, tables: dict[str, Counter], show: str | None) -> None:
    text = path.read_text(encoding="utf-8")
    mark = marker_mod.detect(text, {})
    ctx = Document(text=text, sentences=segment(text), machine_translated=mark.machine_translated)
    qs = ctx.quantities
    quotes = QuoteIndex(text)
    flagged = [(f.start, f.end) for f in NumberMismatch().run(ctx) if f.severity in ("error", "warning")]
    words: dict = {}
    cache: dict = {}
    issue_spans: list[tuple[int, int]] = []
    for issue in notes.get("issues", []):
        if issue["kind"] != "number-mismatch":
            continue
        anchor = _occurrence(text, issue["anchor"])
        spans = [o for s in issue["spans"] if (o := _occurrence(text, s))]
        issue_spans += [o for o in [anchor, *spans] if o]
        if any(f[0] < o[1] and o[0] < f[1] for f in flagged for o in [anchor, *spans] if o):
            continue  # found
        a = _inside(qs, anchor) if anchor else []
        found, detail = "not-extracted(anchor)" if not a else "not-extracted(span)", []
        for span in spans:
            s = _inside(qs, span)
            if a and len(s) >= 2 and s[0].sentence == s[-1].sentence:
                found, detail = "parts-list", []
                break
            options = [stage(ctx, quotes, *sorted((x, y), key=lambda q: q.start), words, cache)
                       for x in a for y in s if x is not y]
            if options:
                found, detail = min(options, key=lambda o: (o[0] != "open", o[0].startswith("guards"), o[0]))
        tables["missed"][found] += 1
        if show is not None and found.startswith(show):
            print(f"{path.parent.name}/{path.name}: {found}\n   {issue['anchor']!r} -> {issue['spans']!r}")
            for d in detail:
                print("     " + d)
    traps = [o for t in notes.get("traps", []) if (o := _occurrence(text, t["span"]))]
    busy = issue_spans + traps
    for k, later in enumerate(qs):
        if any(later.start < f[1] and f[0] < later.end for f in flagged):
            continue
        trap = any(later.start < t[1] and t[0] < later.end for t in traps)
        if not trap and any(later.start < o[1] and o[0] < later.end for o in busy):
            continue
        saved: set[str] = set()
        for ref in qs[:k]:
            if any(ref.start < o[1] and o[0] < ref.end for o in issue_spans) and not trap:
                continue
            if _joinable(ref, later):
                saved |= sole_guards(ctx, quotes, ref, later, words, cache)
        for g in saved:
            tables["trap" if trap else ("clean-copy" if not notes.get("issues") else "left-alone")][g] += 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dirs", nargs="+", default=["dev"])
    ap.add_argument("--show", default=None, help="print the missed issues whose stage starts with this")
    a = ap.parse_args()
    dirs = devbench.dev_dirs() if a.dirs == ["dev"] else [Path(d) for d in a.dirs]
    tables = {k: Counter() for k in ("missed", "trap", "left-alone", "clean-copy")}
    for d in dirs:
        for j in sorted(d.glob("*.json")):
            notes = json.loads(j.read_text(encoding="utf-8"))
            article(j.parent / notes["article"], notes, tables, a.show)
    print("stage of each missed number-mismatch issue:")
    for g, n in tables["missed"].most_common():
        print(f"  {n:4d}  {g}")
    guards = sorted({g for t in ("trap", "left-alone", "clean-copy") for g in tables[t]}
                    | {g.split(":", 1)[1] for g in tables["missed"] if g.startswith("guard:")},
                   key=lambda g: -tables["missed"][f"guard:{g}"] - tables["left-alone"][g])
    print("\nguard                          missed(sole)  traps saved  pairs saved  clean-copy pairs saved")
    for g in guards:
        print(f"  {g:30s} {tables['missed'][f'guard:{g}']:5d} {tables['trap'][g]:12d} {tables['left-alone'][g]:12d}"
              f" {tables['clean-copy'][g]:12d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

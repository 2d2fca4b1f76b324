"""Several pivots (``--pivot pt,ar``): a sentence is flagged when the pivots agree.

Each engine has slips of its own: a word it does not know, a name it drops, a loop. They rarely
fall on the same sentence in two engines trained apart, while a garbled or incomplete English
sentence fails through every pivot. So a sentence is judged through each pivot that can run,
and low-fidelity and entity-dropped speak only where the pivots agree (``pivots_agree`` in
[fidelity]; by default all of those that ran). Each pivot's scores are in the report.
"""
from __future__ import annotations

from typing import Callable

from ..errors import MtcheckError
from .fidelity import single_verdict
from .result import BacktranslationResult


def several(langs: list[str], run_one: Callable[[str], BacktranslationResult]) -> BacktranslationResult:
    """Run each pivot that can run here; one that cannot is skipped with a note (none: the error)."""
    results: list[BacktranslationResult] = []
    skipped: list[str] = []
    first_error: MtcheckError | None = None
    for lang in dict.fromkeys(langs):
        try:
            result = run_one(lang)
        except MtcheckError as exc:
            first_error = first_error or exc
            skipped.append(f"pivot {lang} skipped: {exc}")
            continue
        if result.backend == "none":
            skipped.append(f"pivot {lang} skipped: {result.note}")
            continue
        results.append(result)
    if not results:
        raise first_error or MtcheckError(f"none of the pivots {', '.join(langs)} can run here")
    return combine(results, skipped)


def combine(results: list[BacktranslationResult], skipped: list[str]) -> BacktranslationResult:
    """The first pivot's result, each sentence carrying every pivot's scores and verdict, and
    its losses narrowed to those that every pivot lost."""
    main = results[0]
    names = [r.pivot for r in results]
    main.pivot = ",".join(names)
    main.backend = ",".join(dict.fromkeys(r.backend for r in results))
    main.note = "; ".join([*(f"{lang}: {r.note}" for lang, r in zip(names, results)), *skipped])
    for r in results[1:]:
        main.models.update(r.models)
    for index, sentence in main.sentences.items():
        same = [(r, r.sentences.get(index)) for r in results]
        sentence.pivot_scores = {
            lang: {"pivot_text": s.pivot_text, "text": s.text,
                      "chrf": s.scores.chrf if s.scores else None, "bleu": s.scores.bleu if s.scores else None,
                      "ter": s.scores.ter if s.scores else None, "cross_likelihood": s.cross_likelihood,
                      "engine_failure": s.engine_failure}
            for lang, (r, s) in zip(names, same) if s is not None}
        sentence.pivot_verdicts = [single_verdict(s, r.baseline_chrf, r.fidelity) if r.baseline_chrf is not None else None
                                   for r, s in same if s is not None]
        lost_everywhere = set(sentence.lost)
        for _, s in same[1:]:
            lost_everywhere &= set(s.lost) if s is not None else set()
        sentence.lost = sorted(lost_everywhere, key=lambda e: e.start)
    return main

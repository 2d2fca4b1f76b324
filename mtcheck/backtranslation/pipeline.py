"""The back-translation stage: pick an engine, translate through the cache, score, align.

Round trip (no source): English -> pivot -> English, each sentence scored against itself.
Bilingual (the original article given): English -> source language, the article's sentences
aligned to the source's, each scored against its aligned source sentence(s).
"""
from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from anyascii import anyascii

from ..errors import MtcheckError
from . import entities as ents
from .align import align
from .base import Engine
from .cache import TranslationCache, entry_key
from .registry import load_registry, parse_overrides
from .repair import clauses, degenerate
from .result import BacktranslationResult, Omission, SentenceResult
from .scoring import Scorer
from .select import plan as make_plan

SKIPPED_PARTS = ("marker", "credit")


# Curly quotes and apostrophes send the engines off the rails ("Ma\u2019arib" comes back as
# nonsense where "Ma'arib" is carried over): the engine sees straight ones.
_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                             "\u2032": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                             "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
                             "\u00bb": '"', "\u00ad": None, "\u200b": None})


def flat(text: str) -> str:
    """One line, single spaces, straight quotes: what an MT engine should see of a sentence."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


class CachedTranslator:
    """Translate through the cache; the engine (and its model) is touched only for misses."""

    def __init__(self, engine: Engine, cache: TranslationCache):
        self.engine, self.cache = engine, cache

    def __call__(self, texts: Sequence[str], direction: str) -> list[str]:
        e = self.engine
        tag = (e.name, e.model_key(direction), direction, e.settings.cache_tag())
        keys = [entry_key(*tag, t) for t in texts]
        found = self.cache.get_many(keys)
        todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found and t.strip()))
        if todo:
            new = dict(zip(todo, e.translate(todo, direction)))
            fresh = {entry_key(*tag, t): out for t, out in new.items()}
            self.cache.put_many(fresh)
            found.update(fresh)
        return [found.get(k, "") for k in keys]


class CachedScorer:
    """Forced-decoding scores through the cache: a cached re-check loads no model for them."""

    def __init__(self, engine: Engine, cache: TranslationCache):
        self.engine, self.cache = engine, cache

    def __call__(self, sources: Sequence[str], targets: Sequence[str], direction: str) -> list[float | None]:
        e = self.engine
        tag = ("score", e.name, e.model_key(direction), direction)
        keys = [entry_key(*tag, s, t) for s, t in zip(sources, targets)]
        found = self.cache.get_many(keys)
        todo = [k for k in dict.fromkeys(keys) if k not in found]
        if todo:
            pairs = {k: (s, t) for k, s, t in zip(keys, sources, targets) if k in set(todo) and s.strip()}
            values = e.score([p[0] for p in pairs.values()], [p[1] for p in pairs.values()], direction)
            fresh = {k: repr(v) for k, v in zip(pairs, values)}
            self.cache.put_many(fresh)
            found.update(fresh)
        return [float(found[k]) if k in found else None for k in keys]


def run_backtranslation(ctx, backend: str = "auto", *, pivot: str | None = None,
                        models: Mapping[str, str] | Iterable[str] | None = None,
                        source: str | Path | None = None, source_lang: str | None = None,
                        no_cache: bool = False, cache_dir: str | Path | None = None,
                        device: str | None = None, registry: str | Path | None = None,
                        **_other: Any) -> BacktranslationResult:
    """Back-translate ``ctx``'s sentences and score them. Other options are for other stages."""
    if source is not None and not source_lang:
        raise MtcheckError("--source needs --source-lang (the language the article was translated from)")
    if source_lang and source is None:
        raise MtcheckError("--source-lang needs --source FILE (the original article)")
    mode = "bilingual" if source is not None else "round-trip"
    lang = (source_lang or pivot or None)
    lang = lang.strip().lower() if lang else None
    reg = load_registry(registry)
    overrides = parse_overrides(models)
    cache = TranslationCache(cache_dir, enabled=not no_cache)
    try:
        langs = [p.strip() for p in lang.split(",") if p.strip()] if lang else [None]
        if mode == "round-trip" and len(langs) > 1:
            from .pivots import several

            result = several(langs, lambda one: _run_one(ctx, backend, reg, overrides, mode, one, cache, device,
                                                         source))
        else:
            result = _run_one(ctx, backend, reg, overrides, mode, langs[0], cache, device, source)
        if cache.notes:
            result.note = "; ".join([result.note, *cache.notes])
        return result
    finally:
        cache.close()


def _run_one(ctx, backend: str, reg, overrides, mode: str, lang: str | None, cache: TranslationCache,
             device: str | None, source) -> BacktranslationResult:
    """One engine, one pivot (or source language): translate, score, and judge what is normal."""
    chosen = make_plan(backend, reg, overrides, mode=mode, pivot=lang, cache=cache, device=device)
    picked = [(i, seg) for i, seg in enumerate(ctx.sentences)
              if seg.part not in SKIPPED_PARTS and ctx.text[seg.start:seg.end].strip()]
    result = BacktranslationResult(mode=mode, backend=chosen.backend, pivot=chosen.pivot,
                                   note=chosen.note, models=chosen.models,
                                   source_lang=chosen.pivot if mode == "bilingual" else None,
                                   fidelity=dict(reg.fidelity))
    if chosen.engine is not None and picked:
        translate = CachedTranslator(chosen.engine, cache)
        if mode == "round-trip":
            _round_trip(ctx, picked, translate, chosen.directions, result)
        else:
            _bilingual(ctx, picked, translate, chosen.directions[0], Path(source), result)
        _baseline(result, reg, mode)
    failed = sum(1 for r in result.sentences.values() if r.engine_failure)
    if failed:
        result.note = (f"{result.note}; the engine failed on {failed} of {len(result.sentences)} sentences "
                       "(a loop or run-on output, even clause by clause): those are not judged")
    return result


def _round_trip(ctx, picked, translate: CachedTranslator, directions, result: BacktranslationResult) -> None:
    texts = [flat(ctx.text[seg.start:seg.end]) for _, seg in picked]
    pivots = translate(texts, directions[0])
    backs = translate(pivots, directions[1])
    scorer = Scorer("en")
    known = ents.capitalised_words(ctx.text, ctx.sentences)
    rows = []
    for (i, seg), text, piv, back in zip(picked, texts, pivots, backs):
        found = ents.extract(ctx.text, seg.start, seg.end, known, names=not _title_case(text))
        # A wire dateline ("CAIRO, Jan 14 (Reuters) -") is metadata the engines often drop.
        # So is a unit conversion in brackets ("80 km (50 miles)"): a restatement engines drop.
        sentence = ctx.text[seg.start:seg.end]
        skip = _dateline_end(sentence)
        conversions = [(seg.start + m.start(), seg.start + m.end()) for m in _CONVERSION.finditer(sentence)]
        found = [e for e in found if e.start >= seg.start + skip
                 and not any(a <= e.start < b for a, b in conversions)]
        failure = degenerate(piv, text) or degenerate(back, text)
        rows.append(SentenceResult(index=i, part=seg.part, reference=text, text=back, pivot_text=piv,
                                   words=len(text.split()), entities=found, engine_failure=failure,
                                   lost=ents.lost(found, _carried(back, piv))))
    _retry_in_clauses([r for r in rows if r.engine_failure or r.lost], translate, directions)
    if hasattr(translate.engine, "score"):
        # The backward model's likelihood of the original given the pivot text (cross-likelihood):
        # a signal from the model itself, beside the surface overlap of chrF.
        scored = CachedScorer(translate.engine, translate.cache)
        for r, value in zip(rows, scored([r.pivot_text for r in rows], [r.reference for r in rows],
                                         directions[1])):
            r.cross_likelihood = value
    for r in rows:
        r.scores = scorer.sentence(r.text, r.reference)
        r.length_ratio = _ratio(r.text, r.reference)
        # Carried by the pivot but lost on the way back: the checker's engine slipped.
        back_lost = ents.lost([e for e in r.entities if e not in r.lost], ents.back_keys(r.text))
        r.engine_lost = sorted({*r.engine_lost, *back_lost}, key=lambda e: e.start)
        if r.engine_failure:  # what a failed engine lost says nothing about the article
            r.engine_lost, r.lost = sorted({*r.engine_lost, *r.lost}, key=lambda e: e.start), []
        result.sentences[r.index] = r
    result.corpus = scorer.corpus([r.text for r in rows], [r.reference for r in rows])
    result.signatures = scorer.signatures()


def _retry_in_clauses(rows: list[SentenceResult], translate: CachedTranslator, directions) -> None:
    """Translate suspect sentences again clause by clause: a loop or a lost name that does not
    come back in smaller pieces was the engine's, not the article's."""
    if not rows:
        return
    pieces = [piece for r in rows for piece in clauses(r.reference)]
    fwd = translate(pieces, directions[0])
    back = translate(fwd, directions[1])
    at = 0
    for r in rows:
        n = len(clauses(r.reference))
        piv, bk = " ".join(fwd[at:at + n]), " ".join(back[at:at + n])
        at += n
        if r.engine_failure:
            if n > 1 and not (degenerate(piv, r.reference) or degenerate(bk, r.reference)):
                r.pivot_text, r.text, r.retranslated, r.engine_failure = piv, bk, True, None
                r.lost = ents.lost(r.entities, _carried(bk, piv))
            continue
        still = ents.lost(r.lost, _carried(bk, piv))
        r.engine_lost = [e for e in r.lost if e not in still]
        r.lost = still


def _bilingual(ctx, picked, translate: CachedTranslator, direction: str, source: Path,
               result: BacktranslationResult) -> None:
    from ..reader import read_path
    from ..segment import segment

    src = read_path(source)
    src_sents = [flat(src.view[s.start:s.end]) for s in segment(src.view, soft_newlines=src.soft_newlines)
                 if s.part not in SKIPPED_PARTS and src.view[s.start:s.end].strip()]
    lang = direction.split("-")[1]
    texts = [flat(ctx.text[seg.start:seg.end]) for _, seg in picked]
    hyps = translate(texts, direction)
    scorer = Scorer(lang)
    min_sim = float(result.fidelity.get("align_min_similarity", 0.3))
    beads = align(hyps, src_sents, scorer.similarity, min_similarity=min_sim)
    hyp_all, ref_all = [], []
    last_article: int | None = None
    for bead in beads:
        if not bead.article:
            result.omissions.extend(Omission(j, src_sents[j], last_article) for j in bead.source)
            continue
        members = [picked[k] for k in bead.article]
        last_article = members[-1][0]
        if not bead.source:
            result.unaligned.extend(i for i, _ in members)
            for (i, seg), k in zip(members, bead.article):
                result.sentences[i] = SentenceResult(index=i, part=seg.part, reference="", text=hyps[k],
                                                     words=len(texts[k].split()))
            continue
        hyp = " ".join(hyps[k] for k in bead.article)
        ref = " ".join(src_sents[j] for j in bead.source)
        scores = scorer.sentence(hyp, ref)
        hyp_all.append(hyp)
        ref_all.append(ref)
        # Across languages only digits compare reliably ("Tehran" is "Teerã", "two" is "dois");
        # they are looked for in the source itself (Arabic-Indic digits fold through anyascii).
        keys = ents.back_keys(anyascii(ref))
        for (i, seg), k in zip(members, bead.article):
            found = [e for e in ents.extract(ctx.text, seg.start, seg.end, names=False)
                     if any(c.isdigit() for c in e.text)]
            result.sentences[i] = SentenceResult(
                index=i, part=seg.part, reference=ref, text=hyps[k], scores=scores,
                length_ratio=_ratio(hyp, ref), words=len(texts[k].split()), entities=found,
                lost=ents.lost(found, keys), source=ref, source_sentences=bead.source)
    result.corpus = scorer.corpus(hyp_all, ref_all)
    result.signatures = scorer.signatures()


def _carried(back: str, pivot: str) -> ents.BackKeys:
    """What the round trip kept: the back-translation, and the pivot (ASCII-folded) too. A name
    the pivot carried but the way back dropped is the checker's model's slip, not the article's."""
    return ents.back_keys(f"{back} {anyascii(pivot)}")


def _baseline(result: BacktranslationResult, reg, mode: str) -> None:
    """What a normal chrF is here: the pivot's measured baseline, else this article's median."""
    f = result.fidelity
    entry = reg.pivot(result.pivot) if result.pivot else None
    if mode == "round-trip" and entry is not None and entry.baseline_chrf is not None:
        result.baseline_chrf = float(entry.baseline_chrf)
        return
    scores = [r.scores.chrf for r in result.sentences.values()
              if r.scores is not None and r.words >= f.get("min_words", 5)]
    if len(scores) >= f.get("min_sentences_for_median", 6):
        result.baseline_chrf = float(statistics.median(scores))
    else:
        result.baseline_chrf = float(f.get("fallback_baseline", 75))


_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]+(?:,[^()\n]{1,40})?\s*\([A-Za-z .]{2,30}\)\s*[-\u2013\u2014]\s*")


_CONVERSION = re.compile(r"\((?:about |some |around )?[$\u20ac\u00a3]?\d[\d.,]*\s*[A-Za-z\u00b0]{0,12}\.?"
                         r"(?:\s[a-z]{1,12})?\)")


def _dateline_end(sentence: str) -> int:
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


def _ratio(hyp: str, ref: str) -> float | None:
    return round(len(hyp) / len(ref), 3) if ref else None


def _title_case(text: str) -> bool:
    """Headlines In Title Case capitalise every word: capitals say nothing about names there."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7

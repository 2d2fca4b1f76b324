"""The model registry (mtcheck/data/registry.toml, inside the package) and the local model
store (models/store/ in a checkout, else ~/.cache/mtcheck/models).

A model is found, in this order: a folder given with ``--model DIRECTION=PATH``; the store
(``mtcheck models pull`` puts it there); the Hugging Face cache. Nothing here touches the
network except :func:`pull`, and that only when HF_HUB_OFFLINE is not set.
"""
from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import ModelUnavailable, MtcheckError
from .base import GenerationSettings, split_direction

# The checkout's models/ folder (the store for weights); an installed package has none.
_REPO_MODELS = Path(__file__).resolve().parents[2] / "models"
_PACKAGED_REGISTRY = Path(__file__).resolve().parents[1] / "data" / "registry.toml"
_MARKER_FILE = ".mtcheck-model.json"


@dataclass(frozen=True)
class ModelSpec:
    """A translation model: a hub id at a revision, or a local folder."""

    id: str
    revision: str | None = None
    prefix: str = ""            # target-language token multi-target OPUS-MT models need
    path: Path | None = None    # a local folder given by the user

    @property
    def label(self) -> str:
        if self.path is not None:
            return str(self.path)
        return f"{self.id}@{self.revision}" if self.revision else self.id


@dataclass(frozen=True)
class Pivot:
    lang: str
    engine: str                          # "hf" (hf/ct2 backends) or "bergamot"
    forward: ModelSpec | None = None     # en -> lang
    backward: ModelSpec | None = None    # lang -> en
    baseline_chrf: float | None = None   # median clean round-trip chrF, measured

    def spec(self, direction: str) -> ModelSpec | None:
        return self.forward if direction == f"en-{self.lang}" else \
            self.backward if direction == f"{self.lang}-en" else None


@dataclass(frozen=True)
class Registry:
    path: Path
    default_pivot: str
    pivots: dict[str, Pivot]
    generation: GenerationSettings
    fidelity: dict[str, float] = field(default_factory=dict)

    def pivot(self, lang: str) -> Pivot | None:
        return self.pivots.get(lang)


def models_dir() -> Path:
    return _REPO_MODELS


def registry_path() -> Path:
    return Path(os.environ.get("MTCHECK_REGISTRY") or _PACKAGED_REGISTRY)


def store_dir() -> Path:
    if os.environ.get("MTCHECK_MODEL_STORE"):
        return Path(os.environ["MTCHECK_MODEL_STORE"])
    if (_REPO_MODELS / "README.md").is_file():  # running from a checkout
        return _REPO_MODELS / "store"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mtcheck" / "models"


def offline() -> bool:
    """HF_HUB_OFFLINE as huggingface_hub reads it, checked at call time."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def load_registry(path: str | Path | None = None) -> Registry:
    p = Path(path) if path else registry_path()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MtcheckError(f"model registry {p} not found (set MTCHECK_REGISTRY)") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MtcheckError(f"model registry {p}: {exc}") from None
    pivots = {}
    for lang, entry in (data.get("pivots") or {}).items():
        engine = entry.get("engine", "hf")
        pivots[lang] = Pivot(lang=lang, engine=engine, forward=_spec(entry.get("forward")),
                             backward=_spec(entry.get("backward")),
                             baseline_chrf=entry.get("baseline_chrf"))
    gen = data.get("generation") or {}
    settings = GenerationSettings(beam_size=int(gen.get("beam_size", 1)),
                                  max_length=int(gen.get("max_length", 256)),
                                  batch_size=int(gen.get("batch_size", 16)),
                                  ct2_quantization=str(gen.get("ct2_quantization", "int8")))
    return Registry(path=p, default_pivot=data.get("default_pivot", "ar"), pivots=pivots,
                    generation=settings, fidelity=dict(data.get("fidelity") or {}))


def _spec(entry: Mapping[str, Any] | None) -> ModelSpec | None:
    if not entry:
        return None
    return ModelSpec(id=entry["id"], revision=entry.get("revision"), prefix=entry.get("prefix", ""))


def parse_overrides(models: Mapping[str, str] | Iterable[str] | None) -> dict[str, str]:
    """``["en-ar=./opus-mt-en-ar"]`` or ``{"en-ar": "..."}`` -> ``{"en-ar": "..."}``."""
    if not models:
        return {}
    items = models.items() if isinstance(models, Mapping) else (_split_item(m) for m in models)
    out = {}
    for direction, value in items:
        direction = direction.strip()
        if split_direction(direction) is None or "en" not in split_direction(direction):
            raise MtcheckError(f"--model {direction}={value}: the direction must look like "
                               "en-ar or ar-en")
        if not str(value).strip():
            raise MtcheckError(f"--model {direction}=: give a hub id or a local folder")
        out[direction] = str(value).strip()
    return out


def _split_item(item: str) -> tuple[str, str]:
    direction, sep, value = item.partition("=")
    if not sep:
        raise MtcheckError(f"--model {item!r}: expected DIRECTION=ID_OR_PATH, e.g. en-ar=./opus-mt-en-ar")
    return direction, value


def spec_for(direction: str, pivot: Pivot | None, overrides: Mapping[str, str]) -> ModelSpec | None:
    """The model for a direction: the user's override first, then the registry's."""
    default = pivot.spec(direction) if pivot else None
    value = overrides.get(direction)
    if value is None:
        return default
    prefix = default.prefix if default else ""
    local = Path(value).expanduser()
    # A hub id is "org/name" (optionally @revision); anything else that names a folder is local.
    if local.exists() or value.startswith((".", "/", "~")) or value.count("/") > 1:
        return ModelSpec(id=str(local), path=local.resolve(), prefix=prefix)
    hub_id, _, revision = value.partition("@")
    return ModelSpec(id=hub_id, revision=revision or "main", prefix=prefix)


def _safe(hub_id: str) -> str:
    return hub_id.replace("/", "--")


def store_path(spec: ModelSpec) -> Path:
    return store_dir() / "hf" / f"{_safe(spec.id)}@{spec.revision or 'main'}"


def locate(spec: ModelSpec) -> Path | None:
    """A local folder holding the model, without touching the network."""
    if spec.path is not None:
        return spec.path if (spec.path / "config.json").is_file() else None
    stored = store_path(spec)
    if (stored / "config.json").is_file():
        return stored
    return _hf_cache_snapshot(spec)


def _hf_cache_dir() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]) / "hub"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "huggingface" / "hub"


def _hf_cache_snapshot(spec: ModelSpec) -> Path | None:
    # Most machines do not hold the model at all: a look at the folder saves importing
    # huggingface_hub (a quarter of a second) on every check.
    if not (_hf_cache_dir() / f"models--{spec.id.replace('/', '--')}").is_dir():
        return None
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - huggingface_hub is a dependency
        return None
    try:
        # The cache folder is read now, not at import: HF_HUB_CACHE / HF_HOME may have changed.
        cache_dir = os.environ.get("HF_HUB_CACHE") or (
            os.path.join(os.environ["HF_HOME"], "hub") if os.environ.get("HF_HOME") else None)
        found = try_to_load_from_cache(spec.id, "config.json", revision=spec.revision or "main",
                                       cache_dir=cache_dir)
    except Exception:  # a malformed id or cache: treat as absent
        return None
    return Path(found).parent if isinstance(found, str) else None


def revision_of(spec: ModelSpec, path: Path) -> str:
    """The commit a located hub model is at: the store's record or the HF cache's folder name."""
    record = path / _MARKER_FILE
    if record.is_file():
        try:
            return json.loads(record.read_text(encoding="utf-8")).get("commit") or spec.revision or "main"
        except (OSError, ValueError):
            pass
    if path.parent.name == "snapshots":  # HF cache: snapshots/<commit>/
        return path.name
    return spec.revision or "main"


def hub_key(spec: ModelSpec, path: Path) -> str:
    """Cache identity of a located hub model: its id at the commit, and the prefix it is fed."""
    return (f"{spec.prefix}|" if spec.prefix else "") + f"{spec.id}@{revision_of(spec, path)}"


def content_hash(path: Path) -> str:
    """sha256 over the names and bytes of a local model's files (stable across copies)."""
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
        h.update(str(f.relative_to(path)).encode())
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def fingerprint(path: Path) -> str:
    """Cheap stand-in for the content: names, sizes and mtimes (keys the memoised hash)."""
    parts = []
    for f in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
        st = f.stat()
        parts.append(f"{f.relative_to(path)}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def unavailable(spec: ModelSpec, direction: str, pivot: str | None) -> ModelUnavailable:
    """The one line that says which model is missing and the two ways to get it."""
    where = f"model {spec.label} ({direction})"
    if spec.path is not None:
        return ModelUnavailable(f"{where}: that folder holds no translation model (no config.json); "
                                f"give a transformers model folder, e.g. one `mtcheck models pull` stored")
    pull = f"`mtcheck models pull {pivot}`" if pivot else f"`mtcheck models pull` for {spec.id}"
    return ModelUnavailable(f"{where} is not available offline: run {pull} on a connected machine, "
                            f"or pass --model {direction}=PATH to a local copy")


# Files a seq2seq model needs; hub repos of OPUS-MT also carry TF/Flax/Rust weights we skip.
_WANTED = (".json", ".spm", ".model", ".txt", ".safetensors")


def pull(spec: ModelSpec) -> tuple[Path, str]:
    """Download a hub model into the store; returns (folder, commit). Needs the network."""
    if spec.path is not None:
        raise MtcheckError(f"{spec.label} is a local folder; nothing to pull")
    if offline():
        raise ModelUnavailable(f"cannot download {spec.label}: HF_HUB_OFFLINE is set")
    try:
        from huggingface_hub import HfApi, snapshot_download

        api = HfApi()
        info = api.model_info(spec.id, revision=spec.revision or "main", timeout=10)
        files = [s.rfilename for s in (info.siblings or [])]
        wanted = [f for f in files if f.endswith(_WANTED)]
        if not any(f.endswith(".safetensors") for f in wanted) and "pytorch_model.bin" in files:
            wanted.append("pytorch_model.bin")
        target = store_path(spec)
        snapshot_download(spec.id, revision=info.sha, local_dir=str(target), allow_patterns=wanted)
    except MtcheckError:
        raise
    except Exception as exc:  # network, auth, missing repo: one line, no traceback
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ModelUnavailable(f"cannot download {spec.label}: {reason}") from None
    (target / _MARKER_FILE).write_text(json.dumps({"id": spec.id, "revision": spec.revision,
                                                    "commit": info.sha}), encoding="utf-8")
    return target, info.sha or ""

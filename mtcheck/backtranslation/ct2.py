"""The ``ct2`` backend: CTranslate2, the speed path on CPU.

A transformers model is converted once (int8 by default) into the store, under a name that
carries the model's identity, and translated from there; the tokenizer is the model's own.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Sequence

from ..errors import ModelUnavailable
from .hf import LocalModelEngine, _reason, effective_prefix, load_tokenizer, quiet_transformers
from .registry import store_dir


def converted_path(model_key: str, quantization: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9._@-]+", "--", model_key)
    return store_dir() / "ct2" / f"{safe}-{quantization}"


def convert(source: Path, target: Path, quantization: str) -> Path:
    """Convert a transformers model folder with CTranslate2; atomic, so a crash leaves nothing half-made."""
    if (target / "model.bin").is_file():
        return target
    quiet_transformers()
    from ctranslate2.converters import TransformersConverter

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        TransformersConverter(str(source)).convert(str(tmp / "model"), quantization=quantization, force=True)
        try:
            (tmp / "model").rename(target)
        except OSError:  # another process converted it meanwhile
            if not (target / "model.bin").is_file():
                raise
    except ModelUnavailable:
        raise
    except Exception as exc:
        raise ModelUnavailable(f"cannot convert {source} with CTranslate2: {_reason(exc)}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


class CT2Engine(LocalModelEngine):
    name = "ct2"

    def model_key(self, direction: str) -> str:
        return f"{super().model_key(direction)}|ct2-{self.settings.ct2_quantization}"

    def model_label(self, direction: str) -> str:
        return f"{super().model_label(direction)} (ct2 {self.settings.ct2_quantization})"

    def _load(self, direction: str):
        if direction in self._loaded:
            return self._loaded[direction]
        import ctranslate2

        q = self.settings.ct2_quantization
        folder = convert(self.paths[direction], converted_path(super().model_key(direction), q), q)
        tokenizer = load_tokenizer(self.paths[direction], self.model_label(direction))
        device = self.device or ("cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu")
        try:
            translator = ctranslate2.Translator(str(folder), device=device, compute_type=q,
                                                intra_threads=os.cpu_count() or 1)
        except Exception as exc:
            raise ModelUnavailable(f"cannot load {folder}: {_reason(exc)}") from None
        self._loaded[direction] = (tokenizer, translator,
                                   effective_prefix(tokenizer, self.specs[direction].prefix))
        return self._loaded[direction]

    def translate(self, texts: Sequence[str], direction: str) -> list[str]:
        if not texts:
            return []
        tokenizer, translator, prefix = self._load(direction)
        s = self.settings
        tokens = [tokenizer.convert_ids_to_tokens(tokenizer.encode(prefix + t, truncation=True, max_length=512))
                  for t in texts]
        # CTranslate2 sorts by length and splits into batches itself when max_batch_size is set.
        results = translator.translate_batch(tokens, max_batch_size=s.batch_size, beam_size=s.beam_size,
                                             max_decoding_length=s.max_length)
        return [tokenizer.decode(tokenizer.convert_tokens_to_ids(r.hypotheses[0]),
                                 skip_special_tokens=True).strip() for r in results]

"""The ``ct2`` backend: CTranslate2, the speed path on CPU.

A transformers model is converted once (int8 by default) into the store, under a name that
carries the model's identity, and translated from there. A Marian model's tokenizer is read
with sentencepiece alone (:mod:`.pieces`), so translating never imports torch.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Sequence

from ..errors import ModelUnavailable
from .hf import LocalModelEngine, _reason, load_tokenizer, quiet_transformers
from .pieces import MarianPieces
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


class _TransformersTokens:
    """The same interface as MarianPieces over a transformers tokenizer (models not laid out
    as Marian ones); this path imports transformers."""

    def __init__(self, folder: Path, label: str):
        self.tok = load_tokenizer(folder, label)

    def knows(self, token: str) -> bool:
        return token in self.tok.get_vocab()

    def encode_source(self, text: str, max_tokens: int = 512) -> list[str]:
        return self.tok.convert_ids_to_tokens(self.tok.encode(text, truncation=True, max_length=max_tokens))

    def encode_target(self, text: str, max_tokens: int = 512) -> list[str]:
        ids = self.tok(text_target=text, truncation=True, max_length=max_tokens)["input_ids"]
        return self.tok.convert_ids_to_tokens(ids)

    def decode(self, tokens) -> str:
        return self.tok.decode(self.tok.convert_tokens_to_ids(list(tokens)), skip_special_tokens=True).strip()


def _tokens_for(folder: Path, label: str):
    if MarianPieces.fits(folder):
        try:
            return MarianPieces(folder)
        except Exception as exc:
            raise ModelUnavailable(f"cannot load the SentencePiece models of {label}: {_reason(exc)}") from None
    return _TransformersTokens(folder, label)


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
        # SentencePiece alone where the model is a Marian one: no transformers, no torch.
        tokens = _tokens_for(self.paths[direction], self.model_label(direction))
        device = self.device or ("cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu")
        try:
            translator = ctranslate2.Translator(str(folder), device=device, compute_type=q,
                                                intra_threads=os.cpu_count() or 1)
        except Exception as exc:
            raise ModelUnavailable(f"cannot load {folder}: {_reason(exc)}") from None
        prefix = self.specs[direction].prefix
        prefix = f"{prefix} " if prefix and tokens.knows(prefix) else ""
        self._loaded[direction] = (tokens, translator, prefix)
        return self._loaded[direction]

    def translate(self, texts: Sequence[str], direction: str) -> list[str]:
        if not texts:
            return []
        tokens, translator, prefix = self._load(direction)
        s = self.settings
        source = [tokens.encode_source(prefix + t) for t in texts]
        # CTranslate2 sorts by length and splits into batches itself when max_batch_size is set.
        results = translator.translate_batch(source, max_batch_size=s.batch_size, beam_size=s.beam_size,
                                             max_decoding_length=s.max_length)
        return [tokens.decode(r.hypotheses[0]) for r in results]

    def score(self, sources: Sequence[str], targets: Sequence[str], direction: str) -> list[float]:
        """Mean log-probability per target token of ``targets`` given ``sources`` (forced decoding)."""
        if not sources:
            return []
        tokens, translator, prefix = self._load(direction)
        src = [tokens.encode_source(prefix + t) for t in sources]
        tgt = [tokens.encode_target(t) for t in targets]
        results = translator.score_batch(src, tgt, max_batch_size=self.settings.batch_size)
        return [round(sum(r.log_probs) / max(1, len(r.log_probs)), 3) for r in results]

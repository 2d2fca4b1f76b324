"""The ``hf`` backend: any seq2seq model through transformers (MarianMT / OPUS-MT and others).

Models are loaded from a local folder (the store, the HF cache or ``--model``); the resolution
in :mod:`.select` has already made sure they are there, so loading never reaches the network.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Sequence

from ..errors import ModelUnavailable
from .base import GenerationSettings, length_sorted_batches
from .registry import ModelSpec


def quiet_transformers() -> None:
    """No progress bars or advice on stderr: the CLI's output is the report."""
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    warnings.filterwarnings("ignore", message=".*sacremoses.*")
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def load_tokenizer(path: Path, label: str):
    quiet_transformers()
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    except Exception as exc:  # a broken folder: say which, in one line
        raise ModelUnavailable(f"cannot load the tokenizer of {label}: {_reason(exc)}") from None


def effective_prefix(tokenizer, prefix: str) -> str:
    """The target-language token, only if this model knows it (a local copy may not need it)."""
    return f"{prefix} " if prefix and prefix in tokenizer.get_vocab() else ""


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


class LocalModelEngine:
    """What the hf and ct2 engines share: a transformers model folder per direction, its cache
    identity and report label, and the models loaded so far."""

    name = ""

    def __init__(self, specs: dict[str, ModelSpec], paths: dict[str, Path], keys: dict[str, str],
                 labels: dict[str, str], settings: GenerationSettings, device: str | None = None):
        self.specs, self.paths, self.keys, self.labels, self.settings = specs, paths, keys, labels, settings
        self.device = device
        self._loaded: dict[str, tuple] = {}

    def model_key(self, direction: str) -> str:
        return self.keys[direction]

    def model_label(self, direction: str) -> str:
        return self.labels[direction]


class HFEngine(LocalModelEngine):
    name = "hf"

    def _load(self, direction: str):
        if direction in self._loaded:
            return self._loaded[direction]
        import torch
        from transformers import AutoModelForSeq2SeqLM

        label = self.model_label(direction)
        tokenizer = load_tokenizer(self.paths[direction], label)
        device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(str(self.paths[direction]), local_files_only=True)
        except Exception as exc:
            raise ModelUnavailable(f"cannot load {label}: {_reason(exc)}") from None
        model = model.to(device).eval()
        self._loaded[direction] = (tokenizer, model, device,
                                   effective_prefix(tokenizer, self.specs[direction].prefix))
        return self._loaded[direction]

    def translate(self, texts: Sequence[str], direction: str) -> list[str]:
        if not texts:
            return []
        import torch

        tokenizer, model, device, prefix = self._load(direction)
        s = self.settings
        out: list[str] = [""] * len(texts)
        # Length-sorted batches keep padding (wasted compute) small.
        for batch in length_sorted_batches(texts, s.batch_size):
            enc = tokenizer([prefix + texts[i] for i in batch], return_tensors="pt", padding=True,
                            truncation=True, max_length=512).to(device)
            with torch.inference_mode():
                generated = model.generate(**enc, num_beams=s.beam_size, do_sample=False,
                                           max_new_tokens=s.max_length)
            for i, text in zip(batch, tokenizer.batch_decode(generated, skip_special_tokens=True)):
                out[i] = text.strip()
        return out

    def score(self, sources: Sequence[str], targets: Sequence[str], direction: str) -> list[float]:
        """Mean log-probability per target token of ``targets`` given ``sources`` (forced
        decoding: one forward pass with the target as labels), as Prism and NMTScore score."""
        if not sources:
            return []
        import torch

        tokenizer, model, device, prefix = self._load(direction)
        out: list[float] = [0.0] * len(sources)
        for batch in length_sorted_batches(sources, self.settings.batch_size):
            enc = tokenizer([prefix + sources[i] for i in batch], text_target=[targets[i] for i in batch],
                            return_tensors="pt", padding=True, truncation=True, max_length=512).to(device)
            labels = enc.pop("labels")
            labels[labels == tokenizer.pad_token_id] = -100
            with torch.inference_mode():
                logits = model(**enc, labels=labels).logits.float()
            mask = labels != -100
            picked = torch.log_softmax(logits, -1).gather(-1, labels.clamp(min=0).unsqueeze(-1)).squeeze(-1)
            means = (picked * mask).sum(-1) / mask.sum(-1).clamp(min=1)
            for i, value in zip(batch, means.tolist()):
                out[i] = round(value, 3)
        return out

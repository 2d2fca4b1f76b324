"""The one small protocol every translation backend implements, and the settings it reads.

An engine translates lists of sentences in a direction such as "en-ar". It loads its models
on the first ``translate`` call, never before: the pipeline asks the cache first, and an
article whose translations are all cached must not pay for loading torch or a model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

_DIRECTION = re.compile(r"^([a-z]{2,3})-([a-z]{2,3})$")


@dataclass(frozen=True)
class GenerationSettings:
    beam_size: int = 1
    max_length: int = 256
    batch_size: int = 16
    ct2_quantization: str = "int8"

    def cache_tag(self) -> str:
        # Batch size does not change a greedy or beam result, so it is not part of the key.
        return f"beam={self.beam_size};max={self.max_length}"


class Engine(Protocol):
    name: str                      # "hf", "ct2", "bergamot"
    settings: GenerationSettings

    def model_key(self, direction: str) -> str:
        """Stable identity of the model for a direction (id@revision or a content hash)."""

    def model_label(self, direction: str) -> str:
        """What the report names as the model for a direction."""

    def translate(self, texts: Sequence[str], direction: str) -> list[str]:
        """Translate sentences, loading the model on first use."""


def split_direction(direction: str) -> tuple[str, str] | None:
    """("en", "ar") for "en-ar"; None when it is not a direction of two language codes."""
    m = _DIRECTION.match(direction)
    return (m.group(1), m.group(2)) if m else None


def length_sorted_batches(texts: Sequence[str], batch_size: int,
                          length: Callable[[str], int] = len) -> list[list[int]]:
    """Indices of ``texts`` in batches of similar length, longest first.

    Padding costs compute: batching sentences of similar length keeps it small.
    """
    order = sorted(range(len(texts)), key=lambda i: -length(texts[i]))
    return [order[i:i + batch_size] for i in range(0, len(order), max(1, batch_size))]

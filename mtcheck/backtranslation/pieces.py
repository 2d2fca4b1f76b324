"""A Marian (OPUS-MT) model's tokenizer with ``sentencepiece`` alone, for the ct2 backend.

transformers' MarianTokenizer imports torch (two seconds, a quarter of a gigabyte) to do what
two SentencePiece models and a vocabulary file do: CTranslate2 takes and returns token
strings, so only the pieces are needed. A model laid out otherwise falls back to transformers.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Sequence

_LANG_TOKEN = re.compile(r"^(>>[\w-]+<<)\s*")
_SPECIAL = frozenset({"</s>", "<pad>", "<unk>", "<s>"})


class MarianPieces:
    """Encode to and decode from the token strings of a Marian model folder."""

    def __init__(self, folder: Path):
        import sentencepiece as spm

        self.source = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
        self.target = spm.SentencePieceProcessor(model_file=str(folder / "target.spm"))
        self.vocab = frozenset(json.loads((folder / "vocab.json").read_text(encoding="utf-8")))

    @staticmethod
    def fits(folder: Path) -> bool:
        return all((folder / f).is_file() for f in ("source.spm", "target.spm", "vocab.json"))

    def knows(self, token: str) -> bool:
        return token in self.vocab

    def _known(self, pieces: list[str]) -> list[str]:
        return [p if p in self.vocab else "<unk>" for p in pieces]

    def encode_source(self, text: str, max_tokens: int = 512) -> list[str]:
        """Source pieces and </s>; a leading target-language token (">>ara<<") stays whole."""
        m = _LANG_TOKEN.match(text)
        lang = [m.group(1)] if m and m.group(1) in self.vocab else []
        body = text[m.end():] if m else text
        pieces = lang + self._known(self.source.encode(body, out_type=str))
        return pieces[:max_tokens - 1] + ["</s>"]

    def encode_target(self, text: str, max_tokens: int = 512) -> list[str]:
        """Target pieces and </s>: what forced decoding scores."""
        return self._known(self.target.encode(text, out_type=str))[:max_tokens - 1] + ["</s>"]

    def decode(self, tokens: Sequence[str]) -> str:
        return self.target.decode_pieces([t for t in tokens if t not in _SPECIAL]).strip()

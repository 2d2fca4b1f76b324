"""What the back-translation stage hands the checks and the report."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .entities import Entity
from .scoring import Scores


@dataclass
class SentenceResult:
    index: int                   # the sentence's index in the report
    part: str
    reference: str               # what the back-translation is scored against
    text: str                    # round trip: the English back-translation; bilingual: the
                                 # article sentence translated into the source language
    pivot_text: str | None = None
    scores: Scores | None = None
    length_ratio: float | None = None
    words: int = 0
    entities: list[Entity] = field(default_factory=list)
    lost: list[Entity] = field(default_factory=list)
    source: str | None = None    # bilingual: the aligned source sentence(s)
    source_sentences: tuple[int, ...] = ()
    # Names and numbers the engine lost although the pivot (or a clause-by-clause retry)
    # carried them: the engine's slips, reported as data, never as findings.
    engine_lost: list[Entity] = field(default_factory=list)
    engine_failure: str | None = None   # why the engine's output is no translation (a loop...)
    retranslated: bool = False          # the scores are of a clause-by-clause retranslation
    # The backward model's length-normalised log-probability of the original given the pivot
    # text (forced decoding), where a real model ran; None on bergamot.
    cross_likelihood: float | None = None
    # Several pivots: each pivot's scores (reported) and verdict (the rules need them to agree).
    pivot_scores: dict[str, dict[str, Any]] | None = None
    pivot_verdicts: list | None = None

    def block(self, bilingual: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"pivot_text": self.pivot_text, "text": self.text,
                             "chrf": self.scores.chrf if self.scores else None,
                             "bleu": self.scores.bleu if self.scores else None,
                             "ter": self.scores.ter if self.scores else None,
                             "cross_likelihood": self.cross_likelihood,
                             "engine_failure": self.engine_failure,
                             "engine_lost": [e.text for e in self.engine_lost]}
        if self.pivot_scores is not None:
            d["pivots"] = self.pivot_scores
        if bilingual:  # the aligned source sentence(s); None for an unaligned sentence
            d["source"] = self.source
        return d


@dataclass(frozen=True)
class Omission:
    """A source sentence with no counterpart in the article (bilingual mode)."""

    source_index: int
    text: str
    after: int | None   # the article sentence it would follow (None: before the first)


@dataclass
class BacktranslationResult:
    mode: str                               # "round-trip" or "bilingual"
    backend: str                            # what ran: "hf", "ct2", "bergamot" or "none"
    pivot: str | None
    note: str
    models: dict[str, str] = field(default_factory=dict)
    corpus: Scores | None = None
    signatures: dict[str, str] | None = None
    sentences: dict[int, SentenceResult] = field(default_factory=dict)
    unaligned: list[int] = field(default_factory=list)       # article sentences without a source
    omissions: list[Omission] = field(default_factory=list)
    source_lang: str | None = None
    fidelity: dict[str, float] = field(default_factory=dict)  # thresholds, from the registry
    baseline_chrf: float | None = None      # what "normal" is for this pivot (or this article)

    def report_block(self) -> dict[str, Any]:
        c = self.corpus
        return {"mode": self.mode, "backend": self.backend, "pivot": self.pivot,
                "models": dict(self.models), "chrf": c.chrf if c else None,
                "bleu": c.bleu if c else None, "ter": c.ter if c else None,
                "signatures": dict(self.signatures) if self.signatures else None,
                "note": self.note}

    def sentence_blocks(self) -> dict[int, dict[str, Any]]:
        return {i: r.block(self.mode == "bilingual") for i, r in self.sentences.items()}

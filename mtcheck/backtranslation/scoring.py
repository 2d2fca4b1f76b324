"""Fidelity scores with sacrebleu: chrF, BLEU (effective order) and TER, per sentence and per article.

Each metric object is made once; sacrebleu's signatures (which say exactly how a score was
computed: tokeniser, smoothing, n-gram orders, version) go into the report.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

# Tokenisers for BLEU/TER by the language being compared; 13a suits space-separated scripts.
_TOKENIZE = {"zh": "zh", "ja": "char", "ko": "char", "th": "char"}


@dataclass(frozen=True)
class Scores:
    chrf: float
    bleu: float
    ter: float


def _round(x: float) -> float:
    return round(float(x), 1)


class Scorer:
    def __init__(self, lang: str = "en"):
        from sacrebleu.metrics import BLEU, CHRF, TER

        tokenize = _TOKENIZE.get(lang, "13a")
        # Case-insensitive: a round trip often comes back In Title Case, which says nothing
        # about fidelity. chrF: character 6-grams, beta 2, no word n-grams (nc:6|nw:0).
        self.chrf = CHRF(lowercase=True)
        self.bleu = BLEU(effective_order=True, tokenize=tokenize, lowercase=True)
        self.corpus_bleu = BLEU(tokenize=tokenize, lowercase=True)
        self.ter = TER(asian_support=lang in _TOKENIZE)
        self._scored = False

    def sentence(self, hypothesis: str, reference: str) -> Scores:
        self._scored = True
        refs = [reference]
        return Scores(chrf=_round(self.chrf.sentence_score(hypothesis, refs).score),
                      bleu=_round(self.bleu.sentence_score(hypothesis, refs).score),
                      ter=_round(self.ter.sentence_score(hypothesis, refs).score))

    def corpus(self, hypotheses: Sequence[str], references: Sequence[str]) -> Scores | None:
        if not hypotheses:
            return None
        refs = [list(references)]
        return Scores(chrf=_round(self.chrf.corpus_score(hypotheses, refs).score),
                      bleu=_round(self.corpus_bleu.corpus_score(hypotheses, refs).score),
                      ter=_round(self.ter.corpus_score(hypotheses, refs).score))

    def signatures(self) -> dict[str, str] | None:
        """The metrics' signatures; None when nothing was scored (sacrebleu needs one score first)."""
        if not self._scored:
            return None
        return {"chrf": str(self.chrf.get_signature()), "bleu": str(self.bleu.get_signature()),
                "ter": str(self.ter.get_signature())}

    def similarity(self, hypothesis: str, reference: str) -> float:
        """chrF in [0, 1], the alignment's similarity."""
        return self.chrf.sentence_score(hypothesis, [reference]).score / 100.0

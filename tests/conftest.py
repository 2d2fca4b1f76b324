"""Fixtures of the back-translation tests: tiny Marian models, isolated caches and stores."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    """Two random-weight Marian models (en-ar and ar-en), built once per session (a few seconds)."""
    from tiny_marian import build_tiny_marian

    root = tmp_path_factory.mktemp("tiny-marian")
    return {"en-ar": build_tiny_marian(root / "opus-mt-en-ar", seed=1),
            "ar-en": build_tiny_marian(root / "opus-mt-ar-en", seed=2)}


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def bt_env(tmp_path, monkeypatch) -> dict[str, str]:
    """An offline machine with an empty cache, model store and HF cache, for this test only.

    Sets the variables in this process and returns the environment for subprocesses. The
    registry is the project's, with generation capped at 24 tokens: random-weight models never
    stop on their own, and 256 tokens of nonsense per sentence only cost time.
    """
    registry = tmp_path / "registry.toml"
    text = (ROOT / "mtcheck" / "data" / "registry.toml").read_text(encoding="utf-8")
    registry.write_text(text.replace("max_length = 256", "max_length = 24"), encoding="utf-8")
    values = {"MTCHECK_CACHE_DIR": str(tmp_path / "cache"), "MTCHECK_MODEL_STORE": str(tmp_path / "store"),
              "HF_HUB_CACHE": str(tmp_path / "hf-cache"), "HF_HUB_OFFLINE": "1",
              "MTCHECK_REGISTRY": str(registry)}
    for k, v in values.items():
        monkeypatch.setenv(k, v)
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE")}
    env.update(values)
    return env

"""The hf and ct2 backends end to end, through the API and the CLI, on tiny random Marian models
that the session builds (no translation weights can be downloaded here). Their translations
are nonsense; what is tested is loading, batching, conversion, caching, scoring and errors."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mtcheck
from mtcheck.backtranslation import select
from mtcheck.backtranslation.cache import TranslationCache
from mtcheck.backtranslation.ct2 import CT2Engine
from mtcheck.backtranslation.hf import HFEngine
from mtcheck.backtranslation.registry import ModelSpec

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
_ENTRY = Path(sys.executable).parent / "mtcheck"
MTCHECK = [str(_ENTRY)] if _ENTRY.exists() else [sys.executable, "-m", "mtcheck.cli"]
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def run_cli(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run([*MTCHECK, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=300, cwd=ROOT, env=env)


def model_args(tiny_models) -> list[str]:
    return [a for d, p in tiny_models.items() for a in ("--model", f"{d}={p}")]


def scored_parts(report) -> None:
    """Every sentence but the marker and the credit has a back-translation with scores in range."""
    for s in report.sentences:
        b = report.sentence_backtranslations.get(s.index)
        if s.part in ("marker", "credit"):
            assert b is None
            continue
        assert b["pivot_text"] and b["text"]
        assert 0 <= b["chrf"] <= 100 and 0 <= b["bleu"] <= 100 and b["ter"] >= 0


@pytest.mark.parametrize("backend", ["hf", "ct2"])
def test_api_end_to_end(backend, tiny_models, bt_env, tmp_path):
    report = mtcheck.check(SEED_TEXT, backend=backend, models={k: str(v) for k, v in tiny_models.items()})
    bt = report.backtranslation
    assert (bt["backend"], bt["pivot"], bt["mode"]) == (backend, "ar", "round-trip")
    assert set(bt["models"]) == {"en-ar", "ar-en"}
    assert str(tiny_models["en-ar"]) in bt["models"]["en-ar"] and "sha256" in bt["models"]["en-ar"]
    assert ("ct2 int8" in bt["models"]["ar-en"]) == (backend == "ct2")
    scored_parts(report)
    # Random weights run on into nonsense: that is the engine failing, not the article, so the
    # sentences are marked (and the note says so) and no rule judges them.
    assert "the engine failed on 21 of 21 sentences" in bt["note"]
    blocks = report.sentence_backtranslations.values()
    assert all(b["engine_failure"] for b in blocks)
    assert not any(f.rule in ("low-fidelity", "entity-dropped") for f in report.findings)
    for f in report.findings:
        assert SEED_TEXT[f.start:f.end] == f.text
    if backend == "ct2":  # converted once into the store
        converted = list((Path(bt_env["MTCHECK_MODEL_STORE"]) / "ct2").glob("*/model.bin"))
        assert len(converted) == 2


@pytest.mark.parametrize("backend", ["hf", "ct2"])
def test_cli_end_to_end(backend, tiny_models, bt_env):
    proc = run_cli("check", SEED, "--backend", backend, *model_args(tiny_models), "--format", "json", env=bt_env)
    assert proc.returncode in (0, 1), proc.stderr  # the consistency rules decide the gate here
    assert proc.stderr == ""                   # no progress bars, no library warnings
    data = json.loads(proc.stdout)
    assert data["backtranslation"]["backend"] == backend
    assert all("backtranslation" in s for s in data["sentences"] if s["part"] not in ("marker", "credit"))
    text = run_cli("check", SEED, "--backend", backend, *model_args(tiny_models), env=bt_env)
    assert f"back-translation: round-trip via {backend} (pivot ar)" in text.stdout
    assert "the engine failed on 21 of 21 sentences" in text.stdout


def test_hf_and_ct2_translate_alike(tiny_models, bt_env):
    """The same model through both engines: int8 quantisation may change a few tokens, not all."""
    specs = {d: ModelSpec(id=str(p), path=p) for d, p in tiny_models.items()}
    cache = TranslationCache(enabled=False)
    keys = {d: select._identity(specs[d], p, cache)[0] for d, p in tiny_models.items()}
    settings = mtcheck.backtranslation.registry.load_registry().generation
    args = (specs, dict(tiny_models), keys, dict(keys), settings)
    sentences = ["Iraq is taking steps to halt the movement of militants.", "Nearly 20 dealers were arrested."]
    hf = HFEngine(*args).translate(sentences, "en-ar")
    ct2 = CT2Engine(*args).translate(sentences, "en-ar")
    assert all(hf) and all(ct2)
    first = [a.split()[:3] == b.split()[:3] for a, b in zip(hf, ct2)]
    assert any(first), (hf, ct2)


def test_cached_recheck_loads_no_model(tiny_models, bt_env, monkeypatch):
    models = {k: str(v) for k, v in tiny_models.items()}
    first = mtcheck.check(SEED_TEXT, backend="ct2", models=models)

    def no_model(self, direction):
        raise AssertionError("a model was loaded for a cached article")

    monkeypatch.setattr(CT2Engine, "_load", no_model)
    monkeypatch.setattr(HFEngine, "_load", no_model)
    assert mtcheck.check(SEED_TEXT, backend="ct2", models=models).to_json() == first.to_json()
    # The hf backend keys its own entries (different engine, different numerics).
    with pytest.raises(AssertionError, match="model was loaded"):
        mtcheck.check(SEED_TEXT, backend="hf", models=models)


def test_local_model_identity_is_its_content(tiny_models, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(tiny_models["en-ar"], copy)
    cache = TranslationCache(tmp_path / "cache")
    key_of = lambda p: select._identity(ModelSpec(id=str(p), path=p), p, cache)[0]  # noqa: E731
    original = key_of(tiny_models["en-ar"])
    assert key_of(copy) == original                 # a copy is the same model
    (copy / "generation_config.json").write_text('{"num_beams": 1}', encoding="utf-8")
    assert key_of(copy) != original                 # a changed file is another model


def _hub_cache(root: Path, tiny_models) -> None:
    """Lay the tiny models out as the Hugging Face cache holds hub downloads."""
    for direction, hub_id in (("en-ar", "Helsinki-NLP/opus-mt-en-ar"), ("ar-en", "Helsinki-NLP/opus-mt-ar-en")):
        repo = root / ("models--" + hub_id.replace("/", "--"))
        shutil.copytree(tiny_models[direction], repo / "snapshots" / COMMIT)
        (repo / "refs").mkdir()
        (repo / "refs" / "main").write_text(COMMIT)


def test_registry_models_load_by_hub_id_from_the_hf_cache_offline(tiny_models, bt_env):
    _hub_cache(Path(bt_env["HF_HUB_CACHE"]), tiny_models)
    proc = run_cli("check", SEED, "--backend", "hf", "--format", "json", env=bt_env)
    assert proc.returncode in (0, 1), proc.stderr
    bt = json.loads(proc.stdout)["backtranslation"]
    assert bt["models"] == {"en-ar": f"Helsinki-NLP/opus-mt-en-ar@{COMMIT}",
                            "ar-en": f"Helsinki-NLP/opus-mt-ar-en@{COMMIT}"}
    # auto prefers the local models, through CTranslate2, and says so.
    bt = json.loads(run_cli("check", SEED, "--format", "json", env=bt_env).stdout)["backtranslation"]
    assert bt["backend"] == "ct2" and bt["note"].startswith("auto: ct2 on the local ar models")
    listing = run_cli("models", "list", env=bt_env).stdout
    assert f"Helsinki-NLP/opus-mt-en-ar@main (unpinned)  [HF cache, commit {COMMIT[:12]}, ct2 int8]" in listing
    assert "Helsinki-NLP/opus-mt-en-de@main (unpinned)  [missing]" in listing


def test_auto_uses_the_models_it_is_given(tiny_models, bt_env):
    bt = mtcheck.check(SEED_TEXT, backend="auto", models=[f"{d}={p}" for d, p in tiny_models.items()]).backtranslation
    assert (bt["backend"], bt["pivot"]) == ("ct2", "ar")
    assert bt["note"].startswith("auto: ct2 on the local ar models")


@pytest.mark.parametrize("args, needles", [
    (["--backend", "hf"], ["Helsinki-NLP/opus-mt-en-ar", "mtcheck models pull ar", "--model en-ar=PATH"]),
    (["--backend", "ct2", "--pivot", "de"], ["Helsinki-NLP/opus-mt-en-de", "mtcheck models pull de"]),
    (["--backend", "hf", "--model", "en-ar=./no/such/model", "--model", "ar-en=./nor/this"],
     ["no/such/model", "holds no translation model"]),
])
def test_unavailable_model_is_one_line_and_exit_2(args, needles, bt_env):
    proc = run_cli("check", SEED, *args, env=bt_env)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for needle in needles:
        assert needle in lines[0]


def test_broken_model_folder_is_one_line_and_exit_2(tiny_models, bt_env, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(tiny_models["en-ar"], broken)
    (broken / "model.safetensors").write_bytes(b"not weights")
    proc = run_cli("check", SEED, "--backend", "hf", "--model", f"en-ar={broken}",
                   "--model", f"ar-en={tiny_models['ar-en']}", env=bt_env)
    assert proc.returncode == 2 and "cannot load" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_models_verify_with_given_models(tiny_models, bt_env):
    proc = run_cli("models", "verify", "ar", "--backend", "hf", *model_args(tiny_models), env=bt_env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ar: ok via hf") and "  en-ar: " in proc.stdout


def test_models_pull_offline_is_one_line(bt_env):
    proc = run_cli("models", "pull", "ar", env=bt_env)
    assert proc.returncode == 2 and "HF_HUB_OFFLINE" in proc.stderr
    assert run_cli("models", "pull", "pt", env=bt_env).stdout.startswith("pt: served by the embedded")


def test_bilingual_mode_through_hf(tiny_models, bt_env, tmp_path):
    source = tmp_path / "original.txt"
    source.write_text("النص الأصلي للمقال.\n\nجملة ثانية هنا.\n", encoding="utf-8")
    proc = run_cli("check", SEED, "--backend", "hf", "--model", f"en-ar={tiny_models['en-ar']}",
                   "--source", source, "--source-lang", "ar", "--format", "json", env=bt_env)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    assert data["backtranslation"]["mode"] == "bilingual"
    assert set(data["backtranslation"]["models"]) == {"en-ar"}
    # Nonsense translations align with nothing: every article sentence is reported unaligned.
    unaligned = {f["sentence"] for f in data["findings"] if f["rule"] == "unaligned"}
    assert unaligned >= {s["index"] for s in data["sentences"] if s["part"] == "body"}


def _engines(tiny_models):
    specs = {d: ModelSpec(id=str(p), path=p) for d, p in tiny_models.items()}
    cache = TranslationCache(enabled=False)
    keys = {d: select._identity(specs[d], p, cache)[0] for d, p in tiny_models.items()}
    settings = mtcheck.backtranslation.registry.load_registry().generation
    args = (specs, dict(tiny_models), keys, dict(keys), settings)
    return HFEngine(*args), CT2Engine(*args)


def test_ct2_tokenizes_with_sentencepiece_as_transformers_does(tiny_models):
    from transformers import AutoTokenizer

    from mtcheck.backtranslation.pieces import MarianPieces

    folder = tiny_models["en-ar"]
    pieces, tok = MarianPieces(folder), AutoTokenizer.from_pretrained(str(folder))
    for text in ["Iraq is taking steps to halt the movement of militants.", "Nearly 20 dealers, in 2017!"]:
        assert pieces.encode_source(text) == tok.convert_ids_to_tokens(tok.encode(text))
        ids = tok.encode(text)
        assert pieces.decode(tok.convert_ids_to_tokens(ids)) == tok.decode(ids, skip_special_tokens=True)


def test_ct2_translation_imports_no_torch(tiny_models, bt_env, tmp_path):
    """Converted once (that needs transformers); after that a ct2 check imports neither."""
    models = {k: str(v) for k, v in tiny_models.items()}
    mtcheck.check("Iraq is taking steps to halt militants.", backend="ct2", models=models, no_cache=True)
    script = ("import sys, mtcheck\n"
              f"mtcheck.check('Nearly 20 dealers were arrested in the capital.', backend='ct2', models={models!r}, "
              "no_cache=True)\n"
              "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=ROOT, env=bt_env)
    assert out.stdout.strip() == "[]", out.stderr


def test_cross_likelihood_by_forced_decoding(tiny_models, bt_env):
    hf, ct2 = _engines(tiny_models)
    source = ["Iraq is taking steps to halt the movement of militants."]
    own = hf.translate(source, "en-ar")
    other = [" ".join(reversed(own[0].split()))]
    hf_own, hf_other = hf.score(source, own, "en-ar")[0], hf.score(source, other, "en-ar")[0]
    # Greedy decoding picks the likeliest token at every step: its own output scores higher
    # than the same words in another order.
    assert hf_own > hf_other
    assert hf_own <= 0
    ct2_own = ct2.score(source, own, "en-ar")[0]
    assert abs(ct2_own - hf_own) < 0.5  # int8 against float32: close, not equal


def test_cross_likelihood_in_the_report_and_cached(tiny_models, bt_env, monkeypatch):
    models = {k: str(v) for k, v in tiny_models.items()}
    first = mtcheck.check(SEED_TEXT, backend="ct2", models=models)
    values = [b["cross_likelihood"] for b in first.sentence_backtranslations.values()]
    assert values and all(v is not None and v <= 0 for v in values)

    def no_model(self, direction):
        raise AssertionError("a model was loaded for a cached article")

    monkeypatch.setattr(CT2Engine, "_load", no_model)
    assert mtcheck.check(SEED_TEXT, backend="ct2", models=models).to_json() == first.to_json()


def test_several_pivots_report_each_and_flag_only_where_they_agree(tiny_models, bt_env):
    import random

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from calibrate_fidelity import shuffled_article

    text, spans = shuffled_article(SEED_TEXT, random.Random(4))
    models = [f"{d}={p}" for d, p in tiny_models.items()]
    alone = mtcheck.check(text, backend="auto", pivot="pt")
    assert any(f.rule == "low-fidelity" for f in alone.findings)  # pt alone flags shuffled sentences
    both = mtcheck.check(text, backend="auto", pivot="pt,ar", models=models)
    bt = both.backtranslation
    assert bt["pivot"] == "pt,ar" and set(bt["models"]) == {"en-pt", "pt-en", "en-ar", "ar-en"}
    blocks = both.sentence_backtranslations
    assert all(set(b["pivots"]) == {"pt", "ar"} for b in blocks.values())
    assert all(b["pivots"]["pt"]["chrf"] == b["chrf"] for b in blocks.values())
    # The random ar model fails on every sentence, so it never agrees: nothing is flagged.
    assert not any(f.rule in ("low-fidelity", "entity-dropped") for f in both.findings)
    # A pivot that cannot run here is skipped with a note; the others still run.
    some = mtcheck.check(text, backend="auto", pivot="pt,de").backtranslation
    assert some["pivot"] == "pt" and "pivot de skipped" in some["note"]

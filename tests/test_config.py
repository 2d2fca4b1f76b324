"""Configuration files, rule selection, severity overrides, house style, merged suggestions,
inline suppressions and baselines: through the API, on real article text."""
from __future__ import annotations

from pathlib import Path

import pytest

import mtcheck
from mtcheck import baseline, config, selection
from mtcheck.checks import all_checks
from mtcheck.errors import MtcheckError

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_0d5765ec9c3f1855.txt").read_text(encoding="utf-8")
KADHIMI = ("Iraq tightens border security\n\nPrime Minister Mustafa al-Kadhimi visited the border on Monday. "
           "Mr al-Kadhimi said troops would stay. Kadhimi left on Tuesday.\n")


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


# ----------------------------------------------------------------------------- selection

def test_selectors_accept_codes_ids_prefixes_and_comma_lists():
    checks = all_checks()
    consistency = {c.rule for c in checks if c.code.startswith("MT1")}
    assert {c.rule for c in selection.resolve(checks, ["MT1"])} == consistency
    assert {c.rule for c in selection.resolve(checks, ["MT101,doubled-word", "mt2"])} == \
        {"name-variant", "doubled-word"} | {c.rule for c in checks if c.code.startswith("MT2")}
    assert selection.resolve(checks, ["ALL"]) == set(checks)
    with pytest.raises(MtcheckError, match="MT9"):
        selection.resolve(checks, ["MT9"])
    with pytest.raises(MtcheckError, match="MT10"):  # a prefix must match a code's start: MT10x exists,
        selection.resolve(checks, ["MT1010"])       # a longer code does not


def test_select_prefix_and_ignore_through_the_api():
    report = mtcheck.check(SEED, select=["MT1"], ignore=["rank-change"])
    assert rules_of(report) and set(rules_of(report)) == {"name-variant"}


def test_selecting_only_back_translation_rules_without_a_backend_is_a_usage_error():
    with pytest.raises(MtcheckError, match="need back-translation"):
        mtcheck.check(SEED, select=["MT3"], backend="none")


def test_the_work_follows_the_selection():
    # No back-translation rule selected: the auto backend translates nothing.
    report = mtcheck.check(SEED, select=["MT101"], backend="auto")
    assert report.backtranslation is None
    assert set(rules_of(report)) == {"name-variant"}


# ----------------------------------------------------------------------------- config files

def test_config_is_found_upward_mtcheck_toml_first(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.mtcheck]\nselect = ["MT101"]\n', encoding="utf-8")
    deep = tmp_path / "desk" / "world"
    deep.mkdir(parents=True)
    article = deep / "a.txt"
    article.write_text(SEED, encoding="utf-8")
    assert config.config_for(article).select == ("MT101",)
    (tmp_path / "desk" / "mtcheck.toml").write_text('select = ["doubled-word"]\nfail-on = "warning"\n',
                                                    encoding="utf-8")
    config._find_in.cache_clear()
    cfg = config.config_for(article)
    assert (cfg.select, cfg.fail_on) == (("doubled-word",), "warning")
    assert config.config_for(article, isolated=True) == config.Config()
    # a pyproject.toml without [tool.mtcheck] is not a configuration
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert config.find_config(other / "b.txt") == tmp_path / "pyproject.toml"


@pytest.mark.parametrize("body, needle", [
    ('selct = ["MT1"]\n', "'selct'"),
    ('fail_on = "warning"\n', "did you mean 'fail-on'"),
    ('fail-on = "sometimes"\n', "fail-on"),
    ('select = "MT1"\n[severity]\ndoubled-word = "fatal"\n', "severity.doubled-word"),
    ('[house-style]\nspelings = ["Al Kadhimi"]\n', "house-style.spelings"),
    ('[house-style]\ndrop-article-particle = "no"\n', "drop-article-particle"),
    ('[house-style.data]\ntitles = "missing.toml"\n', "missing.toml"),
    ('select = [1, 2]\n', "select"),
    ('select = [\n', "not valid TOML"),
    ('select = ["MT9"]\n', "select: unknown rule or code 'MT9'"),
    ('[per-file-ignores]\n"wire/*" = ["no-such-rule"]\n', "per-file-ignores.wire/*"),
])
def test_bad_configuration_is_one_line_naming_the_key(tmp_path, body, needle):
    path = tmp_path / "mtcheck.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(config.ConfigError) as err:
        config.load_config(path)
    message = str(err.value)
    assert "\n" not in message and needle in message and str(path) in message


def test_api_config_mapping_severity_fail_on_and_per_file_ignores(tmp_path):
    report = mtcheck.check(SEED, select=["MT101"], config={"severity": {"name-variant": "error"}})
    assert {f.severity for f in report.findings} == {"error"} and report.gate == "fail"
    relaxed = mtcheck.check(SEED, config={"select": ["MT101"], "severity": {"MT1": "info"}, "fail-on": "warning"})
    assert relaxed.fail_on == "warning" and relaxed.gate == "pass"
    cfg = config.parse_config({"select": ["MT1"], "per-file-ignores": {"wire/*.txt": ["rank-change"]}},
                              label="t", base=tmp_path, path=tmp_path / "mtcheck.toml")
    wire = mtcheck.check(SEED, path=str(tmp_path / "wire" / "a.txt"), config=cfg)
    desk = mtcheck.check(SEED, path=str(tmp_path / "desk" / "a.txt"), config=cfg)
    assert "rank-change" not in rules_of(wire) and "rank-change" in rules_of(desk)


# ----------------------------------------------------------------------------- house style

def test_house_spelling_is_enforced_even_when_the_article_is_consistent():
    plain = mtcheck.check(KADHIMI, select=["MT1"])
    assert "house-style" not in rules_of(plain)
    report = mtcheck.check(KADHIMI, config={"house-style": {"spellings": ["Al Kadhimi"]}})
    house = [f for f in report.findings if f.rule == "house-style"]
    assert [f.text for f in house] == ["al-Kadhimi", "al-Kadhimi"]  # "Kadhimi" later: the article may drop
    assert {f.suggestion for f in house} == {"Al Kadhimi"}
    strict = mtcheck.check(KADHIMI, config={"house-style": {"spellings": ["Al Kadhimi"],
                                                            "drop-article-particle": False}})
    assert [f.text for f in strict.findings if f.rule == "house-style"] == ["al-Kadhimi", "al-Kadhimi", "Kadhimi"]
    assert all(KADHIMI[f.start:f.end] == f.text for f in strict.findings)


def test_house_form_wins_the_suggestion_of_a_name_variant_on_the_same_words():
    text = ("Iraq tightens border security\n\nPrime Minister Mustafa al-Kadhimi visited the border on "
            "Monday. Mr Al Kadhimi said troops would stay.\n")
    report = mtcheck.check(text, config={"house-style": {"spellings": ["Al-Kadhimi"]}})
    on_second = [f for f in report.findings if f.text == "Al Kadhimi"]
    assert {f.rule for f in on_second} == {"house-style", "name-variant"}
    assert {f.suggestion for f in on_second} == {"Al-Kadhimi"}


@pytest.fixture
def restore_data():
    """Merged data files stay merged for the process; forget them after the test."""
    from mtcheck.analysis import lexicon

    yield
    lexicon._EXTRA.clear()
    lexicon.clear_caches()
    config._APPLIED.clear()


def test_house_data_files_merge_with_the_built_in_ones(tmp_path, restore_data):
    titles = tmp_path / "titles.toml"
    titles.write_text('[[title]]\nid = "grand-marshal"\ncategory = "military"\nlevel = 99\n'
                      'forms = ["Grand Marshal"]\n', encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('[house-style]\ndata = { titles = "titles.toml" }\n', encoding="utf-8")
    cfg = config.load_config(tmp_path / "mtcheck.toml")
    assert cfg.house_style.data == (("titles", titles.resolve()),)
    text = ("Army reshuffle\n\nGrand Marshal Karim Haddad visited the base on Monday. "
            "Brig Gen Haddad said the troops were ready.\n")
    report = mtcheck.check(text, select=["rank-change"], config=cfg)
    assert [f.text for f in report.findings] == ["Brig Gen Haddad"]


# ----------------------------------------------------------------------------- suggestions

def test_overlapping_findings_get_one_suggestion_with_both_fixes():
    report = mtcheck.check(SEED, select=["MT101", "MT102"])
    rank = next(f for f in report.findings if f.rule == "rank-change" and "Shammari" in f.text)
    name = next(f for f in report.findings if f.rule == "name-variant" and f.start >= rank.start
                and f.end <= rank.end)
    assert name.suggestion == "al-Shammari"
    assert rank.suggestion == "Lieutenant-General al-Shammari"


# ----------------------------------------------------------------------------- suppressions

MD = """# Iraq tightens border security

The the border is long.

<!-- mtcheck-disable-next-line doubled-word -->
Troops patrol it it every night.

<!-- mtcheck-disable MT002 -->
Officers said that the the patrols would go on.

Villagers said the the road was closed.
<!-- mtcheck-enable -->

Trucks waited waited at the crossing.
"""


def test_inline_suppressions_in_markdown():
    report = mtcheck.check(MD, path="a.md", select=["doubled-word"])
    assert [f.text for f in report.findings] == ["The the", "waited waited"]
    # plain text has no comment syntax: nothing there is a suppression
    assert len(mtcheck.check(MD, format="text", select=["doubled-word"]).findings) == 5


def test_inline_suppressions_in_html():
    html = ("<html><body><article><h1>Border</h1><p>The the border is long.</p>\n"
            "<!-- mtcheck-disable-next-line -->\n<p>Troops patrol it it.</p>\n"
            "<p>Trucks waited waited.</p></article></body></html>")
    report = mtcheck.check(html, path="a.html", select=["doubled-word"])
    assert [f.text for f in report.findings] == ["The the", "waited waited"]


# ----------------------------------------------------------------------------- baselines

def test_baseline_survives_edits_elsewhere_and_reports_new_findings(tmp_path):
    path = tmp_path / "a.txt"
    before = mtcheck.check(SEED, path=str(path), select=["MT1"])
    assert before.findings
    base_file = tmp_path / "baseline.json"
    assert baseline.write(base_file, [before]) == len(before.findings)
    base = baseline.load(base_file)
    assert base.hide(before).findings == []
    # An edit elsewhere moves every offset; the old findings stay hidden.
    edited = SEED.replace("Iraq", "Iraq,", 1) + "\nA new paragraph was added by the desk.\n"
    after = mtcheck.check(edited, path=str(path), select=["MT1"])
    assert [f.start for f in after.findings] != [f.start for f in before.findings]
    assert base.hide(after).findings == []
    # A new slip is reported.
    worse = edited + "\nLt Gen Abdul Amir al-Shamari visited Anbar.\n"
    new = base.hide(mtcheck.check(worse, path=str(path), select=["MT1"]))
    assert [f.text for f in new.findings] == ["al-Shamari"]
    with pytest.raises(MtcheckError, match="not a baseline"):
        bad = tmp_path / "bad.json"
        bad.write_text("{}", encoding="utf-8")
        baseline.load(bad)

"""The machine-translation marker: marker lines, metadata flags and the override."""
from __future__ import annotations

from pathlib import Path

import pytest

import mtcheck
from mtcheck.marker import detect, find_marker_lines, from_metadata, is_marker_line

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_0d5765ec9c3f1855.txt"
BODY = "Iraq tightens border security\n\nIraq is taking steps. The border is long.\n"


@pytest.mark.parametrize("line", [
    "Powered by automated translation",
    "powered by automated translation",
    "POWERED BY AUTOMATED TRANSLATION",
    "Powered by automated translation.",
    "Powered by Automated Translation!",
    "Powered by: automated translation",
    "Powered-by automated-translation",
    "\u2014 Powered by automated translation \u2014",
    "*Powered by automated translation*",
    "  Powered  by\u00a0automated translation  ",
    "(Powered by automatic translation)",
    "Powered by machine translation",
    "Powered by AI translation",
    "This article was machine-translated.",
    "This article has been automatically translated from Arabic.",
    "This story was auto-translated from Arabic.",
    "Auto-translated",
    "Machine translated from Arabic",
    "Automated translation",
    "Translated automatically",
    "Translated by Google Translate",
])
def test_marker_lines(line):
    assert is_marker_line(line)


@pytest.mark.parametrize("line", [
    "Automated translation is used by many outlets.",
    "Officials said the statement was machine translated.",
    "The report, which was machine translated, contained errors.",
    "It says machine translation is powered by automated translation engines that are improving fast.",
    "Powered by automated translation, the site now publishes in twelve languages every single day, its editor said.",
    "Powered by Google",
    "Translated by John Smith",
    "Powered by automated translation tools and human editors working side by side",
    "",
    "   ",
])
def test_not_marker_lines(line):
    assert not is_marker_line(line)


def test_seed_marker_found():
    report = mtcheck.check_file(SEED)
    text = SEED.read_text(encoding="utf-8")
    assert report.document.machine_translated is True
    assert report.document.marker == "Powered by automated translation"
    [info] = [f for f in report.findings if f.rule == "mt-marker"]
    assert info.severity == "info" and info.code == "MT001"
    assert info.start == text.index("Powered by automated translation")
    assert info.text == "Powered by automated translation"
    assert report.sentences[info.sentence].part == "marker"
    assert report.sentences[info.sentence].start == info.start


def test_body_sentence_mentioning_machine_translation_is_not_a_marker():
    text = ("Newsroom tests new tools\n\n"
            "The agency said its articles were powered by automated translation. Editors check every one.\n\n"
            "Machine translation has improved a lot, experts said.\n")
    report = mtcheck.check(text)
    assert report.document.machine_translated is False
    assert report.document.marker is None
    assert "marker" not in {s.part for s in report.sentences}
    assert not [f for f in report.findings if f.rule == "mt-marker"]


def test_marker_at_the_end_of_the_article_with_odd_punctuation():
    text = BODY + "\n-- POWERED BY AUTOMATED TRANSLATION --\n"
    report = mtcheck.check(text)
    assert report.document.machine_translated is True
    assert report.document.marker == "-- POWERED BY AUTOMATED TRANSLATION --"
    assert report.sentences[-1].part == "marker"
    assert text[report.sentences[-1].start:report.sentences[-1].end] == report.document.marker


def test_find_marker_lines_offsets_trimmed():
    view = "Headline\n   Powered by automated translation  \nBody.\n"
    [(s, e)] = find_marker_lines(view)
    assert view[s:e] == "Powered by automated translation"


def test_override_no_machine_translated():
    report = mtcheck.check_file(SEED, machine_translated=False)
    assert report.document.machine_translated is False
    assert report.document.marker is None
    assert not [f for f in report.findings if f.rule == "mt-marker"]


def test_override_machine_translated_without_marker():
    report = mtcheck.check(BODY, machine_translated=True)
    assert report.document.machine_translated is True
    assert report.document.marker is None
    assert not [f for f in report.findings if f.rule == "mt-marker"]
    assert mtcheck.check(BODY).document.machine_translated is False


def test_override_beats_metadata():
    md = "---\nmachine_translated: true\n---\n\n# Title\n\nBody one. Body two.\n"
    assert mtcheck.check(md, format="markdown").document.machine_translated is True
    assert mtcheck.check(md, format="markdown", machine_translated=False).document.machine_translated is False


@pytest.mark.parametrize("meta, expected", [
    ({"machine_translated": "true"}, True),
    ({"machine-translated": "Yes"}, True),
    ({"mt": "1"}, True),
    ({"translation": "machine"}, True),
    ({"machine_translated": "false"}, False),
    ({"translation": "human"}, False),
    ({"title": "Machine translation"}, None),
    ({}, None),
])
def test_metadata_flags(meta, expected):
    assert from_metadata(meta) is expected


def test_detect_prefers_override_then_marker_line_then_metadata():
    view = "Headline\nPowered by automated translation\nBody.\n"
    m = detect(view, {})
    assert m.machine_translated and view[m.start:m.end] == "Powered by automated translation"
    assert detect(view, {}, override=False).machine_translated is False
    meta = detect("Headline\nBody.\n", {"machine_translated": "yes"})
    assert meta.machine_translated and meta.start is None and meta.marker == "machine_translated: yes"
    assert detect("Headline\nBody.\n", {}).machine_translated is False


def test_html_meta_flag():
    text = ('<html><head><meta name="machine-translated" content="true"></head>'
            "<body><article><h1>Title here</h1><p>Body one. Body two.</p></article></body></html>")
    report = mtcheck.check(text)
    assert report.document.machine_translated is True
    assert report.document.marker == "machine-translated: true"
    plain = text.replace('content="true"', 'content="false"')
    assert mtcheck.check(plain).document.machine_translated is False

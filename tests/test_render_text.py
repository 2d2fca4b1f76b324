"""The text report: readable sentences, grammar, positions, the back-translation summary."""
from __future__ import annotations

import re

import pytest

import mtcheck
from mtcheck.render import render
from render_samples import ARTICLE, BT_ARTICLE, HTML_ARTICLE


def test_a_hard_line_break_reads_as_a_space():
    out = render([mtcheck.check(ARTICLE)], "text")
    assert "Lt Gen Abdul Amir Al Shammari told reporters after the visit." in out
    assert "Shammaritold" not in out


def test_counts_agree_with_their_numbers_and_spacing_is_single():
    out = render([mtcheck.check("Rain in Amman\n\nForecasters said rain would fall on Friday.\n")], "text")
    assert "2 sentences" in out and "0 errors, 0 warnings, 0 info — gate PASS (fail on error)" in out
    one = render([mtcheck.check("Forecasters said rain would fall.\n")], "text")
    assert "1 sentence," in one and "1 sentences" not in one
    dirty = render([mtcheck.check(ARTICLE)], "text")
    assert "1 error, 3 warnings, 1 info — gate FAIL (fail on error)" in dirty
    assert not re.search(r"\S  +(PASS|FAIL)", dirty) and "gate  " not in dirty


def test_html_input_is_shown_decoded_at_source_positions():
    report = mtcheck.check(HTML_ARTICLE, path="a.html")
    out = render([report], "text")
    assert "army’s" in out and "&rsquo;" not in out
    assert "<i>" not in out and "<b>" not in out
    assert "Lt Gen Abdul Amir Al Shammari told reporters <script>" in out  # decoded, as the reader sees it
    shammari = next(f for f in report.findings if f.text.startswith("Al <i>"))
    line = HTML_ARTICLE.count("\n", 0, shammari.start) + 1
    col = shammari.start - HTML_ARTICLE.rfind("\n", 0, shammari.start)
    assert f"  {line}:{col} warning MT101 name-variant" in out
    assert "see 6:" in out  # the reference <b>al-Shammari</b>, on line 6 of the source


def test_no_colour_codes_unless_asked():
    report = mtcheck.check(ARTICLE)
    assert "\x1b[" not in render([report], "text")
    assert "\x1b[" in render([report], "text", color=True)


def test_back_translation_lists_flagged_sentences_only_unless_verbose(bt_env):
    report = mtcheck.check(BT_ARTICLE, backend="bergamot")
    flagged = {f.sentence for f in report.findings if f.rule in ("low-fidelity", "entity-dropped")}
    assert flagged, "the garbled sentence should read back badly"
    scored = re.compile(r"^    (\d+):(\d+) +chrF ", re.M)

    def listed(out):
        return [(int(m[1]), int(m[2])) for m in scored.finditer(out)]

    def position(s):
        return BT_ARTICLE.count("\n", 0, s.start) + 1, s.start - BT_ARTICLE.rfind("\n", 0, s.start)

    short = render([report], "text")
    assert sorted(listed(short)) == sorted(position(report.sentences[i]) for i in flagged)
    assert "back: " in short and "--verbose" in short
    full = render([report], "text", verbose=True)
    assert len(listed(full)) == len(report.sentence_backtranslations) > len(flagged)

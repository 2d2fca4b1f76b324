"""JSON renderer: the contract plus 1-based line/column positions on every span."""
from __future__ import annotations

import json

import mtcheck
from mtcheck.render import FORMATS, render
from render_samples import ARTICLE, HTML_ARTICLE


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column counted the slow, obvious way."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _spans(d: dict):
    yield from d["sentences"]
    for f in d["findings"]:
        yield f
        yield from f["related"]


def _check_positions(text: str, d: dict) -> int:
    n = 0
    for span in _spans(d):
        assert (span["line"], span["column"]) == _position(text, span["start"])
        assert (span["end_line"], span["end_column"]) == _position(text, span["end"])
        assert text[span["start"]:span["end"]] == span["text"]
        n += 1
    return n


def test_every_span_has_its_line_and_column():
    d = json.loads(render([mtcheck.check(ARTICLE)], "json"))
    assert _check_positions(ARTICLE, d) > 10
    first = d["findings"][0]
    assert first["rule"] == "mt-marker" and (first["line"], first["column"]) == (5, 1)


def test_positions_count_code_points_and_keep_carriage_returns():
    text = "Über Rasool’s visit\r\n\r\nBrig Gen Yahya Rasool said the army was ready.\r\n\r\n" \
           "Brig Gen Yahya Rasoul said the posts would open.\r\n"
    d = mtcheck.check(text).to_dict()
    assert _check_positions(text, d) >= 3
    rasoul = next(f for f in d["findings"] if f["text"] == "Rasoul")
    assert (rasoul["line"], rasoul["column"]) == (5, 16)


def test_html_input_positions_point_into_the_source():
    d = mtcheck.check(HTML_ARTICLE, path="a.html").to_dict()
    assert _check_positions(HTML_ARTICLE, d) > 5
    shammari = next(f for f in d["findings"] if f["rule"] == "name-variant" and "Shammari" in f["text"])
    assert shammari["text"] == "Al <i>Shammari"  # the source slice, markup included
    assert shammari["line"] == 7


def test_cli_json_equals_the_api_and_several_articles_give_a_list(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.html"
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(HTML_ARTICLE, encoding="utf-8")
    reports = [mtcheck.check_file(one), mtcheck.check_file(two)]
    out = json.loads(render(reports, "json"))
    assert isinstance(out, list) and [r["document"]["path"] for r in out] == [str(one), str(two)]
    assert out == [r.to_dict() for r in reports]
    assert json.loads(render(reports[:1], "json")) == reports[0].to_dict()


def test_registry_names_every_format():
    assert FORMATS == ("text", "json", "sarif", "junit", "github", "html")


def test_formats_that_need_the_article_refuse_a_report_without_it():
    import pytest
    from dataclasses import replace

    bare = replace(mtcheck.check(ARTICLE), source=None)
    assert json.loads(render([bare], "json"))["findings"]  # the contract, without positions
    with pytest.raises(ValueError, match="html format needs"):
        render([bare], "html")

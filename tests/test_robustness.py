"""Inputs found by fuzzing: every one ends in a report or in one clear line with exit 2, never a
traceback; endless inputs stop at once; the input file is never modified."""
from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

import mtcheck
from mtcheck.reader import read_path

ROOT = Path(__file__).resolve().parents[1]
_ENTRY = Path(sys.executable).parent / "mtcheck"
MTCHECK = [str(_ENTRY)] if _ENTRY.exists() else [sys.executable, "-m", "mtcheck.cli"]
SEED = ROOT / "seeds" / "000_0d5765ec9c3f1855.txt"
ARTICLE = "Iraq tightens border security\n\nThe border is long. Troops patrol it.\n"


def run(*args, timeout=60) -> subprocess.CompletedProcess:
    return subprocess.run([*MTCHECK, "check", "--backend", "none", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, cwd=ROOT)


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtcheck: error: "), proc.stderr
    for needle in needles:
        assert needle.lower() in lines[0].lower(), (needle, lines[0])


# ------------------------------------------------------------------ HTML the parser refuses

@pytest.mark.parametrize("markup", ["<![ x", "<![foo[ a ]]>", "<![>", "<![cdata[ unclosed", "<!x [ y"])
def test_html_marked_sections_give_a_report(markup):
    html = f"<html><body><p>The border is long.</p>{markup}<p>Troops patrol it.</p></body></html>"
    report = mtcheck.check(html)
    texts = [s.text for s in report.sentences]
    assert "The border is long." in texts
    for s in report.sentences:
        assert html[s.start:s.end] == s.text


def test_a_txt_file_that_starts_with_html_and_a_marked_section(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("<html><body><p>The border is long. Troops patrol it.</p><![ x\n", encoding="utf-8")
    proc = run(article)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_html_parsers_own_failure_is_an_input_error(monkeypatch):
    from html.parser import HTMLParser

    def refuse(self, *args):
        raise AssertionError("unexpected call to parse_starttag()")  # what html.parser raises

    monkeypatch.setattr(HTMLParser, "parse_starttag", refuse)
    with pytest.raises(mtcheck.InputError, match="cannot parse the HTML at line 1"):
        mtcheck.check("<html><body><p>The border is long.</p></body></html>")


# ------------------------------------------------------------------ size, binary, encodings

def test_endless_input_stops_at_the_size_limit():
    proc = run("--max-bytes", "1000000", "/dev/zero", timeout=20)
    assert_one_line_error(proc, "/dev/zero")


def test_endless_text_stops_at_the_size_limit(tmp_path):
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    writer = subprocess.Popen([sys.executable, "-c", f"import sys\nf = open({str(fifo)!r}, 'w')\n"
                               "try:\n    while True: f.write('The border is long. ' * 100)\n"
                               "except BrokenPipeError: pass\n"], stderr=subprocess.DEVNULL)
    try:
        proc = run("--max-bytes", "200000", fifo, timeout=30)
    finally:
        writer.kill()
        writer.wait()
    assert_one_line_error(proc, "size limit", "200,000", "--max-bytes")


def test_random_bytes_stop_at_once():
    proc = run("/dev/urandom", timeout=20)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, proc.stderr


def test_max_bytes_is_exact(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    size = len(ARTICLE.encode("utf-8"))
    assert run("--max-bytes", size, article).returncode == 0
    assert_one_line_error(run("--max-bytes", size - 1, article), "size limit")


def test_a_nul_byte_after_the_first_8_kib_is_binary(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLE.encode("utf-8") * 400 + b"\x00" + ARTICLE.encode("utf-8"))
    assert article.stat().st_size > 8192
    assert_one_line_error(run(article), "binary")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path, bom, codec):
    text = SEED.read_text(encoding="utf-8").lstrip("\ufeff")
    article = tmp_path / "a.txt"
    article.write_bytes(bom + text.encode(codec))
    src = read_path(article)
    assert src.raw == "\ufeff" + text  # the mark stays, like UTF-8's: offsets into the decoded text
    report = mtcheck.check_file(article).to_dict()
    same_in_utf8 = mtcheck.check("\ufeff" + text, path=str(article)).to_dict()
    assert report == same_in_utf8 and report["findings"]
    for f in report["findings"]:
        assert src.raw[f["start"]:f["end"]] == f["text"]


def test_utf16_without_a_bom_is_named(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLE.encode("utf-16-le"))
    assert_one_line_error(run(article), "UTF-16", "byte order mark")


def test_broken_utf16_names_the_encoding(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    assert_one_line_error(run(article), "UTF-16-LE")


# ------------------------------------------------------------------ empty articles, bytes to the API

@pytest.mark.parametrize("text", ["Powered by automated translation\n",
                                  "\n\n  This article was machine translated.  \n\n",
                                  "---\nmachine_translated: true\n---\nAuto-translated\n"])
def test_an_article_that_is_only_the_marker_is_empty(tmp_path, text):
    article = tmp_path / ("a.md" if text.startswith("---") else "a.txt")
    article.write_text(text, encoding="utf-8")
    assert_one_line_error(run(article), "empty", "marker")


def test_check_decodes_bytes_as_a_file_is_read():
    assert mtcheck.check(ARTICLE.encode("utf-8")).to_json() == mtcheck.check(ARTICLE).to_json()
    assert mtcheck.check(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")).document.characters == len(ARTICLE) + 1
    with pytest.raises(mtcheck.InputError, match="binary"):
        mtcheck.check(b"The border\x00 is long.")
    with pytest.raises(mtcheck.InputError, match="UTF-8"):
        mtcheck.check(b"The border is \xff long.")


@pytest.mark.parametrize("value", [None, 42, ["The border is long."]])
def test_check_of_something_else_says_to_pass_str(value):
    with pytest.raises(mtcheck.MtcheckError, match="str"):
        mtcheck.check(value)


# ------------------------------------------------------------------ the input is never modified

@pytest.mark.parametrize("name, content", [
    ("a.txt", ARTICLE.encode("utf-8")),
    ("a.html", b"<html><body><p>The border is long.</p><![ x <p>Troops patrol it.</p></body></html>"),
    ("a.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")),
    ("a.txt", b"\x00binary"),
])
def test_input_files_are_never_modified(tmp_path, name, content):
    article = tmp_path / name
    article.write_bytes(content)
    os.utime(article, (1_000_000_000, 1_000_000_000))
    before = article.stat()
    run(article)
    run("--format", "json", article)
    after = article.stat()
    assert article.read_bytes() == content
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]

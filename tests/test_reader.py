"""Input formats: plain text, Markdown (syntax masked, same offsets) and HTML (visible text
of the article, offsets mapped back into the HTML source)."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.errors import InputError
from mtcheck.reader import decode, detect_format, from_text, read_path

MARKDOWN = """\
---
title: "Iraq tightens border security"
machine_translated: true
---

# Iraq tightens border security with Syria to halt ISIS movement

*ISIS and drug smuggling to be reduced, says military*

![Iraqi troops at Al-Qaim](troops.jpg)
Deputy commander meets **Iraqi troops** at Al-Qaim. Picture taken January 18, 2021. REUTERS/John Davison

Iraq is taking steps against [ISIS](https://example.com/isis) militants. The the border is long.

> "So far we have seen positive results," he said.

- Lt Gen Abdul Amir Al Shammari told Reuters.
- Brig. Gen. Yahya Rasool said on Monday.
"""

HTML = """\
<!DOCTYPE html>
<html><head><title>Iraq news - Example Site</title>
<meta name="machine-translated" content="true">
<script>var teaser = "Fake sentence. In a script.";</script>
<style>p { color: red; }</style>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World news</a></nav>
<p>Teaser outside the article. Not checked.</p>
<article>
<h1>Iraq tightens border security with Syria to halt ISIS movement</h1>
<p class="standfirst">ISIS and drug smuggling to be reduced, says military</p>
<figure><img src="x.jpg" alt="troops"><figcaption>Deputy commander meets Iraqi troops at Al-Qaim.
Picture taken January 18, 2021. REUTERS/John Davison</figcaption></figure>
<p>Iraq is taking&nbsp;steps against <b>ISIS</b> &amp; drug smugglers. <i>The</i> the border is long.</p>
<p>&ldquo;So far we have seen positive results,&rdquo; he said.</p>
<aside>Related: Another story. Read it.</aside>
<script>document.write("Another fake. Sentence here.");</script>
</article>
<footer>Copyright 2021. All rights reserved.</footer>
</body></html>
"""


def _assert_offsets(text: str, report) -> None:
    for s in report.sentences:
        assert text[s.start:s.end] == s.text
    for f in report.findings:
        assert text[f.start:f.end] == f.text
        for r in f.related:
            assert text[r.start:r.end] == r.text


# ----------------------------------------------------------------------------- Markdown

def test_markdown_view_masks_syntax_and_keeps_offsets():
    src = from_text(MARKDOWN, path="article.md")
    assert src.format == "markdown"
    assert len(src.view) == len(MARKDOWN)
    assert src.to_raw(10, 20) == (10, 20)
    # every newline stays where it was; masked characters become spaces
    assert [i for i, c in enumerate(src.view) if c == "\n"] == [i for i, c in enumerate(MARKDOWN) if c == "\n"]
    heading = MARKDOWN.index("# Iraq")
    assert src.view[heading] == " "
    assert "**" not in src.view and "](" not in src.view and "title:" not in src.view
    image = MARKDOWN.index("![")
    assert src.view[image:MARKDOWN.index("\n", image)].strip() == ""  # an image (alt text too) is not prose
    link = MARKDOWN.index("[ISIS]")
    assert src.view[link:link + 6] == " ISIS "


def test_markdown_report_sentences_and_front_matter_flag():
    report = mtcheck.check(MARKDOWN, path="article.md")
    _assert_offsets(MARKDOWN, report)
    assert report.document.machine_translated is True
    assert report.document.marker == "machine_translated: true"
    got = [(s.part, s.text) for s in report.sentences]
    assert got == [
        ("headline", "Iraq tightens border security with Syria to halt ISIS movement"),
        ("standfirst", "ISIS and drug smuggling to be reduced, says military"),
        ("caption", "Deputy commander meets **Iraqi troops** at Al-Qaim."),
        ("caption", "Picture taken January 18, 2021."),
        ("credit", "REUTERS/John Davison"),
        ("body", "Iraq is taking steps against [ISIS](https://example.com/isis) militants."),
        ("body", "The the border is long."),
        ("body", '"So far we have seen positive results," he said.'),
        ("body", "Lt Gen Abdul Amir Al Shammari told Reuters."),
        ("body", "Brig. Gen. Yahya Rasool said on Monday."),
    ]
    [doubled] = [f for f in report.findings if f.rule == "doubled-word"]
    assert doubled.start == MARKDOWN.index("The the") and doubled.text == "The the"


def test_markdown_front_matter_false_and_no_marker():
    text = "---\nmachine_translated: false\n---\n\n# Title here\n\nA body sentence. Another one.\n"
    report = mtcheck.check(text, format="markdown")
    assert report.document.machine_translated is False
    assert report.document.marker is None
    _assert_offsets(text, report)


def test_markdown_marker_line_in_text():
    text = "# Title here\n\nA body sentence. Another one.\n\n*Powered by automated translation*\n"
    report = mtcheck.check(text, format="markdown")
    assert report.document.machine_translated is True
    assert report.document.marker == "Powered by automated translation"
    [marker] = [s for s in report.sentences if s.part == "marker"]
    assert marker.start == text.index("Powered")


# ----------------------------------------------------------------------------- HTML

def test_html_view_is_the_visible_article_text():
    src = from_text(HTML, path="article.html")
    assert src.format == "html"
    view = src.view
    assert "Iraq is taking\u00a0steps against ISIS & drug smugglers." in view
    assert "\u201cSo far we have seen positive results,\u201d he said." in view
    for hidden in ("Fake sentence", "Another fake", "Home", "World news", "Related:", "Copyright",
                   "Teaser outside", "Example Site", "color: red", "<b>", "&amp;"):
        assert hidden not in view, hidden
    assert src.metadata["machine-translated"] == "true"


def test_html_offsets_map_back_into_the_source():
    report = mtcheck.check(HTML, path="article.html")
    _assert_offsets(HTML, report)
    assert report.document.machine_translated is True
    assert report.document.marker == "machine-translated: true"
    texts = [(s.part, s.text) for s in report.sentences]
    assert texts == [
        ("headline", "Iraq tightens border security with Syria to halt ISIS movement"),
        ("standfirst", "ISIS and drug smuggling to be reduced, says military"),
        ("caption", "Deputy commander meets Iraqi troops at Al-Qaim."),
        ("caption", "Picture taken January 18, 2021."),
        ("credit", "REUTERS/John Davison"),
        ("body", "Iraq is taking&nbsp;steps against <b>ISIS</b> &amp; drug smugglers."),
        ("body", "The</i> the border is long."),
        ("body", "&ldquo;So far we have seen positive results,&rdquo; he said."),
    ]
    # the doubled word spans an inline tag: the finding is the source slice
    [doubled] = [f for f in report.findings if f.rule == "doubled-word"]
    assert doubled.text == "The</i> the"
    assert doubled.start == HTML.index("The</i> the")
    assert doubled.related[0].text == "The"


def test_html_entity_maps_to_its_whole_source_span():
    text = "<html><body><p>Tom &amp; Jerry said hi. It was&nbsp;&#8220;fine&#8221;.</p></body></html>"
    src = from_text(text)
    i = src.view.index("&")
    assert src.to_raw(i, i + 1) == (text.index("&amp;"), text.index("&amp;") + 5)
    j = src.view.index("\u201c")
    s, e = src.to_raw(j, src.view.index("\u201d") + 1)
    assert text[s:e] == "&#8220;fine&#8221;"
    report = mtcheck.check(text)
    assert [s.text for s in report.sentences] == ["Tom &amp; Jerry said hi.", "It was&nbsp;&#8220;fine&#8221;."]


def test_html_without_article_uses_body_without_navigation():
    text = ("<html><body><nav>Home News Sport</nav><header>Site name</header>"
            "<h1>Headline here</h1><p>First sentence. Second sentence.</p>"
            "<footer>Contact us.</footer></body></html>")
    report = mtcheck.check(text)
    assert [(s.part, s.text) for s in report.sentences] == [
        ("headline", "Headline here"), ("body", "First sentence."), ("body", "Second sentence.")]


def test_html_empty_article_element_falls_back_to_body():
    text = "<html><body><article> </article><p>Outside text. More text.</p></body></html>"
    report = mtcheck.check(text)
    assert [s.text for s in report.sentences] == ["Outside text.", "More text."]


def test_html_only_scripts_is_no_article():
    with pytest.raises(InputError, match="no article text"):
        from_text("<html><body><script>var a = 'Text. More.';</script><nav>Menu</nav></body></html>")


def test_html_marker_paragraph_and_crlf_source():
    text = ("<html>\r\n<body>\r\n<article>\r\n<h1>Headline here</h1>\r\n"
            "<p>Body sentence one. Body &amp; two.</p>\r\n<p>Powered by automated translation</p>\r\n"
            "</article>\r\n</body>\r\n</html>\r\n")
    report = mtcheck.check(text)
    _assert_offsets(text, report)
    assert report.document.marker == "Powered by automated translation"
    [marker] = [s for s in report.sentences if s.part == "marker"]
    assert marker.start == text.index("Powered")
    [info] = [f for f in report.findings if f.rule == "mt-marker"]
    assert (info.start, info.end) == (marker.start, marker.end)


# ----------------------------------------------------------------------------- detection, decoding

@pytest.mark.parametrize("text, path, expected", [
    ("Headline\n\nBody.", "a.txt", "text"),
    ("Headline\n\nBody.", None, "text"),
    ("# Headline\n\nBody.", "a.md", "markdown"),
    ("# Headline\n\nBody.", "a.markdown", "markdown"),
    ("<p>Body.</p>", "a.html", "html"),
    ("<p>Body.</p>", "A.HTM", "html"),
    ("<!DOCTYPE html><html><body><p>Body.</p></body></html>", None, "html"),
    ("  \n<html><body><p>Body.</p></body></html>", "story", "html"),
    ("\ufeff<!doctype html><p>Body.</p>", None, "html"),
    ("<!-- saved page -->\n<html><body><p>Body.</p></body></html>", None, "html"),
    ("<?xml version='1.0'?>\n<html><body><p>Body.</p></body></html>", None, "html"),
    ("<article><p>Body.</p></article>", None, "html"),
    ("Use <b> for bold. It works.", None, "text"),
])
def test_detect_format(text, path, expected):
    assert detect_format(text, path) == expected


def test_forced_input_format():
    text = "<p>Body one. Body two.</p>"
    assert from_text(text, fmt="text").view == text
    assert from_text(text, fmt="html").view.strip() == "Body one. Body two."
    with pytest.raises(InputError, match="unknown input format"):
        from_text(text, fmt="rtf")


def test_decode_errors():
    assert decode("Caf\u00e9 \u00a0ok".encode("utf-8")) == "Caf\u00e9 \u00a0ok"
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(b"Caf\xe9 latin-1")
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00binary")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\u00a0\u3000\n", "\ufeff", "\ufeff \n"])
def test_empty_input(text):
    with pytest.raises(InputError, match="empty"):
        from_text(text)


def test_read_path_keeps_crlf_and_bom(tmp_path):
    raw = "\ufeffHeadline here\r\n\r\nBody one. Body two.\r\n"
    p = tmp_path / "a.txt"
    p.write_bytes(raw.encode("utf-8"))
    src = read_path(p)
    assert src.raw == raw  # no newline translation, BOM kept: offsets are into the file as read
    report = mtcheck.check_file(p)
    _assert_offsets(raw, report)
    assert [s.text for s in report.sentences] == ["Headline here", "Body one.", "Body two."]
    assert report.document.characters == len(raw)


def test_read_path_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


def test_html_header_inside_article_is_kept_page_header_is_not():
    text = ("<html><body><header>Example Site</header><article><header><h1>Headline here</h1></header>"
            "<p>Body one. Body two.</p></article></body></html>")
    report = mtcheck.check(text)
    assert [(s.part, s.text) for s in report.sentences] == [
        ("headline", "Headline here"), ("body", "Body one."), ("body", "Body two.")]

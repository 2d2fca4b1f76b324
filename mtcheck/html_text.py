"""The visible text of an HTML article for reader.py: the text a reader sees (no scripts, styles,
navigation or page header; only the <article> when the page has one with text), each character with
the span of the raw HTML it came from, so findings are reported as offsets into the HTML source. The
standard library's parser reads the markup; its failures become one-line input errors."""
from __future__ import annotations

import re
from array import array
from html import unescape
from html.parser import HTMLParser

from .errors import InputError

_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside",
              "form", "button", "svg", "iframe", "select", "title"}
_BLOCK_TAGS = {"p", "div", "section", "article", "header", "h1", "h2", "h3", "h4", "h5", "h6",
               "li", "ul", "ol", "blockquote", "figure", "figcaption", "br", "hr", "tr", "td",
               "th", "table", "dd", "dt", "main", "pre", "caption"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area", "base"}


# What html.parser's marked-section code accepts (see _markupbase.parse_marked_section).
_MARKED_SECTION_NAME = re.compile(r"([a-zA-Z][-_.a-zA-Z0-9]*)\s*")
_MARKED_SECTION_KEYWORDS = {"temp", "cdata", "ignore", "include", "rcdata", "if", "else", "endif"}


class _VisibleText(HTMLParser):
    def __init__(self, raw: str):
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skip_depth = 0
        self.article_depth = 0
        # A page <header> (site name, menus) is skipped; a <header> inside an <article>
        # holds the headline and is kept. One flag per open <header>: was it skipped?
        self.header_skipped: list[bool] = []
        self.saw_article = False
        self.meta: dict[str, str] = {}
        # Text of the whole document and of <article> elements are collected separately:
        # when the page has an <article>, only its text is the article. A piece is
        # (text, raw start, raw end): raw end None means data, one raw char per view char.
        self.article_pieces: list[tuple[str, int, int | None]] = []
        self.all_pieces: list[tuple[str, int, int | None]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, start: int, end: int | None = None) -> None:
        """Data (end None: one raw char per view char), or an entity or synthetic break
        (every view char maps to the raw span start..end)."""
        if self.skip_depth or not text:
            return
        self.all_pieces.append((text, start, end))
        if self.article_depth:
            self.article_pieces.append((text, start, end))

    def parse_marked_section(self, i, report=1):
        # The standard library asserts on a marked section other than CDATA/IF ("<![ x",
        # "<![foo[", "<![>"), after moving its position. HTML5 reads any of them as a bogus
        # comment up to the next ">"; do that before the library sees them.
        name = _MARKED_SECTION_NAME.match(self.rawdata, i + 3)
        if name and name.group(1).lower() in _MARKED_SECTION_KEYWORDS:
            return super().parse_marked_section(i, report)
        end = self.rawdata.find(">", i + 3)
        return -1 if end < 0 else end + 1

    def _break(self) -> None:
        pos = self._offset()
        self._emit("\n\n", pos, pos)

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            a = dict(attrs)
            key = (a.get("name") or a.get("property") or "").strip().lower()
            if key:
                self.meta[key] = (a.get("content") or "").strip()
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip_depth += 1
            return
        if tag == "header":
            self.header_skipped.append(not self.article_depth)
            if not self.article_depth:
                self.skip_depth += 1
                return
        if tag == "article":
            self.article_depth += 1
            self.saw_article = True
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if (tag in _SKIP_TAGS and tag not in _VOID_TAGS) or tag == "header":
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "header" and self.header_skipped and self.header_skipped.pop():
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BLOCK_TAGS:
            self._break()
        if tag == "article":
            self.article_depth = max(0, self.article_depth - 1)

    def handle_data(self, data):
        self._emit(data, self._offset())

    def handle_entityref(self, name):
        start = self._offset()
        end = start + 1 + len(name)
        if self.raw.startswith(";", end):
            end += 1
        self._emit(unescape(self.raw[start:end]), start, end)

    def handle_charref(self, name):
        start = self._offset()
        end = start + 2 + len(name)
        if self.raw.startswith(";", end):
            end += 1
        self._emit(unescape(self.raw[start:end]), start, end)


def visible_text(text: str, path: str | None) -> tuple[str, array, array, dict[str, str]]:
    """The visible text of the HTML page ``text`` (its <article> where that has text), the raw start
    and end offsets of each of its characters, and the page's <meta> values. The parser's refusals
    become one-line input errors naming ``path``."""
    parser = _VisibleText(text)
    try:
        parser.feed(text)
        parser.close()
    except AssertionError as exc:  # html.parser's way of refusing markup it cannot parse
        line, col = parser.getpos()
        reason = " ".join(str(exc).split())[:80]
        raise InputError(f"{path or 'input'}: cannot parse the HTML at line {line}, column {col + 1} "
                         f"({reason})") from None
    # An <article> is the article only when it has text (an empty one is a layout stub).
    use_article = parser.saw_article and any(not p[0].isspace() for p in parser.article_pieces)
    pieces = parser.article_pieces if use_article else parser.all_pieces
    view, starts, ends = _view_and_offsets(pieces)
    return view, starts, ends, dict(parser.meta)


def _view_and_offsets(pieces: list[tuple[str, int, int | None]]) -> tuple[str, array, array]:
    # Compact int arrays: a list of tuples per character would cost ~100 bytes a character.
    starts, ends = array("q"), array("q")
    for piece, start, end in pieces:
        n = len(piece)
        if end is None:
            starts.extend(range(start, start + n))
            ends.extend(range(start + 1, start + n + 1))
        else:
            starts.extend(array("q", [start]) * n)
            ends.extend(array("q", [end]) * n)
    return "".join(p[0] for p in pieces), starts, ends

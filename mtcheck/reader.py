"""Read an article (plain text, Markdown or HTML) into a :class:`Source`.

A Source keeps the input exactly as read (``raw``) and the text the checks analyse
(``view``). For plain text and Markdown the view has the same length as the raw text
(Markdown syntax is masked with spaces), so offsets are identical. For HTML the view is
the visible text of the article body; every view character remembers the raw offset it
came from, so findings are reported as offsets into the HTML source itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError


FORMATS = ("text", "markdown", "html")
# What may precede the first tag of an HTML document: a byte order mark, white space,
# comments and an XML declaration.
_HTML_PREAMBLE = re.compile(r"\A(?:\ufeff|\s|<!--.*?-->|<\?xml[^>]*>)*", re.S)


@dataclass
class Source:
    raw: str
    view: str
    format: str = "text"
    path: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    # view index -> raw index (start and end of the raw text that produced that view char);
    # None means identity (plain text and Markdown).
    raw_starts: list[int] | None = None
    raw_ends: list[int] | None = None

    # Paragraphs are separated by blank lines only (a single newline is a soft wrap).
    @property
    def soft_newlines(self) -> bool:
        return self.format != "text"

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span to a raw span."""
        if self.raw_starts is None or self.raw_ends is None:
            return start, end
        if end <= start:
            pos = self.raw_starts[start] if start < len(self.raw_starts) else len(self.raw)
            return pos, pos
        return self.raw_starts[start], self.raw_ends[end - 1]


def decode(data: bytes, name: str = "input") -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def detect_format(text: str, path: str | None = None) -> str:
    suffix = Path(path).suffix.lower() if path else ""
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown", ".mdown"):
        return "markdown"
    head = _HTML_PREAMBLE.sub("", text[:4096], count=1)[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<article", "<body")):
        return "html"
    return "text"


def read_path(path: str | Path, fmt: str | None = None) -> Source:
    """Read a file; raise InputError with one clear line on any problem."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a directory, not an article")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return from_text(decode(data, name), path=name, fmt=fmt)


def from_text(text: str, path: str | None = None, fmt: str | None = None) -> Source:
    if not _has_text(text):
        raise InputError(f"{path or 'input'}: the article is empty")
    fmt = fmt or detect_format(text, path)
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "html":
        src = _read_html(text, path)
    elif fmt == "markdown":
        src = _read_markdown(text, path)
    else:
        src = Source(raw=text, view=text, format="text", path=path)
    if not _has_text(src.view):
        raise InputError(f"{path or 'input'}: no article text found")
    return src


def _has_text(text: str) -> bool:
    # a byte order mark or zero-width space alone is no article either
    return bool(text.strip().strip("\ufeff\u200b\u2060").strip())


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_LINE_PREFIX = re.compile(r"^([ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)+)", re.M)
_MD_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$", re.M)
_MD_INLINE = [
    re.compile(r"<!--.*?-->", re.S),                       # comments
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),                # images: alt text is not prose
    re.compile(r"!?\[(?=[^\]\n]*\]\()"),                     # opening of a link/image
    re.compile(r"\]\([^)\n]*\)"),                           # closing of a link/image
    re.compile(r"\*\*|__|`+|~~"),                           # strong, code, strike
    re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"),   # *emphasis*
    re.compile(r"(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])"),     # _emphasis_
    re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M),       # horizontal rules
]


def _mask(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _read_markdown(text: str, path: str | None) -> Source:
    chars = list(text)
    metadata: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        metadata = _parse_front_matter(m.group(1))
        _mask(chars, 0, m.end())
    for rx in (_MD_LINE_PREFIX, _MD_HEADING_TAIL, *_MD_INLINE):
        for mm in rx.finditer(text, m.end() if m else 0):
            _mask(chars, mm.start(), mm.end())
    return Source(raw=text, view="".join(chars), format="markdown", path=path, metadata=metadata)


def _parse_front_matter(block: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            out[key.strip().lower()] = value.strip().strip("'\"")
    return out


# --------------------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside",
              "form", "button", "svg", "iframe", "select", "title"}
_BLOCK_TAGS = {"p", "div", "section", "article", "header", "h1", "h2", "h3", "h4", "h5", "h6",
               "li", "ul", "ol", "blockquote", "figure", "figcaption", "br", "hr", "tr", "td",
               "th", "table", "dd", "dt", "main", "pre", "caption"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area", "base"}


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
        # when the page has an <article>, only its text is the article.
        self.article_chars: list[tuple[str, int, int]] = []
        self.all_chars: list[tuple[str, int, int]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, start: int, end: int | None = None) -> None:
        if self.skip_depth:
            return
        sink = [self.all_chars] + ([self.article_chars] if self.article_depth else [])
        for out in sink:
            if end is None:  # data: one raw char per view char
                out.extend((ch, start + i, start + i + 1) for i, ch in enumerate(text))
            else:            # entity or synthetic break: all view chars map to the raw span
                out.extend((ch, start, end) for ch in text)

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


def _read_html(text: str, path: str | None) -> Source:
    parser = _VisibleText(text)
    parser.feed(text)
    parser.close()
    # An <article> is the article only when it has text (an empty one is a layout stub).
    use_article = parser.saw_article and any(not t[0].isspace() for t in parser.article_chars)
    triples = parser.article_chars if use_article else parser.all_chars
    view = "".join(t[0] for t in triples)
    metadata = {k: v for k, v in parser.meta.items()}
    return Source(raw=text, view=view, format="html", path=path, metadata=metadata,
                  raw_starts=[t[1] for t in triples], raw_ends=[t[2] for t in triples])

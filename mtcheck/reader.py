"""Read an article (plain text, Markdown or HTML) into a :class:`Source`.

A Source keeps the input exactly as read (``raw``) and the text the checks analyse
(``view``). For plain text and Markdown the view has the same length as the raw text
(Markdown syntax is masked with spaces), so offsets are identical. For HTML the view is
the visible text of the article body; every view character remembers the raw offset it
came from, so findings are reported as offsets into the HTML source itself.

Reading never trusts the input: a file is read in chunks up to a size limit (so /dev/zero
stops at once), a NUL anywhere marks a binary file, UTF-16/UTF-32 with a byte order mark
are decoded (offsets are then offsets into the decoded text), and the HTML parser's own
failures become one-line input errors.
"""
from __future__ import annotations

import codecs
import re
from array import array
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO, Sequence

from . import marker as marker_mod
from .errors import InputError


FORMATS = ("text", "markdown", "html")
DEFAULT_MAX_BYTES = 20_000_000  # a long feature article is ~100 kB; 20 MB is generous
_CHUNK = 1 << 20
# Byte order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
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
    raw_starts: Sequence[int] | None = None
    raw_ends: Sequence[int] | None = None

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


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _binary_error(name: str, data: bytes) -> InputError:
    # UTF-16 without a byte order mark is text with a NUL in every other byte; name it, so
    # the user knows what to convert rather than wondering why text is "binary".
    head = data[:4096]
    even, odd = head[0::2].count(0) / max(1, len(head[0::2])), head[1::2].count(0) / max(1, len(head[1::2]))
    if len(head) >= 16 and max(even, odd) > 0.6 and min(even, odd) < 0.1:
        return InputError(f"{name}: looks like UTF-16 without a byte order mark; "
                          "save it as UTF-8 (or UTF-16 with a byte order mark)")
    return InputError(f"{name}: looks like a binary file, not a text article (it contains a NUL byte)")


def _too_large(name: str, max_bytes: int) -> InputError:
    return InputError(f"{name}: larger than the size limit of {max_bytes:,} bytes "
                      "(raise it with --max-bytes)")


def decode(data: bytes, name: str = "input") -> str:
    """Decode an article's bytes: UTF-8, or UTF-16/UTF-32 when a byte order mark says so.

    The byte order mark stays in the text as U+FEFF (as for UTF-8), so offsets are code
    points of the decoded text. A NUL anywhere means a binary file.
    """
    encoding = _bom_encoding(data) or "utf-8"
    if encoding == "utf-8" and b"\x00" in data:
        raise _binary_error(name, data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {encoding.upper()} "
                         f"(byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if "\x00" in text:
        raise _binary_error(name, data)
    return text


def read_limited(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read at most ``max_bytes`` from a stream, chunk by chunk.

    Stops at once, without reading on, when the limit is passed (an endless device such as
    /dev/zero) or when a NUL byte shows a binary file (/dev/urandom).
    """
    chunks: list[bytes] = []
    total = 0
    head = b""
    while True:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise _too_large(name, max_bytes)
        if len(head) < 4:
            head = (head + chunk)[:4096]
        # UTF-16/32 text has NUL bytes; decode() checks its characters instead.
        if b"\x00" in chunk and _bom_encoding(head) in (None, "utf-8"):
            raise _binary_error(name, head if len(head) >= 16 else chunk)
        chunks.append(chunk)
    return b"".join(chunks)


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


def read_path(path: str | Path, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a file; raise InputError with one clear line on any problem."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a directory, not an article")
    try:
        with p.open("rb") as stream:
            data = read_limited(stream, name, max_bytes)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return from_text(decode(data, name), path=name, fmt=fmt)


def from_text(text: str, path: str | None = None, fmt: str | None = None) -> Source:
    name = path or "input"
    if not _has_text(text):
        raise InputError(f"{name}: the article is empty")
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
        raise InputError(f"{name}: no article text found")
    if not _has_text(_without_marker_lines(src.view)):
        raise InputError(f"{name}: the article is empty (only the machine-translation marker)")
    return src


def _has_text(text: str) -> bool:
    # a byte order mark or zero-width space alone is no article either
    return bool(text.strip().strip("\ufeff\u200b\u2060").strip())


def _without_marker_lines(view: str) -> str:
    pieces, pos = [], 0
    for start, end in marker_mod.find_marker_lines(view):
        pieces.append(view[pos:start])
        pos = end
    pieces.append(view[pos:])
    return "".join(pieces)


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_LINE_PREFIX = re.compile(r"^([ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)+)", re.M)
# Starts only where a run of blanks starts: from inside a long run it would rescan the run.
_MD_HEADING_TAIL = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$", re.M)
# Link text and targets are bounded so that a long line of "[" or "](" without a close
# costs linear time, not a scan to the end of the line from each of them.
_MD_INLINE = [
    re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)"),       # images: alt text is not prose
    re.compile(r"!?\[(?=[^\]\n]{0,500}\]\()"),                  # opening of a link/image
    re.compile(r"\]\([^)\n]{0,2000}\)"),                       # closing of a link/image
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
    begin = m.end() if m else 0
    for start, end in _html_comments(text, begin):
        _mask(chars, start, end)
    for rx in (_MD_LINE_PREFIX, _MD_HEADING_TAIL, *_MD_INLINE):
        for mm in rx.finditer(text, begin):
            _mask(chars, mm.start(), mm.end())
    return Source(raw=text, view="".join(chars), format="markdown", path=path, metadata=metadata)


def _html_comments(text: str, pos: int) -> list[tuple[int, int]]:
    # A scan, not the regex "<!--.*?-->": with many unclosed "<!--" the regex searches to
    # the end of the text from each of them (quadratic time).
    out = []
    while (start := text.find("<!--", pos)) >= 0:
        close = text.find("-->", start + 4)
        if close < 0:
            break
        out.append((start, close + 3))
        pos = close + 3
    return out


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


def _read_html(text: str, path: str | None) -> Source:
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
    return Source(raw=text, view=view, format="html", path=path, metadata=dict(parser.meta),
                  raw_starts=starts, raw_ends=ends)


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

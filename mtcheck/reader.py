"""Read an article (plain text, Markdown or HTML) into a :class:`Source`.

A Source keeps the input exactly as read (``raw``) and the text the checks analyse
(``view``). For plain text and Markdown the view has the same length as the raw text
(Markdown syntax is masked with spaces), so offsets are identical. For HTML the view is
the visible text of the article body; every view character remembers the raw offset it
came from, so findings are reported as offsets into the HTML source itself (html_text.py).

Reading never trusts the input: a file is read in chunks up to a size limit (so /dev/zero
stops at once), a NUL anywhere marks a binary file, UTF-16/UTF-32 with a byte order mark
are decoded (offsets are then offsets into the decoded text), and the HTML parser's own
failures become one-line input errors.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Sequence

from . import marker as marker_mod
from .errors import InputError
from .html_text import visible_text


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

def _read_html(text: str, path: str | None) -> Source:
    view, starts, ends, meta = visible_text(text, path)  # (html_text.py)
    return Source(raw=text, view=view, format="html", path=path, metadata=meta, raw_starts=starts, raw_ends=ends)

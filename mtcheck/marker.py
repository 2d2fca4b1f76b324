"""Is the article marked as machine-translated?

Three sources, strongest first: the caller's override, a metadata flag (Markdown
front matter or an HTML <meta>), and a marker line in the text such as
"Powered by automated translation". Line matching ignores case and punctuation,
and only short lines count, so a body sentence that talks *about* machine
translation is not mistaken for the marker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Normalised (lower case, punctuation -> space) phrases; each must make up the line,
# give or take a few words of framing ("this article was ...").
_MARKER_PHRASES = [
    r"powered by (?:automated|automatic|machine|ai|artificial intelligence) translation",
    r"(?:automated|automatic|machine|ai) translation(?: by \w+)?",
    r"(?:this )?(?:article|story|text|content|page|report)? ?(?:has been|was|is) "
    r"(?:automatically|machine|ai|automatic|auto) ?translated(?: from \w+)?(?: \w+){0,4}",
    r"(?:automatically|machine|ai|auto) ?translated(?: from \w+)?(?: by \w+)?",
    r"translated (?:automatically|by machine|by ai|using (?:machine|automated|ai) translation"
    r"|with (?:machine|automated|ai) translation|by (?:google translate|deepl))(?: \w+){0,4}",
]
_MARKER_RX = re.compile(r"^(?:" + "|".join(_MARKER_PHRASES) + r")$")
_MAX_MARKER_WORDS = 14
_MAX_MARKER_CHARS = 400

_META_KEYS = ("machine_translated", "machine-translated", "machinetranslated", "mt",
              "translation", "translated_by", "mtcheck:machine-translated", "machine translated")
_TRUE = {"true", "yes", "1", "on", "machine", "automated", "automatic", "ai", "mt"}
_FALSE = {"false", "no", "0", "off", "human", "none"}


@dataclass(frozen=True)
class Marker:
    machine_translated: bool
    marker: str | None       # the marker text as it appears (or the metadata key: value)
    start: int | None = None  # view offsets of the marker line, when it is in the text
    end: int | None = None


def normalise(line: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", line.lower()).split())


def is_marker_line(line: str) -> bool:
    # 14 words are never this long; skipping the normalising of long lines keeps the scan of
    # a one-line 10 MB article cheap.
    if len(line) > _MAX_MARKER_CHARS:
        return False
    # every marker phrase holds "translat": most lines are rejected without normalising them
    if "translat" not in line.lower():
        return False
    norm = normalise(line)
    if not norm or len(norm.split()) > _MAX_MARKER_WORDS:
        return False
    return bool(_MARKER_RX.match(norm))


def find_marker_lines(view: str) -> list[tuple[int, int]]:
    """(start, end) of every marker line in the view text, whitespace trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", view):
        line = m.group()
        if is_marker_line(line):
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + len(line.rstrip())))
    return out


def from_metadata(metadata: dict[str, str]) -> bool | None:
    for key in _META_KEYS:
        if key in metadata:
            value = metadata[key].strip().lower()
            if value in _TRUE:
                return True
            if value in _FALSE:
                return False
    return None


def detect(view: str, metadata: dict[str, str], override: bool | None = None) -> Marker:
    lines = find_marker_lines(view)
    first = lines[0] if lines else None
    line_text = view[first[0]:first[1]] if first else None
    if override is not None:
        return Marker(override, line_text if override else None,
                      *(first if first and override else (None, None)))
    meta = from_metadata(metadata)
    if first:
        return Marker(True, line_text, *first)
    if meta:
        key = next(k for k in _META_KEYS if k in metadata)
        return Marker(True, f"{key}: {metadata[key]}")
    return Marker(False, None)

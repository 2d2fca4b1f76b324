"""Split an article into blocks and sentences with exact character offsets.

Blocks are paragraphs (a line each in plain text; blank-line separated in Markdown and
HTML). Each block gets a part: headline, standfirst, caption, credit, marker or body.
Sentence boundaries survive news abbreviations ("Lt Gen", "Brig. Gen.", "Mr", "U.S.",
"Jan. 18"), decimals, quotes, captions without a full stop, and Unicode spaces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import marker as marker_mod

# Tokens that end with a full stop without ending a sentence.
TITLE_ABBREVIATIONS = frozenset("""
Mr Mrs Ms Mx Dr Prof Eng Engr Cllr Atty Sr Jr St Mt Messrs Mme Mlle Sheikh Sh Rev Hon Gov Sen Rep Pres Amb Supt
Gen Gens Lt Lts Col Cols Maj Capt Cpt Cmdr Cdr Comdr Adm Brig Sgt Cpl Pvt Spc Insp Det Ft Cdre
Lieut Lieuts Gen'l Rt Fr Brig-Gen Lt-Gen Maj-Gen Lt-Col
Inc Ltd Co Corp Bros Dept Univ Ave Rd Blvd Assn Intl Natl Govt approx est vs etc al cf ca
""".split())
# Abbreviations that are only abbreviations when a number follows ("Jan. 18", "No. 5").
NUMERIC_ABBREVIATIONS = frozenset("""
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol Vols Art Fig p pp para Para ch Ch
""".split())
# Words that commonly open a sentence: after "U.S." or "a.m." they make a boundary likely.
SENTENCE_STARTERS = frozenset("""
The He She It They We I In On At But And A An This That These Those His Her Their Its There
After Before As If When While According Meanwhile However Officials Police Security Authorities
""".split())

# Both scans read the whole article. They are written to open with a character class so that
# the regex engine skips to the next candidate character at C speed (3x faster than their
# plain forms, which tests/test_linear_shortcuts.py checks they match exactly):
#   _BOUNDARY  (?:[.!?]+|\u2026)[closers]*(?=\s)
#   _GLUED     (?<=[a-z][a-z])[.!?][closer]?(?=[opener]?[A-Z][a-z])
_BOUNDARY = re.compile(r"[.!?\u2026](?:(?<=[.!?])[.!?]*)?[\"'\u201d\u2019)\]]*(?=\s)")
# A full stop glued to the next sentence by a missing space ("Baghdad.The", "added.\u201cWe"):
# a lower-case word before it, a capitalised word (or an opening quote) after it. "U.S.The",
# "Lt.-Gen.", "3.5" and "example.com" do not fit; URLs and e-mail addresses are excluded below.
_GLUED = re.compile(r"[.!?](?<=[a-z][a-z][.!?])[\"'\u201d\u2019)]?(?=[\"\u201c\u2018]?[A-Z][a-z])")
_CLOSERS = "\"'\u201d\u2019)]"
_OPENERS = "\"'\u201c\u2018([\u00ab"
_WORD = re.compile(r"[\w'’-]+")

# Photo credits at the end of a caption: "REUTERS/John Davison", "AP Photo/Tarek Samir",
# "AFP/Waleed Qaid", "KUNA", "Getty Images", "Photo: Ali Haider".
_CREDIT = re.compile(
    r"^(?:(?:[A-Z][A-Z&.\-]{1,}(?:[ \u00a0][A-Z][A-Za-z&.\-]*)*|AP Photo|Getty Images|"
    r"Courtesy(?: of)?[ \u00a0]\S.*|(?:Photo|Picture|Image)s?(?: by|:)[ \u00a0]?\S.*)"
    r"(?:[ \u00a0]?/[ \u00a0]?[^\n/]{1,60})?)$")
_CAPTION_CUES = re.compile(r"\b(?:Picture taken|Photo taken|File photo|FILE PHOTO|Photo:|Pictured)\b")
# A credit glued to the end of a caption that has no full stop: "... at Al-Qaim REUTERS/John Davison".
# The agency must be in capitals (no dots, so "U.S./Mexico" is not one), then a slash and a name.
_CREDIT_TAIL = re.compile(
    r"(?<=\s)(?:[A-Z][A-Z&\-]+|AP[ \u00a0]Photo|Getty[ \u00a0]Images|Reuters)[ \u00a0]?/[ \u00a0]?[A-Z][a-z][^\n/]{0,60}$")
# Characters that take no room but are not str.isspace(): a byte order mark, zero-width spaces.
_INVISIBLE = "\ufeff\u200b\u2060"


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    part: str


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    part: str


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def split_blocks(text: str, soft_newlines: bool) -> list[tuple[int, int]]:
    """Paragraphs as (start, end), whitespace trimmed."""
    sep = r"\n[^\S\n]*\n\s*" if soft_newlines else r"\n\s*"
    spans, pos = [], 0
    for m in re.finditer(sep, text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    blocks = [_trimmed(text, s, e) for s, e in spans]
    blocks = [b for b in blocks if b[1] > b[0]]
    if soft_newlines:
        return _split_marker_lines(text, blocks)
    # In plain text a hard-wrapped paragraph continues on a line that starts in lower case.
    joined: list[tuple[int, int]] = []
    for s, e in blocks:
        if joined:
            ps, pe = joined[-1]
            between = text[pe:s]
            if between.count("\n") == 1 and not _ends_terminal(text, ps, pe) and text[s].islower():
                joined[-1] = (ps, e)
                continue
        joined.append((s, e))
    return _split_marker_lines(text, joined)


def _split_marker_lines(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The machine-translation marker is a line of its own even without a blank line around it."""
    out: list[tuple[int, int]] = []
    for s, e in blocks:
        if "\n" not in text[s:e]:
            out.append((s, e))
            continue
        pos = s
        for m in re.finditer(r"[^\n]+", text[s:e]):
            ls, le = _trimmed(text, s + m.start(), s + m.end())
            if le > ls and marker_mod.is_marker_line(text[ls:le]):
                before = _trimmed(text, pos, ls)
                if before[1] > before[0]:
                    out.append(before)
                out.append((ls, le))
                pos = le
        rest = _trimmed(text, pos, e)
        if rest[1] > rest[0]:
            out.append(rest)
    return out


def is_credit(segment: str) -> bool:
    seg = segment.strip()
    return bool(seg) and len(seg) <= 80 and bool(_CREDIT.match(seg))


def is_credit_line(block: str) -> bool:
    """A block that is only a photo credit ("REUTERS/John Davison", "Photo: Ali Haider")."""
    return is_credit(block) and ("/" in block or bool(re.match(r"(?:Photo|Picture|Image|Courtesy)", block)))


def credit_tail(text: str, start: int, end: int) -> int | None:
    """Start of a credit glued to the end of an unpunctuated caption, or None."""
    if _ends_like_prose(text[start:end]):
        return None
    m = _CREDIT_TAIL.search(text, start, end)
    if not m or m.start() <= start or not text[start:m.start()].strip():
        return None
    return m.start()


def _ends_like_prose(block: str) -> bool:
    return _ends_terminal(block, 0, len(block))


def _ends_terminal(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end with a sentence-final mark (closing quotes allowed)?

    Walks back from the end instead of searching the span: a hard-wrapped paragraph is
    re-tested at every line it grows by, and a search would make that quadratic."""
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    return end > start and text[end - 1] in ".!?\u2026"


# a wire dateline opening a paragraph: "AMMAN (Reuters) - ", "ORAN, Algeria, May 26 (Reuters) - "
_DATELINE_OPENING = re.compile(r"[A-Z]{3,}[A-Z'\u2019.\-/ ]{0,40}(?:,[^()\n\u2013\u2014]{1,40})?[ \u00a0]*"
                               r"\([A-Za-z0-9 .&/-]{1,30}\)[ \u00a0]*[-\u2013\u2014][ \u00a0]")


def _looks_like_caption(block: str, sentences: list[tuple[int, int]], text: str) -> bool:
    if _CAPTION_CUES.search(block):
        return True
    if credit_tail(block, 0, len(block)) is not None:
        return True
    if len(sentences) >= 2:
        last = text[sentences[-1][0]:sentences[-1][1]]
        return is_credit(last)
    return False


_CAPTION_WORDS = 50


def _above_marker(text: str, blocks: list[tuple[int, int]], i: int) -> bool:
    return i + 1 < len(blocks) and marker_mod.is_marker_line(text[blocks[i + 1][0]:blocks[i + 1][1]])


def classify(text: str, blocks: list[tuple[int, int]],
             sentences_of: dict[tuple[int, int], list[tuple[int, int]]] | None = None) -> list[Block]:
    """Each block's part; ``sentences_of`` (block -> its sentences) when already split."""
    parts: list[str] = []
    top = True  # still in the headline/standfirst/caption zone above the body
    if sentences_of is None:
        sentences_of = {b: split_sentences(text, *b) for b in blocks}
    credit_lines = {i for i, (s, e) in enumerate(blocks) if i > 0 and is_credit_line(text[s:e])}
    for i, (s, e) in enumerate(blocks):
        block = text[s:e]
        if marker_mod.is_marker_line(block):
            parts.append("marker")
            continue
        if i in credit_lines:
            parts.append("credit")
            continue
        # the text above a credit line is a caption, with or without a full stop (not a paragraph that
        # opens on a wire dateline: "AMMAN (Reuters) - ..." above a "Photo: ..." line is the lead)
        if ((i > 0 and i + 1 in credit_lines) or _looks_like_caption(block, sentences_of[(s, e)], text)) \
                and not _DATELINE_OPENING.match(block):
            parts.append("caption")
            continue
        prose = _ends_like_prose(block)
        words = len(block.split())
        if top and words <= _CAPTION_WORDS and _above_marker(text, blocks, i) \
                and [p for p in parts if p in ("headline", "standfirst")] == ["headline", "standfirst"]:
            parts.append("caption")  # between the standfirst and the translation marker: the photo's caption
            continue
        if top and not prose and len(blocks) > 1:
            seen = [p for p in parts if p in ("headline", "standfirst")]
            if not seen and words <= 30:
                parts.append("headline")
                continue
            if seen == ["headline"] and words <= 60:
                parts.append("standfirst")
                continue
        if top and i == 0 and len(blocks) > 1 and words <= 20 and not block.endswith("."):
            parts.append("headline")
            continue
        top = False
        parts.append("body")
    return [Block(s, e, p) for (s, e), p in zip(blocks, parts)]


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end), whitespace trimmed."""
    out, pos = [], start
    for m in _boundaries(text, start, end):
        cut = m.end()
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end or not _is_boundary(text, pos, m.start(), nxt, end):
            continue
        if cut == nxt and _in_address(text, pos, m.start()):
            continue  # "www.example.Com", "name@mail.Org"
        out.append(_trimmed(text, pos, cut))
        pos = nxt
    if pos < end:
        out.append(_trimmed(text, pos, end))
    return [s for s in out if s[1] > s[0]]


def _boundaries(text: str, start: int, end: int):
    """Sentence-final punctuation followed by a space, and punctuation glued to the next
    sentence, in text order (both scans are linear)."""
    spaced = list(_BOUNDARY.finditer(text, start, end))
    glued = list(_GLUED.finditer(text, start, end))
    if not glued:
        return spaced
    return sorted(spaced + glued, key=lambda m: m.start())


def _in_address(text: str, sent_start: int, punct: int) -> bool:
    """The glued full stop is inside a URL or an e-mail address."""
    tok_start = punct
    while tok_start > sent_start and not text[tok_start - 1].isspace():
        tok_start -= 1
    token = text[tok_start:punct]
    return any(c in token for c in "/@.") or token.lower().startswith("www")


def glued_boundaries(text: str, sentences) -> list[int]:
    """Offsets where one sentence ends and the next starts with no space between them."""
    return [a.end for a, b in zip(sentences, sentences[1:]) if a.end == b.start and a.end > 0]


def _is_boundary(text: str, sent_start: int, punct: int, nxt: int, end: int) -> bool:
    follower = text[nxt]
    if not (follower.isupper() or follower.isdigit() or follower in _OPENERS
            or (follower.isalpha() and not follower.islower())):
        return False
    if text[punct] != ".":
        return True  # ! ? and ellipsis end sentences
    # the token that the full stop closes
    tok_start = punct
    while tok_start > sent_start and not text[tok_start - 1].isspace() and text[tok_start - 1] not in _OPENERS:
        tok_start -= 1
    token = text[tok_start:punct]
    if not token:
        return True
    next_word = _WORD.match(text, nxt, end)  # no slice: that would copy the rest of the block
    nw = next_word.group() if next_word else ""
    if token in TITLE_ABBREVIATIONS or token.rstrip(".").replace(".-", "-") in TITLE_ABBREVIATIONS:
        return False
    if token in NUMERIC_ABBREVIATIONS and follower.isdigit():
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "John F. Kennedy"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):
        # dotted acronym ("U.S", "a.m"): only a boundary before a typical sentence opener
        return nw in SENTENCE_STARTERS
    return True


def segment(text: str, soft_newlines: bool = False) -> list[Segment]:
    """All sentences of the article with their part, in reading order."""
    out: list[Segment] = []
    blocks = split_blocks(text, soft_newlines)
    sentences_of = {b: split_sentences(text, *b) for b in blocks}  # split once, read twice
    for block in classify(text, blocks, sentences_of):
        if block.part in ("headline", "marker", "credit"):
            out.append(Segment(block.start, block.end, block.part))
            continue
        sents = list(sentences_of[(block.start, block.end)])
        if block.part == "caption" and sents:
            ls, le = sents[-1]
            cut = credit_tail(text, ls, le)
            if cut is not None:
                sents[-1:] = [_trimmed(text, ls, cut), (cut, le)]
        for k, (s, e) in enumerate(sents):
            part = block.part
            if part == "caption" and k == len(sents) - 1 and k > 0 and is_credit(text[s:e]):
                part = "credit"
            out.append(Segment(s, e, part))
    return out

"""The engine's own failures, told apart from the article's.

An MT engine fails in recognisable ways on long or unusual input: it loops ("of the Force of
the Force of the Force ..."), runs on far past the input, or drops a name that a shorter input
would have carried. None of that says anything about the article. A sentence the engine
failed on is translated again in smaller pieces (its clauses); when that still fails, the
sentence is marked as an engine failure, a note in the report, never a finding.
"""
from __future__ import annotations

import re
from collections import Counter

# Output longer than this many times the input (in characters) has run on.
MAX_GROWTH = 2.2
# A word n-gram repeated this often (and more often than in the input) is a loop.
LOOP_N, LOOP_REPEATS = 3, 3
# Clause pieces shorter than this many words are joined to their neighbour: a translation of
# two words out of context is worse than none.
MIN_PIECE_WORDS = 4

_WORDS = re.compile(r"\w+")
# Where a clause can be cut: after , ; : or a dash between spaces, before a quotation.
_CUT = re.compile(r"(?<=[,;:])\s+|\s+(?=[\u2013\u2014-]\s)|(?<=\s[\u2013\u2014-])\s+")


def _ngram_counts(text: str, n: int) -> Counter:
    words = _WORDS.findall(text.lower())
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def degenerate(output: str, source: str) -> str | None:
    """Why ``output`` is not a translation of ``source`` but an engine failure, or None."""
    if not output.strip():
        return "the engine returned nothing" if source.strip() else None
    if len(output) > MAX_GROWTH * max(len(source), 20):
        return f"the output is {len(output) / max(len(source), 1):.1f}x as long as the input"
    seen = _ngram_counts(source, LOOP_N)
    for gram, count in _ngram_counts(output, LOOP_N).most_common(3):
        if count >= LOOP_REPEATS and count > seen.get(gram, 0) + 1:
            return f"the output repeats \"{' '.join(gram)}\" {count} times"
    return None


def clauses(text: str) -> list[str]:
    """``text`` cut at clause boundaries into pieces of at least MIN_PIECE_WORDS words.

    Joining the pieces with single spaces gives ``text`` back (whitespace aside)."""
    pieces: list[str] = []
    for part in _CUT.split(text):
        part = part.strip()
        if not part:
            continue
        if pieces and (len(pieces[-1].split()) < MIN_PIECE_WORDS or len(part.split()) < MIN_PIECE_WORDS):
            pieces[-1] = f"{pieces[-1]} {part}"
        else:
            pieces.append(part)
    return pieces or [text]

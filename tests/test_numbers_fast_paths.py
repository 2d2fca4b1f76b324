"""The quantity reader's fast paths give what the plain readings give (issue 9: speed without a
change of output): the one-findall tokenizer against a Match per token, and the ASCII number test
against the number regex, on real articles cut anywhere and on odd strings."""
from __future__ import annotations

import random
from pathlib import Path

from mtcheck.analysis.quantities import _ANY_NUMBER, _has_number
from mtcheck.analysis.quantity_words import _TOKEN, Token, tokenize

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "articles").glob("*.txt"))[:40]
ODD = ["_one", "5one", "One", "ONE.", "someone", "none", "Nonetheless", "eleven_", "", "Twenty-one",
       "tens", "billions", "\u00e9one", "one\u00e9", "\u0661\u0662\u066c\u0663\u0664\u0665 x_y 3.5%",
       "\u0130stanbul \u216b 12,345.6 1,23 a\u0301b \U0001F600", "seven\u2019s weight of", "weight of"]


def _plain_tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.lastgroup, m.group().lower())
            for m in _TOKEN.finditer(text, start, end)]


def _cuts(text: str, n: int, rng: random.Random):
    for _ in range(n):
        s = rng.randrange(len(text) + 1)
        yield s, min(len(text), s + rng.randrange(0, 300))


def test_tokenize_matches_the_plain_reading():
    rng = random.Random(7)
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        for s, e in _cuts(text, 50, rng):
            assert tokenize(text, s, e) == _plain_tokens(text, s, e)
    for text in ODD:
        assert tokenize(text, 0, len(text)) == _plain_tokens(text, 0, len(text))


def test_number_test_matches_the_regex():
    rng = random.Random(11)
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        for s, e in _cuts(text, 100, rng):
            assert _has_number(text, s, e) == bool(_ANY_NUMBER.search(text, s, e)), text[s:e]
    for text in ODD:
        for s in range(len(text) + 1):
            for e in range(s, len(text) + 1):
                assert _has_number(text, s, e) == bool(_ANY_NUMBER.search(text, s, e)), (text, s, e)

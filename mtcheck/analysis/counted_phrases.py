"""Counted phrases that run past a joiner: "212 medium and heavy weapons", "1,850 tents and
shelters". Read by the quantity describer (``quantity_nouns._head_after``) so that what a
figure counts is the whole coordinated phrase, not its first word ("medium")."""
from __future__ import annotations

from .quantity_words import _TENS, _WORD_NUMBERS, STOP, Token

_JOINERS = ("and", "or")
# plural words that open another amount, not a noun of this one ("312 buses and hundreds of tents")
_AMOUNT_WORDS = frozenset("hundreds thousands millions dozens tens scores tons tonnes lots".split())


def _plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss")


def coordinated(toks: list[Token], words: list[str], n: int) -> tuple[list[str], int]:
    """The words a counted phrase (``words``, read up to toks[n]) adds after 'and'/'or', and the
    index after them. An adjective joined to another before the plural noun ('medium and heavy
    weapons': two words at most) or a plural joined to another plural ('tents and shelters').
    Nothing when the joiner opens another figure ('12 soldiers and 3 civilians'), a determiner
    ('and the ...'), a name or a verb ('and wounded 7'). Both phrases name one counted thing."""
    if not words or n >= len(toks) or toks[n].low not in _JOINERS:
        return [], n
    more: list[str] = []
    m = n + 1
    while m < len(toks) and len(more) < (1 if _plural(words[-1]) else 2):
        t = toks[m]
        if t.kind != "word" or t.low in STOP or t.text[0].isupper() or t.low.endswith("ed") \
                or t.low in _WORD_NUMBERS or t.low in _TENS or t.low in _AMOUNT_WORDS:
            return [], n
        more.append(t.text)
        m += 1
        if _plural(t.text):
            return more, m
    return [], n

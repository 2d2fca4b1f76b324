"""One regex alternation of many words, shaped as a trie: 'ba(?:lad(?:iya|ia)|rlaman)' for balad,
baladiya, baladia, barlaman. The regex engine then picks a branch by the next letter instead of
trying every word at every position: a flat alternation of 300 words is tried word by word."""
from __future__ import annotations

import re

from .._diskcache import kept


def trie_pattern(words, curly_apostrophes: bool = False) -> str:
    """A regex matching exactly ``words``. A longer word is tried before a word it extends, as
    sorting the words longest first would. With ``curly_apostrophes`` an apostrophe in a word also
    matches a curly one (the words are kept with straight ones).

    The pattern of a word list is kept in the cache folder, keyed by the words and this module:
    building the trie of the data's few thousand forms is a tenth of a cold check's start."""
    words = sorted(set(words))  # the trie does not depend on their order; the key must not either
    return kept("trie", "\x1f".join(words) + f"\x1e{curly_apostrophes}", __file__,
                lambda: _build(words, curly_apostrophes), lambda v: isinstance(v, str))


def _build(words: list, curly_apostrophes: bool) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie, curly_apostrophes)


def _pattern(node: dict, curly: bool) -> str:
    branches = [("['\u2019]" if curly and ch == "'" else re.escape(ch)) + _pattern(sub, curly)
                for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # the word may end here: the longer words first, then the empty ending
        return "(?:" + body + ")?"
    return body

"""A large word list (an English dictionary, 100,000+ words) that a check can consult without
paying for it at start-up.

A frozenset of 128,000 words costs about 40 ms to build at each start (reading them back from
marshal, then hashing each), and the collector walks it afterwards: a sixth of a no-model
check's cold start, for a few hundred look-ups per article. :class:`WordList` keeps the words
as a few thousand texts, one per three-letter beginning, each listing its words between line
breaks; the cache folder gives them back in about a millisecond, and a look-up is one search
of a short text (about a microsecond).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from .._diskcache import cache_dir, read_copy, write_copy

_SEP = "\n"
_PREFIX = 3


class WordList:
    """A set of words (none containing a line break) with ``in`` and ``len``."""

    __slots__ = ("_buckets", "_count")

    def __init__(self, words: Iterable[str]) -> None:
        grouped: dict[str, list[str]] = {}
        for w in sorted({w for w in words if isinstance(w, str) and w and _SEP not in w}):
            grouped.setdefault(w[:_PREFIX], []).append(w)
        self._buckets = {k: _SEP + _SEP.join(v) + _SEP for k, v in grouped.items()}
        self._count = sum(len(v) for v in grouped.values())

    @classmethod
    def _from_parts(cls, buckets: dict, count: int) -> "WordList":
        new = cls.__new__(cls)
        new._buckets, new._count = buckets, count
        return new

    def __len__(self) -> int:
        return self._count

    def __and__(self, other: Iterable[str]) -> set[str]:
        """The words of ``other`` in the list (``forms & words``, as with a set)."""
        return {w for w in other if w in self}

    __rand__ = __and__

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or _SEP in word:
            return False
        bucket = self._buckets.get(word[:_PREFIX])
        return bucket is not None and f"{_SEP}{word}{_SEP}" in bucket


def cached(name: str, build: Callable[[], Iterable[str]]) -> WordList:
    """The word list ``name`` (a name that changes when the words do, e.g. "english-words-v1"),
    read from the cache folder, or built from ``build()`` and kept there."""
    path = Path(cache_dir()) / "data" / f"{name}.wordlist-v1.marshal"
    parts = read_copy(path)
    if isinstance(parts, tuple) and len(parts) == 2 and isinstance(parts[0], dict) and isinstance(parts[1], int):
        return WordList._from_parts(*parts)
    words = WordList(build())
    write_copy(path, (words._buckets, words._count))
    return words

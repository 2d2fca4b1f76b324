"""Sentence alignment of an article to its source, by translation similarity (as Bleualign does).

The article's sentences are machine-translated into the source language; a monotonic dynamic
programme then pairs them with the source's sentences, allowing 1-1, 1-2 and 2-1 beads (one
translation may split or merge sentences) and 1-0 / 0-1 gaps. A bead earns its similarity
minus ``min_similarity``, a gap earns nothing, so sentences pair up only where the translation
really resembles the source; what is left over is an addition or an omission.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

# (article sentences, source sentences) a bead takes.
_BEADS = ((1, 1), (1, 2), (2, 1))


@dataclass(frozen=True)
class Bead:
    article: tuple[int, ...]   # indices into the article's sentences (empty: an omission)
    source: tuple[int, ...]    # indices into the source's sentences (empty: an addition)
    similarity: float


def align(translations: Sequence[str], source: Sequence[str], similarity: Callable[[str, str], float],
          min_similarity: float = 0.3, band: int | None = None) -> list[Bead]:
    """Align ``translations`` (the article's sentences in the source language) to ``source``."""
    n, m = len(translations), len(source)
    if band is None:  # search near the diagonal only: articles are long, beads stay local
        band = max(10, abs(n - m) + 6)
    NEG = float("-inf")
    best = [[NEG] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    memo: dict[tuple[int, int, int, int], float] = {}

    def sim(i: int, a: int, j: int, b: int) -> float:
        key = (i, a, j, b)
        if key not in memo:
            memo[key] = similarity(" ".join(translations[i:i + a]), " ".join(source[j:j + b]))
        return memo[key]

    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == NEG:
                continue
            if abs(i * m / max(n, 1) - j) > band:
                continue
            moves = [(1, 0, 0.0, None), (0, 1, 0.0, None)]
            for a, b in _BEADS:
                if i + a <= n and j + b <= m:
                    s = sim(i, a, j, b)
                    moves.append((a, b, s - min_similarity, s))
            for a, b, gain, s in moves:
                if i + a > n or j + b > m:
                    continue
                # Ties go to the earlier move: 1-1 before merges, gaps first only when better.
                if here + gain > best[i + a][j + b] + 1e-12:
                    best[i + a][j + b] = here + gain
                    back[i + a][j + b] = (a, b, s)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        if step is None:  # outside the band: fall back to gaps
            step = (1, 0, None) if i else (0, 1, None)
        a, b, s = step
        i, j = i - a, j - b
        beads.append(Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), s if s is not None else 0.0))
    beads.reverse()
    return beads

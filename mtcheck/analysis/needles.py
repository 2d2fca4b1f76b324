"""Literal text a regular expression cannot match without, and the sentences that hold it.

A list of many patterns (calques, mangled terms) run over every sentence costs a regex scan
per pattern per sentence, and compiling patterns that cannot match costs start-up time. Each
pattern needs some literal words ("editing", one of "brotherly"/"sisterly"/"fraternal"):
:func:`clauses` reads them from the parsed pattern, soundly (a clause is only ever left out,
never made up), and :class:`SentenceFilter` finds the sentences that hold them with
``str.find`` over the whole text, or, for a table's whole universe of needles at once, in one
Aho-Corasick pass over the sentences (pyahocorasick): the cost then stays one pass however many
entries the tables grow to.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter
from re import _constants as sre
from re import _parser

from .._diskcache import code_tag

# Case-insensitive matching ties 'ı' to 'i' and 'ſ' to 's', and 'İ' (whose lower() is two
# characters) to 'i': folded so, the lowered text holds what a match holds, offset for offset.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def fold(text: str) -> str:
    """``text.lower()`` as case-insensitive regex matching sees it, same length as ``text``."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    return text.lower()


def cache_tag(kind: str) -> str:
    """Names a table of clauses in the data cache (lexicon.derived): it changes with this module."""
    return code_tag(kind, __file__)


def clauses(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of lower-case strings of which a match must hold at least one each (no clause:
    nothing is sure). Strings shorter than three characters are left out as too common."""
    try:
        tree = _parser.parse(pattern)
    except (re.error, RecursionError):
        return ()
    return tuple(c for c in _sequence(list(tree)) if min(map(len, c)) >= 3)


def _literal(op, av) -> str | None:
    if op is sre.LITERAL and av < 128 and (chr(av).isalnum() or chr(av) == " "):
        return chr(av).lower()
    return None


def _sequence(items) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        ch = _literal(op, av)
        if ch is not None:
            run.append(ch)
            continue
        if run:
            out.append(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            out.extend(_sequence(list(av[-1])))
        elif op is sre.BRANCH:
            alternatives = [best(_sequence(list(a))) for a in av[1]]
            if all(alternatives):
                out.append(frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_sequence(list(av[2])))
        # anything else (classes, optional parts, look-arounds) promises nothing
    if run:
        out.append(frozenset({"".join(run)}))
    return out


def best(found: list[frozenset[str]]) -> frozenset[str]:
    """The most selective clause of an alternative: its shortest string is the longest."""
    return max(found, key=lambda c: (min(map(len, c)), -len(c)), default=frozenset())


def may_match(pattern_clauses: tuple[frozenset[str], ...], folded: str) -> bool:
    return all(any(s in folded for s in clause) for clause in pattern_clauses)


@lru_cache(maxsize=16)
def automaton(universe: frozenset[str]):
    """An Aho-Corasick automaton reporting each needle of ``universe`` (built in milliseconds)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for n in universe:
        auto.add_word(n, n)
    auto.make_automaton()
    return auto


def _spans_holding(folded: str, spans: list[tuple[int, int]], universe: frozenset[str]) -> dict[str, frozenset[int]]:
    """needle -> indices of the spans that hold it, in one pass over the spans of ``folded``."""
    found: dict[str, list[int]] = {}
    if not universe:
        return {}
    scan, listed = automaton(universe).iter, found.get
    for i, (lo, hi) in enumerate(spans):
        # a sentence repeats its common needles ("the"): each is recorded once per sentence, so
        # a needle's list grows in span order without repeats. The loop runs for each distinct
        # needle of each sentence (30 of them a sentence, 400,000 in 2 MB): its steps are in C
        # where they can be (the needles taken from the matches by map, no set per needle)
        for n in set(map(_NEEDLE, scan(folded[lo:hi]))):
            held = listed(n)
            if held is None:
                found[n] = [i]
            else:
                held.append(i)
    return {n: frozenset(v) for n, v in found.items()}


_NEEDLE = itemgetter(1)  # of an automaton's (end, needle) match


class SentenceFilter:
    """Which sentences hold a needle: a pattern that needs one of its needles is run only over
    those sentences, not over every one. The needles of ``universe`` (a table's, known in
    advance) are found in one Aho-Corasick pass over the lowered sentences; any other needle
    with str.find over the whole text."""

    def __init__(self, text: str, spans: list[tuple[int, int]], folded: str | None = None,
                 universe: frozenset[str] = frozenset()) -> None:
        self.text, self.spans, self.folded = text, spans, folded
        self.starts = [lo for lo, _ in spans]
        self._cache: dict[tuple[str, bool], frozenset[int]] = {}
        # the universe's needles found, looked up when asked (a table of thousands of needles is
        # not copied into the cache for each text)
        self._universe, self._found = frozenset(), {}
        if universe and folded is not None and len(folded) == len(text):
            self._universe, self._found = universe, _spans_holding(folded, spans, universe)

    def holding(self, needle: str, lower: bool) -> frozenset[int]:
        if lower and needle in self._universe:
            return self._found.get(needle, frozenset())
        key = (needle, lower)
        if key not in self._cache:
            self._cache[key] = self._find(needle, lower)
        return self._cache[key]

    def all_of(self, pattern_clauses: tuple[frozenset[str], ...]) -> frozenset[int] | None:
        """The spans that hold some needle of every clause (None: no clause, any span may match)."""
        out = None
        for clause in pattern_clauses:
            held = frozenset().union(*(self.holding(n, True) for n in clause))
            out = held if out is None else out & held
            if not out:
                return frozenset()
        return out

    def _find(self, needle: str, lower: bool) -> frozenset[int]:
        if lower and (self.folded is None or len(self.folded) != len(self.text)):
            return frozenset(i for i, (lo, hi) in enumerate(self.spans) if needle in fold(self.text[lo:hi]))
        hay, out, p, starts = (self.folded if lower else self.text), set(), 0, self.starts
        while (p := hay.find(needle, p)) >= 0:
            i = bisect_right(starts, p) - 1
            if i >= 0 and p + len(needle) <= self.spans[i][1]:
                out.add(i)
            # every later occurrence before the next span's start falls to span i again (counted,
            # or as far past its end): the search goes on from there, so a needle is looked up
            # once a sentence, not at each of its occurrences ("20" in a column of figures)
            if i + 1 >= len(starts):
                break
            p = max(p + 1, starts[i + 1])
        return frozenset(out)

    def indices(self, needle_sets, lower: bool) -> list[int]:
        """The indices of the spans that may hold a match of one of several patterns, each given
        by the needles it needs one of (an empty set, or an empty needle: it may match anywhere)."""
        if any(not n or "" in n for n in needle_sets):
            return list(range(len(self.spans)))
        found = frozenset().union(*(self.holding(n, lower) for needles in needle_sets for n in needles))
        return sorted(found)

    def sentences(self, needle_sets, lower: bool) -> list[tuple[int, int]]:
        """The spans themselves (see ``indices``)."""
        return [self.spans[i] for i in self.indices(needle_sets, lower)]

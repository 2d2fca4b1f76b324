"""Literal calques and mangled transliterations: the translation errors that lose meaning
without changing a name or a number, read from data/calques.toml and data/mangled_terms.toml.

``calques(doc)`` finds each listed wrong rendering ("withdraw the hand of" for kaff yad, "the
popular crowd" for al-Hashd al-Shaabi); ``mangled_terms(doc)`` finds a mangled form ("Daash")
in an article that also uses the English or house form of the same thing ("ISIS"). Both scan
the text once per pattern: linear in the article's length.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import lexicon
from .quotes import QuoteIndex


@dataclass(frozen=True)
class Calque:
    arabic: str
    english: str
    patterns: tuple[str, ...]
    cased: bool
    severity: str           # warning | info
    narration_only: bool    # a calque only outside quotations
    example: str
    trap: str

    @cached_property
    def pattern(self) -> re.Pattern:
        # compiled on first use: most articles hold the trigger words of few calques, and
        # compiling all of them would cost a no-model check a third of its time
        return _compile(list(self.patterns), self.cased, "calques.toml")

    @cached_property
    def triggers(self) -> tuple[str, ...]:
        """For each pattern, a word it cannot match without (lower case); "" when none is sure."""
        return tuple(_trigger(p) for p in self.patterns)

    def may_occur_in(self, lowered: str) -> bool:
        return any(not t or t in lowered for t in self.triggers)


def _trigger(pattern: str) -> str:
    """The longest run of plain letters outside any group or class: text the pattern needs."""
    plain = re.sub(r"\\.", " ", pattern.lower())
    plain = re.sub(r"\[[^\]]*\]", " ", plain)
    while True:  # drop groups, innermost first (they may be optional)
        stripped = re.sub(r"\([^()]*\)", " ", plain)
        if stripped == plain:
            break
        plain = stripped
    plain = re.sub(r"[a-z](?=[?*{])", " ", plain)  # a letter made optional
    words = re.findall(r"[a-z]{3,}", plain)
    return max(words, key=len) if words else ""


@dataclass(frozen=True)
class MangledTerm:
    term: str
    accepted_forms: tuple[str, ...]
    mangled_forms: tuple[str, ...]
    example: str
    trap: str

    # compiled on first use, only for terms whose mangled forms the article holds
    @cached_property
    def accepted(self) -> re.Pattern:
        return _forms_rx(list(self.accepted_forms))

    @cached_property
    def mangled(self) -> re.Pattern:
        return _forms_rx(list(self.mangled_forms))


def _form_needles(forms) -> tuple[str, ...]:
    """For each form of ``_forms_rx``, its longest literal piece: text a match cannot lack."""
    return tuple(max(re.split(r"[ ']", f), key=len) for f in forms)


class _SentenceFilter:
    """Which content sentences hold a needle, found with str.find over the whole text: a
    pattern that needs the needle is run only over those sentences, not over every one."""

    def __init__(self, text: str, spans: list[tuple[int, int]], lowered: str) -> None:
        self.text, self.spans, self.lowered = text, spans, lowered
        self.starts = [lo for lo, _ in spans]
        self.aligned = len(lowered) == len(text)  # lower() kept every offset
        self._cache: dict[tuple[str, bool], frozenset[int]] = {}

    def holding(self, needle: str, lower: bool) -> frozenset[int]:
        key = (needle, lower)
        if key not in self._cache:
            self._cache[key] = self._find(needle, lower)
        return self._cache[key]

    def _find(self, needle: str, lower: bool) -> frozenset[int]:
        if lower and not self.aligned:
            return frozenset(i for i, (lo, hi) in enumerate(self.spans) if needle in self.text[lo:hi].lower())
        hay, out, p = (self.lowered if lower else self.text), set(), 0
        while (p := hay.find(needle, p)) >= 0:
            i = bisect_right(self.starts, p) - 1
            if i >= 0 and p + len(needle) <= self.spans[i][1]:
                out.add(i)
            p += 1
        return frozenset(out)

    def sentences(self, needles, lower: bool) -> list[tuple[int, int]]:
        """The spans that may hold a match of a pattern needing one of ``needles`` ("": any)."""
        if not self.spans or any(not n for n in needles):
            return self.spans
        found = frozenset().union(*(self.holding(n, lower) for n in needles))
        return [self.spans[i] for i in sorted(found)]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    severity: str
    message: str
    suggestion: str | None
    related: tuple[tuple[int, int], ...] = ()


def _field(entry: dict, name: str, key: str, what: str):
    if key not in entry:
        raise lexicon.DataError(f"mtcheck/data/{name}: {what} {entry.get('arabic') or entry.get('term')!r} "
                                f"lacks {key!r}")
    return entry[key]


def _compile(patterns: list[str], cased: bool, name: str) -> re.Pattern:
    try:
        return re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w-])",
                          0 if cased else re.IGNORECASE)
    except re.error as exc:
        raise lexicon.DataError(f"mtcheck/data/{name}: bad pattern in {patterns!r}: {exc}") from None


@lru_cache(maxsize=1)
def calque_table() -> tuple[Calque, ...]:
    name = "calques.toml"
    out = []
    for c in lexicon.require(lexicon.load(name), name, "calque"):
        severity = c.get("severity", "warning")
        if severity not in ("warning", "info"):
            raise lexicon.DataError(f"mtcheck/data/{name}: calque {c.get('arabic')!r}: severity must be "
                                    f"warning or info, not {severity!r}")
        out.append(Calque(arabic=_field(c, name, "arabic", "calque"), english=_field(c, name, "english", "calque"),
                          patterns=tuple(_field(c, name, "patterns", "calque")), cased=bool(c.get("cased")),
                          severity=severity, narration_only=bool(c.get("narration")),
                          example=c.get("example", ""), trap=c.get("trap", "")))
    return tuple(out)


def _forms_rx(forms: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(f).replace("\\ ", r"[\s\u00a0-]").replace("'", "['\u2019]")
                    for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w'\u2019-])(?:[Aa]l-)?(?:" + alts + r")(?![\w-])")


@lru_cache(maxsize=1)
def mangled_table() -> tuple[MangledTerm, ...]:
    name = "mangled_terms.toml"
    return tuple(MangledTerm(term=_field(t, name, "term", "term"),
                             accepted_forms=tuple(_field(t, name, "accepted", "term")),
                             mangled_forms=tuple(_field(t, name, "mangled", "term")),
                             example=t.get("example", ""), trap=t.get("trap", ""))
                 for t in lexicon.require(lexicon.load(name), name, "term"))


def _content_spans(doc) -> list[tuple[int, int]]:
    return [(s.start, s.end) for _, s in doc.content_sentences]


def calques(doc) -> list[Hit]:
    """Every listed calque in the article's sentences (not the marker or a photo credit)."""
    quotes = QuoteIndex(doc.text)
    hits: list[Hit] = []
    lowered = doc.text.lower()
    table = [c for c in calque_table() if c.may_occur_in(lowered)]
    spans = _content_spans(doc)
    where = _SentenceFilter(doc.text, spans, lowered)
    # sentence-major order, as a scan of every sentence for every calque would find them
    todo = sorted((lo, k, hi) for k, c in enumerate(table) for lo, hi in where.sentences(c.triggers, True))
    for lo, k, hi in todo:
        c = table[k]
        for m in c.pattern.finditer(doc.text, lo, hi):
            if c.narration_only and quotes.inside(m.start()) or _proper_name(m, lo, c):
                continue
            hits.append(Hit(m.start(), m.end(), c.severity,
                            f"'{m.group()}' reads as a literal rendering of Arabic {c.arabic}; "
                            f"in English: {c.english}.", c.english))
    return _outermost(hits)


def _proper_name(m: re.Match, sentence_start: int, c: Calque) -> bool:
    """'the National Security Apparatus', 'the Border Ports Commission': capitalised words
    mid-sentence are an official name, not a translation of one."""
    if c.pattern.flags & re.IGNORECASE == 0:
        return False  # a cased pattern says itself which capitals it means
    words = re.findall(r"[^\W\d_]+", m.group())
    content = [w for w in words if len(w) > 3 or w[0].isupper()]
    if not content or not all(w[0].isupper() for w in content):
        return False
    return len(content) >= 2 or m.start() > sentence_start


def _outermost(hits: list[Hit]) -> list[Hit]:
    """One finding per place: of overlapping hits keep the first and longest."""
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def mangled_terms(doc) -> list[Hit]:
    """Mangled transliterations in an article that also names the same thing properly."""
    text = doc.text
    spans = _content_spans(doc)
    where = _SentenceFilter(text, spans, "")
    hits: list[Hit] = []
    for t in mangled_table():
        found = [m for lo, hi in where.sentences(_form_needles(t.mangled_forms), False)
                 for m in t.mangled.finditer(text, lo, hi)]
        if not found:
            continue
        taken = {(m.start(), m.end()) for m in found}
        accepted = next((m for lo, hi in where.sentences(_form_needles(t.accepted_forms), False)
                         for m in t.accepted.finditer(text, lo, hi)
                         if not any(s < m.end() and m.start() < e for s, e in taken)), None)
        if accepted is None:
            continue  # the article's own consistent name for it
        for m in found:
            hits.append(Hit(m.start(), m.end(), "warning",
                            f"'{m.group()}' is a mangled transliteration of {t.term}, which the article "
                            f"also calls '{accepted.group()}'.", accepted.group(),
                            related=((accepted.start(), accepted.end()),)))
    return sorted(hits, key=lambda h: h.start)

"""Literal calques and mangled transliterations: the translation errors that lose meaning
without changing a name or a number, read from data/calques.toml and data/mangled_terms.toml.

``calques(doc)`` finds each listed wrong rendering ("withdraw the hand of" for kaff yad, "the
popular crowd" for al-Hashd al-Shaabi); ``mangled_terms(doc)`` finds a mangled form ("Daash")
in an article that also uses the English or house form of the same thing ("ISIS"). One
Aho-Corasick pass over the sentences finds the literal text each pattern needs (needles.py); a
pattern's regex then runs only over the sentences that hold it: linear in the article's length,
and not one scan of the text per entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from .._diskcache import code_tag
from . import lexicon, needles
from .quotes import QuoteIndex
from .term_forms import forms_needles, forms_source


@dataclass(frozen=True)
class Calque:
    arabic: str
    english: str
    patterns: tuple[str, ...]
    cased: bool
    severity: str           # warning | info
    narration_only: bool    # a calque only outside quotations
    place_after: bool       # a calque only before a place's name ("the sons of Dhi Qar")
    context: tuple[str, ...]  # a calque only in an article holding one of these words ("Ramadan")
    example: str
    trap: str
    # the clauses of each pattern when read from the data cache (see ``clauses``)
    pattern_clauses: tuple | None = field(default=None, compare=False, repr=False)
    pattern_best: tuple | None = field(default=None, compare=False, repr=False)  # best_clauses, likewise

    @cached_property
    def pattern(self) -> re.Pattern:
        # compiled on first use: most articles hold the trigger words of few calques, and
        # compiling all of them would cost a no-model check a third of its time
        return _compile(list(self.patterns), self.cased, "calques.toml")

    @cached_property
    def clauses(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """For each pattern, the literal text it cannot match without (see needles.py)."""
        if self.pattern_clauses is not None:
            return self.pattern_clauses
        return tuple(needles.clauses(p) for p in self.patterns)

    @cached_property
    def best_clauses(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """For each pattern, its two most selective clauses (none: the pattern promises no text).
        The sentence filter looks only for these: the function words of the other clauses ("the",
        " of ") would make the one pass over the article report nearly every word."""
        if self.pattern_best is not None:
            return self.pattern_best
        return tuple(_selective(c) for c in self.clauses)

    def may_occur_in(self, folded: str) -> bool:
        return any(needles.may_match(c, folded) for c in self.clauses)


# function words: a clause of nothing else ("the ", " of ") is in nearly every sentence
_FUNCTION_WORDS = frozenset("the of to in on at by for and or with that this was were is are a an as from "
                            "his her its their has had have be been".split())


def _selective(pattern_clauses: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The two clauses of a pattern that the fewest sentences hold: those with a content word,
    the longest shortest string first (see needles.best); a clause of function words only, when
    the pattern has nothing else."""
    def rank(clause: frozenset[str]):
        words = [n.strip() for n in clause]
        return (min(map(len, words)), -len(clause))

    def common(clause: frozenset[str]) -> bool:
        return all(n.strip() in _FUNCTION_WORDS or len(n.strip()) < 3 for n in clause)
    content = sorted((c for c in pattern_clauses if not common(c)), key=rank, reverse=True)
    if content:
        return tuple(content[:2])
    return tuple(sorted(pattern_clauses, key=rank, reverse=True)[:1])


@dataclass(frozen=True)
class MangledTerm:
    term: str
    accepted_forms: tuple[str, ...]
    mangled_forms: tuple[str, ...]
    example: str
    trap: str
    form_needles: tuple | None = field(default=None, compare=False, repr=False)  # from the data cache

    # compiled on first use, only for terms whose mangled forms the article holds
    @cached_property
    def accepted(self) -> re.Pattern:
        return re.compile(forms_source(list(self.accepted_forms)))

    @cached_property
    def mangled(self) -> re.Pattern:
        """The mangled forms in their other spellings too, unless that would take in an accepted one."""
        # a mangled form left as a common noun loses its capital too ("the kabtagon pills")
        widened = re.compile(forms_source(list(self.mangled_forms), spellings=True, either_case=True))
        if any(widened.fullmatch(a) for a in self.accepted_forms):
            return re.compile(forms_source(list(self.mangled_forms), either_case=True))
        return widened

    @cached_property
    def needles(self) -> tuple[frozenset[str], frozenset[str]]:
        """(accepted, mangled): strings of which a match must hold one (see needles.py)."""
        if self.form_needles is not None:
            return self.form_needles
        widened = self.mangled.pattern != forms_source(list(self.mangled_forms), either_case=True)
        return (forms_needles(list(self.accepted_forms), False), forms_needles(list(self.mangled_forms), widened))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    severity: str
    message: str
    suggestion: str | None
    related: tuple[tuple[int, int], ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # a calque's (arabic, english), one per entry it joins


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
    entries = lexicon.require(lexicon.load(name), name, "calque")
    # parsing some hundred patterns for their clauses, and choosing the most selective, costs
    # more than reading them back: (clauses, best clauses) of each calque's patterns, kept
    cached = lexicon.derived(name, needles.cache_tag("clauses") + code_tag("-best", __file__),
                             lambda _: tuple(_clauses_of(c.get("patterns", ())) for c in entries),
                             lambda v: isinstance(v, tuple) and len(v) == len(entries))
    out = []
    for c, (clauses, best) in zip(entries, cached, strict=True):
        severity = c.get("severity", "warning")
        if severity not in ("warning", "info"):
            raise lexicon.DataError(f"mtcheck/data/{name}: calque {c.get('arabic')!r}: severity must be "
                                    f"warning or info, not {severity!r}")
        out.append(Calque(arabic=_field(c, name, "arabic", "calque"), english=_field(c, name, "english", "calque"),
                          patterns=tuple(_field(c, name, "patterns", "calque")), cased=bool(c.get("cased")),
                          severity=severity, narration_only=bool(c.get("narration")),
                          place_after=bool(c.get("place_after")), context=tuple(c.get("context", ())),
                          example=c.get("example", ""), trap=c.get("trap", ""),
                          pattern_clauses=clauses, pattern_best=best))
    return tuple(out)


def _clauses_of(patterns) -> tuple[tuple, tuple]:
    clauses = tuple(needles.clauses(p) for p in patterns if isinstance(p, str))
    return clauses, tuple(_selective(c) for c in clauses)


@lru_cache(maxsize=1)
def mangled_table() -> tuple[MangledTerm, ...]:
    name = "mangled_terms.toml"
    terms = [MangledTerm(term=_field(t, name, "term", "term"),
                         accepted_forms=tuple(_field(t, name, "accepted", "term")),
                         mangled_forms=tuple(_field(t, name, "mangled", "term")),
                         example=t.get("example", ""), trap=t.get("trap", ""))
             for t in lexicon.require(lexicon.load(name), name, "term")]
    cached = lexicon.derived(name, needles.cache_tag("needles-spellings-v4"), lambda _: tuple(t.needles for t in terms),
                             lambda v: isinstance(v, tuple) and len(v) == len(terms))
    return tuple(replace(t, form_needles=n) for t, n in zip(terms, cached, strict=True))


@lru_cache(maxsize=1)
def _mangled_needles() -> frozenset[str]:
    return frozenset(n for t in mangled_table() for side in t.needles for n in side if n)


def _content_spans(doc) -> list[tuple[int, int]]:
    return [(s.start, s.end) for _, s in doc.content_sentences]


@lru_cache(maxsize=1)
def _calque_needles() -> frozenset[str]:
    return frozenset(n for c in calque_table() for pattern in c.best_clauses for clause in pattern for n in clause)


def _candidate_spans(c: Calque, where: needles.SentenceFilter) -> frozenset[int] | range:
    """The spans holding the most selective clauses of one of the calque's patterns: only there
    can it match."""
    out: frozenset[int] = frozenset()
    for clauses in c.best_clauses:
        if not clauses:
            return range(len(where.spans))  # a pattern without sure literal text
        out |= where.all_of(clauses)
    return out


def table_needles() -> frozenset[str]:
    """The literal text of every calque and mangled term (for a filter shared with other tables)."""
    return _calque_needles() | _mangled_needles()


def content_filter(doc, universe: frozenset[str] | None = None) -> needles.SentenceFilter:
    """Which content sentences hold which needles of ``universe`` (default: table_needles()), found
    in one Aho-Corasick pass."""
    return needles.SentenceFilter(doc.text, _content_spans(doc), needles.fold(doc.text),
                                  table_needles() if universe is None else universe)


def calques(doc, where: needles.SentenceFilter | None = None) -> list[Hit]:
    """Every listed calque in the article's sentences (not the marker or a photo credit);
    ``where``: a content_filter of the article, when the caller has one."""
    quotes = QuoteIndex(doc.text)
    hits: list[Hit] = []
    table = calque_table()
    # one Aho-Corasick pass finds which sentences hold which literal text of every pattern
    where = where or content_filter(doc)
    spans = where.spans
    # sentence-major order, as a scan of every sentence for every calque would find them
    todo = sorted((spans[i][0], k, spans[i][1]) for k, c in enumerate(table) for i in _candidate_spans(c, where))
    in_context = _context_test(doc.text)
    for lo, k, hi in todo:
        c = table[k]
        if c.context and not in_context(c.context):
            continue  # "breakfast" is iftar only in a story of Ramadan
        for m in c.pattern.finditer(doc.text, lo, hi):
            if c.narration_only and quotes.inside(m.start()) or _proper_name(m, lo, c):
                continue
            end = _place_end(doc.text, m.end(), hi) if c.place_after else m.end()
            if end is None:
                continue  # "the sons of Saddam Hussein": a person's, not a place's
            hits.append(_calque_hit(doc.text, m.start(), end, c.severity, ((c.arabic, c.english),)))
    return _joined(doc.text, _outermost(hits))


def _calque_hit(text: str, start: int, end: int, severity: str, sources: tuple[tuple[str, str], ...]) -> Hit:
    arabic = " and ".join(a for a, _ in sources)
    english = " + ".join(e for _, e in sources)
    return Hit(start, end, severity, f"'{text[start:end]}' reads as a literal rendering of Arabic {arabic}; "
                                     f"in English: {english}.", english, sources=sources)


def _joined(text: str, hits: list[Hit]) -> list[Hit]:
    """Calques that touch, a space apart ("besiege the fire in most of the axes"), are one
    literal rendering of one Arabic clause: one finding for the editor to rewrite. Translationese
    (info) beside a calque that loses the meaning stays apart: it needs no rewriting."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is None or prev.severity != h.severity or not text[prev.end:h.start].isspace() \
                or len(text[prev.end:h.start]) > 1:
            out.append(h)
            continue
        out[-1] = _calque_hit(text, prev.start, h.end, h.severity, prev.sources + h.sources)
    return out


# A capitalised name of one to three words ("Dhi Qar", "Sadr City", "al-Anbar") after a calque
_NAME_AFTER = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?((?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'\u2019]+"
                         r"(?:[ \u00a0-](?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'\u2019]+){0,2})")


def _place_end(text: str, end: int, hi: int) -> int | None:
    """Where the name of a place in the region right after ``end`` ends, or None: the longest
    run of its capitalised words the gazetteer knows as a province, or a town of some size,
    whose first word is no given name ("the sons of Ali": a man's sons)."""
    m = _NAME_AFTER.match(text, end, hi)
    if m is None or m.group(1).split()[0] in lexicon.names().given_names:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    for k in range(len(words), 0, -1):
        if _regional_place(m.group(1)[:words[k - 1].end()]):
            return m.start(1) + words[k - 1].end()
    return None


_TOWN_POPULATION = 10_000  # a smaller place shares its name with too many people and things


def _regional_place(name: str) -> bool:
    from .gazetteer import gazetteer
    place = gazetteer().largest(name)
    region = lexicon.load("places.toml")["region"]
    # a country is no province or town: "the sons of Iraq" is a people's name English news
    # keeps (and a militia's), where "the sons of Dhi Qar" is the calque (population -2: a country)
    return place is not None and place.country in region and place.population != -2 \
        and (place.population < 0 or place.population >= _TOWN_POPULATION)


def _context_test(text: str):
    """A test whether the article holds one of some words (a calque's context), reading the
    article's words once, at the first entry that asks."""
    words: set[str] = set()

    def holds(context: tuple[str, ...]) -> bool:
        if not words:
            words.update(re.findall(r"[a-z]+", text.lower()))
        return any(w.lower() in words for w in context)
    return holds


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
    """One finding per place: of overlapping hits keep the first and longest, unless a later one loses the
    meaning where the kept one is only translationese ("the patients of the kidney washing": the warning's
    "kidney washing", not the note's "the patients of the kidney")."""
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            if out[-1].severity == "info" and h.severity == "warning" and h.end > out[-1].end:
                out[-1] = h  # (a warning inside the note's own wording stays the note's)
            continue
        out.append(h)
    return out


def mangled_terms(doc, where: needles.SentenceFilter | None = None) -> list[Hit]:
    """Mangled transliterations in an article that also names the same thing properly."""
    text = doc.text
    where = where or content_filter(doc)
    hits: list[Hit] = []
    for t in mangled_table():
        accepted_needles, mangled_needles = t.needles
        found = [m for lo, hi in where.sentences([mangled_needles], True)
                 for m in t.mangled.finditer(text, lo, hi)]
        if not found:
            continue
        taken = {(m.start(), m.end()) for m in found}
        accepted = next((m for lo, hi in where.sentences([accepted_needles], True)
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

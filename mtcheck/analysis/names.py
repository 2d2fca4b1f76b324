"""Capitalised runs of text that may name an organisation or a place, and how two such names
differ. ``orgs`` and ``places`` decide which runs are which; the checks decide severities.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from ..segment import Segment
from .spelling import fold

# A word cut short by a letter outside A-Z ("Alg" of "Algérienne") is no word.
# the article may carry a stray space ("Al -Qaim", "Al- Qaim": a typesetting slip, still one word)
CAPW = r"(?:(?:[aAeE]l|[aAeE][dshtzrn]{1,2})(?:-|[ \u00a0]-(?=[A-Z])|-[ \u00a0](?=[A-Z])))?[A-Z][A-Za-z'’]*(?:-[A-Za-z][a-z'’]*)*(?![^\W\d_])"
_SP = r"[ \u00a0]+"
_LINK = r"(?:of|for|and|the|on|against|al|el|de)"
RUN = re.compile(rf"(?<![\w'’-]){CAPW}(?:{_SP}(?:{_LINK}{_SP})*{CAPW})*")
_WORD = re.compile(CAPW)
# "NAJAF, Iraq (Reuters) -", "SIDON, Lebanon (AP) —": a wire dateline opening a paragraph
# "KUWAIT CITY/LONDON (Reuters) -": a story filed from two cities
_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+[A-Z][a-z]{2,8}\.?)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATELINE = re.compile(r"[A-Z][A-Z'’.\-/ ]{1,40}(?:,[ \u00a0]+[A-Z][\w'’. -]{1,30}?)?"
                       # ", May 26" (Reuters style), ", March 4, 2026" (AFP), ", 4 March 2026", ", Tuesday",
                       # ", Tuesday, Nov. 4", ", 2025-11-04"
                       rf"(?:,[ \u00a0]+(?:(?:{_WEEKDAY},[ \u00a0]+)?{_MONTH_DAY}(?:,?[ \u00a0]+\d{{4}})?"
                       rf"|{_WEEKDAY}|\d{{4}}-\d{{2}}-\d{{2}}))?[ \u00a0]*"
                       # the agency: "(Reuters)", "/PRNewswire/"
                       r"(?:\([A-Za-z0-9 .&/-]{1,30}\)|/[A-Za-z0-9 .&-]{1,30}/)?[ \u00a0]*[-–—]")
# "ABU DHABI:", "JEDDAH:" (The National, Arab News) and "November 25, 2026 (PORT SUDAN) –"
# (Sudan Tribune): other papers' datelines
_DATELINE_COLON = re.compile(r"([A-Z][A-Z'’.\- ]{1,40}):[ \u00a0]")
_DATELINE_DATED = re.compile(r"(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2},?[ \u00a0]+\d{4}[ \u00a0]*)?"
                             r"\(([A-Z][A-Z'’.\- ]{1,40})\)[ \u00a0]*[-–—]")
# How many distinct earlier names a later one is compared with (bounded: linear time).
LOOKBACK = 100


class Difference(Enum):
    """How a later name differs from an earlier one it conflicts with (weakest first)."""
    ARTICLE = 0    # the Arabic article dropped or added: "Al Qaim" / "Qaim" (wire style)
    FORM = 1       # case, hyphen, space or the article's form: "Al-Qaim" / "Al Qaim"
    WORD_FORM = 2  # a word's form: plural, -ise/-ize, noun/adjective: "Drug" / "Drugs", "Yemen" / "Yemeni"
    ORDER = 3      # the same words in a garbled order: "Saudi Coast Guard" / "Coast Saudi Guard"
    LETTERS = 4    # the same word in other letters: "Ras Lanuf" / "Ras Lanouf"
    WORD = 5       # another word for the same thing: "Sanitation" / "Sewage"
    HEAD = 6       # another word for the same kind of body: "Association" / "Federation"


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    words: tuple[tuple[int, int, str], ...]  # (start, end, text) of each capitalised word
    kind: str                                # "org" or "place"
    head: str | None = None                  # "district" in "the Al-Khalis district"
    linked: bool = False                     # written with "of"/"for": "Ministry of Interior"
    weak: bool = False                       # a place only by its likeness to a known one ("residents of Hajeen")

    @cached_property  # read for every pair a long article compares: built once (never mutate it)
    def texts(self) -> list[str]:
        return [w[2] for w in self.words]


_POSSESSIVE = re.compile(r"['’]s?$")


def words_in(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """The capitalised words of a run, a possessive cut off ("Ministry of Interior's")."""
    if end - start > _CACHED_RUN:
        return _words_of(text, start, end)
    run = text[start:end]
    # _WORD reads nothing before start or after end (no lookbehind; endpos hides the rest), so
    # a run's words depend on its text alone: a long article names the same places and bodies
    # thousands of times, and each distinct run is read once, its words then only shifted
    words = _WORDS_OF_RUN.get(run)
    if words is None:
        if len(_WORDS_OF_RUN) >= 65536:
            _WORDS_OF_RUN.clear()
        words = _WORDS_OF_RUN[run] = _words_of(run, 0, len(run))
    if not start:
        return words
    return tuple([(s + start, e + start, w) for s, e, w in words])


_CACHED_RUN = 200  # longer runs are read directly (rare, and a poor key)
_WORDS_OF_RUN: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _words_of(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    out = []
    for m in _WORD.finditer(text, start, end):
        word = _POSSESSIVE.sub("", m.group()) if len(m.group()) > 3 else m.group()
        out.append((m.start(), m.start() + len(word), word))
    return tuple(out)


def datelines(text: str, sentences: list[Segment]) -> list[tuple[int, int]]:
    """Spans of wire datelines at the start of a paragraph."""
    out = []
    for seg in sentences:
        # (a headline a writer opened with the dateline too: "RABAT (Reuters) - Students end boycott")
        if seg.part not in ("body", "standfirst", "headline"):
            continue
        if seg.start and text[seg.start - 1] not in "\n":
            continue
        # the paragraph's end, not the sentence's: "ADEN, 4 Nov. (Saba) -" is cut after "Nov."
        line_end = text.find("\n", seg.start)
        m = _DATELINE.match(text, seg.start, len(text) if line_end < 0 else line_end)
        if m and m.group().split(",")[0].split("(")[0].strip(" -–—").isupper():
            out.append((m.start(), m.end()))
            continue
        m = _DATELINE_COLON.match(text, seg.start, seg.end) or _DATELINE_DATED.match(text, seg.start, seg.end)
        if m and any(c.isalpha() for c in m.group(1)) and m.group(1).isupper():
            out.append((m.start(), m.end()))
    return out


# "El Obeid (also spelt Al-Ubayyid)", "Qamishli, also written Qamishlo,": the article itself gives
# the other spelling, so the reader is told both name one thing
_DECLARED = re.compile(r"[(,][ \u00a0]*(?:(?:also|or|sometimes)[ \u00a0]+(?:spelt|spelled|written|transliterated"
                       r"|rendered|known[ \u00a0]+as|called)(?:[ \u00a0]+as)?"
                       # "Sinjar, known to its Kurdish residents as Shingal", "called Shingal by Kurds"
                       r"|known(?:[ \u00a0]+(?:to|among|in)[ \u00a0][^(),;.\n]{1,40}?)?[ \u00a0]+as|called)"
                       r"[ \u00a0]+([A-Z][^()\n,;.]{1,60})")
# lower-case words that end a declared name ("Shingal by Kurds"), but not an article inside it
_AFTER_NAME = re.compile(r"[ \u00a0]+(?!(?:al|el|ad|ar|as|at|az|an|ash)-)[a-z].*$")


# the other spelling before the words that declare it: "Ruweished, as the town's name is also
# spelled on some road signs", "Ruweished, as its name is also written"
_DECLARED_BEFORE = re.compile(r"([A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3}),[ \u00a0]+as[ \u00a0]+"
                              r"(?:(?:the[ \u00a0]+\w+['’]s|its|their)[ \u00a0]+names?[ \u00a0]+(?:is|are)[ \u00a0]+"
                              r"(?:also|sometimes|often)[ \u00a0]+(?:spelt|spelled|written|transliterated|rendered)"
                              # "Chaouen, as the town is known to many Moroccans"
                              r"|the[ \u00a0]+(?:town|city|village|area|region|district|province|camp|port|body|"
                              r"group|company)[ \u00a0]+is[ \u00a0]+(?:also[ \u00a0]+|widely[ \u00a0]+|commonly[ \u00a0]+|"
                              r"locally[ \u00a0]+)?(?:known|called|spelt|spelled|written))")


def declared_alternatives(text: str) -> frozenset[str]:
    """The folded spellings an article declares as another spelling of a name (one pass each)."""
    # asked by the place and the organisation checks of one article: its text is read once
    if _DECLARED_LAST[0] is text:
        return _DECLARED_LAST[1]
    after = (fold(_AFTER_NAME.sub("", m.group(1).strip())) for m in _DECLARED.finditer(text))
    found = frozenset(after) | frozenset(fold(m.group(1)) for m in _DECLARED_BEFORE.finditer(text))
    _DECLARED_LAST[:] = [text, found]
    return found


_DECLARED_LAST: list = [None, frozenset()]  # (the text last read, its declared spellings)


# "Maadan, in eastern Raqqa province, and Mayadin", "Egypt's Journalists Syndicate and the
# Sudanese Journalists Union": two names one sentence lists are two, however alike (nobody lists
# one place or body twice). Between them: "and", ", ", or an apposition in commas before "and";
# not a clause ("at Al-Qaim on Monday and moved on from Al Qaim").
_JOINED = re.compile(r"(?:[ \u00a0]*,[^,;:.()]{0,60},)?[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:and|or|nor)[ \u00a0]+)?(?:the[ \u00a0]+)?")


def listed_together(text: str, sentence_at: Callable[[int], int], a: Name, b: Name) -> bool:
    first, second = sorted((a, b), key=lambda n: n.start)
    if sentence_at(first.start) != sentence_at(second.start):
        return False
    gap = text[first.end:second.start]
    return bool(gap.strip()) and bool(_JOINED.fullmatch(gap))


def unless_listed(text: str, sentence_at: Callable[[int], int],
                  compare: Callable[[Name, Name], Difference | None]) -> Callable[[Name, Name], Difference | None]:
    """``compare``, answering None for two names one sentence lists (asked only when they differ:
    a difference is rare, the list test is not free)."""
    def compare_unless_listed(ref: Name, later: Name) -> Difference | None:
        difference = compare(ref, later)
        return None if difference is not None and listed_together(text, sentence_at, ref, later) else difference
    return compare_unless_listed


def remembered(compare: Callable[[Name, Name], Difference | None]) -> Callable[[Name, Name], Difference | None]:
    """``compare``, answering each pair of Name objects once: a check that runs ``conflicts``
    twice over the same names (org-variant: the whole names, then the whole names with their
    parts) compares most pairs in both runs. Keyed by the objects' identity (the caller keeps
    the names alive while it compares), so the answers are the ones compare gives."""
    answers: dict[tuple[int, int], Difference | None] = {}

    def compare_once(ref: Name, later: Name) -> Difference | None:
        key = (id(ref), id(later))
        if key not in answers:
            answers[key] = compare(ref, later)
        return answers[key]
    return compare_once


def conflicts(names: list[Name], compare: Callable[[Name, Name], Difference | None],
              bucket: Callable[[Name], set[str]],
              consistent: Callable[[Name, Name], bool] | None = None,
              related: Callable[[Name], Iterable[Hashable]] | None = None) -> Iterator[tuple[Name, Name, Difference]]:
    """(reference, later, difference) for each name that conflicts with an earlier one.

    Names are compared only with earlier names that share a bucket key (a word's consonants):
    a variant keeps most of its words, so this loses nothing and keeps the work linear. A name
    ``consistent`` with an earlier one (its short form: "the Engineers Association" after "the
    Jordan Engineers Association") is that body, not a variant of another. ``related`` gives a
    name's exact keys: ``compare`` answers None for two names that share none, so only the
    candidates sharing one are compared (a bucket of a long article holds a hundred names, nearly
    all unrelated; same findings, in the same order)."""
    seen: dict[tuple[str, ...], Name] = {}
    flagged: dict[tuple[str, ...], tuple[Name, Difference] | None] = {}
    index: dict[str, list[tuple[str, ...]]] = {}
    position: dict[str, dict[tuple[str, ...], int]] = {}  # a name's place in index[k] (each is filed once a key)
    holders: dict[Hashable, list[tuple[str, ...]]] = {}  # the names under each exact key
    exact: dict[tuple[str, ...], frozenset[Hashable]] = {}
    for later in names:
        texts = tuple(later.texts)
        if texts in seen:  # written as before: consistent as then, or the same variant again
            if flagged[texts] is not None:
                yield flagged[texts][0], later, flagged[texts][1]
            elif seen[texts].weak and not later.weak:
                seen[texts] = later  # now known to be a place: "Kerkennah" ... "the Kerkennah islands"
            continue
        keys = sorted(bucket(later))  # sorted: the same findings whatever the hash seed
        flagged[texts] = None
        if related is not None and consistent is None:
            own = exact[texts] = frozenset(related(later))
            candidates = _related_candidates(keys, own, index, position, holders)
        else:
            candidates = {}
            for k in keys:
                for t in index.get(k, ())[-LOOKBACK:]:
                    candidates[t] = None
            if consistent is not None and any(consistent(seen[t], later) for t in candidates):
                candidates = {}
            if related is not None:
                own = exact[texts] = frozenset(related(later))
                candidates = {t: None for t in candidates if not own.isdisjoint(exact[t])}
        for t in candidates:
            difference = compare(seen[t], later)
            if difference is not None:
                flagged[texts] = (seen[t], difference)
                yield seen[t], later, difference
                break
        seen[texts] = later
        for k in keys:
            filed = index.setdefault(k, [])
            position.setdefault(k, {})[texts] = len(filed)
            filed.append(texts)
        if related is not None:
            for x in own:
                holders.setdefault(x, []).append(texts)


def _related_candidates(keys: list[str], own: frozenset[Hashable], index: dict[str, list[tuple[str, ...]]],
                        position: dict[str, dict[tuple[str, ...], int]],
                        holders: dict[Hashable, list[tuple[str, ...]]]) -> dict[tuple[str, ...], None]:
    """The earlier names within LOOKBACK of one of ``keys`` that share an exact key of ``own``, in
    the order the bucket windows would list them (key by key, oldest first): found from the few
    names under the exact keys, not by reading every window (a hundred names a key)."""
    ranked = []
    for t in {t for x in own for t in holders.get(x, ())}:
        for i, k in enumerate(keys):
            at = position.get(k, {}).get(t)
            if at is not None and at >= len(index[k]) - LOOKBACK:
                ranked.append((i, at, t))
                break
    return {t: None for _, _, t in sorted(ranked)}

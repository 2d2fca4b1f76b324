"""Names rendered as their dictionary meaning: "Brigadier General Yahya Messenger" for Yahya
Rasool, "Light Hamdan" for Nour Hamdan. Data: data/name_meanings.toml.

A meaning word is English, so it is only taken for a translated name where a name must stand:
capitalised in mid-sentence and
- right after a rank, title or honorific ("Engineer Happy al-Maqtari"), or after a title and one
  given name ("Colonel Karim Generous");
- right after a common given name ("Yahya Messenger");
- or right before a surname that the article gives elsewhere after the name itself
  ("Nour Hamdan" ... "Light Hamdan").
One regex finds every meaning word; the slot tests look at a few words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon, needles
from .word_tries import trie_pattern

_WORD_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)\.?[ \u00a0]+$")
_NEXT_NAME = re.compile(r"[ \u00a0]+((?:[Aa]l-|[Aa]l[ \u00a0]|[Ee]l-|[Aa]bu[ \u00a0]|[Bb]in[ \u00a0])?[A-Z][\w'\u2019-]+)")
_LOOKBACK = 60
_INSTITUTION_AFTER = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+[A-Z]")
# "The Star Company for Insurance Services" (sharikat Najm li-khadamat al-ta'min): an Arabic company
# name keeps its order, kind and field in translation; its own name word is no English word there
_COMPANY_AFTER = re.compile(r"[ \u00a0]+(?:Company|Corporation|Establishment|Factory|Factories)[ \u00a0]+(?:for|of)"
                            r"[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \u00a0]+$")
# A family name right after the word: "Happy al-Maqtari", "Generous bin Salem", "Light Abu Zeid"
# "Abdel-Rahim", "Abdul Karim", "Abd al-Aziz": a servant-of-God family name, Arabic whatever follows
_PARTICLE_NAME_AFTER = re.compile(r"[ \u00a0]+(?:(?:[Aa]l-|[Ee]l-|[Aa]l[ \u00a0]|[Bb]in[ \u00a0]|[Aa]bu[ \u00a0]|[Bb]ani[ \u00a0]"
                                  r"|Ben[ \u00a0]|Ould[ \u00a0]|Ibn[ \u00a0]|Ait[ \u00a0])[A-Z]"
                                  r"|Abd(?:el|ul|al|oul|ol)?[- \u00a0](?:[Aa]l-|[Ee]l-)?[A-Z]|Abd[ae]l[a-z]{3,}|Abdul[a-z]{3,})")
_CAPITALISED_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z'\u2019]+)\b")
# "Abdellah Happy", "Abdel-Rahim Generous", "Abd al-Aziz Light": a servant-of-God given name, written
# in more spellings than a name list holds, is a given name whatever follows it
_SERVANT_BEFORE = re.compile(r"(?<![\w'\u2019-])Abd(?:[a-z]{3,}|(?:el|ul|al|oul|ol|il)?[- \u00a0]"
                             r"(?:[Aa]l-|[Ee]l-|[Uu]l-)?[A-Z][a-z'\u2019]+)[ \u00a0]+$")


@dataclass(frozen=True)
class NameMeaning:
    forms: tuple[str, ...]
    meanings: tuple[str, ...]
    example: str
    trap: str


@dataclass(frozen=True)
class TranslatedName:
    start: int
    end: int
    meaning: str
    name: str                               # the Arabic name to restore
    related: tuple[tuple[int, int], ...]    # the name as written elsewhere in the article


@lru_cache(maxsize=1)
def table() -> tuple[tuple[NameMeaning, ...], dict[str, tuple[NameMeaning, ...]]]:
    """(entries, meaning word -> the entries with that meaning, in the data's order: "Generous"
    is Karim's and Jawad's)."""
    name = "name_meanings.toml"
    entries, by_meaning = [], {}
    for e in lexicon.require(lexicon.load(name), name, "name"):
        try:
            entry = NameMeaning(tuple(e["forms"]), tuple(e["meanings"]), e.get("example", ""), e.get("trap", ""))
        except KeyError as exc:
            raise lexicon.DataError(f"mtcheck/data/{name}: name {e.get('forms')!r} lacks {exc}") from None
        entries.append(entry)
        for m in entry.meanings:
            by_meaning.setdefault(m, []).append(entry)
    return tuple(entries), {m: tuple(es) for m, es in by_meaning.items()}


@lru_cache(maxsize=1)
def _meaning_rx() -> re.Pattern:
    """Any meaning word as written (compiled when an article may hold one), as a trie: a flat
    alternation of the words, longest first, is tried word by word at every position; the trie
    tries a longer word first too, so it finds the same matches."""
    alts = trie_pattern(table()[1]).replace("\\ ", "[ \u00a0]")
    return re.compile(r"(?<![\w'\u2019.-])(?:" + alts + r")(?![\w'\u2019-])")


_GATE_MAX = 200_000  # longer articles skip the gate: a search per meaning word would cost more


def _may_hold_meaning(text: str, by_meaning: dict) -> bool:
    """False when no meaning word can match: each is literal text, its words joined by spaces."""
    return len(text) > _GATE_MAX or any(all(w in text for w in m.split(" ")) for m in by_meaning)


def _title_before(text: str, pos: int, lo: int) -> bool:
    """A title ends right before pos ("Colonel ", "Dr. ", "Lt.-Gen. ")."""
    _, title_rx = lexicon.titles()
    window = text[max(lo, pos - _LOOKBACK):pos]
    stripped = window.rstrip(" \u00a0")
    if len(stripped) == len(window):
        return False
    last = None
    for last in title_rx.finditer(stripped):
        pass
    return last is not None and last.end() == len(stripped) and stripped[last.start()].isupper()


def _slot(text: str, start: int, end: int, lo: int, given: frozenset[str]) -> bool:
    """Does text[start:end] stand where a person's name stands?"""
    if start == lo or not text[start].isupper():
        return False
    if _title_before(text, start, lo):
        return True
    if _particle_before("chain_particles").search(text, max(lo, start - 8), start):
        return True  # "ould Beautiful": the name chain goes on after "son of"
    if _PARTICLE_NAME_AFTER.match(text, end):
        return True  # "Happy al-Maqtari": a family name with its particle follows
    nxt = _CAPITALISED_AFTER.match(text, end)
    if nxt and nxt.group(1) in given:
        return True  # "Light Hussein", "Generous Jaber": a given name as the father's or family name
    if nxt and " " in text[start:end] and not _common_word(nxt.group(1)):
        return True  # "Servant of Peace Jalloud": a compound name's meaning, then a family name
    if nxt and _surname_in_apposition(text, start, nxt, lo):
        return True  # "the head of the syndicate, Happy Kanaan, warned"; "the young engineer Happy Mansouri"
    before = _WORD_BEFORE.search(text, max(lo, start - _LOOKBACK), start)
    if before is None:
        return False
    word = before.group(1)
    if (word in given or word in _shared_names()) and text[before.start() - 1:before.start()] != ".":
        return True  # "Yahya Messenger"
    if _SERVANT_BEFORE.search(text, max(lo, start - 30), start):
        return True  # "Abdellah Happy"
    if _particle_before("filiation_particles").search(text, max(lo, before.start() - 8), before.start()):
        return True  # "Mohamed Ould Sidi Praised": the name chain goes on after "son of X"
    # "Colonel Karim Generous": a title, then one capitalised given name
    return _title_before(text, before.start(), lo) and word[0].isupper()


# a person named in apposition to his post ("the head of the syndicate, Happy Kanaan, warned"), or after a
# post written in lower case ("the young engineer Happy Mansouri")
_APPOSITION_BEFORE = re.compile(r"[a-z)],[ \u00a0]+$")
_LOWER_ROLE_BEFORE = re.compile(r"(?<![\w-])the[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:engineer|doctor|lawyer|journalist|activist|"
                                r"teacher|student|farmer|citizen|merchant|trader|driver|worker|employee|official|expert|"
                                r"researcher|writer|poet|artist|player|coach|referee|sheikh|pilgrim|widow|mother|father|"
                                r"young[ \u00a0]+man|young[ \u00a0]+woman|child|boy|girl|victim|witness)[ \u00a0]+$")
_AFTER_SURNAME = re.compile(r"(?:,|[ \u00a0]*\(|[ \u00a0]+(?:said|says|told|added|warned|stressed|explained|noted|"
                            r"pointed|confirmed|called|urged|announced))")


def _surname_in_apposition(text: str, start: int, nxt: re.Match, lo: int) -> bool:
    """The meaning word before a capitalised word no English dictionary holds (a family name), where a
    person is named after his post: in apposition, closed by a comma or a verb of saying, or after a
    post in lower case."""
    from .foreign_words import english_words, loanwords  # (read only when a meaning word is met)
    surname = nxt.group(1)
    if _common_word(surname) or surname.lower() in english_words() or surname.lower() in loanwords():
        return False  # "Happy Valley"; "Happy Eid", "Blessed Ramadan": a greeting
    if _LOWER_ROLE_BEFORE.search(text, max(lo, start - 40), start):
        return True
    return bool(_APPOSITION_BEFORE.search(text, max(lo, start - 3), start)) and bool(_AFTER_SURNAME.match(text, nxt.end()))


@lru_cache(maxsize=1)
def _english_and_western() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon.load("name_meanings.toml")
    return lexicon.word_set(data.get("english_names", "")), lexicon.word_set(data.get("western_names", ""))


@lru_cache(maxsize=2)
def _particle_before(key: str) -> re.Pattern:
    """One of name_meanings.toml's particle lists (chain_particles, filiation_particles) right before
    a word, each particle as written there."""
    words = lexicon.word_set(lexicon.require(lexicon.load("name_meanings.toml"), "name_meanings.toml", key))
    return re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(map(re.escape, sorted(words))) + r")[ \u00a0]+$")


@lru_cache(maxsize=1)
def _shared_names() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("name_meanings.toml").get("shared_names", ""))


# a name part no Arabic name is written like: a hyphen before a lower-case syllable ("Jae-in")
_NOT_ARABIC_PART = re.compile(r"[A-Z][a-z]+-[a-z]")


def _western_name(text: str, start: int, end: int, lo: int) -> bool:
    """'Sarah Knight', 'Peter Archer', 'MP Dawn Butler', 'President Moon Jae-in': a meaning word
    that is an English name too, in a western person's name (a western name right before or
    after it, or a name part written as no Arabic one is), is that person's name. A given name
    both western and Arabic (Adam, Sarah) before a meaning word that no English
    name is ("Adam Patient" for Adam Sabir) is the Arabic name (data: shared_names)."""
    english, western = _english_and_western()
    before = _WORD_BEFORE.search(text, max(lo, start - _LOOKBACK), start)
    if before is not None and before.group(1) in western:
        return not (before.group(1) in _shared_names() and text[start:end] not in english)
    if text[start:end] not in english:
        return False
    nxt = _CAPITALISED_AFTER.match(text, end)
    if nxt is not None and nxt.group(1) in western and _CAPITALISED_AFTER.match(text, nxt.end()) is not None \
            and _particle_before("filiation_particles").search(text, start, nxt.end() + 1) is not None:
        return False  # "Dr. Hope Ben Salem": Ben before a family name is the Maghrebi "son of", no given name
    return nxt is not None and nxt.group(1) in western or _NOT_ARABIC_PART.match(text, end + 1) is not None


def _written_names(text: str, entries: tuple[NameMeaning, ...]) -> dict[tuple[int, str], tuple[int, int]]:
    """(entry index, surname) -> first span of "Form Surname" in the article, in one pass."""
    form_entry = {f: k for k, e in enumerate(entries) for f in e.forms}
    forms = "|".join(re.escape(f) for f in sorted(form_entry, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w-])({forms})" + _NEXT_NAME.pattern)
    out: dict[tuple[int, str], tuple[int, int]] = {}
    for m in _matches_at_forms(rx, text, frozenset(f.lower() for f in form_entry)):
        if _common_word(m.group(2)):
            continue  # "Hilal Ahmar Society", "Salam Company": a body's name, not a person's
        out.setdefault((form_entry[m.group(1)], m.group(2)), (m.start(), m.end()))
        # "Said Mahmoud Barakat": the father's name stands between; the family name ends the chain
        end, k = m.end(), 0
        while k < 2 and (more := _NEXT_NAME.match(text, end)) is not None and not _common_word(more.group(1)):
            out.setdefault((form_entry[m.group(1)], more.group(1)), (m.start(), more.end()))
            end, k = more.end(), k + 1
    return out


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("name_meanings.toml").get("body_words", ""))


_NAME_RUN = re.compile(r"[ \u00a0]+([A-Z][\w'\u2019-]*|and|&)")


def _body_name_goes_on(text: str, pos: int, hi: int) -> bool:
    """The capitalised run after ``pos`` (four words at most, "and" among them) ends on a body
    word: "General Compensation Fund", "King Salman Relief and Humanitarian Aid Centre"."""
    for _ in range(4):
        w = _NAME_RUN.match(text, pos, hi)
        if w is None:
            return False
        if _common_word(w.group(1)):
            return True
        pos = w.end()
    return False


def _common_word(word: str) -> bool:
    """A word that ends the name of a body ("Society", "Hospital"), not a family name."""
    return word in _body_words()


@lru_cache(maxsize=1)
def meaning_needles() -> frozenset[str]:
    """Lower-case text each meaning word holds (its longest word), for a needles.SentenceFilter."""
    return frozenset(max(m.lower().split(" "), key=len) for m in table()[1])


def _matches_at_forms(rx: re.Pattern, text: str, lowered_forms: frozenset[str]):
    """``rx.finditer(text)`` for a pattern that starts with one of the forms: tried only where an
    Aho-Corasick pass over the lowered text finds one, not at every character."""
    if any(len(f) != len(f.upper()) for f in lowered_forms):
        yield from rx.finditer(text)  # a form whose case changes its length: offsets would slip
        return
    found = needles.automaton(lowered_forms).iter(needles.fold(text))
    resume = 0
    for start in sorted({end - len(form) + 1 for end, form in found}):
        if start >= resume and (m := rx.match(text, start)):
            resume = m.end()
            yield m


_GIVEN_THE_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z'\u2019]+)[ \u00a0]+the[ \u00a0]+$")


def _family_name_as_meaning(text: str, start: int, lo: int, entry: NameMeaning,
                            given: frozenset[str]) -> tuple[int, int] | None:
    """'Eng. Ahmed Khalid al-Saif' ... 'Ahmed the Sword': a family name with its article rendered as
    'the' and the meaning, right after a given name, where the article writes the family name itself
    ('al-Saif'): the span of that family name, or None. Without it ('Ahmed the Great') it is left alone."""
    before = _GIVEN_THE_BEFORE.search(text, max(lo, start - 30), start)
    if before is None or before.group(1) not in given:
        return None
    for form in entry.forms:  # (a whole-text search, made only after "Ahmed the Sword": rare)
        m = re.search(r"(?<![\w-])(?:[Aa]l|[Ee]l)[- \u00a0]" + re.escape(form) + r"(?![\w-])", text)
        if m is not None:
            return m.start(), m.end()
    return None


def translated_names(doc, where=None) -> list[TranslatedName]:
    """``where``: a needles.SentenceFilter over the content sentences whose universe holds
    meaning_needles() (found in one pass); without it, every content sentence is read."""
    entries, by_meaning = table()
    text = doc.text
    if where is None and not _may_hold_meaning(text, by_meaning):
        return []  # most articles: nothing to compile
    spans = [(seg.start, seg.end) for _, seg in doc.content_sentences] if where is None \
        else where.sentences([meaning_needles()], True)
    if not spans:
        return []
    rx = _meaning_rx()
    index = {e: k for k, e in enumerate(entries)}
    given = lexicon.names().given_names
    written_names = None
    out: list[TranslatedName] = []
    for lo, hi in spans:
        for m in rx.finditer(text, lo, hi):
            if written_names is None:
                written_names = _written_names(text, entries)
            sharing = by_meaning[m.group().replace("\u00a0", " ")]
            entry = sharing[0]  # the first listed, unless the article wrote another with this surname
            nxt = _NEXT_NAME.match(text, m.end(), hi)
            written = None
            for cand in (sharing if nxt else ()):
                # a meaning two names share ("Generous"): the one written with this surname
                written = written_names.get((index[cand], nxt.group(1)))
                if written is not None:
                    entry = cand
                    break
            family = _family_name_as_meaning(text, m.start(), lo, entry, given)
            if family is not None:
                out.append(TranslatedName(m.start(), m.end(), m.group(), text[family[0]:family[1]], (family,)))
                continue
            if _COMPANY_AFTER.match(text, m.end()) and _THE_BEFORE.search(text, max(lo, m.start() - 5), m.start()):
                out.append(TranslatedName(m.start(), m.end(), m.group(), entry.forms[0], ()))
                continue  # a company's Arabic name rendered as its meaning
            if _INSTITUTION_AFTER.match(text, m.end()) or _body_name_goes_on(text, m.end(), hi):
                continue  # "the General Authority for ...", "the General Compensation Fund": an institution
            if written is None and (not _slot(text, m.start(), m.end(), lo, given)
                                    or _western_name(text, m.start(), m.end(), lo)):
                continue
            if written is not None and written[0] == m.start():
                continue
            name = text[written[0]:written[1]].split()[0] if written else entry.forms[0]
            out.append(TranslatedName(m.start(), m.end(), m.group(), name,
                                      (written,) if written else ()))
    return out

"""Names and numbers of a sentence, and which of them a back-translation lost.

A round trip rewrites surface forms ("600km" -> "600 km", "January 18, 2021" -> "18 January
2021", "Lieutenant-General" -> "Lieutenant General", "US" -> "U. S."), so both sides are
compared as normalised *sets* of keys: number values and lower-cased ASCII name tokens, order
and punctuation ignored. Only what survives none of those forms counts as lost.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from ..analysis import lexicon

# Number words a translation may write as digits (and back). "one" and "second" are left out
# of what we *require*: they are too often pronoun or noun ("no one", "a second time").
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 10 ** 6,
         "billion": 10 ** 9}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS)} | _TENS | _ORDINALS
_WEAK_NUMBER_WORDS = {"zero", "one", "first", "second"}

# Capitalised words that are titles, not names: a rank change is another rule's business.
_TITLES = frozenset("""
mr mrs ms dr prof sir sheikh sh lt gen brig col maj capt cpt cmdr cdr adm sgt cpl pvt lieut
lieutenant general brigadier colonel major captain commander admiral sergeant corporal private
marshal field staff president vice prime minister ministers deputy chief head director spokesman
spokeswoman spokesperson secretary ambassador governor senator king queen prince princess emir
crown judge justice mayor chairman chairwoman former acting late retired interim senior
""".split())
# Joining words inside a name ("Institute for Strategic Studies", "Abdul Amir al-Shammari").
_PARTICLES = frozenset("al el ad ar as ash at az bin ibn bint abu".split())
_CONNECTORS = _PARTICLES | frozenset("of for the de la du da der van von".split())
_DROPPED = _CONNECTORS | {"and"}
_NOT_NAMES = frozenset("i a an the this that these those he she it we they his her its their our "
                       "but and or if in on at as by to of for from with after before when while "
                       "there here what who why how".split())

_WORD = re.compile(r"[^\W\d_](?:[\w]|['\u2019\-](?=\w))*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_SCALED = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s+([a-z]+)")
_INITIALISM = re.compile(r"\b(?:[A-Z]\.\s?){2,}")


@dataclass(frozen=True)
class Entity:
    """A name or number of the original sentence, with offsets into the analysed text."""

    kind: str            # "name" or "number"
    start: int
    end: int
    text: str
    keys: tuple[str, ...]  # normalised tokens (names) or the number value


def number_key(token: str) -> str:
    """'18,000' -> '18000'; '2.5' -> '2.5'; '1.234.567' (pt style) -> '1234567'; '١٢' -> '12'."""
    t = anyascii(token)
    t = re.sub(r"[.,](?=\d{3}(?!\d))", "", t)
    t = t.replace(",", ".")
    return t.lstrip("0") or "0"


def name_tokens(text: str) -> list[str]:
    """Lower-case ASCII tokens of a name, particles and possessives dropped."""
    t = anyascii(text).lower()
    t = re.sub(r"['\u2019]s\b", "", t)
    return [w for w in re.split(r"[^a-z0-9]+", t) if w and w not in _DROPPED]


_CLAUSE_OPENERS = "\"'\u201c\u2018(:\u00ab-\u2013\u2014"


def _starts_clause(seg: str, at: int) -> bool:
    """The word at ``at`` opens the sentence, a quotation or a clause after a colon or dash."""
    before = seg[:at].rstrip()
    return not before or before[-1] in _CLAUSE_OPENERS


_POSSESSIVE = re.compile(r"['\u2019]s$")


def _org_list(group: list[re.Match], gap: str) -> bool:
    """Inside "Union of Industry, Trade and Handicrafts" a comma or "and" does not end the name."""
    return gap.strip() in ("", ",") and any(m.group().lower() in ("of", "for") for m in group)


def _collapse_initialisms(text: str) -> str:
    # "U. S." and "U.S." -> "US" so they compare equal to "US".
    return _INITIALISM.sub(lambda m: re.sub(r"[.\s]", "", m.group()) + " ", text)


def extract(text: str, start: int, end: int, known_names: frozenset[str] = frozenset(),
            names: bool = True) -> list[Entity]:
    """Names and numbers in ``text[start:end]``.

    ``known_names``: lower-cased words seen capitalised mid-sentence elsewhere in the article;
    a capitalised first word counts as a name only when it is one of them (else "The", "Security").
    """
    out: list[Entity] = []
    seg = text[start:end]
    for m in _NUMBER.finditer(seg):
        out.append(Entity("number", start + m.start(), start + m.end(), m.group(),
                          (number_key(m.group()),)))
    words = list(_WORD.finditer(seg))
    group: list[re.Match] = []

    def flush() -> None:
        while group and group[-1].group().lower() in _DROPPED:
            group.pop()
        if group:
            s, e = start + group[0].start(), start + group[-1].end()
            keys = tuple(name_tokens(text[s:e]))
            if keys:
                out.append(Entity("name", s, e, text[s:e], keys))
        group.clear()

    for i, m in enumerate(words):
        w = m.group()
        low = w.lower()
        if low in NUMBER_WORDS and low not in _WEAK_NUMBER_WORDS:
            flush()
            out.append(Entity("number", start + m.start(), start + m.end(), w,
                              (str(NUMBER_WORDS[low]),)))
            continue
        gap = seg[words[i - 1].end():m.start()] if i else ""
        if group and (gap.strip() or "\n" in gap or _POSSESSIVE.search(group[-1].group())):
            # Punctuation ends a name, and so does a possessive ("Baghdad's Sadr City")...
            if not (_org_list(group, gap) and w[0].isupper()):
                flush()  # ...except the list of an organisation's name: "of Industry, Trade and Crafts"
        parts = re.split(r"[-'\u2019]", w)
        # "al-Shammari" is a name although it starts in lower case.
        capital = w[0].isupper() or (parts[0].lower() in _PARTICLES and len(parts) > 1
                                     and parts[1][:1].isupper())
        title = all(p.lower() in _TITLES for p in parts)  # "Lieutenant-General", "Prime"
        is_name = names and capital and not title and low not in _NOT_NAMES and len(w) > 1
        if is_name and _starts_clause(seg, m.start()):  # capitalised by grammar, unless seen
            is_name = any(k in known_names for k in name_tokens(w))  # as a name elsewhere
        if is_name:
            group.append(m)
        elif group and (low in _CONNECTORS or (low == "and" and _org_list(group, " "))):
            group.append(m)
        else:
            flush()
    flush()
    return sorted(out, key=lambda e: (e.start, e.end))


def capitalised_words(text: str, sentences) -> frozenset[str]:
    """Lower-cased words that appear capitalised somewhere other than at a sentence start."""
    found: set[str] = set()
    for s in sentences:
        seg = text[s.start:s.end]
        for m in _WORD.finditer(seg):
            if m.group()[0].isupper() and not _starts_clause(seg, m.start()):
                found.update(name_tokens(m.group()))
    return frozenset(found)


@dataclass(frozen=True)
class BackKeys:
    """What a back-translation contains, ready for membership tests."""

    numbers: frozenset[str]
    tokens: frozenset[str]


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """English number words and the pivot languages' (mtcheck/data/equivalents.toml [numbers])."""
    extra = lexicon.load("equivalents.toml").get("numbers", {})
    return NUMBER_WORDS | {anyascii(k).lower(): int(v) for k, v in extra.items()}


def back_keys(back: str) -> BackKeys:
    text = _collapse_initialisms(back)
    numbers = {number_key(m.group()) for m in _NUMBER.finditer(text)}
    number_words = _number_words()
    # "670 mil", "1.2 million", "25 thousand": the digits times the word, too.
    for m in _SCALED.finditer(anyascii(text).lower()):
        scale = number_words.get(m.group(2))
        if scale and scale >= 1000:
            value = float(number_key(m.group(1))) * scale
            numbers.add(str(int(value)) if value == int(value) else str(value))
    # Digits glued to a unit ("600km") are still found by _NUMBER's lookbehind-free start.
    tokens = set()
    for m in _WORD.finditer(text):
        for token in name_tokens(m.group()):  # "forty-five", "non-fifth": each part
            if token in number_words:
                numbers.add(str(number_words[token]))
            tokens.add(token)
    return BackKeys(frozenset(numbers), frozenset(tokens))


@lru_cache(maxsize=4096)
def _token_survives(token: str, tokens: frozenset[str]) -> bool:
    if token in tokens:
        return True
    for t in tokens:
        # Iraq/Iraqi, Drugs/Drug, Italy/Italian, China/Chinese, Lebanon/Lebanese: one stem,
        # different endings (but not Austria/Australia).
        short, long_ = (token, t) if len(token) <= len(t) else (t, token)
        stem = len(os.path.commonprefix([short, long_]))
        if stem >= 4 and len(short) - stem <= 2 and len(long_) - stem <= 3:
            return True
        # Transliteration drift: Shammari/Shamari, Kadhimi/Kadimi.
        if min(len(token), len(t)) >= 5 and Levenshtein.normalized_similarity(token, t) >= 0.8:
            return True
    return False


@lru_cache(maxsize=1)
def _equivalents() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each written form (as name tokens) -> every form of its group (mtcheck/data/equivalents.toml)."""
    out: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for group in lexicon.load("equivalents.toml").get("group", []):
        forms = tuple(dict.fromkeys(k for f in group.get("forms", [])
                                    if (k := tuple(name_tokens(_collapse_initialisms(f))))))
        for k in forms:
            out[k] = forms
    return out


def written_forms(keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The entity's keys, and the same with one part swapped for an equivalent form:
    "U.S. Embassy" -> ("us", "embassy"), ("united", "states", "embassy"), ("eua", "embassy")..."""
    eq = _equivalents()
    forms = [keys]
    for i in range(len(keys)):
        for j in range(i + 1, len(keys) + 1):
            for alt in eq.get(keys[i:j], ()):
                forms.append(keys[:i] + alt + keys[j:])
    return list(dict.fromkeys(forms))


def _name_survives(keys: tuple[str, ...], back: BackKeys) -> bool:
    significant = [k for k in keys if len(k) >= 3] or list(keys)
    kept = sum(_token_survives(k, back.tokens) for k in significant)
    # A multi-word name survives when most of it does ("Kuwait Municipal Council" ->
    # "Kuwait City Council"); a one-word name must survive itself.
    return kept > 0 and kept * 2 >= len(significant)


def lost(entities: list[Entity], back: BackKeys) -> list[Entity]:
    """The entities of the original that ``back`` does not contain in any written form."""
    out = []
    for e in entities:
        if e.kind == "number":
            if e.keys[0] not in back.numbers:
                out.append(e)
        elif not any(_name_survives(k, back) for k in written_forms(e.keys)):
            out.append(e)
    return out

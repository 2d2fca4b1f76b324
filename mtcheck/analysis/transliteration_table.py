"""The table of transliterations (data/transliterations.toml) read once: every listed form and
the entry it belongs to, the English words of each entry, the entry's flags, the one regex that
finds every form, and the generic heads of Arabic body names ("Majlis al-Nuwwab")."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from . import lexicon
from .word_tries import trie_pattern

DATA = lexicon.load("transliterations.toml")
# The Arabic article in front of a form: "al-niyaba", "an-niyaba", "el niyaba" (only al/el with a
# space, so that English "as" or "an" before a word is not taken for it).
ARTICLE = r"(?:(?:al|el|an|ar|as|ash|at|ad|az|ath|adh|en|er|es|et|ul)[-\u2019']|(?:al|el)[ \u00a0])?"


@cache
def english_needles(entry: int) -> frozenset[str]:
    """Text a match of the entry's English cannot lack (in folded text with straight apostrophes)."""
    return frozenset(w.lower().replace("\u2019", "'") for w in ENGLISH_WORDS[entry])


@cache
def english(entry: int) -> re.Pattern:
    """The English words of a listed form, compiled when an article holds the form."""
    return english_rx(ENGLISH_WORDS[entry])


def english_rx(words: list[str]) -> re.Pattern:
    alternatives = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(e).replace("'", "['\u2019]") for e in alternatives) + r")\b",
                      re.IGNORECASE)


# One pass finds every listed form; the form's entry then says what its English is.
FORM_ENTRY: dict[str, int] = {}
ENGLISH_WORDS: list[list[str]] = []
NAMES_OK: list[bool] = []
ALWAYS: list[bool] = []
PROPER: list[bool] = []
TITLE_OK: list[bool] = []
for _i, _w in enumerate(DATA["word"]):
    for _f in _w["forms"]:
        FORM_ENTRY[_f.lower().replace("\u2019", "'")] = _i
    ENGLISH_WORDS.append(_w["english"])
    NAMES_OK.append(bool(_w.get("names_ok", False)))
    ALWAYS.append(bool(_w.get("always", False)))
    PROPER.append(bool(_w.get("proper", False)))
    TITLE_OK.append(bool(_w.get("title_ok", False)))


FORMS = re.compile(r"(?<![\w'\u2019-])" + ARTICLE + "(?P<form>" + trie_pattern(FORM_ENTRY, curly_apostrophes=True)
                   + r")(?![\w-])", re.IGNORECASE)
# a match holds its form, in folded text with straight apostrophes (the pattern lets them be curly)
FORM_NEEDLES = frozenset(FORM_ENTRY)


@lru_cache(maxsize=1)
def all_needles() -> frozenset[str]:
    """Every form and English word of the table: found in one pass over the sentences."""
    return FORM_NEEDLES.union(*(english_needles(k) for k in range(len(ENGLISH_WORDS))), BODY_HEAD_NEEDLES)


# A body's Arabic name: a generic head ("Majlis", "Wizarat") and one or more words with the
# article ("al-Nuwwab", "al-Raqaba al-Maliya").
BODY_HEADS = sorted(DATA.get("body_heads", {}).get("words", []), key=len, reverse=True)
BODY_HEAD_NEEDLES = frozenset(h.lower().replace("\u2019", "'") for h in BODY_HEADS)
_HEADS_RX = "|".join(re.escape(h).replace("'", "['\u2019]") for h in BODY_HEADS)
BODY_NAME = re.compile(
    # the head may carry the article too: "al-Majlis al-Baladi"
    r"(?<![\w'\u2019-])(?:(?:[Aa]l|[Ee]l)-)?(?:" + _HEADS_RX + r")"
    r"(?:[ \u00a0](?:[Aa]l|[Ee]l)-[A-Za-z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)?){1,4}(?![\w-])"
    # or every article run into its word, in lower case: "almajlis albaladi"
    r"|(?<![\w'\u2019-])al(?:" + _HEADS_RX.lower() + r")(?:[ \u00a0]al[a-z]{3,}){1,3}(?![\w-])")
ARTICLE_LEAD = re.compile(r"^(?:al|el)[- ]")


def body_key(name: str) -> str:
    """'Majlis Al-Shura', 'majlis al shura', 'al-Majlis al-Shura' -> 'majlis al-shura'."""
    key = re.sub(r"\b(al|el)[ \u00a0-]", r"\1-", name.lower().replace("\u2019", "'"))
    return ARTICLE_LEAD.sub("", key)


BODIES_KEPT = frozenset(body_key(n) for n in DATA.get("body_heads", {}).get("kept", []))
@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """Words that end a body's name ("Society", "Company"), from data/name_meanings.toml."""
    return lexicon.word_set(lexicon.load("name_meanings.toml").get("body_words", ""))

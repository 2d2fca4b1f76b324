"""The words of titles.toml a title reader needs, compiled once (``title_words()``), and the
shape of a capitalised name word (``CAP``) that titles and names are read with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

# A capitalised name word, with its article or assimilated article ("al-Sadr", "Ash-Shami", "Al -Qaim")
CAP = r"(?:(?:[aAeE]l|[aA][dshtzrn]{1,2})(?:-|[ \u00a0]-(?=[A-Z])|-[ \u00a0](?=[A-Z])))?[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff'’]*(?:-(?:[ \u00a0](?=[A-Z]))?[A-Za-z\u00c0-\u00ff][a-z\u00c0-\u00ff'’]*)*"
SP = r"[ \u00a0]"
WS = re.compile(r"[ \u00a0]+")


@dataclass(frozen=True)
class TitleWords:
    """The word lists around a title (titles.toml), compiled once."""
    qualifier: re.Pattern      # a word between an office's modifiers and its head: "Health Minister"
    head_qualifiers: frozenset[str]  # the listed words of it ("health", "army")
    portfolio: re.Pattern      # "of Oil and Gas" after an office's head
    seniority: re.Pattern      # a judge's seniority: "First", "Presiding"
    name_honorifics: frozenset[str]
    clause_words: frozenset[str]
    portfolio_words: frozenset[str]
    comma_sp: re.Pattern       # ", Name" or ", engineer Name" / ", al-Sadiq Name" after a title
    judicial_fields: frozenset[str]  # "Financial" in "The Financial Public Prosecutor"


def _alternation(words) -> str:
    # longest first, so that "Sports" is not cut to "Sport"
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def title_words() -> TitleWords:
    data, f = lexicon.load("titles.toml"), "titles.toml"
    words = lambda key: lexicon.word_set(lexicon.require(data, f, key))
    listed = words("head_qualifiers")
    qualifier = re.compile(rf"(?:{CAP}|[A-Z]{{2,}}|{_alternation(listed)})", re.UNICODE)
    portfolio = re.compile(rf"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:{_alternation(words('portfolio_words'))})"
                           r"(?:[ \u00a0]+|(?=[ \u00a0]*[A-Z])|$))+")
    openers = _alternation(words("apposed_name_openers"))
    comma_sp = re.compile(rf",[ \u00a0]+(?=[A-Z]|(?:{openers})[ \u00a0]|(?:al|el|ad|ar|as|at|az|an)-[A-Z])")
    return TitleWords(qualifier, listed, portfolio, re.compile(f"(?:{_alternation(words('judicial_seniority'))})"),
                       words("name_honorifics"), words("clause_words"), words("portfolio_words"), comma_sp,
                       words("judicial_fields"))

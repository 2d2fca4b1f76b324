"""Where a person mention may start: the cheap tests ``people.extract`` runs at every word
before its title and name readers, each a necessary condition of a mention there (so that most
words of an article, in lower case, are skipped by the regex engine).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .title_lexicon import CAP, SP, title_words
from .word_tries import trie_pattern

# a word start: the superset may_open_starts narrows
WORD_START = re.compile(r"(?<![\w'’-])[A-Za-z]")
# a word people._name_at keeps: a capitalised word or a particle in lower case before a space
NAME_WORD = re.compile(rf"{CAP}|[a-z]+(?={SP})")


_TWO_NAME_WORDS: list = [None, None]  # (the name lexicon, its pattern)


def two_name_words_pattern() -> re.Pattern:
    """Two words _name_at keeps, a space between: a capitalised word (CAP) or a particle in
    lower case ("bin"); _name_at stops at any other word in lower case."""
    lex = lexicon.names()
    if _TWO_NAME_WORDS[0] is not lex:
        particles = frozenset(w for w in lex.particles if w.isascii() and w.isalpha())
        word = rf"(?:{CAP}|(?:{trie_pattern(particles)})(?={SP}))"
        _TWO_NAME_WORDS[:] = [lex, re.compile(rf"{word}[ \u00a0]+{word}")]
    return _TWO_NAME_WORDS[1]


def lower_case_openers() -> frozenset[str]:
    """Words in lower case that may open a mention: a title form's first word ("minister"), an
    article or modifier before a title ("the", "former", "acting"), a particle ("bin")."""
    lex = lexicon.names()
    firsts = {form.split(" ")[0] for form in lexicon.titles()[1].prefixes}
    return frozenset(firsts | {"the", "a", "an"} | lex.office_modifiers | lex.title_qualifiers
                     | lex.time_modifiers | lex.particles)


@lru_cache(maxsize=4)
def may_open_starts(openers: frozenset[str]) -> re.Pattern:
    """The word starts of WORD_START that may_open_mention may accept: a capital, an opener
    (in any case) or a head qualifier. A superset, so that the regex engine skips the other two
    words in three (the loop still asks may_open_mention of a word in lower case). The openers
    are one trie-shaped alternation: a flat one of 300 words would be tried word by word."""
    return re.compile(rf"(?<![\w'’-])(?:[A-Z]|(?=(?i:{trie_pattern(openers)})(?![A-Za-z]))"
                      rf"|(?={title_words().qualifier.pattern}))[A-Za-z]")


def may_open_mention(text: str, pos: int, end: int, openers: frozenset[str]) -> bool:
    """May the word in lower case at pos open a mention? Only as one of the openers, a qualifier
    before a title's head (head_qualifiers: "health", "army") or a hyphened name ("al-Sadr"):
    otherwise _titles_at and _name_at find nothing there (a necessary condition, cheap)."""
    w = _TITLE_WORD.match(text, pos, end)
    if w.group().lower() in openers or title_words().qualifier.match(text, pos, end):
        return True
    name = NAME_WORD.match(text, pos, end)
    return bool(name) and "-" in name.group()


_TITLE_WORD = re.compile(r"[A-Za-z]+")

"""Whether a transliterated word is glossed, mentioned or quoted rather than used: "the mukhtar
(village head)", "the wali, or governor, of Oran", "known as wilaya", a quoted slogan with its
translation; and whether a capitalised listed word stands where a common noun stands."""
from __future__ import annotations

import re

from .transliteration_table import ARTICLE_LEAD

# the rest of a quotation, then its translation in quotes or brackets after a dash, colon or comma
_QUOTED_GLOSS_AFTER = re.compile(r"[^\"\u201c\u201d\n]{0,120}[\"\u201d][ \u00a0]*(?:[\u2014\u2013:,]|--)?[ \u00a0]*[\"\u201c(\[]")


def inside_quotes(text: str, pos: int, lo: int) -> bool:
    """Is pos inside a quotation that opened in the sentence?"""
    return text.count('"', lo, pos) % 2 == 1 or text.rfind("\u201c", lo, pos) > text.rfind("\u201d", lo, pos)


def gloss_key(word: str) -> str:
    """'Al-Mukhtar', 'the al-mukhtar' and 'mukhtar' are one word glossed or not."""
    return ARTICLE_LEAD.sub("", word.lower().replace("\u2019", "'"))


# A gloss that names what the word is called: ", as the generator subscription is known (here)"
_AS_KNOWN_AFTER = re.compile(r",?[ \u00a0]+(?:as|what)[ \u00a0][^,.;()\n]{3,80}?[ \u00a0](?:is|are|was|were)[ \u00a0]"
                             r"(?:locally[ \u00a0]|commonly[ \u00a0]|widely[ \u00a0])?(?:known|called)\b")
# Framing that makes a word a mention of the word, not a use of it ("known as wilaya").
_MENTION_CUE = re.compile(r"(?:(?:known|referred[ \u00a0]+to)(?:[ \u00a0]+(?:locally|here|widely|commonly|popularly))?"
                          r"[ \u00a0]+as(?:[ \u00a0]+(?:an?|the))?(?:[ \u00a0]+abu|[ \u00a0]+umm)?"
                          r"|called|so-called|the word|the term|term|word|meaning|means|or)\s*['\"\u2018\u201c]?$",
                          re.IGNORECASE)
# A gloss in apposition right after the word: "the istisqa, a special prayer for rain,", "300
# qraqeb, the iron castanets that give Gnaoua music its clatter"
_APPOSED_GLOSS = re.compile(r",[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[a-z][a-z'-]*[ \u00a0]+){0,5}[a-z][a-z'-]*"
                            r"(?=[ \u00a0]*[,.;)]|[ \u00a0]+(?:that|which|who|used|made|played|held|for|of)\b)")


def in_parentheses(text: str, start: int, end: int, lo: int, hi: int) -> int | None:
    """Offset of the '(' or '[' that encloses text[start:end] within [lo, hi), if any."""
    for opening, closing in (("(", ")"), ("[", "]")):
        open_ = text.rfind(opening, lo, start)
        if open_ < 0 or text.find(closing, open_, start) >= 0:
            continue
        if text.find(closing, end, hi) >= 0:
            return open_
    return None


# A lower-case word before it that is no determiner, and no capitalised word after it: the
# capital is no name's ("were won by Tazkiya", "a Mukhtar-style") but MT's or the writer's whim.
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+)[ \u00a0]+$")
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                          "our", "whose", "of", "de", "du", "des", "la", "le", "el", "al"])
_CAPITAL_AFTER = re.compile(r"[ \u00a0-]+(?:al-|el-)?[A-Z]")


def common_noun_slot(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Does text[s:e] stand as a common noun: after a lower-case word that is no determiner, with
    no capitalised word after it, outside quotation marks?"""
    before = _LOWER_WORD_BEFORE.search(text, max(lo, s - 30), s)
    return before is not None and before.group(1) not in _DETERMINERS and not _CAPITAL_AFTER.match(text, e, hi) \
        and not inside_quotes(text, s, lo)


_OPENING_QUOTES = frozenset("\"'\u201c\u2018")
_CLOSING_QUOTES = frozenset("\"'\u201d\u2019")


def glossed(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Is text[s:e] (in the sentence text[lo:hi]) a gloss, glossed, or a word mentioned as a word?"""
    if in_parentheses(text, s, e, lo, hi) is not None:
        return True  # a gloss: "the public prosecution (al-niyaba al-amma)"
    if s > lo and text[s - 1] in _OPENING_QUOTES and e < hi and text[e] in _CLOSING_QUOTES:
        e += 1  # the word quoted, then glossed: 'the Islamic State's "wali", or governor, for the area'
    if re.match(r"\s*[(\[]", text[e:hi]):
        return True  # glossed in English right after: "niyaba (public prosecution)", "[municipality]"
    if re.match(r"[ \u00a0]+(?:prayers?|dish|dishes|dance|festival|ceremony|season|tax|fund)[ \u00a0]*[(\[][ \u00a0]*[A-Za-z]",
                text[e:hi]):
        return True  # the word and the English noun it names, glossed: "the istisqa prayer (prayer for rain)"
    if re.match(r",[ \u00a0]+(?:or|i\.e\.|meaning|that is)[ \u00a0,]+[A-Za-z]", text[e:hi]):
        return True  # glossed with "or": "the wali, or governor, of Oran province"
    if _AS_KNOWN_AFTER.match(text, e, hi):
        return True  # "The ishtirak, as the private generator subscription is known in Lebanon"
    if _APPOSED_GLOSS.match(text, e, hi):
        return True  # "the istisqa, a special prayer for rain, on Friday"
    if inside_quotes(text, s, lo) and _QUOTED_GLOSS_AFTER.match(text, e, hi):
        return True  # a quoted slogan and its translation: '"Al-mal al-aam amana" - "Public money ..."'
    return bool(_MENTION_CUE.search(text[max(lo, s - 40):s]))

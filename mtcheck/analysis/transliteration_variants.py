"""Spellings of a listed transliteration that data/transliterations.toml does not list: the same
Arabic word romanised another way ("baladiyeh", "mohafazat", "muzakkira", "istismar" for the
listed "baladiya", "muhafaza", "mudhakkira", "istithmar"), found by a spelling key instead of by
listing every variant by hand.

Arabic romanisation varies in a few regular ways, and the key (``canon``) undoes them: the
article on the word (al-/el-/ash-...), an ayn or hamza written as an apostrophe or not at all,
a doubled letter for a shadda or a long vowel, the vowels (e/i, o/u, ou and oo for u, ee for
i: French, English and Levantine habits), the feminine ending (-a, -ah, -eh, -e), the Egyptian
g for j, k for q, z for dh and s for th (Egyptian and Levantine pronunciation), and -iyya/-ia for
-iya. A word whose key is the key of one listed form (of one entry only), or whose key after
its Arabic plural ending (-at, -in/-een/-oun) is, is that entry's word. Only lower-case words
count (capitalised, a variant is as likely a name), and no English word or adopted loanword.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .._diskcache import code_tag
from . import lexicon, needles
from . import transliteration_table as table

_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|ath|adh|ul)-")
_APOSTROPHES = str.maketrans("", "", "'\u2019`\u02bf\u02be\u2018")
_ENDING = re.compile(r"(?:ah|eh|(?<![ei])e)$")
_PAIRS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ai"), ("ey", "ay"), ("gh", "\x01"), ("kh", "\x02"),
          ("sh", "\x03"), ("dh", "z"), ("th", "s"), ("j", "g"), ("q", "k"), ("e", "i"), ("o", "u"),
          ("\x01", "gh"), ("\x02", "kh"), ("\x03", "sh"))
_DOUBLE = re.compile(r"(.)\1+")
_AY = re.compile(r"ay(?=[^aeiou]|$)")
_IY = re.compile(r"iy(?=[aiu])")
# the plural endings tried when the word itself has no listed key: Arabic -at (feminine) and
# -in/-een/-oun (masculine). An English -s ("wilayas", "douars") is English news taking the word
# in, as it writes "mukhtars": not tried.
_PLURALS = (("aat", "a"), ("at", "a"), ("een", ""), ("oun", ""), ("in", ""))


@lru_cache(maxsize=20_000)
def canon(word: str) -> str:
    """The spelling key of a word or a phrase of several words: 'al-Baladiyyeh' -> 'baladia'."""
    return " ".join(_canon_word(w) for w in word.split())


def _canon_word(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(c for c in w if not unicodedata.combining(c)).translate(_APOSTROPHES)
    w = _ENDING.sub("a", _ARTICLE.sub("", w))
    for a, b in _PAIRS:
        w = w.replace(a, b)
    w = _DOUBLE.sub(r"\1", _AY.sub("ai", w))
    return _IY.sub("i", w)


@lru_cache(maxsize=1)
def keys() -> dict[str, int]:
    """Spelling key -> entry, for the keys of four letters or more that one entry alone has. The
    keys of mangled forms (data/mangled_terms.toml: 'kolira' beside 'cholera') are left to the
    mistranslation rule, which reads them as a term garbled beside its English."""
    # keying the few thousand forms is a tenth of a cold check's start: kept in the data cache
    return lexicon.derived("transliterations.toml", code_tag("keys", __file__), lambda _: _keys(),
                           lambda v: isinstance(v, dict), also=("mangled_terms.toml",))


def _keys() -> dict[str, int]:
    out: dict[str, int] = {}
    for form, entry in table.FORM_ENTRY.items():
        key = canon(form)
        if len(key.replace(" ", "")) >= 4:
            out[key] = entry if out.get(key, entry) == entry else -1
    mangled = {canon(m) for t in lexicon.load("mangled_terms.toml").get("term", []) for m in t.get("mangled", [])}
    return {k: v for k, v in out.items() if v >= 0 and k not in mangled}


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of the listed phrases' keys."""
    return frozenset(k.split()[0] for k in keys() if " " in k)


# a lower-case word, with the article on it or not, and an apostrophe inside for an ayn or hamza
_WORD = re.compile(r"(?<![\w'\u2019-])(?:(?:al|el|an|ar|as|ash|at|ad|az|ath|adh)-)?"
                   r"[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'\u2019]*[a-z\u00e0-\u00ff](?![\w-])")


def _entry_of(word: str) -> int | None:
    known = keys()
    key = canon(word)
    if key in known:
        return known[key]
    for end, stem in _PLURALS:
        if word.endswith(end) and len(word) - len(end) >= 4 and (k := canon(word[:-len(end)] + stem)) in known:
            return known[k]
    return None


def _unlisted(word: str) -> bool:
    """Not a listed form (those the table's own pattern finds), no English word, no loanword."""
    from .foreign_words import is_foreign
    bare = _ARTICLE.sub("", word.lower().replace("\u2019", "'"))
    return bare not in table.FORM_ENTRY and is_foreign(bare.replace("'", ""))


# word -> the entry it spells unlisted, or None: an article repeats its words, and most are English
_ENTRY_MEMO: dict[str, int | None] = {}


def _word_entry(word: str) -> int | None:
    if word not in _ENTRY_MEMO:
        if len(_ENTRY_MEMO) > 200_000:
            _ENTRY_MEMO.clear()
        entry = _entry_of(word) if len(word) >= 4 else None
        _ENTRY_MEMO[word] = entry if entry is not None and _unlisted(word) else None
    return _ENTRY_MEMO[word]


# Words judged once each: whether the reading below can start anything at them (a listed
# phrase's first word, or a word _word_entry finds). Most sentences hold none, and are then
# ruled out by set operations in C instead of a Python step per word (same answers).
_JUDGED: set[str] = set()
_MAY_START: set[str] = set()


def _may_start_any(words: set[str]) -> bool:
    new = words - _JUDGED
    if new:
        if len(_JUDGED) > 200_000:
            _JUDGED.clear(), _MAY_START.clear()
            new = words
        firsts = _first_words()
        _MAY_START.update(w for w in new if canon(w) in firsts or _word_entry(w) is not None)
        _JUDGED.update(new)
    return not _MAY_START.isdisjoint(words)


def variants(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, entry) of each unlisted spelling of a listed form in text[lo:hi]: one word,
    or up to three words in a row for a listed phrase ('sarf al-sehhi')."""
    if not _may_start_any(set(_WORD.findall(text, lo, hi))):
        return []
    words = list(_WORD.finditer(text, lo, hi))
    firsts = _first_words()
    out, k = [], 0
    while k < len(words):
        found = None
        for n in (3, 2) if canon(words[k].group()) in firsts else ():  # a listed phrase: words one space apart
            run = words[k:k + n]
            if len(run) == n \
                    and all(text[a.end():b.start()] in (" ", "\u00a0") for a, b in zip(run, run[1:])):
                phrase = text[run[0].start():run[-1].end()]
                entry = keys().get(canon(phrase))
                if entry is not None and phrase.lower() not in table.FORM_ENTRY:
                    found = (run[0].start(), run[-1].end(), entry, n)
                    break
        if found is None and (entry := _word_entry(words[k].group())) is not None:
            found = (words[k].start(), words[k].end(), entry, 1)
        if found is not None:
            out.append(found[:3])
            k += found[3]
        else:
            k += 1
    return out


def listed_words(text: str, body: list, where: needles.SentenceFilter):
    """(sentence, start, end, form, entry) of each listed form (the table's pattern, in the
    sentences holding one) and each unlisted spelling of one (analysis/transliteration_variants.py:
    'baladiyeh' for 'baladiya'), in text order within each sentence."""
    listed = set(where.indices([table.FORM_NEEDLES], True))
    for k, seg in enumerate(body):
        found = []
        if k in listed:
            for m in table.FORMS.finditer(text, seg.start, seg.end):
                form = m.group("form")
                found.append((m.start(), m.end(), form, table.FORM_ENTRY[form.lower().replace("\u2019", "'")]))
        spans = [(s, e) for s, e, _, _ in found]
        for s, e, entry in variants(text, seg.start, seg.end):
            if not any(a < e and s < b for a, b in spans):
                found.append((s, e, table.ARTICLE_LEAD.sub("", text[s:e]), entry))
        for s, e, form, entry in sorted(found):
            yield seg, s, e, form, entry

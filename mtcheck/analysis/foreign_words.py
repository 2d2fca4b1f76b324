"""Lower-case words that are no English word and have the shape of an Arabic transliteration:
what machine translation leaves in when its dictionary has no entry ("organised a nafeer",
"the networks of \"tahrib\"", "the qadha of Al-Hindiya").

A listed form (data/transliterations.toml) says what the English is; this test finds the words
nobody listed. A word is a candidate when it is written in lower case (so no name), is not an
English word (pyspellchecker's English word list, read with British spellings and common
endings), is not an adopted loanword (``[loanwords]`` in transliterations.toml), and either has
a shape English words do not have but Arabic transliterations do (q without u, kh, dh, a long
vowel written twice, the -iya/-iyat/-iyin endings, the verbal-noun and place-noun patterns taCCiC,
maCCaC, muCaCCaCa, the plural maCCuCat, the noun CaCaCa, the nisba CaC(C)aCi, the
plural CaCCaCat, the participle maCCuC, the plural CuCCaC, the nouns CuC(u)Ca, CaCiC and CayC in
Arabic consonants, the sound plurals -in/-een/-oun and -at of the participles maCCuC, muCaCCiC,
mustaCCaC: mandoubin, muhandisin, mustanfarin, muhafazat, the verbal nouns iCCaC, iCtiCaC,
istiCCaC, the place noun maCCiC, the plurals CuCaCa and CaCaCiCa, and words with the article written on:
almajlis), or stands alone in quotation marks. The word list is read only when some word of the
article passes the cheap shape tests, and kept as a marshal copy in the data cache.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

_WORD = re.compile(r"(?<![\w'\u2019./@-])[a-z][a-z]{3,}(?![\w'\u2019@-])(?!\.\w)")
_C = "[bcdfghjklmnpqrstvwxyz]"
# consonants Arabic transliteration uses (no c, p, v, x): the looser shapes below ask for them
_A = "[bdfghjklmnqrstwyz]"
# an Arabic consonant written with one Latin letter or with two (sh, kh, gh, th, dh)
_A1 = "(?:sh|kh|gh|th|dh|[bdfghjklmnqrstwyz])"
# the stem of a participle after ma-/mu- (mandub, muhandis, mustanfar): two to five Arabic consonants,
# each with at most two vowel letters after it, and no other letter
_PARTICIPLE = "(?:" + _A1 + "[aiou]{0,2}){2,5}"
_ARABIC_SHAPE = re.compile(
    r"q(?!u)|kh|dh|^gh|aa|ii|uu|" + _C + r"ee" + _C + r"|iyy?a[ht]?s?$|iyy?at$"
    r"|^ta" + _C + _C + r"i" + _C + r"$"                         # taCCiC: tahrib, tatwiq, tanzim
    r"|^ma" + _C + _C + r"a" + _C + r"$"                         # maCCaC: markaz, maktab
    r"|^mu" + _C + r"a" + _C + r"a" + _C + r"a$"                 # muCaCaCa: muhafaza, mu'amala
    r"|^m[au]" + _A + _A + r"[uo]" + _A + r"a{1,2}t$"            # maCCuCat: makrumat, mashrubat
    r"|^" + _A + r"a" + _A + r"a" + _A + r"ah?$"                 # CaCaCa: wasata, rahama
    r"|^" + _A + r"a" + _A + r"{1,2}a" + _A + r"i$"              # CaC(C)aCi nisba: kamsari, baladi
    r"|iyy?(?:in|een|oun|un)$"                                   # -iyin plurals: salafiyeen
    r"|^" + _A + r"a(" + _A + r")\1a" + _A + r"at$"              # CaCCaCat plural: hassadat, jarrafat
    r"|^ma" + _A + _A + r"(?:u|ou|oo)" + _A + r"$"               # maCCuC: mahsoul, maktub, masjoun
    r"|^" + _A1 + r"u(?P<gem>" + _A + r")(?P=gem)a" + _A + r"$"  # CuCCaC plural: tujjar, zuwwar, hujjaj
    r"|^" + _A1 + r"u" + _A1 + r"u?" + _A + r"a$"                # CuC(u)Ca: hukuma, shurta, kutla
    r"|^" + _A1 + r"a" + _A1 + r"i" + _A + r"$"                  # CaCiC: wazir, shahid, jadid
    r"|^" + _A1 + r"a[iy]" + _A1 + r"$"                          # CayC: jaish, bayt, sayf
    r"|^m[au]" + _PARTICIPLE + r"(?:in|een|oun)$"                # participle plurals: mandoubin, muhandisin
    r"|^mu" + _PARTICIPLE + r"at$"                               # ... and -at: muhafazat, mukhalafat
    r"|^al" + _A + r"[bdfghjklmnqrstwyzaeiou]{3,}$"               # the article written on: almajlis, albaladi
    r"|^isti" + _A1 + _A1 + r"aa?" + _A1 + r"$"                  # istiCCaC: istijwab, istithmar
    r"|^i" + _A1 + r"(?:t|ti)?" + _A1 + r"aa?" + _A1 + r"$"      # iCCaC, iCtiCaC: ihmal, islah, intikhab
    r"|^ta" + _A1 + _A1 + r"ee?" + _A1 + r"$|^ta" + _A1 + _A1 + r"ii?" + _A1 + r"$"  # taCCiC: tarshih
    r"|^ma" + _A1 + _A1 + r"i" + _A1 + r"$"                      # maCCiC: majlis, mawkib
    r"|^" + _A1 + r"u" + _A1 + r"a" + _A1 + r"a$"                # CuCaCa plural: shuhada, wuzara
    # taCaC(C)uC verbal nouns and their -at plurals: tajawuzat, tanazul, tadakhkhul
    r"|^ta" + _A1 + r"a" + _A1 + r"(?:" + _A1 + r")?u" + _A1 + r"(?:at)?$"
    # the -at plurals of istiCCaC and iCtiCaC: istijwabat, intikhabat, ihtijajat
    r"|^isti" + _A1 + _A1 + r"aa?" + _A1 + r"at$|^i" + _A1 + r"(?:t|ti)?" + _A1 + r"aa?" + _A1 + r"at$"
    r"|^ta" + _A1 + _A1 + r"i" + _A1 + r"a$"                     # taCCiCa: tahwila, tadfi'a
    r"|^" + _A1 + r"u" + _A1 + r"u" + _A1 + r"$"                 # CuCuC plural: jurud, buyut, durus
    r"|^" + _A1 + r"a" + _A1 + r"a" + _A1 + r"i" + _A1 + r"a$")  # CaCaCiCa plural: samasira, jababira
_QUOTED = ('"', "\u201c", "\u2018", "'")
# _WORD, only where the word may have an Arabic shape or stand after a quotation mark: a superset
# of the candidates that the regex engine finds without a Python step per English word.
_MAYBE_SHAPED = re.compile(
    r"(?<![\w'\u2019./@-])(?:(?<=[\"\u201c\u2018'])"
    r"|(?=[a-z]*(?:q(?!u)|kh|dh|aa|ii|uu|" + _C + "ee" + _C + r"))|(?=gh)"
    r"|(?=[a-z]*iyy?a[ht]?s?(?![a-z]))|(?=[a-z]*iyy?at(?![a-z]))"
    r"|(?=ta" + _C + _C + "i" + _C + r"(?![a-z]))|(?=ma" + _C + _C + "a" + _C + r"(?![a-z]))"
    r"|(?=mu" + _C + "a" + _C + "a" + _C + r"a(?![a-z]))"
    r"|(?=m[au]" + _A + _A + "[uo]" + _A + r"a{1,2}t(?![a-z]))|(?=" + _A + "a" + _A + "a" + _A + r"ah?(?![a-z]))"
    r"|(?=" + _A + "a" + _A + "{1,2}a" + _A + r"i(?![a-z]))|(?=[a-z]*iyy?(?:in|een|oun|un)(?![a-z]))"
    r"|(?=" + _A + "a(?P<double>" + _A + r")(?P=double)a" + _A + r"at(?![a-z]))"
    r"|(?=ma" + _A + _A + "(?:u|ou|oo)" + _A + r"(?![a-z]))"
    r"|(?=" + _A1 + "u(?P<gem>" + _A + r")(?P=gem)a" + _A + r"(?![a-z]))"
    r"|(?=" + _A1 + "u" + _A1 + "u?" + _A + r"a(?![a-z]))"
    r"|(?=" + _A1 + "a" + _A1 + "i" + _A + r"(?![a-z]))|(?=" + _A1 + "a[iy]" + _A1 + r"(?![a-z]))"
    r"|(?=m[au]" + _PARTICIPLE + r"(?:in|een|oun)(?![a-z]))|(?=mu" + _PARTICIPLE + r"at(?![a-z]))"
    r"|(?=al" + _A + r"[bdfghjklmnqrstwyzaeiou]{3,}(?![a-z]))|(?=isti" + _A1 + _A1 + r"aa?" + _A1 + r"(?![a-z]))"
    r"|(?=i" + _A1 + r"(?:t|ti)?" + _A1 + r"aa?" + _A1 + r"(?![a-z]))"
    r"|(?=ta" + _A1 + _A1 + r"(?:ee?|ii?)" + _A1 + r"(?![a-z]))|(?=ma" + _A1 + _A1 + r"i" + _A1 + r"(?![a-z]))"
    r"|(?=" + _A1 + r"u" + _A1 + r"a" + _A1 + r"a(?![a-z]))"
    r"|(?=ta" + _A1 + r"a" + _A1 + r"(?:" + _A1 + r")?u" + _A1 + r"(?:at)?(?![a-z]))"
    r"|(?=isti" + _A1 + _A1 + r"aa?" + _A1 + r"at(?![a-z]))|(?=i" + _A1 + r"(?:t|ti)?" + _A1 + r"aa?" + _A1 + r"at(?![a-z]))"
    r"|(?=ta" + _A1 + _A1 + r"i" + _A1 + r"a(?![a-z]))|(?=" + _A1 + r"u" + _A1 + r"u" + _A1 + r"(?![a-z]))"
    r"|(?=" + _A1 + r"a" + _A1 + r"a" + _A1 + r"i" + _A1 + r"a(?![a-z])))"
    r"[a-z][a-z]{3,}(?![\w'\u2019@-])(?!\.\w)")
_BRITISH = (("our", "or"), ("tre", "ter"), ("ise", "ize"), ("isation", "ization"), ("yse", "yze"),
            ("ence", "ense"), ("ogue", "og"), ("ll", "l"), ("mme", "m"), ("ae", "e"), ("oe", "e"))
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness", "ment", "ments", "ee", "ees", "al", "ist",
            "ists", "ism", "ian", "ians", "ity")


@lru_cache(maxsize=1)
def loanwords() -> frozenset[str]:
    """Arabic words English news has adopted (souq, sheikh, eid): transliterations.toml [loanwords]."""
    return frozenset(w.lower() for w in lexicon.load("transliterations.toml").get("loanwords", {}).get("words", []))


@lru_cache(maxsize=1)
def english_words():
    """pyspellchecker's English word list (US spellings), kept in the cache folder as a word list
    that loads without building a 128,000-word set on every check (``wordlist``)."""
    from .wordlist import cached

    return cached("english-words-v1", _read_spellchecker_words)


def _read_spellchecker_words() -> list[str]:
    import gzip
    import json
    from importlib.resources import files

    raw = files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    return sorted(w for w in json.loads(gzip.decompress(raw)) if w.isalpha())


def is_english(word: str) -> bool:
    """The word, a British spelling of it, an inflected or derived form of it, or a compound of
    two English words ("midafternoon") is in the English word list."""
    words = english_words()
    forms = {word}
    for a, b in _BRITISH:
        forms |= {f.replace(a, b) for f in forms if a in f}
    for f in list(forms):
        for end in _ENDINGS:
            if f.endswith(end) and len(f) - len(end) >= 3:
                forms |= {f[:-len(end)], f[:-len(end)] + "e", f[:-len(end)] + "y"}
    if forms & words:
        return True
    return any(word[:k] in words and word[k:] in words for k in _compound_splits(word))


# Arabic letters written with two Latin ones: a compound of English words is not split between
# them ("tars" + "heed" is no reading of "tarsheed").
_DIGRAPHS = frozenset(["sh", "kh", "dh", "gh", "th"])
# a doubled consonant is one Arabic letter with shadda: "has" + "sadat" is no reading of "hassadat"
_GEMINATE = re.compile(r"([b-df-hj-np-tv-z])\1")


def _compound_splits(word: str) -> range | list[int]:
    """Where a word may be two English words: parts of four letters or more, or a three-letter
    first part before a longer one ('mid' + 'afternoon'); two three-letter words ('wat' + 'ani',
    'has' + 'ana') make up too many transliterations to count, and no split parts a doubled
    consonant ('has' + 'sadat')."""
    return [k for k in range(3, len(word) - 2)
            if word[k - 1:k + 1] not in _DIGRAPHS and not _GEMINATE.fullmatch(word, k - 1, k + 1) and (k >= 4 and len(word) - k >= 4 or k == 3 and len(word) - k >= 5)]


# Letters and clusters that Arabic transliterations do not use: a quoted "diff" or "html" is no
# Arabic word left in.
_UNARABIC = re.compile(r"[pvxc]|[^aeiouy]{3}")


def _quoted(text: str, s: int, e: int) -> bool:
    return s > 0 and e < len(text) and text[s - 1] in _QUOTED and text[e] in _QUOTED + ("\u201d", "\u2019") \
        and not _UNARABIC.search(text[s:e].replace("sh", "s").replace("kh", "k").replace("th", "t"))


# word -> has an Arabic shape; word -> is a foreign word (no loanword, no English word). An
# article repeats its words: each is judged once, not at each occurrence.
_SHAPED: dict[str, bool] = {}
_FOREIGN: dict[str, bool] = {}
_MEMO_CAP = 200_000


def _shaped(word: str) -> bool:
    got = _SHAPED.get(word)
    if got is None:
        if len(_SHAPED) > _MEMO_CAP:
            _SHAPED.clear()
        got = _SHAPED[word] = _ARABIC_SHAPE.search(word) is not None
    return got


def _foreign(word: str) -> bool:
    got = _FOREIGN.get(word)
    if got is None:
        if len(_FOREIGN) > _MEMO_CAP:
            _FOREIGN.clear()
        got = _FOREIGN[word] = word not in loanwords() and not is_english(word)
    return got


def is_foreign(word: str) -> bool:
    """Is the lower-case word neither an English word nor a loanword English news uses?"""
    return _foreign(word)


# a lower-case word with an apostrophe inside for an ayn or hamza ("mu'tamadin", "mas'ulin"):
# English has one there only before s, t, d, m, ll, re, ve (contractions, possessives); after it
# also a plural ending alone ("muwaddi'in": depositors, "mu'allimat")
_APOSTROPHE_WORD = re.compile(r"(?<![\w'\u2019./@-])[a-z]{2,8}['\u2019](?:[a-z]{3,}|in|un|at)(?:['\u2019][a-z]+)?"
                              r"(?![\w'\u2019@-])")


# word -> _MAYBE_SHAPED matches it and it has an Arabic shape (_shaped)
_MAYBE_AND_SHAPED: dict[str, bool] = {}


def _maybe_and_shaped(word: str) -> bool:
    got = _MAYBE_AND_SHAPED.get(word)
    if got is None:
        if len(_MAYBE_AND_SHAPED) > _MEMO_CAP:
            _MAYBE_AND_SHAPED.clear()
        got = _MAYBE_AND_SHAPED[word] = _MAYBE_SHAPED.match(word) is not None and _shaped(word)
    return got


# "the khalas and khunaizi varieties", "a barhi cultivar": a word that names a kind of a crop or of
# livestock is that kind's own name (English writes "the medjool variety"), not a word left untranslated
_KIND_AFTER = re.compile(r"(?:(?:,[ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+)[a-z'\u2019-]+){0,3}[ \u00a0]+"
                         r"(?:varieties|variety|cultivars?|breeds?|strains?)\b")


def candidates(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans in text[lo:hi] of lower-case words that look like transliterations left in (not the
    name of a variety: _KIND_AFTER)."""
    return [(s, e) for s, e in _candidates(text, lo, hi) if not _KIND_AFTER.match(text, e, hi)]


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    # The words of _WORD, each judged once per article: _MAYBE_SHAPED run over the whole text
    # tries its long alternation at every word start, ~3x the time of the plain word regex with
    # a dict look-up per word. A word after a quotation mark is _MAYBE_SHAPED's other branch.
    out = [m.span() for m in _WORD.finditer(text, lo, hi)
           if (_maybe_and_shaped(m.group()) or text[m.start() - 1:m.start()] in _QUOTED
               and (_shaped(m.group()) or _quoted(text, *m.span())))
           and _foreign(m.group())]
    if "'" in text[lo:hi] or "\u2019" in text[lo:hi]:
        for m in _APOSTROPHE_WORD.finditer(text, lo, hi):
            bare = m.group().replace("'", "").replace("\u2019", "")
            if _shaped(bare) and _foreign(bare):
                out.append(m.span())
        out.sort()
    return out


_OPENS = re.compile(r"(?:^|[.!?][\"\u201d\u2019']?[ \u00a0]+|\n[ \u00a0]*|[-\u2013\u2014][ \u00a0]+)$")


def opens_a_sentence(text: str, start: int, word: str) -> bool:
    """An English word capitalised because it opens a sentence or follows a wire dateline's dash
    ("TUNIS (Reuters) - Tens of thousands")."""
    return word.lower() in english_words() and _OPENS.search(text, max(0, start - 4), start) is not None

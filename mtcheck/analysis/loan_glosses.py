"""Transliterated glosses that only respell an English loanword: "the electronic card
(al-bataka al-iliktroniya)". A gloss of the Arabic in brackets is house style in much copy ("the
public prosecution (al-niyaba al-amma)") and is not flagged; but when a word of the gloss is the
English word right before it, respelled through Arabic letters ("iliktroniya" for electronic,
"barlaman" for parliament, "dimuqratiya" for democracy), the gloss is a machine's mangled
rendering of the term, not a gloss: it tells the reader nothing.

A respelling is found by consonant skeletons: both words lose the Arabic article, the suffixes
that make an adjective or noun in each language (-iya, -i / -ic, -al, -y), their vowels, and the
letters Arabic lacks (p, v, hard c, q as k) become those it writes (b, f, k); the skeletons must
agree in their first four consonants or more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a bracketed run of one to five lower-case transliterated words, one with an Arabic article
_GLOSS = re.compile(r"\((?=[^()]{0,80}\b(?:al|el|ad|an|ar|as|ash|at|az)-[a-z])"
                    r"((?:[a-z][a-z'\u2019]*(?:-[a-z'\u2019]+)*)(?:[ \u00a0]+[a-z][a-z'\u2019]*(?:-[a-z'\u2019]+)*){0,4})\)")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w'\u2019-]*[ \u00a0]+){1,6})$")
_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-")
_ARABIC_SUFFIX = re.compile(r"(?:iyyah|iyya|iyah|iya|iyat|iyin|iyun|at|ah|i|a|u|un|in)$")
_ENGLISH_SUFFIX = re.compile(r"(?:ically|ical|ics|ic|al|ity|ies|ism|ist|y|s|e)$")
_LETTERS = [("ph", "f"), ("th", "t"), ("dh", "d"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "k"),
            ("ck", "k"), ("x", "ks"), ("p", "b"), ("v", "f"), ("c", "k"), ("q", "k"), ("z", "s")]
_MIN_SHARED = 4


@dataclass(frozen=True)
class LoanGloss:
    start: int
    end: int
    loan: str       # the respelled word of the gloss
    english: str    # the English word it respells
    english_span: tuple[int, int]


def _skeleton(word: str, suffix: re.Pattern) -> str:
    w = _ARTICLE.sub("", word.lower().replace("'", "").replace("\u2019", ""))
    stem = suffix.sub("", w)
    w = stem if len(stem) >= 4 else w
    for a, b in _LETTERS:
        w = w.replace(a, b)
    consonants = re.sub(r"[aeiouyw-]", "", w)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _respells(loan: str, english: str) -> bool:
    a, b = _skeleton(loan, _ARABIC_SUFFIX), _skeleton(english, _ENGLISH_SUFFIX)
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared >= _MIN_SHARED and shared >= min(len(a), len(b)) - 1


def loan_glosses(text: str, spans: list[tuple[int, int]]) -> list[LoanGloss]:
    """Every bracketed transliteration in the sentences ``spans`` that respells an English word
    of the six right before it."""
    out = []
    for lo, hi in spans:
        if "(" not in text[lo:hi]:
            continue
        for m in _GLOSS.finditer(text, lo, hi):
            before = _WORDS_BEFORE.search(text, max(lo, m.start() - 80), m.start())
            if before is None:
                continue
            english = [(w.group(), before.start() + w.start()) for w in re.finditer(r"[A-Za-z]{4,}", before.group())]
            hit = next(((loan, e, at) for loan in m.group(1).split() for e, at in english
                        if len(_ARTICLE.sub("", loan)) >= 5 and _respells(loan, e)), None)
            if hit:
                loan, e, at = hit
                out.append(LoanGloss(m.start(), m.end(), loan, e, (at, at + len(e))))
    return out

"""doubled-word: the same word written twice in a row ("the the"), a common MT and editing slip."""
from __future__ import annotations

import re
from operator import eq

from .base import Check, Document

# Not the tail of a hyphened word ("a sit-in in front of") nor the head of one ("in in-depth").
# Possessive runs (++): a word cut short is followed by a letter, never by the space the pattern
# needs next, so giving characters back can only fail; not trying saves a third of the time.
_DOUBLE = re.compile(r"(?<![\w'\u2019-])([A-Za-z\u00c0-\u024f']++)(\s++)(\1)(?![\w'\u2019-])", re.IGNORECASE)
# Two to four words written twice in a row ("in the in the city"): a pipeline or MT slip
# that English never allows (unlike "had had"); no line break inside.
_DOUBLE_PHRASE = re.compile(r"(?<![\w'\u2019-])((?:[A-Za-z\u00c0-\u024f']++[ \u00a0]++){1,3}[A-Za-z\u00c0-\u024f']++)"
                            r"[ \u00a0]++(\1)(?![\w'\u2019-])", re.IGNORECASE)
# The words _DOUBLE_PHRASE reads (its letters, in any case) and the case folding under which its
# back-reference matches: a doubled phrase of two to four words repeats its first two words two to
# four words on, which a line's word list shows in C (map/zip) before the pattern reads the line.
_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f']+", re.IGNORECASE)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _phrase_matches(text: str):
    """``_DOUBLE_PHRASE.finditer(text)``, read only in the lines where a pair of words recurs two
    to four words on (no match crosses a line: the phrase's words are spaced by [ \\u00a0] only).
    The pattern run from every word start was two thirds of this check's time."""
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        words = _LETTERS.findall(text[pos:end].translate(_FOLD).lower())
        if len(words) >= 4:
            pairs = list(zip(words, words[1:]))
            if any(any(map(eq, pairs, pairs[d:])) for d in (2, 3, 4)):
                yield from _DOUBLE_PHRASE.finditer(text, pos, min(n, end + 1))
        pos = end + 1


# Words that are never a name, so "The The" at a sentence's start is still a slip.
_FUNCTION_WORDS = {"the", "a", "an", "to", "of", "in", "on", "at", "for", "and", "or", "by", "with", "from", "is", "was"}
# "case by case", "door to door", "day after day": an idiom whose words then run on ("case by case by")
_IDIOM_LINKS = {"by", "to", "after", "upon", "for", "in"}
# A phrasal verb's particle before the same word as a preposition ("sworn in in 2022", "carried on on Monday").
_PARTICLES = {"in", "on", "up", "out", "off", "over", "down"}
_PHRASAL_BEFORE = re.compile(r"\b(?:sworn|swore|swear|checked|logged|moved|stepped|caved|handed|turned|phased|filled|"
                             r"plugged|settled|signed|carried|passed|called|broke|wound|rounded|picked|kicked|shut)[ \u00a0]+$")
# Doublings that English grammar allows.
_ALLOWED = {"had", "that", "is", "do", "bye", "so", "very", "no", "far", "many", "more", "again"}


def _wrapped(gap: str, again: str) -> bool:
    """A single line break before a lower-case word: a hard-wrapped line running on (the segmenter
    reads it so), not a new paragraph."""
    return gap.count("\n") == 1 and again[0].islower()


# a capitalised word after the repeated one, the rest of a name ("In Guezzam", "In Salah")
_NAME_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")


class DoubledWord(Check):
    rule = "doubled-word"
    code = "MT002"
    doc = "Flags a word or a short phrase repeated twice in a row, such as 'the the' or 'in the in the'."
    explanation = """\
    Flags a word written twice in a row ("the the"), also across the line break of hard-wrapped
    text, except doublings English grammar allows ("had had", "that that") and a hyphened word's
    part ("a sit-in in front of").

    A doubled word is a common slip of machine translation and of hurried editing; readers notice it
    at once.
    """
    example = 'Iraq tightens border security\n\nThe the border with Syria is long.\n'
    default_severity = 'warning'

    def run(self, ctx: Document):
        for m in _DOUBLE.finditer(ctx.text):
            word = m.group(1)
            if word.lower() in _ALLOWED or "\n" in m.group(2) and not _wrapped(m.group(2), m.group(3)):
                continue
            if word.lower() in _PARTICLES and _PHRASAL_BEFORE.search(ctx.text, max(0, m.start(1) - 12), m.start(1)):
                continue  # "were sworn in in 2022", "handed over over the weekend": a verb's particle, then the word
            if word[0].isupper() and m.group(3)[0].isupper() and word.lower() not in _FUNCTION_WORDS:
                continue  # a name: "Duran Duran", "Bora Bora", "Sirhan Sirhan"
            if word[0].isupper() and m.group(3)[0].islower() and not ctx.opens_sentence(m.start(1)):
                continue  # a name's last word, then the word: "workers in Port Said said"
            if word[0].islower() and m.group(3)[0].isupper() and _NAME_WORD_AFTER.match(ctx.text, m.end(3)):
                continue  # the word, then a name that opens with it: "the border post of in In Guezzam"
            yield self.finding(ctx, "warning", m.start(1), m.end(3),
                               f"The word '{word}' is written twice in a row.",
                               related=[(m.start(1), m.end(1))], suggestion=word)
        for m in _phrase_matches(ctx.text):
            phrase = m.group(1)
            if phrase.istitle() or phrase.isupper():
                continue  # a name or a chant written as such ("Walla Walla" style)
            if phrase.split()[0].lower() in ("and", "or") or phrase.split()[-1].lower() in ("and", "or"):
                continue  # "more and more", "caution and caution": the repeated-text rule's "X and X"
            words = phrase.split()
            if len(words) == 2 and words[1].lower() in _IDIOM_LINKS:
                continue  # "case by case by provincial committees", "door to door to": an "X by X" idiom
            yield self.finding(ctx, "warning", m.start(1), m.end(2),
                               f"The words '{phrase}' are written twice in a row.",
                               related=[(m.start(1), m.end(1))], suggestion=phrase)

"""Exact keys of an organisation's name: two names that ``org_compare.compare`` can find to be
one body written two ways share at least one key, so ``names.conflicts`` compares only the
earlier names that share one (a bucket of a long article holds a hundred names, nearly all of
other bodies). Each key mirrors one way compare can answer other than None:

- an acronym word of one name that the initials of a run of the other's words spell ("UN" /
  "United Nations": compare then reads the spelt-out pair, ``org_fields.spell_out``);
- the whole name folded ("Directorate General" / "Directorate-General");
- the kind word (head): every relation ``org_words.word_difference(heads=True)`` accepts (the
  same word folded, its article, its sound, a vowel more, its stem, a listed form, head or
  synonym group, z for s, a place's adjective, a hyphenated compound's parts, its Arabic
  original), since compare pairs the heads first and stops when they are other words;
- when the heads are other words, the only ways on: the same force named with two unit kinds
  (``force_unit_heads``) or the same other words under another kind (``appended_kind``,
  ``service_kind_swapped``);
- the name without a kind word appended after a head of its own ("Red Crescent Organization"):
  compare reads that shorter name, so its keys count too.
tests/test_org_keys.py checks the promise over the data tables and on every pair a long
article compares.
"""
from __future__ import annotations

from functools import lru_cache

from .names import Name
from .org_fields import anti_spelt_out
from .org_words import _group_index, arabic_words, head_index, is_org_head, lexicon_, stem
from .spelling import fold, has_article, sound, strip_article

_ADJECTIVE_ENDINGS = ("i", "n", "an", "ian", "ese", "ern")  # as org_words._adjective_of reads them


def exact_keys(name: Name) -> frozenset:
    """Keys such that compare answers None for two names that share none."""
    return _keys(tuple(name.texts))


@lru_cache(maxsize=65536)
def _keys(texts: tuple[str, ...]) -> frozenset:
    keys = _own_keys(texts)
    if len(texts) >= 2 and is_org_head(texts[-1]) and is_org_head(texts[-2]):
        # "Red Crescent Organization": compared as "Red Crescent" with a name a word shorter
        keys = keys | _keys(texts[:-1])
    return keys


def _own_keys(texts: tuple[str, ...]) -> frozenset:
    keys: set = set()
    for n in range(2, 7):  # an acronym's letters spelt by a run of capitalised words (spell_out)
        for j in range(len(texts) - n + 1):
            run = texts[j:j + n]
            if all(t[:1].isupper() for t in run):
                keys.add(("acr", "".join(t[:1] for t in run)))
    keys.update(("acr", w) for w in texts if 2 <= len(w) <= 6 and w.isupper() and w.isalpha())
    joined = " ".join(texts)
    keys.update((("whole", fold(joined)), ("whole", fold(strip_article(joined)))))
    h = head_index(texts)
    keys.update(head_keys(texts[h]))
    mods = anti_spelt_out(list(texts[:h] + texts[h + 1:]))
    keys.add(("mods", tuple(sorted(fold(w) for w in mods))))
    lex = lexicon_()
    if texts[h] in lex.force_unit_heads:
        forces = frozenset(fold(w) for w in texts if w in lex.force_fields)
        if forces:
            keys.add(("force", forces))
    return frozenset(keys)


@lru_cache(maxsize=65536)
def head_keys(word: str) -> frozenset:
    """Keys two kind words share whenever word_difference(a, b, heads=True) is not False."""
    lex = lexicon_()
    folded, bare = fold(word), fold(strip_article(word))
    keys: set = {("fold", folded), ("fold", bare), ("stem", stem(word)), ("zs", word.replace("z", "s"))}
    sa = sound(word)
    keys.add(("sound", sa))
    # relation(strict=True): one vowel more in the longer sound key ("Fahd" / "Fahad")
    keys.update(("sound", sa[:i] + sa[i + 1:]) for i in range(len(sa)) if sa[i] in "aiu" and len(sa) >= 5)
    if has_article(word):  # _own_name_respelt: a looser letters test, both with the article
        keys.add(("article-sound", sa[:1]))
    for tag, groups in (("form", lex.form_groups), ("head", lex.head_groups), ("synonym", lex.synonym_groups)):
        words, stems = _group_index(groups)
        keys.update((tag, i) for i in words.get(word, ()))
        keys.update((tag, i) for i in stems.get(stem(word), ()))
    if word[:1].isupper():  # a place and its adjective: "Darfur" / "Darfuri"
        keys.add(("adjective", folded))
        keys.update(("adjective", folded[:-len(e)]) for e in _ADJECTIVE_ENDINGS if folded.endswith(e))
    if "-" in word:
        keys.add(("parts", tuple(sorted(word.split("-")))))
    keys.add(("arabic", bare))
    keys.update(("arabic", e) for e in arabic_words().get(bare, ()))
    return frozenset(keys)

"""How two place names relate. Two place names are one place written two ways when the
gazetteer ties both spellings to a common place, or (for places it does not know) when their
words are the same names by the spelling rules, or share their consonants and are called by the
same head word ("district"). The gazetteer also keeps places apart: two spellings it knows only
as different places are different places, however alike. The names are found by ``places``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from . import lexicon
from .gazetteer import gazetteer
from .names import Difference, Name
from .spelling import (
    Relation,
    ascii_lower,
    consonants,
    fold,
    has_article,
    loose,
    relation,
    sound,
    strict_consonants,
    strip_article,
)


@lru_cache(maxsize=65536)
def vowel_blind(name: str) -> str:
    """The sound key with every run of vowels as one slot: "Tikrit" / "Takrit",
    "Sirwah" / "Serwah", "Minya" / "Menia". Arabic short vowels are not written, so their
    English spellings drift; the consonants and the number of syllables stay."""
    return re.sub(r"[aeiouY]+", "V", sound(name))


def skeleton(name: str) -> str:
    """The consonants of a name, an opening vowel as one slot ("Ain al-Tamr" / "Ein al-Tamur")."""
    k = consonants(name)
    return "V" + k[1:] if k[:1] in "aeiouY" else k


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def raw_bones(name: str) -> str:
    """The consonants as written, the article aside, an opening vowel as one slot and no digraph
    read: "Ain Deheb" / "Ain Dheb", "Tahta" / "Tahata" (a short vowel written or left out, which
    the sound keys read as another letter: "Dheb" as "Zeb")."""
    key = _DOUBLED.sub(r"\1", fold(_without_inner_article(strip_article(name))))
    return ("V" if key[:1] in "aeiouy" else "") + _VOWELS.sub("", key)


def bucket(name: Name) -> set[str]:
    """Variants of a place keep the first letter of some word (after the article); an opening
    vowel is one key, whichever vowel ("Izraa" / "Ezraa", "Idlib" / "Edlib")."""
    # and the letters of the whole, for one name spaced two ways ("Albu Kamal" / "Al-Bukamal"),
    # and the gazetteer's places it names, for its letters in another order ("Al-Ahsa" / "Al-Hasa")
    whole = " ".join(name.texts)
    return {_first_sound(w[2]) for w in name.words} | {"f:" + fold(whole)[:5]} \
        | {f"g:{pid}" for pid in gazetteer().ids(_whole(tuple(name.texts)))}


def _first_sound(word: str) -> str:
    first = loose(word)[:1]
    return "V" if first in "aeiouY" else first


def _transliterations(a: str, b: str) -> bool:
    """Two names of one place that read as one name transliterated two ways ("Tobruk" /
    "Tubruq"), not two names of it ("Kirkuk" / "Tamim", "Diwaniyah" / "Qadisiyah")."""
    la, lb = loose(a), loose(b)
    return la[:1] == lb[:1] and ratio(la, lb) >= 60


def _same_ends(a: str, b: str) -> bool:
    """Both written with the article or both without, and both ending in a vowel or both not:
    "Ain al-Tamr" / "Ein al-Tamur" may be one place, "Sohar" / "Al Dhahirah" are two. A final
    e after a consonant may be French spelling's silent e ("Bebnine" / "Bibnin") or a vowel."""
    return has_article(a) == has_article(b) and bool(_ends(a) & _ends(b))


_SILENT_E = re.compile(r"[^aeiouAEIOU]e$")


@lru_cache(maxsize=65536)
def _ends(name: str) -> frozenset[bool]:
    """Whether the name ends in a vowel sound: {True}, {False}, or both for a final silent e."""
    vowel = sound(name)[-1:] in "aeiouY"
    return frozenset((True, False)) if _SILENT_E.search(name) else frozenset((vowel,))


# The article assimilated inside a name: "Sama as-Sirhan" for "Sama al-Sarhan", "Nahr ad-Dahab"
_INNER_ARTICLE = re.compile(r"(?<=[ \u00a0])[aAeE](?:l|[tdrzsn]{1,2}|sh)-(?=[A-Za-z])")


@lru_cache(maxsize=65536)  # a long article compares the same few names again and again
def _whole(texts: tuple[str, ...]) -> str:
    return _INNER_ARTICLE.sub("al-", " ".join(texts))


@lru_cache(maxsize=65536)
def _without_inner_article(name: str) -> str:
    return _INNER_ARTICLE.sub("", name)


_NISBA_ENDS = frozenset("aAhHiIyY")  # "Sulaimani", "Sulaymaniyah", "Nasiriya": only such ends are asked


@lru_cache(maxsize=65536)
def _short_nisba(a: str, b: str) -> bool:
    """One name ends in -i where the other goes on with -iya(h): a place's short (Kurdish or
    colloquial) name beside its Arabic one, two names in use, not one misspelt."""
    (sa, wa), (sb, _) = sorted(((sound(a), a), (sound(b), b)), key=lambda x: len(x[0]))
    # the short name is written with its -i ("Sulaimani"); "Nabatieh" only sounds so
    return len(sa) >= 6 and sa.endswith("i") and sb == sa + "a" and wa[-1:].lower() in ("i", "y")


@lru_cache(maxsize=65536)
def _keys(whole: str) -> frozenset[tuple[str, str]]:
    """Keys of a name such that ``compare`` finds no difference between two names that share
    none of them and that the gazetteer does not tie (a superset: sharing one proves nothing).
    Each key is one of compare's tests of equality, read for one name alone; a long article
    compares each new name with hundreds of earlier ones, nearly all unrelated, and the keys
    rule those out at the cost of a set intersection."""
    sa = sound(whole)
    bare = _without_inner_article(whole)
    keys = {("fold", fold(whole)), ("article", fold(strip_article(whole))), ("sound", sa),
            ("loose", loose(whole)), ("bare", fold(bare)), ("bare-loose", loose(bare)),
            ("vowels", vowel_blind(whole)), ("bones", skeleton(whole)), ("raw", raw_bones(whole))}
    # relation(strict=True): one vowel more in the longer sound key ("Fahd" / "Fahad")
    keys.update(("sound", sa[:i] + sa[i + 1:]) for i in range(len(sa)) if sa[i] in "aiu" and len(sa) >= 5)
    return frozenset(keys)


def _may_differ(whole_a: str, whole_b: str) -> bool:
    """False when ``compare`` surely answers None: no key shared and no common gazetteer place."""
    if not _keys(whole_a).isdisjoint(_keys(whole_b)):
        return True
    gaz = gazetteer()
    ids_a = gaz.ids(whole_a)
    return bool(ids_a) and not ids_a.isdisjoint(gaz.ids(whole_b))


def exact_keys(name: Name) -> frozenset:
    """Keys such that ``compare`` answers None for two names that share none (``_may_differ``
    read for one name alone: its ``_keys`` and the gazetteer's places it may name), for
    ``names.conflicts`` to rule out unrelated pairs without comparing them; a name closing with
    its own head word has the keys of the name without it too (compare leaves it out)."""
    whole = _whole(tuple(name.texts))
    keys = _keys(whole) | {("place", pid) for pid in gazetteer().ids(whole)}
    if _own_head(name.texts):
        keys |= exact_keys(replace(name, words=name.words[:-1]))
    return keys


def _without_own_head(ref: Name, later: Name) -> tuple[Name, Name] | None:
    """"Bismayah City" / "Bismaya": the pair with the place's own head word, written on one side
    only, left out."""
    a, b = ref.texts, later.texts
    if len(a) == len(b) + 1 and _own_head(a):
        return replace(ref, words=ref.words[:-1]), later
    if len(b) == len(a) + 1 and _own_head(b):
        return ref, replace(later, words=later.words[:-1])
    return None


def _th_for_t(name: str) -> str:
    """French spelling's "th" for a plain t ("Thala" / "Tala"): only where the gazetteer knows both."""
    return fold(name).replace("th", "t")


def _consonant_bag(name: str) -> list[str]:
    """The consonants of a name without its article, in any order."""
    return sorted(c for c in fold(strip_article(name)) if c.isalpha() and c not in "aeiouwy")


def _own_head(texts) -> bool:
    """A name of two words or more closing with a capitalised place head ("Bismayah City")."""
    return len(texts) >= 2 and texts[-1][:1].isupper() and texts[-1].lower() in lexicon.names().place_heads


def compare(ref: Name, later: Name) -> Difference | None:
    """None when the two are unrelated (or equal); else how the later one differs."""
    a, b = ref.texts, later.texts
    if a == b:
        return None
    headless = _without_own_head(ref, later)
    if headless is not None:
        return compare(*headless)
    whole_a, whole_b = _whole(tuple(a)), _whole(tuple(b))
    if not _may_differ(whole_a, whole_b):
        return None
    if fold(whole_a) == fold(whole_b):
        return Difference.FORM  # "Albu Kamal" / "Al-Bukamal": the same letters, spaced otherwise
    rel = relation(whole_a, whole_b, strict=True)
    if ref.weak and later.weak:
        # neither is known to be a place: only a long name transliterated two ways
        # ("Suq al-Shuyukh" / "Souq al-Shuyoukh") says that both are one
        both_long = min(len(a), len(b)) >= 2
        return Difference.LETTERS if both_long and rel is Relation.LETTERS else None
    if rel in _RELATION_DIFFERENCE:
        return _RELATION_DIFFERENCE[rel]
    if _told_apart(a, b, whole_a, whole_b):
        return None
    known = gazetteer().same_place(whole_a, whole_b)
    if known is False:
        return None  # the gazetteer knows them as two places: "Gaza" / "Giza"
    return (_one_letter_apart(ref, later, whole_a, whole_b, rel, known)
            or _inner_article(whole_a, whole_b)
            or _same_consonants(ref, later, whole_a, whole_b)
            or _vowel_written(ref, later, whole_a, whole_b))


# The spelling relations that say at once how a later place name differs.
_RELATION_DIFFERENCE = {Relation.ARTICLE: Difference.ARTICLE, Relation.FORM: Difference.FORM}


def _told_apart(a, b, whole_a: str, whole_b: str) -> bool:
    """Two names that look alike and still name two places (or one place in two languages)."""
    fa, fb = [fold(w) for w in a], [fold(w) for w in b]
    if len(fa) != len(fb) and (set(fa) <= set(fb) or set(fb) <= set(fa)):
        return True  # a word more or less, the others as written: "Kuwait" / "Kuwait City"
    # "Sulaimani" / "Sulaymaniyah": the Kurdish and the Arabic name of one city
    return whole_a[-1:] in _NISBA_ENDS and whole_b[-1:] in _NISBA_ENDS and _short_nisba(whole_a, whole_b)


def _one_letter_apart(ref: Name, later: Name, whole_a: str, whole_b: str, rel: Relation,
                      known: bool | None) -> Difference | None:
    """Letters, when the spelling tables, the gazetteer or one loosely written letter tie the two."""
    # (one place, its letters in another order: "Al-Ahsa" / "Al-Hasa")
    if rel is Relation.LETTERS or known and (_transliterations(whole_a, whole_b)
                                             or _consonant_bag(whole_a) == _consonant_bag(whole_b)
                                             or _th_for_t(whole_a) == _th_for_t(whole_b)):
        return Difference.LETTERS
    if loose(whole_a) != loose(whole_b):
        return None
    if len(loose(whole_a)) >= 5:
        return Difference.LETTERS  # one Arabic letter written two ways: "Al-Dhuluiya" / "Al-Duluiya"
    # a short name, one letter two ways, each called a place by its head word: "Gash River" /
    # "Qash River", "the Gash River" / "the Qash delta"
    return Difference.LETTERS if ref.head is not None and later.head is not None else None


def _inner_article(whole_a: str, whole_b: str) -> Difference | None:
    """The article inside a name, dropped or added: "Ain al-Tamr" / "Ain Tamr"."""
    bare_a, bare_b = _without_inner_article(whole_a), _without_inner_article(whole_b)
    if (bare_a, bare_b) == (whole_a, whole_b):
        return None
    if fold(bare_a) == fold(bare_b):
        return Difference.ARTICLE  # the inner article alone
    if loose(bare_a) == loose(bare_b) and len(loose(bare_a)) >= 7:
        # the article inside a long name and a letter changed: "Abu Gharadig" / "Abu al-Gharadiq"
        return Difference.LETTERS
    return None


def _same_consonants(ref: Name, later: Name, whole_a: str, whole_b: str) -> Difference | None:
    """Other vowels on the same consonants and syllables ("Tikrit" / "Takrit"), when enough ties them."""
    # two consonants are enough only when the gazetteer knows both spellings ("Minya" / "Menia"):
    # "Ma'an" the city and "Ma'in" the village are two places, whatever cue names them
    blind = vowel_blind(whole_a)
    if blind == vowel_blind(whole_b):
        consonant_count = sum(c != "V" for c in blind)
        if consonant_count >= 3 or (consonant_count >= 2 and not (ref.weak or later.weak)
                                    and gazetteer().ids(whole_a) and gazetteer().ids(whole_b)):
            return Difference.LETTERS
    # places it does not know both of: the same consonants, and something else alike (the
    # gazetteer knows one of them, or both are called by the same head word, or both are long)
    bones = skeleton(whole_a)
    if bones != skeleton(whole_b) or len(bones) < 2 or not _same_ends(whole_a, whole_b):
        return None
    if not (sum(c != "V" for c in bones) >= 3 or strict_consonants(whole_a) == strict_consonants(whole_b)):
        # two consonants that the loose key merges are not enough: "Jeddah" / "Quwaizah", "Aden" /
        # "Azzan" (an opening vowel is no consonant)
        return None
    # the gazetteer knowing one spelling ties two consonants only when no a stands for an i
    # ("Hidd" / "Hedd"; not "Ma'an" the city and "Ma'in", a village it does not list)
    one_known = bool(gazetteer().ids(whole_a)) != bool(gazetteer().ids(whole_b)) \
        and (sum(c != "V" for c in bones) >= 3 or not _a_for_i(whole_a, whole_b))
    same_head = ref.head is not None and ref.head == later.head
    # neither known: two obscure spellings of one village, each called a place by its cue
    # ("the sub-district of Sinune" / "returnees to Snuny")
    neither_known = not (gazetteer().ids(whole_a) or gazetteer().ids(whole_b))
    if one_known or same_head or len(bones) >= 4 or (neither_known and len(bones) >= 3):
        return Difference.LETTERS
    return None


def _a_for_i(a: str, b: str) -> bool:
    """A vowel written a in one name and i in the other: another word in Arabic (alif for ya),
    not one vowel heard two ways (the apostrophe of an ayn keeps "Ma'an" two syllables)."""
    va, vb = (_VOWELS.findall(ascii_lower(strip_article(x))) for x in (a, b))
    return len(va) == len(vb) and any({_vowel_kind(x), _vowel_kind(y)} == {"a", "i"} for x, y in zip(va, vb))


def _vowel_kind(group: str) -> str:
    return "a" if set(group) == {"a"} else "i" if set(group) <= {"i", "y"} else group


def _vowel_written(ref: Name, later: Name, whole_a: str, whole_b: str) -> Difference | None:
    """A short vowel written in one name and left out in the other, the consonants as written
    ("Ain Deheb" / "Ain Dheb", "Tahta" / "Tahata"): one place when three consonants agree and
    something else ties them (a word written alike, the same head word, or the gazetteer knowing
    one spelling only)."""
    bones = raw_bones(whole_a)
    if bones != raw_bones(whole_b) or sum(c != "V" for c in bones) < 3 or not _same_ends(whole_a, whole_b):
        return None
    shared_word = len(ref.texts) == len(later.texts) > 1 and bool({fold(w) for w in ref.texts} & {fold(w) for w in later.texts})
    same_head = ref.head is not None and ref.head == later.head
    one_known = bool(gazetteer().ids(whole_a)) != bool(gazetteer().ids(whole_b))
    return Difference.LETTERS if shared_word or same_head or one_known else None


"""How two spellings of one name slot relate, for coreference and the checks: the same name,
another transliteration of it (a listed family, a vowel or consonant written another way), or
another name ("Rami" / "Ramzi", "Mounir" / "Mounira", "Hassan" / "Hussein")."""
from __future__ import annotations

from . import lexicon
from .spelling import Relation, consonants, fold, loose, relation, sound, strip_article


# name_relation's answers for the word lists in use (a house style's data files replace them):
# resolving a long article asks about the same pairs of spellings again and again.
_RELATIONS: dict[tuple[str, str, bool, bool], Relation] = {}
_RELATIONS_LEXICON: list = [None]


def name_relation(a: str, b: str, *, given: bool = False, strict: bool = False) -> Relation:
    """How two spellings of one name slot relate. Given names are compared strictly: a letter
    more or less is another name ("Rami" / "Ramzi") unless it is a vowel ("Fahd" / "Fahad")."""
    lex = lexicon.names()
    if _RELATIONS_LEXICON[0] is not lex or len(_RELATIONS) > 65536:
        _RELATIONS.clear()
        _RELATIONS_LEXICON[0] = lex
    key = (a, b, given, strict)
    rel = _RELATIONS.get(key)
    if rel is None:
        rel = _RELATIONS[key] = _name_relation(a, b, lex, given, strict)
    return rel


def _name_relation(a: str, b: str, lex, given: bool, strict: bool) -> Relation:
    if frozenset((a, b)) in lex.distinct_given_pairs:
        return Relation.DIFFERENT  # listed as two names alike in letters: "Rania" / "Rana"
    rel = relation(a, b, strict=strict or given)
    if given and rel is Relation.LETTERS and feminine_form(a, b):
        return Relation.DIFFERENT  # "Mounir" / "Mounira", "Samir" / "Samira": a man and a woman
    # a letter changed (not one more vowel, "Fahd" / "Fahad") between two listed names
    if rel is Relation.LETTERS and len(sound(a)) == len(sound(b)) and sound(a) != sound(b) \
            and a in lex.given_names and b in lex.given_names \
            and lex.given_name_family.get(a, a) != lex.given_name_family.get(b, b) \
            and not _last_vowel_variant(a, b):
        return Relation.DIFFERENT  # two listed names a letter apart are two names: "Hassan" / "Hussein"
    if rel is Relation.DIFFERENT:
        if same_family(strip_article(a), strip_article(b)):  # "El Moctar" / "El Mokhtar"
            return Relation.LETTERS  # "Khaled" / "Khalid": one name, listed
        if given and (first_vowel_variant(a, b) or _last_vowel_variant(a, b)):
            return Relation.LETTERS
    return rel


_VOWEL_PAIRS = ({"e", "i"}, {"o", "u"})


def feminine_form(a: str, b: str) -> bool:
    """One given name is the other with the feminine ending -a/-ah/-e ("Mounir" / "Mounira")."""
    fa, fb = fold(a), fold(b)
    short, long_ = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    # the masculine form ends in a consonant ("Nabil" / "Nabila") or in i ("Fadi" / "Fadia",
    # "Hadi" / "Hadiya"): "Amira" / "Amirah" and "Awad" / "Awadh" are spellings of one name
    if len(short) < 3 or long_[:len(short)] != short:
        return False
    ending = long_[len(short):]
    if short[-1] == "i":
        return ending in ("a", "ah", "ya", "yah")
    return short[-1] not in "aeiouyh" and ending in ("a", "ah", "e")


def same_family(a: str, b: str) -> bool:
    """Two spellings listed in one transliteration family of given names ("Khaled" / "Khalid")."""
    family = lexicon.names().given_name_family
    return a in family and family.get(b) == family[a]


def _one_vowel_swapped(a: str, b: str) -> tuple[str, int, set[str]] | None:
    """Where two spellings of one length (four letters or more) differ in one letter: the folded
    spelling, the index and the two letters; None otherwise."""
    fa, fb = fold(a), fold(b)
    if len(fa) != len(fb) or len(fa) < 4:
        return None
    diff = [i for i in range(len(fa)) if fa[i] != fb[i]]
    return (fa, diff[0], {fa[diff[0]], fb[diff[0]]}) if len(diff) == 1 else None


def _last_vowel_variant(a: str, b: str) -> bool:
    """The last syllable's vowel written e or i: "Hatem" / "Hatim", "Hazem" / "Hazim" (the
    Arabic pattern fa'il in its Levantine and standard spellings), one name unless listed as two
    ("Samer" / "Samir", "Amer" / "Amir" are other names)."""
    swap = _one_vowel_swapped(a, b)
    if swap is None or swap[2] != {"e", "i"}:
        return False
    fa, i, _ = swap
    last_syllable = i >= 2 and not any(c in "aeiouy" for c in fa[i + 1:])
    return last_syllable and frozenset((a, b)) not in lexicon.names().distinct_given_pairs


def first_vowel_variant(a: str, b: str) -> bool:
    """The first vowel written the Egyptian or the standard way: "Hesham" / "Hisham", "Emad" /
    "Imad", "Mostafa" / "Mustafa". Only the first syllable: "Samer" and "Samir" are two names."""
    swap = _one_vowel_swapped(a, b)
    return swap is not None and swap[1] <= 1 and swap[2] in _VOWEL_PAIRS


def _two_listed_names(a: str, b: str) -> bool:
    """Both listed as given names, or listed as two names alike in letters ("Fadl" / "Fadel"):
    no vowel or consonant variant ties them."""
    lex = lexicon.names()
    return (a in lex.given_names and b in lex.given_names) or frozenset((a, b)) in lex.distinct_given_pairs


def consonant_variant(a: str, b: str) -> bool:
    """The same name with a consonant written another way (q/g/j, d/z/dh, kh/h): "Gawad" /
    "Jawad". Two names both listed as given names ("Jamal", "Kamal") are two names."""
    if _two_listed_names(a, b):
        return False
    return len(fold(a)) >= 4 and len(fold(b)) >= 4 and sound(a) != sound(b) and loose(a) == loose(b)


def tied_relation(a: str, b: str, *, given: bool = False) -> Relation:
    """``name_relation`` for mentions other evidence already ties together: a consonant or vowel
    variant ("Gawad" / "Jawad", "Abdel Rahim" / "Abdul Rahim") then counts as other letters."""
    rel = name_relation(a, b, given=given)
    if rel is Relation.DIFFERENT and (consonant_variant(a, b) or vowel_variant(a, b)) \
            and not (given and feminine_form(a, b)):  # "Mounir" / "Mounira": a man and a woman still
        return Relation.LETTERS
    return rel


def vowel_variant(a: str, b: str) -> bool:
    """The same name with other vowels ("Abdel Rahim" / "Abdul Rahim"); two listed given names
    ("Hassan", "Hussein") are two names."""
    if _two_listed_names(a, b):
        return False  # "Fadl" / "Fadel": listed as two names on one skeleton
    return len(fold(a)) >= 4 and consonants(a) == consonants(b) and len(consonants(a)) >= 3

"""Slips of machine translation in a body's name that word-by-word comparison lets through,
because each name on its own reads as English:

- the same words in an order English does not move them to: "Governorate Deir ez-Zor Council"
  for the Council of the Deir ez-Zor Governorate (the words moved across the head lose their
  own order), "Authority of the Yemeni Coast Guard" for the Yemeni Coast Guard Authority (a kind
  word appended after a body's own head put in front of it, in the Arabic order);
- a country named by its adjective on one side of the head and as "of <country>" on the other:
  "Agricultural Bank of Sudan" / "Sudanese Agricultural Bank";
- a field noun the name cannot drop, dropped: "Ministry of Peshmerga Affairs" / "Ministry of
  Peshmerga" (data/orgs.toml dangling_field_words).

Machine-translated copy only (the check decides): a writer who moves a name's words does it
the English way. Names are grouped by a key of their words, so the work stays linear.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import lexicon
from .names import Difference, Name
from .org_modifiers import place_words
from .org_words import is_org_head, lexicon_
from .spelling import fold

_LINK = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?$")
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Each country's or region's name and adjective, folded, with one key for the group."""
    out: dict[str, str] = {}
    for group in lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "demonyms"):
        words = [w for w in group if " " not in w]
        if len(words) >= 2 and len({fold(w) for w in words}) >= 2 and words[0] not in ("Nation", "Nations"):
            for w in words:
                out.setdefault(fold(w), "@" + fold(words[0]))
    return out


@lru_cache(maxsize=1)
def _country_forms() -> frozenset[str]:
    """Every country's or region's name and adjective, folded, of one word or several ("Saudi Arabia")."""
    return frozenset(fold(w) for group in lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "demonyms")
                     for w in group)


def slips(text: str, names: list[Name]) -> Iterator[tuple[Name, Name, Difference]]:
    """(reference, later, difference) for each later name that one of these slips makes of an
    earlier one."""
    by_words: dict[tuple[str, ...], Name] = {}
    by_key: dict[tuple[str, ...], Name] = {}
    dangling: dict[tuple[str, ...], Name] = {}  # names without their dangling last word
    calqued: dict[tuple[str, ...], Name] = {}  # English-order names of calqued heads, bare
    for later in names:
        words = tuple(fold(w) for w in later.texts)
        if words in by_words:
            continue
        by_words[words] = later
        found = _against(text, by_key, dangling, later, words) or _calque_of(text, calqued, later)
        if found is not None:
            yield found
        by_key.setdefault(_key(words), later)
        if not later.linked and later.texts[-1] in _calqued_heads():
            calqued.setdefault(_bare(later.texts[-1], later.texts[:-1]), later)
        if later.linked and later.texts[-1] in lexicon_().dangling_field_words and len(words) >= 3:
            dangling.setdefault(words[:-1], later)


def _against(text: str, by_key: dict, dangling: dict, later: Name, words: tuple[str, ...]):
    """The earlier name this one is a slip of, with the difference; None when there is none."""
    ref = by_key.get(_key(words))
    if ref is not None and ref.start < later.start:
        difference = _reordered(text, ref, later)
        if difference is not None:
            return ref, later, difference
    ref = dangling.get(words)
    if ref is not None and later.linked and is_org_head(later.texts[0]):
        return ref, later, Difference.WORD_FORM  # "Ministry of Peshmerga Affairs" / "Ministry of Peshmerga"
    if later.linked and later.texts[-1] in lexicon_().dangling_field_words:
        ref = _without_dangling_word(by_key, words)
        if ref is not None:
            return ref, later, Difference.WORD_FORM
    return None


def _calque_of(text: str, calqued: dict, later: Name):
    """An earlier English-order name that this "of" form calques with the body's own adjective
    left out: "Federal Integrity Commission" ... "Commission of Integrity" (hay'at al-nazaha
    al-ittihadiya, the adjective dropped and the idafa order come back)."""
    if not later.linked:
        return None
    h = _link_head(text, later)
    if h is None or later.texts[h] not in _calqued_heads() or _places(later.texts[h + 1:]):
        return None
    if not _own_adjectives(later.texts[:h]):
        return None  # "Basra Commission of Integrity": a place before the head is another body's name
    ref = calqued.get(_bare(later.texts[h], later.texts[h + 1:]))
    if ref is None or not {fold(w) for w in later.texts[:h]} <= {fold(w) for w in ref.texts}:
        return None  # "Supreme Council of Antiquities" after a headline's "Antiquities Council": the full name
    if _OWNER.search(text, ref.start, ref.end):
        return None  # "the Prime Minister's Office" / "the Office of the Prime Minister": English both
    return ref, later, Difference.ORDER


_OWNER = re.compile(r"\w['’]s[ \u00a0]")


def _own_adjectives(words: list[str]) -> bool:
    """Whether the words before a head are none, or only the body's own adjectives ("Federal")."""
    return all(w in lexicon_().body_adjectives for w in words)


def _bare(head: str, field: list[str]) -> tuple[str, ...]:
    """A name's head and its field words in order, without the body's own adjectives."""
    adjectives = lexicon_().body_adjectives
    return (fold(head), *(fold(w) for w in field if w not in adjectives))


def _without_dangling_word(by_key: dict, words: tuple[str, ...]) -> Name | None:
    """An earlier linked name that is this one without its dangling last word."""
    ref = by_key.get(_key(words[:-1]))
    if ref is not None and ref.linked and tuple(fold(w) for w in ref.texts) == words[:-1] \
            and is_org_head(ref.texts[0]):
        return ref
    return None


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    known = countries()
    return tuple(sorted(known.get(w, w) for w in words))


def _reordered(text: str, ref: Name, later: Name) -> Difference | None:
    a, b = [fold(w) for w in ref.texts], [fold(w) for w in later.texts]
    if a == b:
        return None
    if sorted(a) != sorted(b):
        # the same words but a country's name for its adjective: "Agricultural Bank of Sudan" /
        # "Sudanese Agricultural Bank" (not "Iraq's Central Bank", a possessive)
        if _possessive(text, ref) or _possessive(text, later):
            return None
        return Difference.WORD_FORM if ref.linked != later.linked else None
    return None if _english_order(text, ref, later) else Difference.ORDER


def country_possessive(text: str, name: Name) -> bool:
    """Whether the name opens with a country in the possessive ("Morocco's National Tourism
    Office"): an English description of the body, not its name, whose words' forms the writer
    chooses freely."""
    return country_possessive_words(text, name) > 0


def country_possessive_words(text: str, name: Name) -> int:
    """How many words of the name are the country in the possessive it opens with; 0 for none."""
    # a country of several words: "Saudi Arabia's National Guard"
    for k in range(1, min(3, len(name.words) - 1) + 1):
        if fold(" ".join(w for _, _, w in name.words[:k])) in _country_forms() and _POSSESSIVE.match(text, name.words[k - 1][1]):
            return k
    return 0


def _possessive(text: str, name: Name) -> bool:
    return any(_POSSESSIVE.match(text, end) for _, end, _ in name.words)


def _english_order(text: str, ref: Name, later: Name) -> bool:
    """Whether the two orders are ones English gives one name: the words after "of" moved before
    the head keep their order ("Ministry of Water Resources" / "Water Resources Ministry"), a
    place or a country may lead ("Ministry of Interior of the Kurdistan Region" / "Kurdistan
    Region Interior Ministry"). Words that end with a head of their own ("Authority of the
    Yemeni Coast Guard") are a body's name with its kind word put in front, the Arabic order."""
    if ref.linked == later.linked:
        return _field_order(ref.texts) == _field_order(later.texts)
    linked, plain = (ref, later) if ref.linked else (later, ref)
    h = _link_head(text, linked)
    if h is None or fold(plain.texts[-1]) != fold(linked.texts[h]):
        return False
    before, after = linked.texts[:h], linked.texts[h + 1:]
    if is_org_head(after[-1]) and linked.texts[h] != "Ministry":
        # ... but a ministry's field may end with a kind word: "Ministry of Local Administration"
        # / "Local Administration Ministry" (a ministry never names another body after "of")
        return False
    places = _places(after)
    # "Humanitarian Aid Commission" ... "Commission for Humanitarian Aid", "Federal Integrity
    # Commission" ... "Federal Commission for Integrity": the idafa order come back, the body's
    # own adjective kept before the head or not
    if later is linked and _own_adjectives(before) and linked.texts[h] in _calqued_heads() and not places \
            and not _OWNER.search(text, plain.start, plain.end):  # "the Prime Minister's Office": English
        return False
    moved = [fold(w) for w in plain.texts[:-1]]
    leading = [w for i, w in enumerate(after) if i in places] + before + \
        [w for i, w in enumerate(after) if i not in places]
    return moved in ([fold(w) for w in before + after], [fold(w) for w in leading])


def _link_head(text: str, name: Name) -> int | None:
    """The index of the head word "of"/"for" follows ("Council" in "Council of the ...")."""
    for i, ((_, end, w), (start, _, _)) in enumerate(zip(name.words, name.words[1:])):
        if is_org_head(w) and _LINK.match(text[end:start]):
            return i
    return None


@lru_cache(maxsize=1)
def _calqued_heads() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "calqued_heads"))


@lru_cache(maxsize=1)
def place_kinds() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "place_kinds"))


def _places(words: list[str]) -> set[int]:
    """The indexes of the words that name a place or a country, with a place's kind word after
    it ("Kurdistan Region", "Deir ez-Zor Governorate")."""
    known, kinds = countries(), place_kinds()
    found = place_words(words) | {i for i, w in enumerate(words) if fold(w) in known}
    return found | {i + 1 for i in found if i + 1 < len(words) and words[i + 1] in kinds}


def _field_order(words: list[str]) -> list[str]:
    """The words that keep their order when a name is reordered: not places or countries."""
    places = _places(words)
    return [fold(w) for i, w in enumerate(words) if i not in places]

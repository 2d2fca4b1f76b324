"""The other words of two organisation names, beside their heads: which of them name a place
of the region, which qualifiers only one name has (a country's adjective, "General", the place
a body serves) and may be left out, and whether the words that changed make another body.
Data: data/orgs.toml (through ``org_words``) and the gazetteer."""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .gazetteer import gazetteer
from .names import Difference
from .org_words import is_org_head, lexicon_
from .spelling import fold, strip_article


def only_places_agree(words: list[str], diffs: list[Difference | None]) -> bool:
    """Whether the words written alike (a None difference) are all places or countries."""
    same = [w for w, d in zip(words, diffs) if d is None]
    places = place_words(words)
    return bool(same) and all(i in places or w in lexicon_().demonyms
                              for i, (w, d) in enumerate(zip(words, diffs)) if d is None)


def another_body(words: list[str], diffs: list[Difference | None]) -> bool:
    """Another kind word and other words: another body. A word's form may change too when
    another word stays ("Syrian Trading Establishment" / "Syrian Foundation for Trade"), not in a
    two-word name ("Electoral Commission" / "Elections Committee"); one listed synonym may, among
    three words that stay ("Union of Industry, Commerce and Handicrafts" / "Syndicate of Industry,
    Trade and Handicrafts"). The place a body serves spelt otherwise is no other word ("Basra Oil
    Company" / "Basrah Oil Corporation"), nor the article on its own name ("Al-Mahjoub Brigade" /
    "Mahjoub Battalion"); a number is ("Fifth Brigade" / "Fifth Battalion" are two units)."""
    if len(words) == 1 and _numbered(words[0]):
        return True
    if len(words) == 1 and diffs[0] is Difference.FORM and _own_name(words[0]):
        return False
    diffs = [None if d is Difference.LETTERS and gazetteer().in_region(w) else d for w, d in zip(words, diffs)]
    return any(d is not None and (d.value > Difference.WORD_FORM.value or len(diffs) < 2) for d in diffs) \
        and not _one_word_swapped_among_many(diffs)


def _numbered(word: str) -> bool:
    return word in lexicon_().ordinals or word[:1].isdigit()


def _own_name(word: str) -> bool:
    """A proper name of the body's own, no English word: "Mahjoub" in "Al-Mahjoub Brigade"."""
    from .foreign_words import english_words
    core = strip_article(word)
    return core[:1].isupper() and fold(core) not in english_words() and core not in lexicon_().demonyms


def without_extra_demonyms(mods_a: list[str], mods_b: list[str]) -> tuple[list[str], list[str]]:
    """Both lists without the qualifiers only one of them has: a country's adjective ("the Libyan
    Customs Authority" / "the Customs Department"), or else, where two words or more stay, an
    adjective of the body itself ("General") and the place it serves ("Dhi Qar Electricity
    Distribution Department" / "General Directorate of Electricity Distribution"). Unchanged
    unless that leaves as many words on each side."""
    lex = lexicon_()
    short, long_ = (mods_a, mods_b) if len(mods_a) < len(mods_b) else (mods_b, mods_a)
    fewer = [w for w in long_ if w in short or w not in lex.demonyms]
    if short and len(fewer) == len(short):
        return (mods_a, fewer) if short is mods_a else (fewer, mods_b)
    a, b = _one_sided(mods_a, mods_b, lambda words: place_words(words) | {
        i for i, w in enumerate(words) if w in lex.demonyms or w in lex.body_adjectives})
    # one word left on each side proves nothing: "Arabian Gulf Oil Company" / "National Oil
    # Corporation" are two companies
    return (a, b) if len(a) >= 2 and len(a) == len(b) else (mods_a, mods_b)


def without_places(mods_a: list[str], mods_b: list[str]) -> tuple[list[str], list[str]] | None:
    """Both lists without the place words only one of them has, when that leaves as many words
    (two or more) on each side; None otherwise."""
    a, b = _one_sided(mods_a, mods_b, place_words)
    return (a, b) if len(a) == len(b) >= 1 and (a, b) != (mods_a, mods_b) else None


def _one_sided(mods_a: list[str], mods_b: list[str], droppable) -> tuple[list[str], list[str]]:
    """Both lists without the words ``droppable`` picks (by index) that the other list lacks."""
    drop_a, drop_b = droppable(mods_a), droppable(mods_b)
    return ([w for i, w in enumerate(mods_a) if w in mods_b or i not in drop_a],
            [w for i, w in enumerate(mods_b) if w in mods_a or i not in drop_b])


def place_words(words: list[str]) -> set[int]:
    """Indexes of the words that name a place of the region (one or two words: "Dhi Qar")."""
    gaz, found = gazetteer(), set()
    for i, w in enumerate(words):
        if not w[:1].isupper() or is_org_head(w):
            continue
        # the second word may open with an article: "Deir ez-Zor"
        if i + 1 < len(words) and gaz.in_region(f"{w} {words[i + 1]}"):
            found.update((i, i + 1))
        elif i not in found and gaz.in_region(w):
            found.add(i)
    return found


def _one_word_swapped_among_many(diffs: list[Difference | None]) -> bool:
    """One listed synonym swapped, another word kept as written: "Directorate of Border
    Crossings" / "Authority of Border Outlets" (manafidh), "Latakia Firefighting Regiment" /
    "Latakia Fire Brigade" (itfa'). The kind word and one field word rendered anew are one
    Arabic name translated twice; other words and a new kind word make another body."""
    changed = [d for d in diffs if d is not None]
    return sum(d is None for d in diffs) >= 1 and len(changed) == 1 and changed[0] is Difference.WORD


@lru_cache(maxsize=1)
def _country_qualifiers() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "country_qualifiers"))


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The demonym groups' words (data/orgs.toml demonyms) of a group that names a country:
    "Kuwait", "Kuwaiti", "Saudi"; not "National" or "Arab"."""
    gaz, out = gazetteer(), set()
    for group in lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "demonyms"):
        if any(p is not None and p.population == -2 for w in group for p in map(gaz.place, gaz.ids(w))):
            out.update(group)
    return frozenset(out)


def qualifier_swapped(a: list[str], ha: int, b: list[str], hb: int) -> bool:
    """One body qualified once by its country and once by one of its own qualifiers, every other
    word kept, on the same side of the head: "Kuwait Anti-Corruption Authority" / "Public
    Anti-Corruption Authority", "Sudan Medical Specialization Board" / "National Medical
    Specialization Board". At least one field word must stay besides ("Kuwait Authority" /
    "Public Authority" proves nothing); a qualifier that makes a term with the next word is the
    field's ("Higher Education", "State Security"), and "Minister of State" is another office."""
    if len(a) != len(b) or len(a) < 3:
        return False
    fa, fb = [fold(w) for w in a], [fold(w) for w in b]
    only_a = [i for i, f in enumerate(fa) if f not in fb and i != ha]
    only_b = [i for i, f in enumerate(fb) if f not in fa and i != hb]
    if len(only_a) != 1 or len(only_b) != 1 or fa[ha] != fb[hb]:
        return False
    (i,), (j,) = only_a, only_b
    if (i < ha) != (j < hb):
        return False
    countries, qualifiers = _country_words(), _country_qualifiers()
    if a[i] in countries and b[j] in qualifiers:
        words, k = b, j
    elif b[j] in countries and a[i] in qualifiers:
        words, k = a, i
    else:
        return False
    if words[k + 1:k + 2] and words[k + 1] in lexicon_().adjective_fields:
        return False
    return any(w not in countries and w not in qualifiers for n, w in enumerate(a) if n not in (i, ha))

"""How two organisation names differ, word by word.

A name is read as its head word (the body's kind: Authority, Federation, Apparatus) and its
other words. Two names are one body written two ways when their other words pair up one to
one (the same word, its letters, its form, or a listed synonym) and their heads are the same
or name the same kind of body. Reordering with "of" ("Interior Ministry" / "Ministry of
Interior") and short forms ("Joint Operations" for "Joint Operations Command") are house
style; the same words in another order without "of" are a garbled name.
Data: data/orgs.toml (through ``org_words``) and the gazetteer (the places a body serves).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .gazetteer import gazetteer
from .names import Difference, Name
from .org_fields import (
    anti_spelt_out,
    appended_kind,
    controlled,
    force_unit_heads,
    force_unit_swapped,
    phrases_rendered_twice,
    spell_out,
    state_term,
)
from .org_modifiers import (
    another_body,
    only_places_agree,
    place_words,
    qualifier_swapped,
    without_extra_demonyms,
    without_places,
)
from .org_words import (
    arabic_words,
    group_keys,
    is_org_head,
    head_index,
    lexicon_,
    one_noun_number,
    stem,
    word_difference,
)
from .org_kinds import same_frame, service_kind_swapped
from .org_titles import made_singular, official_title, rendered_word_by_word
from .spelling import Relation, consonants, fold, relation, strip_article


def head_word(name: Name) -> str:
    """The name's kind word ("Department" in "Consumer Protection Department")."""
    return name.texts[_head(name)]


def _head(name: Name) -> int:
    return head_index(tuple(name.texts))


def _pair_modifiers(a: list[str], b: list[str], short_form: bool = False) -> list[Difference | None] | None:
    """Pair each word of b with a distinct word of a; None when some word has no partner (or,
    unless b may be a short form of a, when a word of a is left over)."""
    free = list(range(len(a)))
    diffs = []
    for word in b:
        best = None
        for i in free:
            # two head words among the other words: "Union" / "Federation of Chambers of Commerce"
            d = word_difference(a[i], word, heads=is_org_head(a[i]) and is_org_head(word))
            if d is not False and (best is None or (d.value if d else -1) < (best[1].value if best[1] else -1)):
                best = (i, d)
        if best is None:
            return None
        free.remove(best[0])
        diffs.append(best[1])
    return diffs if not free or short_form else None


def _order(ref: Name, later: Name, ha: int, hb: int) -> Difference | None:
    """The same words in another order. Moving words across the head with "of" is English
    ("Interior Ministry" / "Ministry of Interior"); another order on the same side of the head
    is a garbled name ("Saudi Coast Guard" / "Coast Saudi Guard", "Ministry of Water Resources
    and Irrigation" / "Ministry of Irrigation and Water Resources")."""
    a, b = [fold(w) for w in ref.texts], [fold(w) for w in later.texts]
    if a == b:
        return None
    if ref.linked != later.linked:
        # English moves a ministry's or a court's words across the head with "of" ("Interior
        # Ministry" / "Ministry of Interior"); a company's, a union's or a centre's name keeps
        # one order ("National Meteorology Center" / "National Center for Meteorology")
        if not _moved_across_head(ref, later, ha, hb):
            return Difference.ORDER
        linked, plain = ((ref.texts, ha), (later.texts, hb)) if ref.linked else ((later.texts, hb), (ref.texts, ha))
        return Difference.ORDER if _body_adjective_moved(*linked, *plain) else None
    return Difference.ORDER if (a[:ha], a[ha + 1:]) != (b[:hb], b[hb + 1:]) else None


_ADJECTIVE_SUFFIXES = ("al", "ic", "ical", "ern", "ive")


def _made_adjective(mods_a: list[str], mods_b: list[str]) -> bool:
    """A noun of one name turned into an adjective in the other: "Directorate of Agriculture" /
    "Agricultural Directorate", "of the South" / "Southern" (a word-form change English does not
    make when it moves a word before the head)."""
    for x in mods_a:
        for y in mods_b:
            if word_difference(x, y) is Difference.WORD_FORM:
                fx, fy = fold(x), fold(y)
                if fx.endswith(_ADJECTIVE_SUFFIXES) != fy.endswith(_ADJECTIVE_SUFFIXES):
                    return True
    return False


def _moved_across_head(ref: Name, later: Name, ha: int, hb: int) -> bool:
    """One name written with "of", the other without, around a head English reorders so."""
    if ref.linked == later.linked:
        return False
    if {ref.texts[ha], later.texts[hb]} & lexicon_().reorder_heads:
        return True
    linked_head = ha if ref.linked else hb
    return linked_head == 0 and ref.texts[ha] == later.texts[hb] and ref.texts[ha] in _member_heads()


@lru_cache(maxsize=1)
def _member_heads() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "member_heads"))


def _body_adjective_moved(linked: list[str], hl: int, plain: list[str], hp: int) -> bool:
    """An adjective of the body itself that a reordering put in the wrong place. Arabic puts it
    after the whole name, so a machine attaches it to the field ("Commission of Federal
    Integrity" for the Federal Integrity Commission) or leaves it after the field words
    ("Customs General Commission" for the General Commission of Customs)."""
    adjectives, fields = lexicon_().body_adjectives, lexicon_().adjective_fields
    before, after, plain_before = linked[:hl], linked[hl + 1:], plain[:hp]
    for i, word in enumerate(after):
        if word in adjectives and word in plain_before and after[i + 1:i + 2] != [] \
                and after[i + 1] not in fields and word not in before:
            return True  # "Commission of Federal Integrity" / "Federal Integrity Commission"
    for word in before:
        if word in adjectives and word in plain_before:
            ahead = plain_before[:plain_before.index(word)]
            if any(w in after and w not in lexicon_().demonyms and not gazetteer().ids(w) for w in ahead):
                return True  # "Customs General Commission" / "General Commission of Customs"
    return False


_MAX_REWRITES = 4  # acronyms spelt out and kind words trimmed, one after another, at most


def compare(ref: Name, later: Name, _rewrites: int = 0) -> Difference | None:
    difference = _compare(ref, later, _rewrites)
    # a kind word in lower case ("the Housing Welfare authority": Name.head) makes a writer's
    # description of the body, whose order is the writer's, not a rendering of its name
    if difference is Difference.ORDER and (ref.head or later.head):
        return None
    return difference


def _compare(ref: Name, later: Name, rewrites: int = 0) -> Difference | None:
    a, b = ref.texts, later.texts
    if a == b:
        return None
    # (a rewrite that gives the pair back, or one more than _MAX_REWRITES, is not taken: a name whose
    # letters spell out another acronym of the pair could otherwise be rewritten for ever)
    spelt = spell_out(ref, later) if rewrites < _MAX_REWRITES else None
    if spelt is None and rewrites < _MAX_REWRITES:
        other = spell_out(later, ref)
        spelt = (other[1], other[0]) if other else None
    if spelt is not None and (spelt[0].texts, spelt[1].texts) != (a, b):
        return compare(*spelt, rewrites + 1)  # "UN" for "United Nations": compare the words it stands for
    trimmed = _without_appended_kind(ref, later) if rewrites < _MAX_REWRITES else None
    if trimmed is not None:  # "Syrian Arab Red Crescent" / "Arab Syrian Red Crescent Organization"
        return compare(*trimmed, rewrites + 1)
    if one_noun_number(a, b):
        return Difference.WORD_FORM  # "Ministry of ..., Municipalities and Public Works" / "..., Municipality and ..."
    if len(a) != len(b) and relation(" ".join(a), " ".join(b), strict=True) is Relation.FORM:
        return Difference.FORM  # words joined or split by a hyphen: "Directorate General" / "Directorate-General"
    if state_term(a, b) or state_term(b, a):
        return None  # "General Security Directorate" / "State Security Directorate": two bodies
    return _compare_words(ref, later)


def _compare_words(ref: Name, later: Name) -> Difference | None:
    """The two names compared word by word: their heads, then their other words paired."""
    a, b = ref.texts, later.texts
    ha, hb = _head(ref), _head(later)
    head = word_difference(a[ha], b[hb], heads=True)
    if head is False and force_unit_heads(a, b, ha, hb):
        head = Difference.HEAD
    mods_a, mods_b = anti_spelt_out(a[:ha] + a[ha + 1:]), anti_spelt_out(b[:hb] + b[hb + 1:])
    if head is False:
        return appended_kind(a[ha], b[hb], mods_a, mods_b) \
            or service_kind_swapped(a[ha], b[hb], mods_a, mods_b, same_frame(ref, later, ha, hb))
    if head is None:
        mods_a, mods_b, head = force_unit_swapped(a[ha], mods_a, mods_b)
    mods_a, mods_b, rendered = phrases_rendered_twice(mods_a, mods_b)
    if rendered is None and controlled(a) != controlled(b):
        rendered = Difference.WORD  # "Narcotics Control" / "Anti-Narcotics": mukafaha rendered two ways
    pair = _Pair(ref, later, ha, hb, head, rendered)
    placeless = False
    if len(mods_a) != len(mods_b) and head is not Difference.HEAD:
        fewer = without_places(mods_a, mods_b)
        if fewer is None:
            return _fewer_words(pair, mods_a, mods_b)
        # the place a body serves left out: "Dhi Qar Water Resources Directorate" / "Water
        # Resource Directorate" compare word by word
        (mods_a, mods_b), placeless = fewer, True
    if not mods_a:
        return None
    return _modifiers_paired(pair, mods_a, mods_b, placeless)


def _same_but_demonym(mods_a: list[str], mods_b: list[str]) -> bool:
    """The same other words once a country's adjective one name leaves out is set aside."""
    bare = without_extra_demonyms(mods_a, mods_b)
    return bare != (mods_a, mods_b) and [fold(w) for w in bare[0]] == [fold(w) for w in bare[1]]


@dataclass(frozen=True)
class _Pair:
    """Two names being compared word by word, their head words' places and how the heads differ."""
    ref: Name
    later: Name
    ha: int
    hb: int
    head: Difference | None
    rendered: Difference | None  # a phrase of the two rendered in two ways


def _fewer_words(pair: _Pair, mods_a, mods_b) -> Difference | None:
    """One name has more words beside its head than the other, none of them a place."""
    if pair.head is Difference.WORD_FORM and _same_but_demonym(mods_a, mods_b):
        return Difference.WORD_FORM  # "Lebanese Internal Security Forces" / "Internal Security Force"
    if pair.head is None:
        # a country's adjective or "General" one name leaves out: "Libyan Audit Bureau" /
        # "Accounting Bureau", "Grain Trading Company" / "General Company for Trading Grain"
        bare = without_extra_demonyms(mods_a, mods_b)
        if bare != (mods_a, mods_b) and len(bare[0]) == len(bare[1]):
            return _without_qualifiers(pair.ref, pair.later, pair.ha, pair.hb, *bare)
    # a short form with the same head is house style ("the Reconstruction Fund"), unless
    # a word of the short form is another word for one of the long form's
    # (a phrase rendered anew is not the shorter name's words as written: "National Fund
    # for Social Security" / "National Pension and Social Welfare Fund" are two funds)
    return _short_form_word(mods_a, mods_b) \
        or (None if pair.rendered else _garbled_longer(pair.ref, pair.later, pair.ha, pair.hb, mods_a, mods_b))


def _modifiers_paired(pair: _Pair, mods_a, mods_b, placeless: bool) -> Difference | None:
    """The words beside the heads paired one to one, and the strongest difference found."""
    ref, later, ha, hb, head = pair.ref, pair.later, pair.ha, pair.hb, pair.head
    # another head and fewer words: "Reconstruction Fund of Derna and the Affected Cities" /
    # "Reconstruction Authority of Derna" (at least two words must still pair up)
    if head is Difference.HEAD and len(mods_a) != len(mods_b):
        # a country's adjective one name leaves out: "the Libyan Customs Authority" / "the
        # Customs Department"
        mods_a, mods_b = without_extra_demonyms(mods_a, mods_b)
    short = head is Difference.HEAD and len(mods_b) < len(mods_a) and len(mods_b) >= 2
    diffs = _pair_modifiers(mods_a, mods_b, short_form=short)
    if diffs is None:
        # "Kuwait Anti-Corruption Authority" / "Public Anti-Corruption Authority"
        return Difference.WORD if head is None and qualifier_swapped(ref.texts, ha, later.texts, hb) else None
    found = [d for d in (head, *diffs, pair.rendered) if d is not None]
    if _moved_across_head(ref, later, ha, hb) and not _made_adjective(mods_a, mods_b):
        found = _moved_differences(ref, mods_a, mods_b, diffs, found)
        if not found:
            return _order(ref, later, ha, hb)
    if not found:
        return _placeless_order(ref, later) if placeless else _order(ref, later, ha, hb)
    if head is Difference.HEAD and another_body(mods_b, diffs) and not rendered_word_by_word(ref, later, diffs):
        return None
    return max(found, key=lambda d: d.value)


def _moved_differences(ref: Name, mods_a, mods_b, diffs, found) -> list[Difference]:
    """The differences that still count once words moved across the head: a word takes its other
    form as a noun there ("Directorate of Forests" / "Forestry Directorate", "Department of
    Studies" / "Studies Department"), so forms count only where the move does not explain them."""
    # the body's own adjective stays before the head in both orders: its form counts
    # ("High National Elections Commission" / "Higher National Commission for Elections")
    kept = [d for w, d in zip(mods_b, diffs) if d is not None and w in lexicon_().body_adjectives]
    # ... but a plural field noun made singular on the move is the name written loosely:
    # "Department of Studies" / "Study Department" (English keeps the noun: "Studies
    # Department"; the other way, "Ministry of Sport" / "Sports Ministry", is English)
    kept += [Difference.WORD_FORM for w, d in zip(mods_b, diffs) if d is Difference.WORD_FORM
             and any(made_singular(x, w, ref.linked) for x in mods_a)]
    return [d for d in found if d not in (Difference.FORM, Difference.WORD_FORM)] + kept


def _placeless_order(ref: Name, later: Name) -> Difference | None:
    """The order of two names once the place one of them serves is left out: "General
    Electricity Company of Libya" / "General Company of Electricity" is a garbled order."""
    a, b = _without_place_words(ref), _without_place_words(later)
    return _order(a, b, _head(a), _head(b)) if a is not None and b is not None else None


def _without_place_words(name: Name) -> Name | None:
    """The name without its place words, linked only if a word still follows its head."""
    places = place_words(name.texts)
    if not places:
        return name
    words = tuple(w for i, w in enumerate(name.words) if i not in places)
    if len(words) < 2:
        return None
    kept = replace(name, words=words)
    return replace(kept, linked=name.linked and _head(kept) < len(words) - 1)


def _without_qualifiers(ref: Name, later: Name, ha: int, hb: int, mods_a: list[str], mods_b: list[str]) -> Difference | None:
    """The two names compared once the qualifiers only one has are left out: another word for
    one of the rest, or the rest in a garbled order; nothing when the rest agrees."""
    diffs = _pair_modifiers(mods_a, mods_b)
    if diffs is None:
        return None
    found = [d for d in diffs if d in (Difference.WORD, Difference.LETTERS, Difference.WORD_FORM)]
    if found and only_places_agree(mods_b, diffs):
        # a qualifier dropped and a word swapped, only the country kept: "Kuwait Oil Company" /
        # "Kuwait National Petroleum Company" are two companies
        return None
    if found:
        return max(found, key=lambda d: d.value)
    same_words = sorted(fold(w) for w in mods_a) == sorted(fold(w) for w in mods_b)
    if same_words and official_title(ref, later):
        return None
    # the words in another order, or moved across a head English keeps in place ("Iraqi Ports
    # Company" / "General Company for Iraqi Ports"), as _order reads them
    reordered = [fold(w) for w in mods_a] != [fold(w) for w in mods_b] or ref.linked != later.linked
    return Difference.ORDER if same_words and reordered and not _moved_across_head(ref, later, ha, hb) else None


def _without_appended_kind(ref: Name, later: Name) -> tuple[Name, Name] | None:
    """The two names without a kind word one of them appends after a head of the body's own:
    "Red Crescent" / "Red Crescent Organization" (the appended word alone is a short form)."""
    a, b = ref.texts, later.texts
    if len(b) == len(a) + 1 and _appends_kind(b, a):
        return ref, replace(later, words=later.words[:-1])
    if len(a) == len(b) + 1 and _appends_kind(a, b):
        return replace(ref, words=ref.words[:-1]), later
    return None


def _appends_kind(longer: list[str], shorter: list[str]) -> bool:
    return is_org_head(longer[-1]) and is_org_head(longer[-2]) and fold(longer[-2]) == fold(shorter[-1]) \
        and [fold(w) for w in longer[:-1]] != [fold(w) for w in shorter]


def _short_form_word(mods_a: list[str], mods_b: list[str]) -> Difference | None:
    """A shorter name whose words all pair with the longer one's, one of them as another word
    for it: "Fund for the Reconstruction of Derna and the Affected Areas" / "Fund for the
    Rebuilding of Derna". Only a swapped word or letters count: a short form is house style."""
    short, long_ = sorted((mods_a, mods_b), key=len)
    if len(short) < 2 or len(short) == len(long_):
        return None
    diffs = _pair_modifiers(long_, short, short_form=True)
    if diffs is None:
        return None
    changed = [d for d in diffs if d in (Difference.WORD, Difference.LETTERS)]
    return max(changed, key=lambda d: d.value) if changed else None


def _garbled_longer(ref: Name, later: Name, ha: int, hb: int, mods_a: list[str], mods_b: list[str]) -> Difference | None:
    """A name written again in the Arabic order, with "of"/"for" around a head English keeps in
    place, and a word more: "Brega Petroleum Marketing Company" / "Brega Company for Marketing of
    Petroleum Products". Every word of the shorter name must be in the longer one (as written)."""
    if ref.linked == later.linked or _moved_across_head(ref, later, ha, hb) or fold(ref.texts[ha]) != fold(later.texts[hb]):
        return None
    short, long_ = sorted((mods_a, mods_b), key=len)
    if len(short) < 2 or not {fold(w) for w in short} <= {fold(w) for w in long_}:
        return None
    kept = {fold(w) for w in short}
    if [fold(w) for w in long_ if fold(w) in kept] == [fold(w) for w in short]:
        # the shorter name's words in their order, more words after them: "Suez Canal Authority" /
        # "General Authority for the Suez Canal Economic Zone" is another body, not a garbled name
        return None
    return Difference.ORDER


def bucket(name: Name) -> set[str]:
    """Keys that any variant of the name shares with it: a word's stem, or the group of listed
    synonyms or forms it belongs to ("Ministry of Electricity" / "Ministry of Power")."""
    h = _head(name)
    keys = set()
    for i, w in enumerate(name.texts):
        if i != h:
            keys.add(stem(w)[:4])
            keys.update(group_keys(w))
            # an Arabic word and its translation: "Hilal" is filed under "crescent"
            folded = fold(strip_article(w))
            keys.add("t:" + folded)
            keys.update("t:" + e for e in arabic_words().get(folded, ()))
            if w[:1].isupper() and len(folded) >= 4:
                # a name's own word in other letters: "Al-Wehdat" / "Al-Wahdat" differ in the
                # first four letters but not in their consonants
                keys.add("c:" + consonants(strip_article(w)))
    # and every word's stem, whichever is the head: "Ministry of Municipality" / "of Municipalities"
    return (keys or {stem(name.texts[h])[:4]}) | {"all:" + "|".join(sorted(stem(w) for w in name.texts))}

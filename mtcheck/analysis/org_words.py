"""The words of an organisation's name: which words name a kind of body (its head: Authority,
Federation, Apparatus), and how one word of a name differs from the word in the same place of
another writing of it (its form, its letters, a listed synonym, its Arabic left untranslated).
Data: data/orgs.toml (heads, groups, reorder heads) and data/transliterations.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .._diskcache import code_tag, kept
from . import lexicon
from .names import Difference
from .spelling import Relation, fold, has_article, relation, strip_article


@dataclass(frozen=True)
class OrgLexicon:
    heads: frozenset[str]
    head_groups: tuple[frozenset[str], ...]
    reorder_heads: frozenset[str]
    branch_words: frozenset[str]
    synonym_groups: tuple[frozenset[str], ...]
    form_groups: tuple[frozenset[str], ...]
    demonyms: frozenset[str]  # the adjectives of countries and regions ("Libyan", "Hadrami")
    force_kinds: frozenset[str]     # kind words appended to a force's or a service's own name
    military_areas: frozenset[str]  # area words that name a command after "Military"
    body_adjectives: frozenset[str]  # adjectives of the body itself: "Federal", "General"
    adjective_fields: frozenset[str]  # field words an adjective makes a fixed term with
    ordinals: frozenset[str]        # words that number a unit: "Fifth"
    service_kinds: frozenset[str]   # kind words of a body that runs a public service
    headless_bodies: frozenset[tuple[str, ...]]  # names without a kind word: "Civil Defence"
    dangling_field_words: frozenset[str]  # "Affairs": a field noun a name cannot drop
    combated_things: frozenset[str]  # "Narcotics", "Smuggling": what a body combats ("... Control")
    force_unit_heads: frozenset[str]  # "Directorate", "Command": kind words of a force's unit
    force_fields: frozenset[str]  # "Police", "Guard": the force a unit belongs to


@lru_cache(maxsize=1)
def lexicon_() -> OrgLexicon:
    data, f = lexicon.load("orgs.toml"), "orgs.toml"
    groups = lambda k: tuple(frozenset(g) for g in lexicon.require(data, f, k))
    heads = lexicon.word_set(lexicon.require(data, f, "heads"))
    head_renderings, field_renderings = _renderings(heads)
    return OrgLexicon(heads, groups("head_synonyms") + head_renderings,
                      lexicon.word_set(lexicon.require(data, f, "reorder_heads")),
                      frozenset(w.lower() for w in lexicon.word_set(lexicon.require(data, f, "branch_words"))),
                      groups("word_synonyms") + field_renderings, groups("word_forms") + groups("demonyms"),
                      frozenset(w for g in groups("demonyms") for w in g),
                      lexicon.word_set(lexicon.require(data, f, "force_kinds")),
                      lexicon.word_set(lexicon.require(data, f, "military_areas")),
                      lexicon.word_set(lexicon.require(data, f, "body_adjectives")),
                      lexicon.word_set(lexicon.require(data, f, "adjective_fields")),
                      lexicon.word_set(lexicon.require(data, f, "ordinals")),
                      lexicon.word_set(lexicon.require(data, f, "service_kinds")),
                      frozenset(tuple(p.split()) for p in lexicon.require(data, f, "headless_bodies")),
                      lexicon.word_set(lexicon.require(data, f, "dangling_field_words")),
                      lexicon.word_set(lexicon.require(data, f, "combated_things")),
                      lexicon.word_set(lexicon.require(data, f, "force_unit_heads")),
                      lexicon.word_set(lexicon.require(data, f, "force_fields")))


def _renderings(heads: frozenset[str]) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """The groups of data/org_renderings.toml: (head groups, field groups), one-word renderings
    only, without the excluded words; in the head groups, only the words that are heads."""
    data, f = lexicon.load("org_renderings.toml"), "org_renderings.toml"
    excluded = lexicon.word_set(lexicon.require(data, f, "excluded_words"))

    def read(key: str, keep) -> tuple[frozenset[str], ...]:
        out = []
        for entry in lexicon.require(data, f, key):
            words = frozenset(w for w in entry if not w.startswith("ar:") and " " not in w
                              and w not in excluded and keep(w))
            if len(words) >= 2:
                out.append(words)
        return tuple(out)

    def head(word: str) -> bool:
        return word in heads or (word.endswith("s") and word[:-1] in heads)

    return read("head_renderings", head), read("field_renderings", lambda word: True)


@lru_cache(maxsize=1)
def phrase_renderings() -> dict[tuple[str, ...], frozenset[int]]:
    """The field renderings of data/org_renderings.toml written in two words or more, folded,
    each with the groups that hold it: "Local Government" / "Local Governance" (hukm mahalli)
    render one Arabic phrase, though "Government" alone is too general to pair with anything."""
    data, f = lexicon.load("org_renderings.toml"), "org_renderings.toml"
    out: dict[tuple[str, ...], set[int]] = {}
    for i, entry in enumerate(lexicon.require(data, f, "field_renderings")):
        for w in entry:
            if not w.startswith("ar:"):
                out.setdefault(tuple(fold(x) for x in w.split()), set()).add(i)
    # one-word renderings count only beside a longer one of their group: "Fisheries" /
    # "Fish Resources" (one word for one is the word groups' work)
    multi = {i for k, v in out.items() if len(k) > 1 for i in v}
    return {k: frozenset(v & multi) for k, v in out.items() if v & multi}


@lru_cache(maxsize=65536)  # asked of the same few words again and again in a long article
def is_org_head(word: str) -> bool:
    heads = lexicon_().heads
    # a head in the plural names a body too: "the Early Warning and Response Networks"
    return any(part in heads or (part.endswith("s") and part[:-1] in heads) for part in word.split("-"))


def is_head_at(texts: list[str], i: int) -> bool:
    """A head word, or an area word after "Military": "the Second Military Region" (Yemen) is a
    command's name; alone, "Region" and "District" are places."""
    return is_org_head(texts[i]) or (texts[i] in lexicon_().military_areas and i > 0 and texts[i - 1] == "Military")


@lru_cache(maxsize=1)
def _headless_last() -> frozenset[str]:
    return frozenset(p[-1] for p in lexicon_().headless_bodies)


def headless_head(texts: list[str]) -> int | None:
    """Where a run with no kind word names a body whose name has none ("the Lebanese Civil
    Defence"): the index of its last word, read as the head; None otherwise."""
    phrases = lexicon_().headless_bodies
    if _headless_last().isdisjoint(texts):
        return None  # most runs: no word of theirs can end such a name
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(texts) - n + 1):
            if tuple(texts[i:i + n]) == phrase:
                return i + n - 1
    return None


@lru_cache(maxsize=65536)  # a long article compares the same few words again and again
def stem(word: str) -> str:
    """One key for the forms of a word in a body's name: a plural ("Emergencies" / "Emergency"),
    a noun and its adjective or collective ("Region" / "Regional", "Forests" / "Forestry"), the
    action noun and the gerund ("Coordination" / "Coordinating", "Trade" / "Trading")."""
    w = fold(word)
    if w.endswith("ological"):  # "Meteorological" / "Meteorology", "Hydrological" / "Hydrology"
        w = w[:-4] + "y"
    if w.endswith("ies") and len(w) >= 6:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) >= 5:
        w = w[:-1]
    # the agent noun too: "Coordinators" / "Coordination", "Distributor" / "Distribution"
    if w.endswith("utor") and len(w) >= 8:
        w = w[:-2]
    # ... and the people of a trade for the trade: "Journalists" / "Journalism"
    # ... and the adjective in "-ory": "Regulatory" / "Regulation", "Supervisory" / "Supervision"
    # ... the adjective in "-ic" ("Democratic" / "Democrat", "Electric" / "Electricity") and the
    # noun in "-ty" ("Sovereignty" / "Sovereign"), the participle ("Displaced" / "Displacement")
    for suffix, keep in (("atory", 4), ("ory", 5), ("icity", 5), ("ic", 5), ("ty", 6), ("ed", 5), ("ation", 4), ("ator", 4), ("ition", 4), ("ing", 4), ("ion", 4), ("ment", 4), ("al", 5),
                         ("ry", 5), ("ist", 4), ("ism", 4), ("e", 4)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            w = w[:-len(suffix)]
            break
    w = w[:-2] if w.endswith("at") and len(w) >= 6 else w
    # the agent in "-er" ("Exporters" / "Export", "Teachers" / "Teaching", "Engineers" / "Engineering")
    w = w[:-2] if w.endswith("er") and len(w) >= 6 else w
    # what the suffix left: "Manage(ment)" / "Manag(ing)", "Controll(ing)" / "Control"
    if w.endswith("e") and len(w) >= 5:
        w = w[:-1]
    if len(w) >= 5 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


def _in_group(a: str, b: str, groups) -> bool:
    words, stems = _group_index(groups)
    if not words.get(a, _NONE).isdisjoint(words.get(b, _NONE)):
        return True
    # a listed word in another number: "Drug" / "Narcotics" as "Drugs" / "Narcotics"
    return not stems.get(stem(a), _NONE).isdisjoint(stems.get(stem(b), _NONE))


_NONE: frozenset[int] = frozenset()


_INDEXES: dict[int, tuple] = {}


def _group_index(groups) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """Each word, and each word's stem, with the groups that hold it: one look-up per word
    instead of a scan of every group per pair compared. Kept by the identity of the groups
    (the lexicon's tuples live as long as the process; hashing a tuple of hundreds of groups
    per question cost more than the question)."""
    entry = _INDEXES.get(id(groups))
    if entry is None or entry[0] is not groups:
        entry = _INDEXES[id(groups)] = (groups, _cached_index(groups))
    return entry[1]


def _cached_index(groups) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """:func:`_build_index`, kept in the cache folder keyed by the groups' words and this module:
    stemming every listed word is a tenth of a cold check's start."""
    content = "\x1e".join("\x1f".join(sorted(g)) for g in groups)
    return kept("org-index", content, __file__, lambda: _build_index(groups),
                lambda v: isinstance(v, tuple) and len(v) == 2 and all(isinstance(d, dict) for d in v))


def _build_index(groups) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    words: dict[str, set[int]] = {}
    stems: dict[str, set[int]] = {}
    for i, g in enumerate(groups):
        for w in g:
            words.setdefault(w, set()).add(i)
            stems.setdefault(stem(w), set()).add(i)
    return ({k: frozenset(v) for k, v in words.items()}, {k: frozenset(v) for k, v in stems.items()})


@lru_cache(maxsize=1)
def _synonyms_and_forms() -> tuple[frozenset[str], ...]:
    lex = lexicon_()
    return lex.synonym_groups + lex.form_groups


@lru_cache(maxsize=65536)  # the same pairs of words again and again in a long article
def word_difference(a: str, b: str, heads: bool = False) -> Difference | None:
    """How word b differs from word a of the same name; None when they are other words."""
    lex = lexicon_()
    if a == b:
        return None
    rel = relation(a, b, strict=True)
    if rel in (Relation.FORM, Relation.ARTICLE):
        return Difference.FORM
    if stem(a) == stem(b) or _in_group(a, b, lex.form_groups) or a.replace("z", "s") == b.replace("z", "s") \
            or _adjective_of(a, b):
        return Difference.WORD_FORM
    if rel is Relation.LETTERS or _own_name_respelt(a, b):
        return Difference.LETTERS
    if "-" in a and sorted(a.split("-")) == sorted(b.split("-")):
        return Difference.ORDER  # "Tunisian-Libyan Joint Committee" / "Libyan-Tunisian Joint Committee"
    if heads and _in_group(a, b, lex.head_groups):
        return Difference.HEAD
    if _in_group(a, b, lex.synonym_groups) or _half_translated(a, b):
        return Difference.WORD
    return False  # another word


def _own_name_respelt(a: str, b: str) -> bool:
    """The body's own Arabic name, written with its article, in other letters ("Bank Al-Maghrib" /
    "Bank Al-Maghreb", "Masraf Al-Rafidain" / "Masraf Al-Rafidein"): the article and the rest of
    the name make the looser spelling test safe."""
    if not (has_article(a) and has_article(b)):
        return False
    return relation(a, b) is Relation.LETTERS


def _half_translated(a: str, b: str) -> bool:
    """One word is the Arabic that the other translates: "Hijra and Passports Department" /
    "Immigration and Passports Department", "Hilal al-Ahmar Society" / "Red Crescent Society"."""
    arabic = arabic_words()
    fa, fb = fold(strip_article(a)), fold(strip_article(b))
    return fb in arabic.get(fa, ()) or fa in arabic.get(fb, ())


@lru_cache(maxsize=1)
def arabic_words() -> dict[str, frozenset[str]]:
    """Each transliterated Arabic word of data/transliterations.toml with the English words it
    stands for. A two-word form pairs with a two-word English phrase in reverse order, as Arabic
    puts the adjective or the possessor after the noun ("hilal al-ahmar": red crescent). Kept in
    the data cache: pairing every form is a tenth of a cold check's start."""
    return lexicon.derived("transliterations.toml", code_tag("arabic-words", __file__), _arabic_words,
                           lambda v: isinstance(v, dict))


def _arabic_words(data: dict) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for entry in data.get("word", []):
        for form in entry.get("forms", ()):
            form_words = [fold(strip_article(w)) for w in form.split()]
            for english in entry.get("english", ()):
                eng_words = [fold(w) for w in english.split()]
                if len(form_words) == 1 and len(eng_words) == 1:
                    pairs.setdefault(form_words[0], set()).add(eng_words[0])
                elif len(form_words) == 2 and len(eng_words) == 2:
                    for f, e in zip(form_words, reversed(eng_words)):
                        pairs.setdefault(f, set()).add(e)
    return {k: frozenset(v) for k, v in pairs.items() if len(k) >= 3}


_ADJECTIVE_ENDINGS = ("i", "n", "an", "ian", "ese", "ern")


def _adjective_of(a: str, b: str) -> bool:
    """A place and its adjective, in the regular way ("Darfur" / "Darfuri", "Nubia" / "Nubian",
    "Baghdad" / "Baghdadi", "South" / "Southern"): the same word of a body's name in another form. Capitalised words
    only, so that "Sudanese" stays the listed form of "Sudan" and common nouns are left alone."""
    if not (a[:1].isupper() and b[:1].isupper()):
        return False
    short, long_ = sorted((fold(a), fold(b)), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short):] in _ADJECTIVE_ENDINGS


def group_keys(word: str) -> set[str]:
    """Keys of the listed groups of synonyms or forms the word belongs to (by its stem)."""
    _, stems = _group_index(_synonyms_and_forms())
    return {f"#{i}" for i in stems.get(stem(word), _NONE)}


@lru_cache(maxsize=65536)
def number_only(a: str, b: str) -> bool:
    """Whether two words are one noun in the singular and the plural ("Studies" / "Study",
    "Ports" / "Port", "Competitions" / "Competition"): no other change of form."""
    x, y = sorted((fold(a), fold(b)), key=len)
    if len(x) < 4 or x == y:
        return False
    return y in (x + "s", x + "es") or (x.endswith("y") and y == x[:-1] + "ies")


@lru_cache(maxsize=65536)  # compare asks for both heads of every pair a long article compares
def head_index(texts: tuple[str, ...]) -> int:
    """Where the kind word of a name's words stands: its last head word, else its last word."""
    idx = [i for i in range(len(texts)) if is_head_at(texts, i)]
    return idx[-1] if idx else len(texts) - 1


def one_noun_number(a: list[str], b: list[str]) -> bool:
    """The same words in the same order but one noun in the singular in one name and the plural in
    the other: whatever that noun's place, a word-form variant of one name."""
    if len(a) != len(b) or len(a) < 2:
        return False
    changed = [(x, y) for x, y in zip(a, b) if x != y]
    return len(changed) == 1 and number_only(*changed[0])

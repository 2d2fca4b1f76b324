"""Places: capitalised runs that a cue word marks as a place ("in Jounieh", "the Al-Khalis
district"), or that the gazetteer knows as a town, province or governorate ("Tubruk residents
said"; lists: "of Rabigh and Al Lith"), or that spell a place already recognised in other
letters ("Tikrit" ... "Takrit residents"). How two place names relate is ``place_compare``'s work.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..segment import Segment
from . import lexicon
from .foreign_words import opens_a_sentence
from .gazetteer import Gazetteer, gazetteer
from .names import RUN, Name, words_in
from .org_words import is_org_head
from .org_words import lexicon_ as org_lexicon
from .place_compare import raw_bones, skeleton, vowel_blind
from .spelling import has_article, loose, strip_article
from .title_lexicon import title_words

# "the residents of Hajeen", "the outskirts of Takrit": after "of" a capitalised run may be a
# place; it counts as one only when it is written like a place already recognised.
_WEAK_CUE = re.compile(r"(?:^|[ \u00a0])of[ \u00a0]+$")
_LIST_SPLIT = re.compile(r"[ \u00a0]+(and|of|for)[ \u00a0]+")  # "leave Port Sudan for El Obeid": two places
# A sentence opening with a cue word, which the capitalised run takes in: "At Wad Sherifai,
# residents said", "Near Kafr Nabl"
@lru_cache(maxsize=1)
def _opening_cue() -> re.Pattern:
    # the one-word cues (prepositions) of names.toml place_cues, capitalised; not "To", which
    # opens other sentences ("To Allah we belong")
    words = sorted((c.capitalize() for c in lexicon.names().place_cues if " " not in c and c != "to"),
                   key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")[ \u00a0]+(?=[A-Z])")


_FRENCH_PARTICLE_AFTER = re.compile(r"[ \u00a0]+(?:des|du|de|d['\u2019])[ \u00a0]*[A-Z]")
_NAME_PARTICLE = re.compile(r"(?<![\w-])(?:bin|ibn|bint|ben|ould|abu|ba|bani)[ \u00a0]+$")
_HEAD_AFTER = re.compile(r"[ \u00a0]*([a-z]+(?:-[a-z]+)?)")  # "sub-district" is one head


@lru_cache(maxsize=1)
def _cue_rx() -> re.Pattern:
    lex = lexicon.names()
    # every head word read before "of" is a cue too: "the crossing of Jabir", "the camp of Bardarash"
    cues = sorted(set(lex.place_cues) | {f"{h} of" for h in lex.place_heads}, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s\u00a0]))(?:" + "|".join(re.escape(c) for c in cues) + r")[ \u00a0]+$",
                      re.IGNORECASE)


def _bare_known(gaz: Gazetteer, name: str, config: dict) -> bool:
    """A place recognised with no cue: a subdivision or a town big enough not to be a word."""
    lex = lexicon.names()
    if name in lex.given_names or name in lex.not_names or name.isupper():
        return False  # (capitals alone are an acronym: "(MENA)", the news agency, is no town)
    place = gaz.largest(name)
    return place is not None and (place.population < 0 or place.population >= config["bare_min_population"])


def _parts(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A run split at "and" ("Rabigh and Al Lith" lists two places) and "of" ("Governor of
    Kirkuk": what follows "of" may be a place). Each part says whether "of" opened it."""
    out, pos, after_of = [], start, False
    for m in _LIST_SPLIT.finditer(text, start, end):
        out.append((pos, m.start(), after_of))
        pos, after_of = m.end(), m.group(1) == "of"
    out.append((pos, end, after_of))
    return out


def places(text: str, sentences: list[Segment], exclude: list[tuple[int, int]]) -> list[Name]:
    lex = lexicon.names()
    config = lexicon.load("places.toml")
    gaz = gazetteer()
    blocked = sorted(exclude)
    out: list[Name] = []
    unplaced: list[tuple[int, int]] = []  # capitalised runs no cue or gazetteer made a place
    b = 0
    cue_rx, opening_cue, memo = _cue_rx(), _opening_cue(), _memo()
    for seg in sentences:
        if seg.part in ("marker", "credit"):
            continue
        for m in RUN.finditer(text, seg.start, seg.end):
            while b < len(blocked) and blocked[b][1] <= m.start():
                b += 1
            # part of a person's mention or a dateline: only the list items before it count
            # ("the villages of Chemchemal and Qadir Karam", read as a person)
            cut = blocked[b][0] if b < len(blocked) and blocked[b][0] < m.end() else None
            if cut is not None and (cut <= m.start() or not _LIST_SPLIT.search(text, m.start(), cut)):
                continue
            cue = bool(cue_rx.search(text, max(seg.start, m.start() - 20), m.start())) \
                or _continues_list(text, out, seg, m.start(), m.end()) \
                or bool(opening_cue.match(text, m.start(), m.end()))
            weak = not cue and bool(_WEAK_CUE.search(text, max(seg.start, m.start() - 5), m.start()))
            after_place = False
            parts = _parts(text, m.start(), m.end())
            # "between Abu Kammash and Sabratha": a name joined by "and" to a known place is one
            cue = cue or _listed_before_place(text, parts, seg, gaz, config, lex, memo)
            for i, (s, e, after_of) in enumerate(parts):
                if cut is not None and e > cut:
                    break
                # "between Kassala and Wad al-Hilew": a name joined by "and" to a place is one
                listed = after_place and not after_of
                # "Residents of Rhafsai" opening a sentence: the cue is inside the capitalised run
                inner_cue = after_of and bool(cue_rx.search(text, parts[i - 1][0], s))
                name = _place(text, s, e, seg, (cue and (i == 0 or not after_of)) or listed or inner_cue, gaz,
                              config, lex, weak or after_of, memo)
                after_place = name is not None and not name.weak
                if name is not None:
                    out.append(name)
                else:
                    unplaced.append((s, e))
    return sorted(out + _echoes(text, unplaced, out, lex), key=lambda n: n.start)


def read_as_person(text: str, mention) -> bool:
    """Whether a person mention's name stays a person's for the places: not when an untitled
    "name" stands after a preposition of place and the gazetteer knows it as a province or a
    town big enough to be meant ("in Deir al-Zour", whose "al-" made it look like a surname)."""
    if _honorific_place(text, mention):
        return False
    if mention.titles or mention.bare or len(mention.units) < 2:
        return True
    start, end = mention.name_start, mention.name_end
    if not _cue_rx().search(text, max(0, start - 20), start):
        return True
    return not _bare_known(gazetteer(), text[start:end], lexicon.load("places.toml"))


def _honorific_place(text: str, mention) -> bool:
    """"residents of Sheikh Uthman": a district named after a saint reads like a man with an
    honorific. After a place cue, the honorific and the name together a place the gazetteer
    knows: the place, not a person."""
    if len(mention.titles) != 1 or mention.titles[0].category != "honorific" or mention.bare:
        return False
    start = mention.titles[0].start
    head = _HEAD_AFTER.match(text, mention.name_end)
    cued = _cue_rx().search(text, max(0, start - 20), start) or _listed_after_cue(text, start) \
        or (head and head.group(1) in lexicon.names().place_heads)  # "Sheikh Uthman market"
    return bool(cued) and bool(gazetteer().ids(text[start:mention.name_end]))


# each item closed by a comma or "and", so the words of the list split one way only
_LIST_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*"
                          r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+))+$")


def _listed_after_cue(text: str, start: int) -> bool:
    """The last item of a list a place cue opens: "the districts of Crater, Khor Maksar and
    Sheikh Othman"."""
    floor = max(0, start - 120)
    items = _LIST_BEFORE.search(text, floor, start)
    return items is not None and items.start() > floor \
        and bool(_cue_rx().search(text, max(0, items.start() - 20), items.start()))


def _listed_before_place(text, parts, seg, gaz, config, lex, memo=None) -> bool:
    """The first item of "X and Y" where Y (with no "of" before it) is a recognised place."""
    return len(parts) == 2 and not parts[1][2] and _place(text, parts[1][0], parts[1][1], seg, False, gaz,
                                                          config, lex, memo=memo) is not None


_LIST_GAP = re.compile(r",[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?$")
_LIST_GOES_ON = re.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:and|or)[ \u00a0])")


def _continues_list(text: str, found: list, seg: Segment, start: int, end: int) -> bool:
    """"the localities of Kassala, Wad al-Hilew and Rural Kassala": a name listed after a place,
    in a list that goes on (a comma or "and" after it) or ends here (", and"), is a place."""
    if not found or found[-1].weak or found[-1].end < seg.start:
        return False
    gap = _LIST_GAP.fullmatch(text, found[-1].end, start)
    if not gap:
        return False
    if gap.group().rstrip(" \u00a0").endswith(("and", "or")) or _LIST_GOES_ON.match(text, end, seg.end):
        return True
    inner = _LIST_SPLIT.search(text, start, end)  # "Wad Sherifay and Telkuk": the list goes on inside
    return bool(inner) and inner.group(1) == "and"


def _echoes(text: str, unplaced: list[tuple[int, int]], found: list[Name], lex) -> list[Name]:
    """Capitalised words that no cue marks as a place but that spell a place already recognised
    in other letters ("Tikrit" ... "Takrit residents"): weak places, which count only beside the
    place they resemble. Looked up by key, so linear in the number of words."""
    keys = set()
    keyed: set[str] = set()  # each distinct name once: a long article repeats its places
    for n in found:
        whole = " ".join(n.texts)
        if not n.weak and whole not in keyed:
            keyed.add(whole)
            keys.update(_echo_keys(whole))
            # "Al-Kuwair" ... "the Al Kuwair market": a hyphened article spaced off is two words
            if len(n.texts) >= 2 or has_article(whole):
                keys.add("w:" + loose(" ".join(n.texts)))
                keys.update(_one_word_respelt_keys(n.texts))
    if not keys:
        return []
    out = []
    config = lexicon.load("places.toml")
    registered = (frozenset(config.get("registered_name_heads", ())), frozenset(config.get("facility_descriptors", ())))
    echoes: dict[str, bool] = {}  # a word alone: does it echo a place? (per distinct word)
    for s, e in unplaced:
        words = [w for w in words_in(text, s, e) if w[2] not in lex.not_names]
        lead = _facility_lead(words, lex, registered)
        if lead:
            # "the Sohar Sports Complex": a facility named after its town, whose name may echo the town's
            words = lead
        if len(words) in (2, 3):
            echo = _whole_echo(words, keys, lex)
            if echo is not None:
                out.append(echo)
            continue
        if len(words) != 1:
            continue  # a word of a longer name: "Basrah Medium" (a crude grade), "Basrah Oil Company"
        for w in words:
            echo = echoes.get(w[2])
            if echo is None:
                # a title is no town: "the Minister of Agriculture" shares its consonants with "Monastir"
                echo = echoes[w[2]] = not (
                    w[2] in lex.given_names or w[2] in lex.not_names or w[2] in lex.institution_words
                    or is_org_head(w[2]) or lexicon.norm_form(w[2]) in lexicon.titles()[0]
                    or not keys.intersection(_echo_keys(w[2])))
            if echo and (opens_a_sentence(text, w[0], w[2]) or _NAME_PARTICLE.search(text, max(0, w[0] - 6), w[0])
                         or _FRENCH_PARTICLE_AFTER.match(text, w[1])):
                continue  # "TUNIS (Reuters) - Tens"; "Ghayl bin Yamin"; "the Algerienne des Eaux": a name's word
            if echo:
                out.append(Name(w[0], w[1], (w,), "place", weak=True))
    return out


def _facility_lead(words, lex, lists: tuple[frozenset[str], frozenset[str]]) -> list:
    """The words before the first body or building word of a run ("Sohar" of "Sohar Sports
    Complex") and the words describing it ("Duqm" of "Duqm Special Economic Zone"), when there
    are one to three of them and none is a given name, and the run is no registered name
    ("Basrah Oil Company"); else []."""
    registered, descriptors = lists
    if any(w[2] in registered for w in words):
        return []
    for i, w in enumerate(words):
        if w[2] in lex.institution_words or is_org_head(w[2]):
            while i > 0 and words[i - 1][2] in descriptors:
                i -= 1
            lead = words[:i]
            if 1 <= len(lead) <= 3 and not any(x[2] in lex.given_names for x in lead):
                return lead
            return []
    return []


def _whole_echo(words, keys: set[str], lex) -> Name | None:
    """A name of two or three words that spells a recognised place of as many words in other
    letters ("Jleeb Al Shuyukh" ... "areas included Jleeb Al Shuyoukh"): a weak place. Only the
    transliteration key of the whole counts (a long name's key is distinctive; the vowel-blind
    and consonant keys of a single word are not consulted), and no word may open a body's name
    or be a given name (a person: "Hassan Al Sayed")."""
    # a place's own head closing the run ("Sheikh Zaid City"): its given name names the place
    headed = words[-1][2].lower() in lex.place_heads
    if not strip_article(words[-1][2])[:1].isupper():  # "al-Alil" is capitalised after its article
        return None
    texts = [w[2] for w in words]
    bodily = {i for i, w in enumerate(texts) if w in lex.institution_words or is_org_head(w)}
    if bodily:
        # a body's word only as the known place writes it too ("Port Fouad" ... "the Port Fuad
        # market"): one other word respelt, that word kept as it was (a given name too: the
        # place is named after a man)
        if keys.isdisjoint(k for k in _one_word_respelt_keys(texts) if int(k.split(":")[1]) not in bodily):
            return None
        return Name(words[0][0], words[-1][1], tuple(words), "place", weak=True)
    if any(w[2] in lex.given_names and not headed for w in words):
        return None
    whole = " ".join(texts)
    if "w:" + loose(whole) not in keys and keys.isdisjoint(_one_word_respelt_keys(texts)):
        return None
    return Name(words[0][0], words[-1][1], tuple(words), "place", weak=True)


def _one_word_respelt_keys(texts) -> set[str]:
    """Keys of a name of two or three words with one word (of four letters or more) respelt and
    the others written alike: "Borj Bou Arreridj" ... "Bordj Bou Arreridj". The respelt word
    counts by its own echo keys, the others as written."""
    if len(texts) not in (2, 3):
        return set()
    folded = [w.lower() for w in texts]
    return {f"p:{i}:{' '.join(folded[:i] + folded[i + 1:])}:{k}"
            for i, w in enumerate(texts) if len(w) >= 4 for k in _echo_keys(w)}


def _echo_keys(name: str) -> set[str]:
    """Keys under which a weak place may resemble a known one: the transliteration key, and the
    vowel-blind key where it keeps three consonants (two are too common to mean anything)."""
    keys = {"s:" + loose(name)}
    blind = vowel_blind(name)
    if sum(c != "V" for c in blind) >= 3:
        keys.add("v:" + blind)
        # French "ou" before a vowel is English "w" after one: "Kairouan" / "Kairawan"
        keys.add("v:" + blind.replace("Vw", "w"))
    bones = skeleton(name)
    if len(bones) >= 4:  # "Bebnine" / "Bibnin": the consonants alone, where four of them agree
        keys.add("k:" + bones)
    raw = raw_bones(name)
    if sum(c != "V" for c in raw) >= 3:  # "Tahta" / "Tahata": a short vowel written or left out
        keys.add("r:" + raw)
    return keys


def _place(text, s, e, seg, cue, gaz, config, lex, weak=False, memo=None) -> Name | None:
    memo = memo or _memo()
    words = words_in(text, s, e)
    kept = _kept_words(tuple(w[2] for w in words), lex, memo[0])
    if kept is None:
        return None
    known = _known_prefix(text, words, kept[-1] + 1, gaz, config, memo[1]) \
        if len(kept) < len(words) and (words[0][2] not in lex.not_names or words[0][0] > seg.start) else 0
    if known:
        # "from In Salah to Tamanrasset": the town's name opens with "In"; "in Port Said on
        # Monday": a word that is no name elsewhere ends it (a sentence's opening word may be
        # only a preposition)
        kept = range(known)
    elif len(kept) < len(words) and len(words) == 3 and words[0][2] in lex.not_names \
            and words[0][2].lower() not in _FUNCTION_OPENERS \
            and words[-1][2].lower() in lex.place_heads and words[-1][2][:1].isupper():
        kept = range(len(words))  # "Sheikh Zaid City": a new town named after a man, his style in it
    words = tuple(words[i] for i in kept)
    if len(words) >= 2 and words[-1][2] in config.get("office_tails", ()):
        # "The Deir al-Zor Governor": the place its head's office names, if a cue or the
        # gazetteer makes the words before it one
        named = text[words[0][0]:words[-2][1]]
        if cue or _bare_known_memo(gaz, named, config, memo[1]):
            return Name(words[0][0], words[-2][1], words[:-1], "place")
        return None
    if len(words) >= 2 and words[-1][2] in config.get("feature_heads", ()):
        # "the Gash River": a place, the feature its head
        return Name(words[0][0], words[-2][1], words[:-1], "place", head=words[-1][2].lower())
    after = _HEAD_AFTER.match(text, words[-1][1], seg.end)
    head = after.group(1) if after and after.group(1) in lex.place_heads else None
    written = text[words[0][0]:words[-1][1]]
    if cue or head or _bare_known_memo(gaz, written, config, memo[1]) or _opens_with_generic(words, config):
        return Name(words[0][0], words[-1][1], words, "place", head=head)
    if weak and not any(w[2] in lex.given_names for w in words) \
            and not all(w[2] in title_words().portfolio_words for w in words):  # "the Ministry of Hajj"
        return Name(words[0][0], words[-1][1], words, "place", weak=True)
    return None


def _known_prefix(text, words, least: int, gaz, config, memo) -> int:
    """How many of the run's first words (two or more, and at least ``least``: every word a
    place would keep) the gazetteer knows as one place, longest first; 0 when none. ("New Beni
    Suef" is not read as "New Beni", a town elsewhere.)"""
    for n in range(len(words), max(least, 2) - 1, -1):
        if _bare_known_memo(gaz, text[words[0][0]:words[n - 1][1]], config, memo):
            return n
    return 0


_FUNCTION_OPENERS = frozenset({"the", "a", "an", "in", "at", "on", "from", "to", "of", "for", "near", "and", "by"})


def _opens_with_generic(words, config: dict) -> bool:
    """A name that opens with a geographic word of its own ("Bahr Yusuf", "Wadi Hadramawt",
    "Ras Muhammad": a given name may follow; a person's mention is blocked before this)."""
    return len(words) >= 2 and words[0][2] in config.get("generic_openers", ())


def _kept_words(texts: tuple[str, ...], lex, memo: dict) -> tuple[int, ...] | None:
    """Which words of a run a place keeps (not the words of not_names); None when no place can
    be read from them: a body's or building's word, none left, or more than three."""
    found = memo.get(texts, _UNKNOWN)
    if found is not _UNKNOWN:
        return found
    if any(w in lex.institution_words and w.lower() not in lex.place_heads for w in texts) \
            or any(is_org_head(w) for w in texts):
        kept = None  # "Prince Hassan Air Base", "Red Crescent": bodies and buildings
    else:
        kept = tuple(i for i, w in enumerate(texts) if w not in lex.not_names)
        kept = kept if 0 < len(kept) <= 3 else None
    memo[texts] = kept
    return kept


def _bare_known_memo(gaz: Gazetteer, name: str, config: dict, memo: dict) -> bool:
    if name not in memo:
        memo[name] = _bare_known(gaz, name, config)
    return memo[name]


# Answers that depend on a name's words alone, per distinct name: a long article writes the
# same places thousands of times. Kept for the word lists in use (a house style's data files
# replace them) and bounded.
_MEMO: list = [None, {}, {}]  # (the word lists, kept words by run, bare_known by name)
_UNKNOWN = object()


def _memo() -> tuple[dict, dict]:
    owner = (lexicon.names(), lexicon.load("places.toml"), gazetteer(), org_lexicon())
    held = _MEMO[0]
    if held is None or any(a is not b for a, b in zip(held, owner)) \
            or len(_MEMO[1]) + len(_MEMO[2]) > 65536:
        _MEMO[:] = [owner, {}, {}]
    return _MEMO[1], _MEMO[2]


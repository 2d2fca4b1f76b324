"""Surnames standing alone with no title ("Darwish's low shot", "Al Saadi called"): a mention
of a person the article has already named in full, when the surname matches that person's
strictly (the same sound, a vowel more or less) and no one else's.

A capitalised word that is part of a longer name ("Camille Chamoun"), a listed non-name or a
given name that does not speak ("Kassem said" does) is no bare surname.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..segment import Segment
from . import lexicon
from .people import _POSSESSIVE, Mention, Person, Unit, _speech_after
from .person_titles import _appositive_title
from .spelling import Relation, fold, loose, sound, strip_article
from .title_lexicon import CAP, WS

_VOWELS = re.compile(r"[aiu]")
_CAP_WORD = re.compile(rf"(?<![\w'’-]){CAP}")
_CAP_BEFORE = re.compile(rf"{CAP}[ \u00a0]+$")
# the article or a kinship particle written apart is part of a bare surname: "Al Saadi", "Bin Ammar"
_PARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:Al|El|Ben|Bin|Ibn|Ould|Abu|Abou|Bou|Bu|Abdel|Abdul|Abdal)[ \u00a0]$")
_CAP_AT = re.compile(CAP)
# a word right after these is a place, not a person standing alone
@lru_cache(maxsize=1)
def _place_cue_before() -> re.Pattern:
    """A preposition of place or a place noun with its "of" (names.toml place_cues: "in", "the town of")
    right before a word."""
    words = sorted(lexicon.names().place_cues, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in words)
                      + r")[ \u00a0]+$")


@lru_cache(maxsize=1)
def _acts_after() -> re.Pattern:
    """A reporting verb or another verb only a person does (names.toml person_verbs) right after
    a word: "Kassem said", "Hijazi admitted"."""
    verbs = sorted(lexicon.load("names.toml").get("person_verbs", []), key=len, reverse=True)
    return re.compile(rf"{_speech_after().pattern}|[ \u00a0]*,?[ \u00a0]+(?:{'|'.join(verbs)})\b")


# a space on one side of a hyphen: "Al -Senussi", "Al- Senussi"
_STRAY_SPACE = re.compile(r"\w[ \u00a0]+-\w|\w-[ \u00a0]+\w")


def _written(p: Person) -> str:
    """A person's surname as written, the article and its case aside."""
    return fold(strip_article(p.reference_unit("surname")[1].text))


def _skeleton(name: str) -> str:
    """Strict matches (same sound, or one vowel more or less) share this key."""
    s = sound(name)
    return s[:1] + _VOWELS.sub("", s[1:])


class _Surnames:
    """The known people by the first spelling of their surname (four letters or more): by its
    skeleton for strict matches, by its loose key for a consonant written the Egyptian way."""

    def __init__(self, people: list[Person]) -> None:
        self.by_key: dict[str, dict[str, Person]] = {}
        self.by_loose_key: dict[str, dict[str, Person]] = {}
        self.by_loose: dict[str, dict[int, Person]] = {}
        self._strict: dict[str, dict[int, Person]] = {}  # a word's strict matches: names recur
        self._no_one: dict[str, bool] = {}  # fits_no_one's answers
        self._slips: dict[str, dict[int, Person]] = {}  # _vowel_slips' answers
        for p in people:
            ref = p.reference_unit("surname")
            if ref and len(fold(ref[1].text)) >= 4:
                self.by_key.setdefault(_skeleton(ref[1].text), {}).setdefault(ref[1].text, p)
                # a consonant written the Egyptian way as well ("Hegazy" / "Hijazi"): the listed
                # families decide those, on this coarser key
                self.by_loose_key.setdefault(_skeleton(loose(ref[1].text)), {}).setdefault(ref[1].text, p)
                self.by_loose.setdefault(loose(ref[1].text), {})[id(p)] = p

    def fits_no_one(self, core: str) -> bool:
        """``person`` finds no one for ``core``, whatever surrounds it (no strict match, and no
        loose one to take when the word speaks)."""
        never = self._no_one.get(core)
        if never is None:
            hits = self._strict.get(core)
            if hits is None:
                hits = self._strict[core] = self._strict_matches(core)
            never = self._no_one[core] = not hits and not (
                len(fold(core)) >= 5 and (self.by_loose.get(loose(core)) or self._vowel_slips(core)))
        return never

    def person(self, text: str, seg: Segment, core: str, end: int, start: int) -> Person | None:
        """The one person named before ``start`` whose surname ``core`` is, else None (no one, or
        several): someone named only later ("His deputy, Ahmed Sharif, who is not related to
        him") is no one the reader can mean yet."""
        hits = self._strict.get(core)
        if hits is None:
            hits = self._strict[core] = self._strict_matches(core)
        if not hits and len(fold(core)) >= 5 and _acts_after().match(text, end, seg.end):
            # "Mahgoub said" for "Mohamed Mahjoub": one consonant written the Egyptian way,
            # taken only when the surname speaks and fits one person alone
            hits = self.by_loose.get(loose(core), {}) or self._vowel_slips(core)
        named = [p for p in hits.values() if p.reference.start < start]
        if len(named) > 1 and len({_written(p) for p in named}) == 1 \
                and (_STRAY_SPACE.search(core) or fold(strip_article(core)) != _written(named[0])):
            # "Al -Senussi" after the mayor Al-Senussi and a teacher al-Senussi, "Abdel Jawad" after
            # the brothers Hossam and Ashraf Abdel Gawad: whoever is meant, the surname is
            # misspelt the same way against both; the first named stands for them
            return named[0]
        return named[0] if len(named) == 1 else None

    def _vowel_slips(self, core: str) -> dict[int, Person]:
        """The people whose surname ``core`` writes with one inner vowel changed ("Al-Fiki said"
        after "Hashim Ahmed al-Faki"): a short surname too, but only when it speaks and fits no
        one else (the caller's test), since a speaker the article never named is no one."""
        out = self._slips.get(core)
        if out is None:
            out = self._slips[core] = {id(p): p for names in self.by_key.values() for name, p in names.items()
                                       if _one_inner_vowel(name, core)}
        return out

    def _strict_matches(self, core: str) -> dict[int, Person]:
        from .coreference import name_relation

        bucket = self.by_key.get(_skeleton(core), {}) | self.by_loose_key.get(_skeleton(loose(core)), {})
        return {id(p): p for name, p in bucket.items()
                if name_relation(name, core, strict=True) is not Relation.DIFFERENT
                or _inner_vowel_swapped(name, core)}


def _inner_difference(a: str, b: str, shortest: int) -> tuple[str, str, int] | None:
    """The two surnames' sound keys and the place of their one differing letter, when they are of
    one length (``shortest`` or more) and differ in one letter, neither the first nor the last."""
    sa, sb = sound(strip_article(a)), sound(strip_article(b))
    if len(sa) != len(sb) or len(sa) < shortest:
        return None
    diff = [i for i in range(len(sa)) if sa[i] != sb[i]]
    return (sa, sb, diff[0]) if len(diff) == 1 and 0 < diff[0] < len(sa) - 1 else None


def _one_inner_vowel(a: str, b: str) -> bool:
    """One vowel, not the first letter nor the last, written another way ("Faki" / "Fiki")."""
    found = _inner_difference(a, b, 4)
    if found is None:
        return False
    sa, sb, i = found
    return {sa[i], sb[i]} <= set("aeiou")


def _inner_vowel_swapped(a: str, b: str) -> bool:
    """One vowel inside a long surname written another way ("Al-Gharyani" / "Al-Ghiryani",
    "Mansouri" / "Mansuri" after the sound map): the short vowels Arabic leaves unwritten, which
    transliteration guesses. Short names keep them apart ("Gaza" / "Giza"), and so does the last
    letter ("Masri" / "Masra" are other words)."""
    found = _inner_difference(a, b, 6)
    if found is None:
        return False
    sa, sb, i = found
    pair = {sa[i], sb[i]}
    if pair <= set("aeiou") and (len(sa) >= 7 or i <= 2):
        return True  # a shorter surname in its first syllable only ("al-Jubouri" / "Al-Jabouri")
    # the long i written as a diphthong ("Ghoneim" / "Ghonim", "Obeidi" / "Obidi"): the sound
    # key writes ei/ai as Y; a shorter surname may differ so, not by any other vowel
    return pair in ({"Y", "i"}, {"Y", "e"})


def bare_surnames(text: str, sentences: list[Segment], mentions: list[Mention],
                  people: list[Person]) -> list[Mention]:
    """Surnames standing alone ("Darwish's low shot") that look like a known person's."""
    surnames = _Surnames(people)
    if not surnames.by_key:
        return []
    givens = {m.units[0].text for m in mentions if len(m.units) > 1}
    exact_surnames = {m.surname.text for m in mentions if len(m.units) > 1} - givens
    taken = sorted((m.start, m.end) for m in mentions)
    out, t = [], 0
    for si, seg in enumerate(sentences):
        if seg.part in ("marker", "credit"):
            continue
        for w in _CAP_WORD.finditer(text, seg.start, seg.end):
            while t < len(taken) and taken[t][1] <= w.start():
                t += 1
            if t < len(taken) and taken[t][0] <= w.start() < taken[t][1]:
                continue  # inside a mention
            written = w.group()
            # a possessive ends in s or an apostrophe: the other words (most) skip the regex
            if surnames.fits_no_one(_POSSESSIVE.sub("", written) if written[-1] in "s'’" else written) \
                    and not _PARTICLE_BEFORE.search(text, max(seg.start, w.start() - 7), w.start()):
                continue  # most capitalised words: no one's surname, looked up once per word
            word = _bare_word(text, seg, w, exact_surnames)
            person = surnames.person(text, seg, word[2], word[1], word[0]) if word else None
            if person is not None and word[0] > person.reference.start:
                s, e, core = word
                apposed = _appositive_title(text, e, seg.end)
                out.append(Mention(s, e, [Unit(s, e, core)], [apposed] if apposed else [], si, bare=True,
                                   person=person))
    return out


_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \u00a0]+$")


@lru_cache(maxsize=1)
def _personal_head() -> re.Pattern:
    """After "the", what makes a surname still its man (names.toml personal_heads): "the Hajri
    campaign office", "the Kadhimi government"."""
    words = sorted(lexicon.load("names.toml").get("personal_heads", []), key=len, reverse=True)
    return re.compile(rf"[ \u00a0]+(?:{'|'.join(words)})\b")


def _bare_word(text: str, seg: Segment, w: re.Match, exact_surnames: set[str]) -> tuple[int, int, str] | None:
    """(start, end, text) of the capitalised word ``w`` read as a surname standing alone (with
    the article written apart before it), or None when it cannot be one."""
    lex = lexicon.names()
    s = w.start()
    core = _POSSESSIVE.sub("", w.group())
    e = s + len(core)
    if core in lex.not_names:
        return None
    if core in lex.given_names and core not in exact_surnames and not _acts_after().match(text, e, seg.end):
        # a given name alone is rarely a surname, unless it speaks ("Kassem said") or is
        # written exactly as someone's surname and no one's given name ("Karam, the director")
        return None
    if _place_cue_before().search(text, max(seg.start, s - 24), s):
        return None  # "forces coming from Zawiya": a place, whatever surname it resembles
    if _known_town(core) and not _acts_after().match(text, e, seg.end):
        return None  # "the Misrata and Zawiya stations": a town the gazetteer knows, unless it speaks
    the_before = _THE_BEFORE.search(text, max(seg.start, s - 5), s)
    if the_before and not _personal_head().match(text, e, seg.end):
        return None  # "the Dhabba port": a word naming a thing ("the Hajri campaign" names its man)
    particle = _PARTICLE_BEFORE.search(text, max(seg.start, s - 7), s)
    if particle:  # "Al Saadi called": the article written apart is part of the surname
        s, core = particle.start(), text[particle.start():e]
    # part of a longer capitalised name ("Camille Chamoun"): that is someone or something else
    elif not the_before and _CAP_BEFORE.search(text, max(seg.start, s - 30), s):
        return None
    if _next_is_name(text, e, seg.end):
        return None
    return s, e, core


@lru_cache(maxsize=4096)
def _known_town(word: str) -> bool:
    """A province, or a town big enough to be named bare (places.toml bare_min_population)."""
    from .gazetteer import gazetteer
    from .places import _bare_known
    return _bare_known(gazetteer(), word, lexicon.load("places.toml"))


def _next_is_name(text: str, pos: int, end: int) -> bool:
    sp = WS.match(text, pos, end)
    if not sp:
        return False
    m = _CAP_AT.match(text, sp.end(), end)
    return bool(m) and m.group().strip(",.;:") not in lexicon.names().not_names

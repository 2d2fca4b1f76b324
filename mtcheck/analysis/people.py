"""Find the people an article mentions and tie each mention to one person.

A mention is an optional chain of titles ("Iraqi army spokesman Brig Gen", "Health Minister
Dr") followed by a name, or a capitalised name that is a person by other evidence (a known
given name, "said"/"told" after it). Names are cut into units, with particles bound to the
word they precede ("Abdul Amir", "al-Shammari", "Ben Issa"): the first unit is the given
name, the last the surname.

Who is who (tying mentions to people) is ``coreference``'s work.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..segment import Segment
from . import lexicon
from .mention_starts import NAME_WORD, lower_case_openers, may_open_mention, may_open_starts, two_name_words_pattern
from .person_titles import Title, _appositive_title, _no_head_within_reach, _titles_at, title_at
from .spelling import fold
from .title_lexicon import CAP, WS

__all__ = ["Mention", "Person", "Title", "Unit", "extract"]

_POSSESSIVE = re.compile(r"['’]s?$")
_INSIDE_NAME = re.compile(rf"(?:{CAP}|\b(?:of|for|and|the|de))[ \u00a0]+$")


@lru_cache(maxsize=1)
def _history() -> re.Pattern:
    """A career word of data/names.toml (history_cues) within 25 characters before the name."""
    cues = "|".join(re.escape(w) for w in lexicon.names().history_cues)
    return re.compile(rf"\b(?:{cues})\b[^.]{{0,25}}$", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str


@dataclass
class Mention:
    start: int
    end: int
    units: list[Unit]
    titles: list[Title]
    sentence: int
    quoted: bool = False
    historical: bool = False
    bare: bool = False          # a surname alone, found by its likeness to a known person
    person: Person | None = None
    ambiguous: bool = False     # its surname fits more than one person
    # the people an ambiguous surname fits, most recent first (coreference picks one of them)
    candidates: list[Person] = field(default_factory=list, compare=False, repr=False)
    introduced: bool = False    # "X, a 62-year-old pilgrim": someone new to the story
    unrelated: bool = False     # "X, ..., who is not related to the zone commander": never an earlier person

    @property
    def name_start(self) -> int:
        return self.units[0].start

    @property
    def name_end(self) -> int:
        return self.units[-1].end

    @property
    def given(self) -> Unit | None:
        return self.units[0] if len(self.units) > 1 else None

    @property
    def surname(self) -> Unit:
        return self.units[-1]

    def title(self, category: str) -> Title | None:
        for t in self.titles:
            if t.category == category:
                return t
        return None


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def reference(self) -> Mention:
        return self.mentions[0]

    def reference_unit(self, which: str) -> tuple[Mention, Unit] | None:
        """The first spelling of the given name or surname this person was written with."""
        for m in self.mentions:
            if m.bare:
                continue
            u = m.given if which == "given" else m.surname
            if u is not None:
                return m, u
        return None


# --------------------------------------------------------------------------- extraction

@lru_cache(maxsize=1)
def _speech_after() -> re.Pattern:
    """", said" / " told" (or "also confirmed") right after a name: evidence that the name is a person's."""
    verbs = "|".join(sorted(lexicon.words().reporting_verbs - {"according", "quoted"}))
    return re.compile(rf"[ \u00a0]*,?[ \u00a0]+(?:(?:also|further|again|then|later)[ \u00a0]+)?(?:{verbs})\b")


_NEXT_NAME_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w'’-]*)")


def _given_name_opening(text: str, m: re.Match, end: int, words: list, lex) -> bool:
    """A listed given name that is also a word ("Said") opening a name that goes on with a
    particle or a capitalised name word: "Engineer Said bin Ali Al Mashani"."""
    if m.group() not in lex.given_names:
        return False
    nxt = _NEXT_NAME_WORD.match(text, m.end(), end)
    if not nxt:
        return False
    w = nxt.group(1)
    particle = _opens_with_particle(w, lex)
    if words:
        # inside a name, only before the article of a surname: "Khalifa Said Al Mazrouei" (a
        # title-case headline's "Rasool Said Troops" is no name)
        return particle
    return particle or (w[:1].isupper() and w not in lex.not_names)


# assimilated forms of the Arabic article that are English words too: bound to a name only by a
# hyphen ("as-Sadr"), never written apart
_ENGLISH_PARTICLES = frozenset({"as", "at", "an"})


def _name_at(text: str, pos: int, end: int) -> list[Unit]:
    """Name units starting at pos (particles bound to the next word)."""
    lex = lexicon.names()
    words: list[tuple[int, int]] = []
    p = pos
    while p < end and len(words) < 6:
        m = NAME_WORD.match(text, p, end)
        if not m:
            break
        w = m.group()
        if w[0].islower() and (w.lower() not in lex.particles or w in _ENGLISH_PARTICLES) and "-" not in w:
            break  # "Nosseir as Deputy Minister": written apart, as/at/an are English words
        core = _POSSESSIVE.sub("", w)
        if len(core) < 2:
            break  # "Gen Z": a letter is no name
        after_particle = bool(words) and text[words[-1][0]:words[-1][1]].lower() in lex.particles
        if (core in lex.not_names and not after_particle and not _given_name_opening(text, m, end, words, lex)) \
                or core in lex.institution_words:
            break  # but a particle binds any word: "El Sheikh", "Al Sayed" are surnames
        words.append((m.start(), m.start() + len(core)))
        if core != w:  # a possessive ends the name
            break
        sp = WS.match(text, m.end(), end)
        if not sp:
            break
        p = sp.end()
    # a name never ends on a particle
    while words and text[words[-1][0]:words[-1][1]].lower() in lex.particles:
        words.pop()
    units: list[Unit] = []
    i = 0
    while i < len(words):
        s, e = words[i]
        j = i
        while text[words[j][0]:words[j][1]].lower() in lex.particles and j + 1 < len(words):
            j += 1
        # "Salah Eddine", "Nasr al-Din": the second half of a compound given name
        while j + 2 < len(words) and text[words[j + 1][0]:words[j + 1][1]].lower() in lex.name_suffixes:
            j += 1
        e = words[j][1]
        units.append(Unit(s, e, text[s:e]))
        i = j + 1
    return units


class _Quotes:
    """Whether a position in a sentence lies inside a quotation, counted incrementally so that
    many mentions in one long sentence cost linear time."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos, self.curly, self.straight = text, start, 0, 0

    def inside(self, pos: int) -> bool:
        chunk = self.text[self.pos:pos]
        self.curly += chunk.count("\u201c") - chunk.count("\u201d")
        self.straight += chunk.count('"')
        self.pos = max(self.pos, pos)
        return self.curly > 0 or self.straight % 2 == 1


def _next_is_institution(text: str, pos: int, end: int) -> bool:
    sp = WS.match(text, pos, end)
    if not sp:
        return False
    m = NAME_WORD.match(text, sp.end(), end)
    if bool(m) and _POSSESSIVE.sub("", m.group()) in lexicon.names().institution_words:
        return True
    # "the Sheikh Najjar industrial city", "the Hajj Ali residential quarter": a place's kind in
    # lower case, after an adjective of land use at most
    kind = _PLACE_KIND_AFTER.match(text, pos, end)
    return bool(kind) and kind.group(1) in lexicon.names().place_heads


_PLACE_KIND_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+(?:al|ial)[ \u00a0]+)?([a-z]+)(?![\w'’-])")


_WINDOW = 60  # how far back the cues of a mention are looked for ("promoted to", "of the")
# ", a 62-year-old pilgrim", ", an engineer": a name followed by an indefinite description
# introduces someone new to the story.
# "Jawad Kazim, a 62-year-old pilgrim", "Suhail Hamid, 43, a father of six": someone new
_INTRODUCED = re.compile(r",[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?(?:a|an)[ \u00a0]+[a-z0-9]")


def _is_person(text: str, seg: Segment, units: list[Unit], titles: list[Title], end: int,
               seen_given: set[str] = frozenset()) -> bool:
    """Titles are evidence enough; a bare name needs a known given name (listed, or the given
    name of someone the article named before) or a speech verb."""
    lex = lexicon.names()
    if titles:
        return True
    # a listed given name that is also a word opens a name ("Said bin Hamoud al-Maawali"): _name_at kept it
    if len(units) < 2 or not all(_name_word_unit(k, units, lex) for k in range(len(units))):
        return False
    first = units[0].text
    if first in lex.given_names or first in seen_given or WS.split(first)[0] in lex.given_names \
            or fold(first) in seen_given:
        return True  # "Salah Eddine Ghoul": a compound given name opening with a listed one
    if len(units) >= 3 and units[1].text in lex.given_names:
        return True  # "Sidi Mohamed Ould Cheikh Ahmed": a double given name, the second listed
    if fold(first).startswith(("abd", "abdel", "abdul")) and len(fold(first)) >= 6:
        return True  # "Abdelouahed", "Abd al-Hafidh": "servant of" names only people
    if _WHO_AFTER.match(text, units[-1].end, end) or _AGE_AFTER.match(text, units[-1].end, end):
        return True  # "Abdelouahed Ait Bouziane, who is being prosecuted", "Lana Jaber, an 18-year-old"
    # "Observatory for Human Rights said": a run inside a longer name is no person
    inside = bool(_INSIDE_NAME.search(text, max(seg.start, units[0].start - _WINDOW), units[0].start))
    if inside:
        return False
    # "Ashraf Hamdy, governor of Aswan, said": a title after the name is evidence too
    return bool(_speech_after().match(text, units[-1].end, end)) or _appositive_title(text, units[-1].end, end) is not None


def _name_word_unit(k: int, units: list[Unit], lex) -> bool:
    """A unit that is also a word ("Said") belongs to an untitled name only as a listed given name
    opening it, or inside it before a surname's article ("Mubarak Said Al Marri")."""
    u = units[k]
    if u.text not in lex.not_names:
        return True
    if u.text not in lex.given_names:
        return False
    if k == 0:
        return True
    nxt = units[k + 1].text if k + 1 < len(units) else ""
    return bool(nxt) and _opens_with_particle(WS.split(nxt)[0], lex)


def _opens_with_particle(word: str, lex) -> bool:
    """Whether a word is a surname's article ("Al") or opens with one bound by a hyphen
    ("al-Maawali")."""
    head, _, rest = word.partition("-")
    return word.lower() in lex.particles or (head.lower() in lex.particles and rest[:1].isupper())


def _mention_at(text: str, seg: Segment, si: int, i: int, quotes: _Quotes,
                seen_given: set[str] = frozenset()) -> tuple[Mention | None, int]:
    """The mention starting at i, if any, and the offset up to which the sentence is read."""
    end = seg.end
    titles, p = _titles_at(text, i, end, seen_given)
    units = _name_at(text, p, end) if (not titles or p > titles[-1].end) else []
    if units and _next_is_institution(text, units[-1].end, end):
        return None, units[-1].end  # "Camille Chamoun Sports City Stadium" names a place
    if not units:
        return None, titles[-1].end if titles else i
    if not _is_person(text, seg, units, titles, end, seen_given):
        return None, units[-1].end
    if titles and _OWNER_AFTER.match(text, units[-1].end, end) and "," in text[titles[-1].end:units[0].start]:
        # "the former Minister of Agriculture, Walid Saad Eddine's predecessor": the post apposed
        # before a possessive name is the owned noun's (the predecessor's), not the name's
        titles = []
    m_start = titles[0].start if titles else units[0].start
    apposed = _appositive_title(text, units[-1].end, end)
    if apposed:
        titles.append(apposed)
    appointed = _APPOINTED_BEFORE.search(text, max(seg.start, m_start - 30), m_start)
    if appointed and not apposed:
        apposed = _post_given_as(text, units[-1].end, end, seen_given)
        if apposed:
            titles.append(apposed)
    # "appointed X as deputy governor" is the news, the post he holds in the story: no history
    history = not (appointed and apposed) and bool(_history().search(text, max(seg.start, m_start - _WINDOW), m_start))
    mention = Mention(m_start, units[-1].end, units, titles, si, quoted=quotes.inside(m_start),
                      historical=history)
    mention.introduced = len(units) >= 2 and (
        bool(_INTRODUCED.match(text, units[-1].end, end))
        or bool(_INDEFINITE_BEFORE.search(text, max(seg.start, m_start - 8), m_start))
        or bool(_FALSE_TITLE.search(text, max(seg.start, m_start - 30), m_start))  # "shopkeeper Sofiane Hamidi said"
        # "Another farmer, Saad Babiker,": an indefinite role apposed before the name
        or _indefinite_role_before(text, max(seg.start, m_start - 40), m_start)
        # "His cousin, Ibrahim Mahmoud el-Amin": a relative apposed before the name is someone new
        or bool(_kin_before().search(text, max(seg.start, m_start - 40), m_start))
        or bool(titles and _INDEFINITE_OPENING.match(text, titles[0].start))
        # "The former commander of Diyala police, Major General Karim al-Zubaidy": a past post
        # opening a full name brings in someone of the story's past
        or bool(titles and titles[0].time_modifier))
    mention.unrelated = len(units) >= 2 and (bool(_UNRELATED.match(text, units[-1].end, end))
                                             or bool(_CONFUSED_WITH.search(text, max(seg.start, m_start - 30), m_start)))
    return mention, units[-1].end


_OWNER_AFTER = re.compile(r"['\u2019]s\b")


# "The decree appointed Hamid Tutu as deputy governor", "the appointment of Dr. X as Deputy
# Minister": the post the news gives the person named right after
_APPOINTED_BEFORE = re.compile(r"\b(?:appointed|reappointed|appointment[ \u00a0]+of|named|nominated|designated)"
                               r"[ \u00a0]+$")
_AS = re.compile(r"[ \u00a0]+as[ \u00a0]+(?:(?:the|a|an|its|his|her)[ \u00a0]+)?")


def _post_given_as(text: str, pos: int, end: int, known) -> Title | None:
    """The post after "as" following an appointed person's name."""
    m = _AS.match(text, pos, end)
    t = title_at(text, m.end(), end, known) if m else None
    return t if t and t.category in ("civil", "military", "police", "judicial", "post") else None


# an age apposed to a name: "Lana Jaber, an 18-year-old from Hebron", "Ali Hassan, 42, said"
_AGE_AFTER = re.compile(r",[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?(?:\d{1,3}-year-old\b|\d{1,3}(?:,|[ \u00a0]+years[ \u00a0]+old\b))")
_WHO_AFTER = re.compile(r",?[ \u00a0]+who[ \u00a0]")
# the article says so, in the name's own apposition: "X, the army's director of media, who is not
# related to the zone commander", "X (no relation to ...)", "X, unrelated to ..."
_UNRELATED = re.compile(r"[ \u00a0]*[,(](?:[^.;,()\"“”]{0,60},)?[ \u00a0]*(?:who[ \u00a0]+(?:is|was)[ \u00a0]+not[ \u00a0]+"
                        r"related|no[ \u00a0]+relation|unrelated|not[ \u00a0]+related)[ \u00a0]+to\b")
# "X should not be confused with Y", "not to be confused with Y": Y is someone else
# "not to be confused with", "his namesake, Waleed al-Farraj", "His successor, Nabil Kouiri": someone else
_CONFUSED_WITH = re.compile(r"\b(?:confused[ \u00a0]+with[ \u00a0]+(?:the[ \u00a0]+)?|(?:namesake|successor|predecessor),?[ \u00a0]+)$")
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Aa]n?|[Aa]nother)[ \u00a0]+$")
# a plain person's trade as a bare title, no article ("shopkeeper Sofiane Hamidi", "farmer Ali Saad"): wire
# style brings in someone new so; a person met before is named by the surname or "the farmer"
_FALSE_TITLE = re.compile(r"(?<![Tt]he[ \u00a0])(?<![Tt]he[ \u00a0]{2})\b(?:shopkeeper|farmer|resident|trader|merchant|vendor|"
                          r"fisherman|housewife|labou?rer|pensioner|retiree|baker|butcher|grocer|herder|shepherd|"
                          r"taxi[ \u00a0]driver|truck[ \u00a0]driver|mother|father|widow|student|pupil|passenger|"
                          r"pilgrim|motorist|villager|tenant|landlord)[ \u00a0]+$")
@lru_cache(maxsize=1)
def _kin_before() -> re.Pattern:
    words = sorted(lexicon.names().kinship_words, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he[ \u00a0][\w'’-]+['’]s?)[ \u00a0]+(?:"
                      + "|".join(map(re.escape, words)) + r"),[ \u00a0]+$")


_INDEFINITE_ROLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother)[ \u00a0]+[a-z]+(?:[ \u00a0][a-z]+)?,[ \u00a0]+$")
# "In a related context, X": a phrase of the sentence, no role apposed to the name
_PREPOSITION_BEFORE = re.compile(r"(?i:(?<![\w'’-])(?:in|on|at|for|with|by|from|under|during|after|within|amid))[ \u00a0]+$")


def _indefinite_role_before(text: str, start: int, pos: int) -> bool:
    m = _INDEFINITE_ROLE_BEFORE.search(text, start, pos)
    return bool(m) and not _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start())


_INDEFINITE_OPENING = re.compile(r"(?:[Aa]n?|[Aa]nother)[ \u00a0]")


def extract(text: str, sentences: list[Segment]) -> list[Mention]:
    """Every person mention, in reading order (marker and credit lines skipped)."""
    out: list[Mention] = []
    # Given names of people the article has already named: "Ashraf Abdel Gawad Hussein, former
    # head of the office" ... "Ashraf Abdel Jawad had served": a person even with no title.
    seen_given: set[str] = set()
    openers = lower_case_openers()
    starts = may_open_starts(openers)
    rx = lexicon.titles()[1]
    two_name_words = two_name_words_pattern().match  # looked up once: the loop runs for most words
    for si, seg in enumerate(sentences):
        if seg.part in ("marker", "credit"):
            continue
        consumed, quotes, end = seg.start, _Quotes(text, seg.start), seg.end
        for w in starts.finditer(text, seg.start, end):
            pos = w.start()
            if pos < consumed:
                continue
            if w.group().islower() and not may_open_mention(text, pos, end, openers):
                continue  # most words of an article: the title and name readers would find nothing
            # needed for a mention here, both checked in C: two name words, or a title within
            # reach; a capitalised word alone ("Baghdad", "The") has one name unit, no title
            if not two_name_words(text, pos, end) and _no_head_within_reach(text, pos, end, rx):
                continue
            mention, consumed = _mention_at(text, seg, si, pos, quotes, seen_given)
            if mention is not None:
                out.append(mention)
                if len(mention.units) >= 2:
                    seen_given.add(mention.units[0].text)
                    # folded too: "Mutasim al-Tamimi" after "Mu'tasim Hadi al-Tamimi"
                    seen_given.add(fold(mention.units[0].text))
    return out

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

from . import lexicon
from ..segment import Segment
from .spelling import fold


_CAP = r"(?:(?:[aAeE]l|[aA][dshtzrn]{1,2})(?:-|[ \u00a0]-(?=[A-Z])|-[ \u00a0](?=[A-Z])))?[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff'’]*(?:-[A-Za-z\u00c0-\u00ff][a-z\u00c0-\u00ff'’]*)*"
_SP = r"[ \u00a0]"
_NAME_WORD = re.compile(rf"{_CAP}|[a-z]+(?={_SP})")
_POSSESSIVE = re.compile(r"['’]s?$")
_WS = re.compile(r"[ \u00a0]+")
_MODIFIER = re.compile(r"([A-Za-z]+)(?:[ \u00a0]+|-)")
_INSIDE_NAME = re.compile(rf"(?:{_CAP}|\b(?:of|for|and|the|de))[ \u00a0]+$")
# "Governor of Akkar," / "spokesman of the Deir ez-Zor Military Council," / "acting governor of
# Kassala state,": the body or place an office belongs to, up to a comma.
_OF_COMPLEMENT = re.compile(
    r"[ \u00a0]+(?:of|for|in|at)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[A-Z][\w'’-]*|[a-z]+)(?:[ \u00a0]+(?:[A-Z][\w'’-]*|(?!said\b|says\b|told\b|on\b|at\b|when\b|who\b|which\b)"
    r"[a-z]+(?<!ed)(?<!ing)(?:-[\w'’]+)*)){0,9}(?=[ \u00a0]*,)")
_APPOSITIVE = re.compile(r",[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?(?:[\w-]+['’]s[ \u00a0]+)?")
_HISTORY = re.compile(r"\b(?:promoted|appointed|named|became|become|becoming|served|serving|elected|"
                      r"retired|rank of|as a|as an|previously|formerly|was made)\b[^.]{0,25}$",
                      re.IGNORECASE)
_QUALIFIER = re.compile(rf"(?:{_CAP}|[A-Z]{{2,}}|health|army|military|police|council|oil|defence|defense|"
                        rf"interior|foreign|federation|club|party|team|national|state|senior|football|"
                        rf"municipal|justice|finance|education|security|government|court|league)", re.UNICODE)
_OF_PORTFOLIO = re.compile(
    r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:Oil|Gas|Health|Population|Interior|Defen[cs]e|Foreign|"
    r"Affairs|Finance|Justice|Education|Higher|Municipal|State|Planning|Trade|Industry|Energy|Electricity|Water|"
    r"Resources|Transport|Communications|Culture|Information|Tourism|Labou?r|Social|Agriculture|Housing|Youth|"
    r"Sports?|Awqaf|Religious|Economy|Environment|Public|Works|Migration|Displacement|Commerce|Investment|"
    r"Petroleum|Mineral|Heritage|Media|Immigration|Women|Family|Human|Rights|Development|Construction|Science|"
    r"Technology|Scientific|Research|Local|Administration|Endowments|Islamic|Parliamentary|Cabinet|National|"
    r"Security|Antiquities|Telecommunications|Digital|Economic|Reconstruction|Relief|Aviation|Civil|Services|"
    r"Irrigation|Fisheries|Supply|Internal|External|Expatriates|Emigrants|Solidarity|Electricity|and|&|for)"
    r"(?:[ \u00a0]+|(?=[ \u00a0]*[A-Z])|$))+")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Title:
    id: str
    category: str
    generic: bool
    start: int
    end: int
    text: str
    office_modifier: bool  # deputy / vice / assistant
    time_modifier: bool    # former / late / retired...: history
    qualifier: str | None = None  # acting / interim: part of the office, may be dropped later
    before_name: bool = False     # "the Governor of Akkar, Georges Abi Saab": a comma before the name

    @property
    def office(self) -> str:
        """The office compared between mentions: "deputy-minister" for "Deputy Health Minister"."""
        if self.office_modifier and not self.id.startswith(("deputy-", "vice-")):
            return "vice-president" if self.id == "president" else f"deputy-{self.id}"
        return self.id


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
    person: "Person | None" = None
    ambiguous: bool = False     # its surname fits more than one person
    introduced: bool = False    # "X, a 62-year-old pilgrim": someone new to the story

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
    """", said" / " told" right after a name: evidence that the name is a person's."""
    verbs = "|".join(sorted(lexicon.words().reporting_verbs - {"according", "quoted"}))
    return re.compile(rf"[ \u00a0]*,?[ \u00a0]+(?:{verbs})\b")


def _modifiers(text: str, pos: int, end: int, rx) -> tuple[int, bool, bool, str | None]:
    """Words before a title's head: "Deputy", "former", "acting". Returns where the head may
    start, whether the office changes, whether it is history, and the qualifier."""
    lex = lexicon.names()
    p, office_mod, time_mod, qualifier = pos, False, False, None
    while not rx.match(text, p, end):  # "Vice-President" is a form of its own
        m = _MODIFIER.match(text, p, end)
        if not m:
            break
        word = m.group(1).lower()
        if word in ("the", "a", "an") and p == pos:
            p = m.end()  # "The Acting Director General": the article before the modifiers
            continue
        if word in lex.office_modifiers:
            office_mod = True
        elif word in lex.title_qualifiers:
            qualifier = word
        elif word in lex.time_modifiers:
            time_mod = True
        else:
            break
        p = m.end()
    return p, office_mod, time_mod, qualifier


def _head(text: str, p: int, end: int, rx) -> tuple[object | None, int]:
    """The title's head after up to three qualifying words ("Health Minister")."""
    quals_end = p
    for _ in range(3):
        head = rx.match(text, quals_end, end)
        if head:
            return head, quals_end
        q = _QUALIFIER.match(text, quals_end, end)
        sp = _WS.match(text, q.end(), end) if q else None
        if not sp:
            return None, quals_end
        quals_end = sp.end()
    return None, quals_end


def _title_end(text: str, td, head, end: int) -> tuple[int, bool]:
    """Where an office's title ends: "Minister of Oil and Gas", "Governor of Akkar," (the
    complement then stands before a comma and the name)."""
    t_end = head.end()
    if td.category not in ("civil", "post"):
        return t_end, False
    comp = _OF_COMPLEMENT.match(text, t_end, end)
    if comp:
        return comp.end(), True
    named = _complement_before_name(text, t_end, end)
    if named is not None:
        return named, True
    of = _OF_PORTFOLIO.match(text, t_end, end)
    if of:
        t_end = of.end()
        while t_end > head.end() and text[t_end - 1] in " \u00a0":
            t_end -= 1
    return t_end, False


_OF_CAPS = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?")
_CAP_WORD_AT = re.compile(r"[A-Z][\w'’-]*")


def _complement_before_name(text: str, pos: int, end: int) -> int | None:
    """"Deputy Governor of Kassala Osman Idris": the complement runs up to a listed given name
    (no comma between them), and ends where it ends; None when no given name follows."""
    m = _OF_CAPS.match(text, pos, end)
    if not m:
        return None
    given, p, last = lexicon.names().given_names, m.end(), None
    for n in range(5):
        w = _CAP_WORD_AT.match(text, p, end)
        if not w:
            return None
        if n and w.group() in given:
            return last
        sp = _WS.match(text, w.end(), end)
        if not sp:
            return None
        last, p = w.end(), sp.end()
    return None


def _title_at(text: str, pos: int, end: int) -> Title | None:
    by_form, rx = lexicon.titles()
    p, office_mod, time_mod, qualifier = _modifiers(text, pos, end, rx)
    head, quals_end = _head(text, p, end, rx)
    if head is None:
        return None
    td = by_form.get(lexicon.norm_form(head.group()))
    if td is None:
        return None
    if td.category in ("military", "police", "judicial") and not head.group()[0].isupper():
        return None
    if quals_end != p and td.category not in ("civil", "role", "post"):
        return None  # qualifiers only before offices ("Health Minister"), not ranks
    t_end, complement = _title_end(text, td, head, end)
    # "UN Deputy Humanitarian Coordinator": the office modifier among the qualifying words
    office_mod = office_mod or any(w.lower() in lexicon.names().office_modifiers
                                   for w in _WS.split(text[p:quals_end].strip()) if w)
    return Title(td.id, td.category, td.generic, pos, t_end, text[pos:t_end],
                 office_mod or head.group().lower().startswith(("deputy", "vice")), time_mod,
                 qualifier=qualifier, before_name=complement)


def _name_at(text: str, pos: int, end: int) -> list[Unit]:
    """Name units starting at pos (particles bound to the next word)."""
    lex = lexicon.names()
    words: list[tuple[int, int]] = []
    p = pos
    while p < end and len(words) < 6:
        m = _NAME_WORD.match(text, p, end)
        if not m:
            break
        w = m.group()
        if w[0].islower() and w.lower() not in lex.particles and "-" not in w:
            break
        core = _POSSESSIVE.sub("", w)
        if len(core) < 2:
            break  # "Gen Z": a letter is no name
        after_particle = bool(words) and text[words[-1][0]:words[-1][1]].lower() in lex.particles
        if (core in lex.not_names and not after_particle) or core in lex.institution_words:
            break  # but a particle binds any word: "El Sheikh", "Al Sayed" are surnames
        words.append((m.start(), m.start() + len(core)))
        if core != w:  # a possessive ends the name
            break
        sp = _WS.match(text, m.end(), end)
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
    sp = _WS.match(text, pos, end)
    if not sp:
        return False
    m = _NAME_WORD.match(text, sp.end(), end)
    return bool(m) and _POSSESSIVE.sub("", m.group()) in lexicon.names().institution_words


# ", Name" or ", engineer Name" / ", al-Sadiq Name" after a title
_COMMA_SP = re.compile(r",[ \u00a0]+(?=[A-Z]|(?:engineer|eng\.?|dr\.?|doctor|judge|counsellor|counselor|sheikh|"
                       r"major|brigadier|colonel|general)[ \u00a0]|(?:al|el|ad|ar|as|at|az|an)-[A-Z])")
_WINDOW = 60  # how far back the cues of a mention are looked for ("promoted to", "of the")
# ", a 62-year-old pilgrim", ", an engineer": a name followed by an indefinite description
# introduces someone new to the story.
# "Jawad Kazim, a 62-year-old pilgrim", "Suhail Hamid, 43, a father of six": someone new
_INTRODUCED = re.compile(r",[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?(?:a|an)[ \u00a0]+[a-z0-9]")


def _titles_at(text: str, p: int, end: int) -> tuple[list[Title], int]:
    """The chain of titles starting at p ("Iraqi army spokesman Brig Gen") and where the name
    may begin."""
    titles: list[Title] = []
    while True:
        t = _title_at(text, p, end)
        if not t:
            return titles, p
        titles.append(t)
        sp = _WS.match(text, t.end, end)
        if not sp and (t.before_name or t.category in ("civil", "post", "military", "police", "judicial")):
            sp = _COMMA_SP.match(text, t.end, end)  # "the Governor of Akkar, Georges Abi Saab"
        if not sp:
            return titles, t.end
        p = sp.end()


def _is_person(text: str, seg: Segment, units: list[Unit], titles: list[Title], end: int,
               seen_given: set[str] = frozenset()) -> bool:
    """Titles are evidence enough; a bare name needs a known given name (listed, or the given
    name of someone the article named before) or a speech verb."""
    lex = lexicon.names()
    if titles:
        return True
    if len(units) < 2 or any(u.text in lex.not_names for u in units):
        return False
    first = units[0].text
    if first in lex.given_names or first in seen_given or _WS.split(first)[0] in lex.given_names:
        return True  # "Salah Eddine Ghoul": a compound given name opening with a listed one
    if len(units) >= 3 and units[1].text in lex.given_names:
        return True  # "Sidi Mohamed Ould Cheikh Ahmed": a double given name, the second listed
    if fold(first).startswith(("abd", "abdel", "abdul")) and len(fold(first)) >= 6:
        return True  # "Abdelouahed", "Abd al-Hafidh": "servant of" names only people
    if _WHO_AFTER.match(text, units[-1].end, end):
        return True  # "Abdelouahed Ait Bouziane, who is being prosecuted"
    # "Observatory for Human Rights said": a run inside a longer name is no person
    inside = bool(_INSIDE_NAME.search(text, max(seg.start, units[0].start - _WINDOW), units[0].start))
    if inside:
        return False
    # "Ashraf Hamdy, governor of Aswan, said": a title after the name is evidence too
    return bool(_speech_after().match(text, units[-1].end, end)) or _appositive_title(text, units[-1].end, end) is not None


def _mention_at(text: str, seg: Segment, si: int, i: int, quotes: _Quotes,
                seen_given: set[str] = frozenset()) -> tuple[Mention | None, int]:
    """The mention starting at i, if any, and the offset up to which the sentence is read."""
    end = seg.end
    titles, p = _titles_at(text, i, end)
    units = _name_at(text, p, end) if (not titles or p > titles[-1].end) else []
    if units and _next_is_institution(text, units[-1].end, end):
        return None, units[-1].end  # "Camille Chamoun Sports City Stadium" names a place
    if not units:
        return None, titles[-1].end if titles else i
    if not _is_person(text, seg, units, titles, end, seen_given):
        return None, units[-1].end
    m_start = titles[0].start if titles else units[0].start
    apposed = _appositive_title(text, units[-1].end, end)
    if apposed:
        titles.append(apposed)
    history = bool(_HISTORY.search(text, max(seg.start, m_start - _WINDOW), m_start))
    mention = Mention(m_start, units[-1].end, units, titles, si, quoted=quotes.inside(m_start),
                      historical=history)
    mention.introduced = len(units) >= 2 and (
        bool(_INTRODUCED.match(text, units[-1].end, end))
        or bool(_INDEFINITE_BEFORE.search(text, max(seg.start, m_start - 8), m_start))
        or bool(titles and _INDEFINITE_OPENING.match(text, titles[0].start)))
    return mention, units[-1].end


_WHO_AFTER = re.compile(r",?[ \u00a0]+who[ \u00a0]")
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Aa]n?|[Aa]nother)[ \u00a0]+$")
_INDEFINITE_OPENING = re.compile(r"(?:[Aa]n?|[Aa]nother)[ \u00a0]")
_WORD_START = re.compile(r"(?<![\w'’-])[A-Za-z]")


def extract(text: str, sentences: list[Segment]) -> list[Mention]:
    """Every person mention, in reading order (marker and credit lines skipped)."""
    out: list[Mention] = []
    # Given names of people the article has already named: "Ashraf Abdel Gawad Hussein, former
    # head of the office" ... "Ashraf Abdel Jawad had served": a person even with no title.
    seen_given: set[str] = set()
    openers = _lower_case_openers()
    for si, seg in enumerate(sentences):
        if seg.part in ("marker", "credit"):
            continue
        consumed, quotes = seg.start, _Quotes(text, seg.start)
        for w in _WORD_START.finditer(text, seg.start, seg.end):
            if w.start() < consumed:
                continue
            if w.group().islower() and not _may_open_mention(text, w.start(), seg.end, openers):
                continue  # most words of an article: the title and name readers would find nothing
            mention, consumed = _mention_at(text, seg, si, w.start(), quotes, seen_given)
            if mention is not None:
                out.append(mention)
                if len(mention.units) >= 2:
                    seen_given.add(mention.units[0].text)
    return out


def _lower_case_openers() -> frozenset[str]:
    """Words in lower case that may open a mention: a title form's first word ("minister"), an
    article or modifier before a title ("the", "former", "acting"), a particle ("bin")."""
    lex = lexicon.names()
    firsts = {form.split(" ")[0] for form in lexicon.titles()[1].prefixes}
    return frozenset(firsts | {"the", "a", "an"} | lex.office_modifiers | lex.title_qualifiers
                     | lex.time_modifiers | lex.particles)


def _may_open_mention(text: str, pos: int, end: int, openers: frozenset[str]) -> bool:
    """May the word in lower case at pos open a mention? Only as one of the openers, a qualifier
    before a title's head (_QUALIFIER: "health", "army") or a hyphened name ("al-Sadr"):
    otherwise _titles_at and _name_at find nothing there (a necessary condition, cheap)."""
    w = _TITLE_WORD.match(text, pos, end)
    if w.group().lower() in openers or _QUALIFIER.match(text, pos, end):
        return True
    name = _NAME_WORD.match(text, pos, end)
    return bool(name) and "-" in name.group()


_TITLE_WORD = re.compile(r"[A-Za-z]+")


def _appositive_title(text: str, pos: int, end: int) -> Title | None:
    """"Wael Chamoun, the federation's president," -> the title after the name."""
    m = _APPOSITIVE.match(text, pos, end)
    if not m:
        return None
    t = _title_at(text, m.end(), end)
    if t and t.category in ("civil", "military", "police", "judicial", "post"):
        after = text[t.end:t.end + 2]
        if after[:1] in (",", ".", "") or after.startswith((" o", " a", " s", " t")):
            return t
    return None



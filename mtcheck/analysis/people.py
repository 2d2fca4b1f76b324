"""Find the people an article mentions and tie each mention to one person.

A mention is an optional chain of titles ("Iraqi army spokesman Brig Gen", "Health Minister
Dr") followed by a name, or a capitalised name that is a person by other evidence (a known
given name, "said"/"told" after it). Names are cut into units, with particles bound to the
word they precede ("Abdul Amir", "al-Shammari", "Ben Issa"): the first unit is the given
name, the last the surname.

Coreference is deliberately cautious: two full names are one person when their given
names and surnames are the same name (``spelling.relation``) and at least one of the two is
spelled alike; a surname alone (with or without a title) joins the most recent person with
that surname. Two people who share a surname ("Faisal" and "Mubarak Al Mutairi") stay two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from ..segment import Segment
from .spelling import Relation, fold, relation

_CAP = r"(?:(?:[aAeE]l|[aA][dshtzrn]{1,2})-)?[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff'’]*(?:-[A-Za-z\u00c0-\u00ff][a-z\u00c0-\u00ff'’]*)*"
_SP = r"[ \u00a0]"
_NAME_WORD = re.compile(rf"{_CAP}|[a-z]+(?={_SP})")
_POSSESSIVE = re.compile(r"['’]s?$")
_WS = re.compile(r"[ \u00a0]+")
_MODIFIER = re.compile(r"([A-Za-z]+)(?:[ \u00a0]+|-)")
_INSIDE_NAME = re.compile(rf"(?:{_CAP}|\b(?:of|for|and|the|de))[ \u00a0]+$")
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
    time_modifier: bool    # former / acting / late / retired...

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


def _title_at(text: str, pos: int, end: int) -> Title | None:
    by_form, rx = lexicon.titles()
    lex = lexicon.names()
    # modifiers and qualifiers before the head: "Deputy Health Minister", "former President"
    p, office_mod, time_mod = pos, False, False
    while not rx.match(text, p, end):  # "Vice-President" is a form of its own
        m = _MODIFIER.match(text, p, end)
        if not m:
            break
        word = m.group(1).lower()
        if word in lex.office_modifiers:
            office_mod = True
        elif word in lex.time_modifiers:
            time_mod = True
        else:
            break
        p = m.end()
    quals_end = p
    for _ in range(3):
        head = rx.match(text, quals_end, end)
        if head:
            break
        q = _QUALIFIER.match(text, quals_end, end)
        if not q:
            return None
        after = q.end()
        sp = _WS.match(text, after, end)
        if not sp:
            return None
        quals_end = sp.end()
    else:
        return None
    td = by_form.get(lexicon.norm_form(head.group()))
    if td is None:
        return None
    if td.category in ("military", "police", "judicial") and not head.group()[0].isupper():
        return None
    if quals_end != p and td.category not in ("civil", "role"):
        return None  # qualifiers only before offices ("Health Minister"), not ranks
    t_end = head.end()
    if td.category == "civil":
        of = _OF_PORTFOLIO.match(text, t_end, end)
        if of:
            t_end = of.end()
            while t_end > head.end() and text[t_end - 1] in " \u00a0":
                t_end -= 1
    return Title(td.id, td.category, td.generic, pos, t_end, text[pos:t_end],
                 office_mod or head.group().lower().startswith(("deputy", "vice")), time_mod)


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
        if core in lex.not_names or core in lex.institution_words:
            break
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
        e = words[j][1]
        units.append(Unit(s, e, text[s:e]))
        i = j + 1
    return units


def _quoted(text: str, seg: Segment, pos: int) -> bool:
    before = text[seg.start:pos]
    curly = before.count("\u201c") - before.count("\u201d")
    straight = before.count('"') % 2
    return curly > 0 or straight == 1


def _next_is_institution(text: str, pos: int, end: int) -> bool:
    sp = _WS.match(text, pos, end)
    if not sp:
        return False
    m = _NAME_WORD.match(text, sp.end(), end)
    return bool(m) and _POSSESSIVE.sub("", m.group()) in lexicon.names().institution_words


def extract(text: str, sentences: list[Segment]) -> list[Mention]:
    lex = lexicon.names()
    out: list[Mention] = []
    for si, seg in enumerate(sentences):
        if seg.part in ("marker", "credit"):
            continue
        pos, end = seg.start, seg.end
        starts = [m.start() for m in re.finditer(r"(?<![\w'’-])[A-Za-z]", text[pos:end])]
        consumed = pos
        for rel in starts:
            i = pos + rel
            if i < consumed:
                continue
            titles: list[Title] = []
            p = i
            while True:
                t = _title_at(text, p, end)
                if not t:
                    break
                titles.append(t)
                sp = _WS.match(text, t.end, end)
                if not sp:
                    p = t.end
                    break
                p = sp.end()
            units = _name_at(text, p, end) if (not titles or p > titles[-1].end) else []
            if units and _next_is_institution(text, units[-1].end, end):
                consumed = units[-1].end
                continue  # "Camille Chamoun Sports City Stadium" names a place, not a person
            if not units:
                if titles:
                    consumed = titles[-1].end
                continue
            first = units[0].text
            evidence = bool([t for t in titles if t.category != "role" or len(units) >= 1])
            if not titles:
                # "Observatory for Human Rights said": a run inside a longer name is no person
                inside = bool(_INSIDE_NAME.search(text, seg.start, units[0].start))
                evidence = len(units) >= 2 and (first in lex.given_names or (
                    not inside and bool(_speech_after().match(text, units[-1].end, end))))
                if any(u.text in lex.not_names for u in units):
                    evidence = False
            if not evidence:
                consumed = units[-1].end
                continue
            m_start = titles[0].start if titles else units[0].start
            apposed = _appositive_title(text, units[-1].end, end)
            if apposed:
                titles.append(apposed)
            history = bool(_HISTORY.search(text[seg.start:m_start]))
            out.append(Mention(m_start, units[-1].end, units, titles, si,
                               quoted=_quoted(text, seg, m_start), historical=history))
            consumed = units[-1].end
    return out


def _appositive_title(text: str, pos: int, end: int) -> Title | None:
    """"Wael Chamoun, the federation's president," -> the title after the name."""
    m = _APPOSITIVE.match(text, pos, end)
    if not m:
        return None
    t = _title_at(text, m.end(), end)
    if t and t.category in ("civil", "military", "police", "judicial"):
        after = text[t.end:t.end + 2]
        if after[:1] in (",", ".", "") or after.startswith((" o", " a", " s", " t")):
            return t
    return None


# --------------------------------------------------------------------------- coreference

def _compatible(a: Unit | None, b: Unit | None) -> Relation | None:
    if a is None or b is None:
        return None
    return relation(a.text, b.text)


def resolve(mentions: list[Mention]) -> list[Person]:
    people: list[Person] = []
    for m in mentions:
        best: Person | None = None
        candidates: list[Person] = []
        for p in reversed(people):  # most recent first
            ref_s = p.reference_unit("surname")
            ref_g = p.reference_unit("given")
            if ref_s is None:
                continue
            rs = relation(ref_s[1].text, m.surname.text, strict=m.given is None)
            if rs is Relation.DIFFERENT:
                continue
            if m.given is not None and ref_g is not None:
                rg = relation(ref_g[1].text, m.given.text)
                if rg is Relation.DIFFERENT:
                    continue
                if rg is Relation.LETTERS and rs is Relation.LETTERS:
                    continue  # both names changed letters: too weak to call them one person
                if not _middles_agree(ref_g[0], m):
                    continue
            candidates.append(p)
        if m.given is None and len(candidates) > 1:
            same = [p for p in candidates
                    if fold(p.reference_unit("surname")[1].text) == fold(m.surname.text)]
            m.ambiguous = len({id(p) for p in candidates}) > 1
            best = (same or candidates)[0]
        elif candidates:
            best = candidates[0]
        if best is None:
            best = Person()
            people.append(best)
        best.mentions.append(m)
        m.person = best
    return people


def _middles_agree(ref: Mention, m: Mention) -> bool:
    a, b = ref.units[1:-1], m.units[1:-1]
    if not a or not b or len(a) != len(b):
        return True
    return all(relation(x.text, y.text) is not Relation.DIFFERENT for x, y in zip(a, b))


def bare_surnames(text: str, sentences: list[Segment], mentions: list[Mention],
                  people: list[Person]) -> list[Mention]:
    """Surnames standing alone ("Darwish's low shot") that look like a known person's."""
    taken = [(m.start, m.end) for m in mentions]
    surnames = {}
    for p in people:
        ref = p.reference_unit("surname")
        if ref and len(fold(ref[1].text)) >= 4 and len(p.mentions) >= 1:
            surnames.setdefault(ref[1].text, p)
    if not surnames:
        return []
    lex = lexicon.names()
    out = []
    for si, seg in enumerate(sentences):
        if seg.part in ("marker", "credit"):
            continue
        for w in re.finditer(rf"(?<![\w'’-]){_CAP}", text[seg.start:seg.end]):
            s = seg.start + w.start()
            core = _POSSESSIVE.sub("", w.group())
            e = s + len(core)
            if any(a <= s < b for a, b in taken) or core in lex.not_names or core in lex.given_names:
                continue
            # part of a longer capitalised name ("Camille Chamoun"): that is someone or something else
            before = text[max(seg.start, s - 30):s]
            if re.search(rf"{_CAP}[ \u00a0]+$", before) or _next_is_name(text, e, seg.end):
                continue
            hits = [(p, name) for name, p in surnames.items()
                    if relation(name, core, strict=True) is not Relation.DIFFERENT]
            if len({id(p) for p, _ in hits}) != 1:
                continue
            person = hits[0][0]
            m = Mention(s, e, [Unit(s, e, core)], [], si, bare=True, person=person)
            if m.start > person.reference.start:
                out.append(m)
    return out


def _next_is_name(text: str, pos: int, end: int) -> bool:
    sp = _WS.match(text, pos, end)
    return bool(sp) and bool(re.match(_CAP, text[sp.end():end])) and \
        text[sp.end():end].split(" ")[0].strip(",.;:") not in lexicon.names().not_names


@dataclass
class Cast:
    """Everyone the article mentions, and every mention in text order."""
    people: list[Person]
    mentions: list[Mention]


def analyse(text: str, sentences: list[Segment]) -> Cast:
    mentions = extract(text, sentences)
    people = resolve(mentions)
    bare = bare_surnames(text, sentences, mentions, people)
    for m in bare:
        m.person.mentions.append(m)
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
    return Cast(people, sorted(mentions + bare, key=lambda m: m.start))

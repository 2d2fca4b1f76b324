"""Who is who: tie each person mention to one person.

Coreference is deliberately cautious, because string similarity alone is not evidence that
two mentions are one person (brothers, father and son, two ministers):

- two full names are one person when their given names and surnames are the same name
  (``name_relation``) and at least one of the two is spelled alike; known given names that
  differ in more than transliteration stay apart ("Rami" / "Ramzi");
- a full name introduced afresh with an indefinite description ("Jawad Kazim, a 62-year-old
  pilgrim") after someone spelled differently is someone new;
- a surname alone (with or without a title) joins the most recent person with that surname;
  a looser spelling match ("Minister Zaher" for "Agriculture Minister Ghassan Daher") needs
  the same title to agree;
- surnames standing alone with no title ("Darwish's low shot") join a known person whose
  surname they match strictly (``bare_surnames``).

Lookups go through indexes keyed by spelling, and the backwards search is bounded, so an
article of any length costs linear time.
"""
from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass

from ..segment import Segment
from . import lexicon
from .name_relations import (consonant_variant, feminine_form, first_vowel_variant, name_relation, same_family,
                             tied_relation, vowel_variant)
from .people import Mention, Person, Unit
from .spelling import Relation, consonants, fold, loose, opening_w, relation, sound, strict_consonants, strip_article
from .title_posts import BODY_LINKS, IN_BODY, body_words

# How many of the most recently introduced people a mention is compared with.
LOOKBACK = 200


def _same_office(person: Person, m: Mention) -> bool:
    offices = {t.office for pm in person.mentions for t in pm.titles}
    return any(t.office in offices for t in m.titles)


def _same_category(person: Person, m: Mention) -> bool:
    # a post held in the past ("the former governor ..., his father") is no evidence for a
    # mention of a present one ("the Deputy Governor of Gedaref, Al-Mardi")
    # (a retired officer keeps his rank as a title: "a retired colonel" ... "Colonel Bahadli")
    past_too = any(t.time_modifier for t in m.titles)
    kinds = {t.category for pm in person.mentions for t in pm.titles
             if t.category not in ("honorific", "role") and (past_too or not _past_post(t))}
    return any(t.category in kinds for t in m.titles)


def _same_body(person: Person, m: Mention) -> bool:
    """A word of the body m's title names (its words after "of"/"in", links aside) is a word of
    the body of one of the person's posts."""
    words = {w for t in m.titles for w in body_words(t, IN_BODY)} - BODY_LINKS
    return bool(words) and any(words & body_words(t, IN_BODY) for pm in person.mentions for t in pm.titles)


def _past_post(title) -> bool:
    return title.time_modifier and not _PAST_POSTS.isdisjoint(_WORDS.split(title.text.lower()))


_PAST_POSTS = frozenset({"former", "ex", "then", "late", "outgoing"})
_WORDS = re.compile(r"[\s\u00a0-]+")


def father_name_unit(p: Person, m: Mention) -> Unit | None:
    """The father's name of person p that mention m uses as its second name, when m is the
    short form "Haitham Osman" of "Haitham Osman Abdel Rahman" (given name and father's name,
    as Arabic names are shortened), written alike or as a variant of it ("Haitham Othman")."""
    if len(m.units) != 2:
        return None
    ref = next((r for r in p.mentions if not r.bare and len(r.units) >= 3), None)
    if ref is None or ref is m or ref.start > m.start:
        return None
    given = tied_relation(ref.units[0].text, m.units[0].text, given=True)
    if given is Relation.DIFFERENT:
        return None
    father = ref.units[1]
    rel = tied_relation(father.text, m.units[1].text, given=True)
    if given is Relation.LETTERS:
        # the given name respelt: only beside the father's name as written ("Fadel Abbas" for
        # "Fadhil Abbas al-Ghazi"), never with both changed
        return father if rel in (Relation.SAME, Relation.FORM) else None
    return father if rel is not Relation.DIFFERENT else None


def _fits(p: Person, m: Mention) -> bool:
    """May mention m be person p, by the spelling of its name units?"""
    if m.unrelated:
        return False  # "Brigadier General Ayman al-Majali, ..., who is not related to the zone commander"
    if m.given is None and _monarch(m) and not any(_monarch(x) for x in p.mentions):
        return False  # "King Hamad" is named by his given name: no surname of "Ahmed al-Hammadi"
    ref_s = p.reference_unit("surname")
    if ref_s is None:
        return False
    rs = name_relation(ref_s[1].text, m.surname.text, strict=m.given is None)
    if rs is Relation.DIFFERENT and m.given is not None and father_name_unit(p, m) is not None:
        return not m.introduced  # "Haitham Othman" for "Haitham Osman Abdel Rahman"
    ref_g = p.reference_unit("given")
    if rs is Relation.DIFFERENT and m.given is not None and ref_g is not None \
            and relation(ref_g[1].text, m.given.text) is Relation.SAME \
            and consonant_variant(ref_s[1].text, m.surname.text):
        rs = Relation.LETTERS  # "Ashraf Abdel Gawad" / "Ashraf Abdel Jawad"
    if rs is Relation.DIFFERENT and m.given is not None and ref_g is not None and surname_respelled(ref_g[0], m):
        rs = Relation.LETTERS  # "Mohamed Tarek Nasser" / "Mohamed Tarek Nasr"
    if rs is Relation.DIFFERENT:
        # a looser match only when a title agrees ("Minister Zaher" / "Minister ... Daher")
        # "Colonel Al Buainain" ... "Colonel Al Buenain": the same office, other consonant
        # letters or other vowels
        a, b = ref_s[1].text, m.surname.text
        return m.given is None and bool(m.titles) and (consonant_variant(a, b) or vowel_variant(a, b)) \
            and _same_office(p, m)
    if m.given is None or ref_g is None:
        return True
    rg = name_relation(ref_g[1].text, m.given.text, given=True)
    if _kin(m) and (rg not in (Relation.SAME, Relation.FORM) or not _middles_as_written(ref_g[0], m)):
        # "Lahcen Ait Brahim" ... "his cousin Lahoucine Ait Brahim", "Ibrahim Mohamed el-Amin" ...
        # "His cousin, Ibrahim Mahmoud el-Amin": a relative
        return False
    if rg is Relation.DIFFERENT:
        if feminine_form(ref_g[1].text, m.given.text):
            return False  # "Prof. Rachid El Fassi" ... "Prof. Rachida El Fassi": a man and a woman
        if not (rs in (Relation.SAME, Relation.FORM) and (consonant_variant(ref_g[1].text, m.given.text)
                                                           or vowel_variant(ref_g[1].text, m.given.text))):
            return False
        rg = Relation.LETTERS
    if rg is Relation.LETTERS and rs is Relation.LETTERS and not (
            _same_office(p, m) and sound(ref_s[1].text) == sound(m.surname.text)) \
            and not (_both_transliterated(ref_g[1].text, m.given.text, ref_s[1].text, m.surname.text)
                     and not _named_in_sentence(p, m)):
        # both names changed letters: too weak to call them one person, unless the same office
        # is held and the surname only changed its transliteration ("Judge Nabil Sadiq" /
        # "Judge Nabeel Sadeq"), or both are one Arabic name written the other way
        return False
    if m.introduced and (rg is not Relation.SAME or rs not in (Relation.SAME, Relation.FORM, Relation.ARTICLE)
                         or not _middles_as_written(ref_g[0], m)):
        # "Jawad Kazim, a 62-year-old pilgrim", "the resident Mahmoud Abdel-Hafiz Ragab, a teacher"
        # (after the official Mahmoud Abdel-Hafez Ragab): someone new with a look-alike name
        return False
    return _middles_agree(ref_g[0], m) or (
        rg in (Relation.SAME, Relation.FORM) and rs in (Relation.SAME, Relation.FORM, Relation.ARTICLE)
        and not m.introduced and father_name_changed(ref_g[0], m) and not _named_in_sentence(p, m)
        and not _other_service(p, m))


def _other_service(p: Person, m: Mention) -> bool:
    """'Counselor Faisal Abdulaziz al-Mutairi' (the court) and 'Colonel Faisal Abdullah al-Mutairi':
    titles of two services, and another father's name, are two men of one family name."""
    kinds = {t.category for pm in p.mentions for t in pm.titles if t.category not in ("honorific", "role")}
    own = {t.category for t in m.titles if t.category not in ("honorific", "role")}
    return bool(kinds) and bool(own) and not kinds & own


def _monarch(m: Mention) -> bool:
    """A king, emir or sultan: one word after the title is his given name, not a surname."""
    return any(t.id == "king" for t in m.titles)


def _kin(m: Mention) -> bool:
    """A mention introduced by a kinship noun: "his cousin", "the victim's brother"."""
    kinship = lexicon.names().kinship_words
    return any(t.text.split()[-1].lower() in kinship for t in m.titles if t.text.split())


def _named_in_sentence(p: Person, m: Mention) -> bool:
    """Two names in one sentence that differ are two people ("the driver, Mahmoud Saeed, and his
    assistant, Mahmoud Sayed"): the looser ties never join them."""
    # mentions join people in reading order: only the latest can share m's sentence
    return bool(p.mentions) and p.mentions[-1].sentence == m.sentence


def _both_transliterated(given_a: str, given_b: str, surname_a: str, surname_b: str) -> bool:
    """"Yousef Sheikhani" / "Yusuf Shaikhani", "Khaled Bouchareb" / "Khalid Boucharib": each name
    only re-transliterated (the same sound key or a listed family; a surname may gain or lose a
    vowel, "Ghanmi" / "Ghanimi", change its first one, "Zebari" / "Zibari", or, with four or
    more consonants, any), which two different people's names are not."""
    given = sound(given_a) == sound(given_b) or same_family(given_a, given_b)
    surname = sound(surname_a) == sound(surname_b) \
        or relation(surname_a, surname_b, strict=True) is not Relation.DIFFERENT \
        or first_vowel_variant(strip_article(surname_a), strip_article(surname_b)) \
        or (vowel_variant(surname_a, surname_b) and len(consonants(surname_a)) >= 4)
    return given and surname


def father_name_changed(ref: Mention, m: Mention) -> bool:
    """"Abdul Razzaq Hammoud al-Khalaf" ... "Abdul Razzaq Mahmoud al-Khalaf": the same given name
    and surname around one other father's name (given and surnames already agree). A lineage
    written with "bin" ("Hamad bin Khalifa" / "Hamad bin Jassim Al Thani") names two men."""
    a, b = ref.units[1:-1], m.units[1:-1]
    if len(a) != 1 or len(b) != 1:
        return False
    # a lineage particle (names.toml): "Abdul" / "Abu" open a compound name, no lineage
    lineage = lexicon.names().lineage_particles
    if any(w.lower() in lineage for u in (a[0], b[0]) for w in u.text.split()):
        return False
    # "Khaled Patient al-Jawfi" for "Khaled Sabir al-Jawfi" is the name translated (mistranslation)
    from .name_meanings import table
    return not any(u.text in table()[1] for u in (a[0], b[0]))


class _PeopleIndex:
    """The people introduced so far, by every key on which ``_fits`` can accept a mention: the
    folded surname (with and without its article), its sound key and listed family, its loose
    key, its sound key's first letter and length (a letter or two more, less or changed), and
    the given name of the first name of three or more parts (the father's-name short form).
    A mention looks only at the people under its own keys: a few, not all LOOKBACK."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._buckets: dict[tuple, list[int]] = {}
        self._father_keyed: set[int] = set()
        self._position: dict[int, int] = {}

    def add(self, person: Person) -> None:
        self._position[id(person)] = len(self.people)
        self.people.append(person)
        for key in _surname_keys(person.reference_unit("surname")[1].text):
            self._buckets.setdefault(key, []).append(len(self.people) - 1)

    def joined(self, person: Person, m: Mention) -> None:
        """The person gained mention m: its first name of three parts keys the short form."""
        k = self._position[id(person)]
        if len(m.units) >= 3 and k not in self._father_keyed:
            self._father_keyed.add(k)
            insort(self._buckets.setdefault(("father", consonants(m.units[0].text)), []), k)

    def candidates(self, m: Mention) -> list[int]:
        """Indexes of the LOOKBACK most recent people that m may be, most recent first."""
        oldest = len(self.people) - LOOKBACK
        keys = _mention_keys(m.surname.text)
        if len(m.units) == 2:
            keys.append(("father", consonants(m.units[0].text)))
        found: set[int] = set()
        for key in keys:
            bucket = self._buckets.get(key, ())
            for i in range(len(bucket) - 1, -1, -1):
                if bucket[i] < oldest:
                    break
                found.add(bucket[i])
        return sorted(found, reverse=True)


def _surname_keys(name: str) -> list[tuple]:
    """Where a person's reference surname is filed (see ``_mention_keys``)."""
    s = sound(name)
    keys = [("fold", fold(name)), ("fold", "-" + fold(strip_article(name))), ("sound", s),
            ("loose", loose(name)), ("shape", s[:1], len(s)), ("opening-w", opening_w(s))]
    if s[:1] in ("a", "i", "u"):
        keys.append(("vowel-dropped", s[1:]))
    family = lexicon.names().given_name_family.get(strip_article(name))
    if family is not None:
        keys.append(("family", family))
    return keys


def _mention_keys(name: str) -> list[tuple]:
    """The keys under which a person whose surname may be this one is filed: the same folded
    form or sound key, a listed family, a loose key (consonant variants), and for a letter or
    two changed (``relation``: the same first letter, an edit distance of at most two) or a
    vowel dropped anywhere, the same first letter and a length at most two apart."""
    s = sound(name)
    keys = [("fold", fold(name)), ("fold", "-" + fold(strip_article(name))), ("sound", s),
            ("loose", loose(name)), ("vowel-dropped", s), ("opening-w", opening_w(s))]
    keys += [("shape", s[:1], n) for n in range(len(s) - 2, len(s) + 3)]
    if s[:1] in ("a", "i", "u"):
        keys.append(("sound", s[1:]))
    family = lexicon.names().given_name_family.get(strip_article(name))
    if family is not None:
        keys.append(("family", family))
    return keys


def resolve(mentions: list[Mention]) -> list[Person]:
    index = _PeopleIndex()
    people = index.people
    for m in mentions:
        candidates = [people[k] for k in index.candidates(m) if _fits(people[k], m)]  # most recent first
        best: Person | None = None
        if m.given is None and len(candidates) > 1:
            # "Governor al-Juburi" when two al-Juburis were named: the one with a title of
            # that kind is meant; otherwise the mention is ambiguous
            titled = [p for p in candidates if _same_category(p, m)]
            # of two such, the one whose post is in the body the mention's title names: "The
            # Director of Higher Education, Dr. Khoury" after "the Director-General of Higher
            # Education, Dr. Mazen Khoury" and "the CNRS secretary-general, Dr. Rania Khoury"
            titled = [p for p in titled if _same_body(p, m)] if len(titled) > 1 else titled
            # the one whose family name it writes as written, the article aside ("Sheikh Saedi"
            # after "al-Saedi" and "al-Saadi")
            same = [p for p in candidates if _writes_surname(p, m)]
            m.ambiguous = len(titled) != 1
            if m.ambiguous:
                m.candidates = candidates
            best = titled[0] if len(titled) == 1 else (same or candidates)[0]
        elif candidates:
            # a name with its given name is first someone whose given name is known: "Othman
            # Abdelbagi" is Dr. Osman Abdelbagi Hamad, not the "Dr. Abdelbagi" named between
            if m.given is not None:
                candidates = [p for p in candidates if p.reference_unit("given") is not None] or candidates
            # two people it may be: the one whose family name it writes as written ("Lieutenant
            # General Karim al-Zubaidi" after "Karim Hamoud al-Zubaidi" and "Karim al-Zubaidy")
            best = next((p for p in candidates if _writes_surname(p, m)), candidates[0])
        if best is None:
            best = Person([m])
            index.add(best)
        else:
            best.mentions.append(m)
        index.joined(best, m)
        m.person = best
    return people


def surname_respelled(ref: Mention, m: Mention) -> bool:
    """A given name and middle names written alike, and a surname of the same consonants: one
    person whose family name was transliterated twice ("Mohamed Tarek Nasser" / "Mohamed Tarek
    Nasr"), though the two are listed apart as given names; two people of one article do not share
    a given and a father's name."""
    if len(ref.units) < 3 or len(ref.units) != len(m.units):
        return False
    if any(fold(strip_article(x.text)) != fold(strip_article(y.text)) for x, y in zip(ref.units[:-1], m.units[:-1])):
        return False
    a, b = ref.units[-1].text, m.units[-1].text
    return strict_consonants(a) == strict_consonants(b) and len(strict_consonants(a)) >= 3


def _writes_surname(p: Person, m: Mention) -> bool:
    """Whether m writes p's family name as p's reference mention does, the article aside."""
    return fold(strip_article(p.reference_unit("surname")[1].text)) == fold(strip_article(m.surname.text))


def _middles_as_written(ref: Mention, m: Mention) -> bool:
    """The middle names both mentions give, written alike (case, hyphen and article aside)."""
    a, b = ref.units[1:-1], m.units[1:-1]
    return not a or not b or len(a) != len(b) or all(
        fold(strip_article(x.text)) == fold(strip_article(y.text)) for x, y in zip(a, b))


def _middles_agree(ref: Mention, m: Mention) -> bool:
    a, b = ref.units[1:-1], m.units[1:-1]
    if not a or not b or len(a) != len(b):
        return True
    # compared as given names: "Hassan" / "Hussein" (both listed) are two fathers
    return all(name_relation(x.text, y.text, given=True) is not Relation.DIFFERENT
               or vowel_variant(x.text, y.text) or consonant_variant(x.text, y.text)
               for x, y in zip(a, b))


@dataclass
class Cast:
    """Everyone the article mentions, and every mention in text order."""
    people: list[Person]
    mentions: list[Mention]


def analyse(text: str, sentences: list[Segment]) -> Cast:
    from .bare_surnames import bare_surnames
    from .people import extract
    mentions = extract(text, sentences)
    people = resolve(mentions)
    bare = bare_surnames(text, sentences, mentions, people)
    for m in bare:
        m.person.mentions.append(m)
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
    return Cast(people, sorted(mentions + bare, key=lambda m: m.start))

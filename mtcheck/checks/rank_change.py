"""rank-change: the same person given a different rank or title later in the article."""
from __future__ import annotations

import re

from ..analysis.address_ranks import address_changes
from ..analysis.ambiguous_ranks import ambiguous_changes
from ..analysis.people import Mention, Person, Title
from ..analysis.person_titles import RETIRED_WORDS
from ..analysis.promotions import MentionOwners, promoted_by_surname, promoted_here, told_promotions
from ..analysis.title_posts import (BODY_LINKS, BODY_OF, HEAD_IDS, IN_BODY, body_words, headed_by,
                                    judicial_counsellor, names_body, one_head, resolved)
from ..analysis.title_references import title_references
from .base import Check, Document

# Ranks and offices are compared within their kind; honorifics ("Dr", "Sheikh") and loose
# roles ("lawyer", "resident") are not.
COMPARED = ("military", "police", "civil", "judicial", "post", "academic")


def _title(m: Mention, category: str) -> Title | None:
    """The mention's title of a category, a head of a body read as the post it holds ("the head
    of the Giza Prosecution" is a judicial post, its chief prosecutor)."""
    found = [t for t in map(resolved, m.titles) if t.category == category]
    # "Judge X, head of the court": the post, not the courtesy any judge is addressed by
    return next((t for t in found if t.id != "judge"), found[0]) if found else None


def _reference_title(person: Person, category: str, text: str = "") -> tuple[Mention, Title, str | None] | None:
    """The first title of a category, and the post a judicial counsellor heading a body holds
    (which a later mention may rightly give him: "headed by Counsellor X" ... "presiding judge X")."""
    for m in person.mentions:
        if m.quoted:
            continue
        t = _title(m, category)
        if t is not None:
            return m, t, None
        counsellor = judicial_counsellor(text, m.titles, m.start) if category == "judicial" else None
        if counsellor is not None:
            return m, *counsellor
    return None


def _stranger(text: str, person: Person, m: Mention) -> bool:
    """"Ibrahim al-Mawla, a former director of the authority and the uncle of the current
    Director-General": a full name introduced afresh with a past post, after the person was
    named, is someone of the story's past who shares the name; his history is not this person's."""
    return m is not person.mentions[0] and m.introduced and any(
        t.time_modifier and _INDEFINITE_APPOSED.fullmatch(text, m.name_end, t.start) for t in m.titles)


# ", a former director": an indefinite description apposed after the name (not "The former
# Minister, X," which tells the history of one already named)
_INDEFINITE_APPOSED = re.compile(r",[ \u00a0]+(?:a|an)[ \u00a0]+")


# The kinds of title a person's rank is: compared even when the story tells a past post.
_RANKS = ("military", "police")

# An office and a post held in one body, each compared with the other kind ("civil" with
# "civil" is _compare's work).
_IN_A_BODY = {"civil": "post", "post": "civil"}


# "a judge in the Appeals Court", "a member of the council": one of the body's many
_ONE_OF = re.compile(r"(?i:an?)[ \u00a0]")
_ONE_OF_BEFORE = re.compile(r",[ \u00a0]+(?i:an?)[ \u00a0]+$")  # "X, a member of the mission"
_HEADS = frozenset({"chairman", "president", "director", "director-general", "governor", "mayor"})


def _member_of(title: Title) -> frozenset[str]:
    """The body named before "member": "Council member" -> {"council"}."""
    words = title.text.lower().split()
    return frozenset(w for w in words[:-1] if w not in BODY_LINKS and w not in ("a", "an")) if words[-1:] == ["member"] \
        else frozenset()


def _same_body(a: frozenset[str], b: frozenset[str]) -> bool:
    """One body named in full and in short: "Regional Union of Labour in Kairouan" / "regional union",
    "the committee for communicable diseases" / "the committee" (one person holds both)."""
    return bool(a & b) and (a <= b or b <= a) and (len(a & b) >= 2 or min(len(a), len(b)) == 1)


_ACRONYM = re.compile(r"\b[A-Z]{3,8}\b")


def _acronyms(title: Title) -> frozenset[str]:
    """The acronyms in an office's text: "head of the IOM sub-office in Marib" -> {"IOM"}. One
    agency's acronym names one body however the rest of the office reads."""
    return frozenset(_ACRONYM.findall(title.text))


def _addressed_as_judge(ref: Title, later: Title) -> bool:
    """"Judge" is how any judge is addressed: the investigating judge or the chief justice
    "Judge Nadine Harfouche" is the same post, named by its courtesy title."""
    ids = {ref.office, later.office}
    if ref.office == "judge" and later.office.startswith("chief"):
        return False  # "Judge X" ... "Chief Judge X": the later mention makes him the court's head
    return "judge" in ids and all(("judge" in i or "justice" in i) and not i.startswith("deputy") for i in ids)


def _same_post(ref: Title, later: Title) -> bool:
    """Two renderings of one post: "President of the club" / "Head of the club" (ra'is), unless
    they name two bodies ("the president of the Court of Appeal" / "the head of the Criminal
    Court")."""
    if not one_head(ref, later):
        return False
    a, b = body_words(ref, IN_BODY), body_words(later, IN_BODY)
    return not (a and b) or _same_body(a, b)


def _heads_of_two_bodies(ref: Title, later: Title) -> bool:
    """"The president of the Dhi Qar Federal Court of Appeal" ... "the head of the Dhi Qar Criminal
    Court": one post, the head of a court, held in two bodies, which one judge is not."""
    if not all(t.id in HEAD_IDS or names_body(t.text) for t in (ref, later)):
        return False  # "the Mayor of Basra" names a city, "the head of the municipality" a body
    a, b = body_words(ref, IN_BODY), body_words(later, IN_BODY)
    return bool(a and b) and not _same_body(a, b) and not _acronyms(ref) & _acronyms(later)


def _in_first_chain(ref_m: Mention, ref_t: Title, later: Title) -> bool:
    """Another title the first mention gave too: "The Attorney General at the State Security
    Court, Judge Hassan Al Abdallat" ... "Judge Al Abdallat"."""
    return later.office != ref_t.office and any(x.office == later.office for x in map(resolved, ref_m.titles)
                                                if x.start != ref_t.start)


def _shortened(ref: Title, later: Title) -> bool:
    """'Lt Gen' -> 'Gen', 'Lt Col' -> 'Col': the later rank is the generic tail of the first;
    'Staff Brig Gen' -> 'Brig Gen': a qualifier dropped; 'Colonel Major' -> 'Colonel': the
    base rank of a senior grade written after it (not 'Lt Col' -> 'Lt', another rank)."""
    if ref.id == f"staff-{later.id}":
        return True
    return later.generic and (ref.id.endswith(f"-{later.id}") or ref.id == f"{later.id}-major")


class RankChange(Check):
    rule = "rank-change"
    code = "MT102"
    doc = "Flags a person whose rank or title changes later (another rank: error; shortened to a generic rank: warning)."
    explanation = """\
    Flags a person whose rank or title changes between mentions ("Maj Gen" then "Brig Gen", "Deputy
    Health Minister" then "Health Minister"). The same rank in another written form ("Lieutenant-
    General", "Lt Gen", "Lt.-Gen.") is not a change; ranks and titles are data in
    mtcheck/data/titles.toml. A person whose history is told ("former", "promoted to") is not
    flagged.

    A wrong rank misstates who someone is and is a classic machine-translation error when ranks are
    abbreviated differently in the source language.
    """
    example = ('Iraq tightens border security\n\nMaj Gen Tahseen al-Khafaji spoke to reporters. '
               'Brig Gen al-Khafaji said the border was calm.\n')
    default_severity = ('error for another rank or office; '
                        'warning for a rank shortened to a generic one that reads as another ("Lt Gen" to "Gen") or a dropped qualifier')

    def run(self, ctx: Document):
        mentions = MentionOwners(ctx.people.people)
        told = told_promotions(ctx.text)  # "Osman, who was promoted to major general last month"
        cued: set[int] = set()  # the people whose promotion is told
        for k, original in enumerate(ctx.people.people):
            person = Person([m for m in original.mentions if not _stranger(ctx.text, original, m)])
            # a person whose history is told ("former", "promoted to") may rightly change title
            history = {t.category for m in person.mentions for t in m.titles if t.time_modifier and not _retired_rank(t)}
            if promoted_here(ctx, person, k, mentions, cued) or promoted_by_surname(ctx, person, k, told, cued):
                continue
            if not history:
                yield from self._person(ctx, person)
            elif history.isdisjoint(_RANKS) and _history_beside_rank(person):
                # the history of a post apposed to a rank ("Colonel Major X, the former head of the
                # customs brigade") tells nothing of the rank: "Colonel X" later still changes it
                for category in _RANKS:
                    yield from self._compare(ctx, person, category)
        # "Colonel Bahadli" when two Bahadlis of other ranks were named: a change either way,
        # unless one of them was promoted (a past post of the rank's kind is ambiguous_ranks' test)
        promoted = {id(ctx.people.people[k]) for k in cued}
        for c in ambiguous_changes(ctx.people.mentions):
            if not any(id(p) in promoted for p in c.mention.candidates):
                yield self._finding(ctx, c.ref_mention, c.ref_title, c.mention, c.title)
        # "The Director of Customs said" after "X, Director-General of Customs,": the post alone
        # stands for its one holder (analysis/title_references.py)
        told = {id(p) for p in ctx.people.people if any(t.time_modifier for m in p.mentions for t in m.titles)}
        for r in title_references(ctx.text, [s for _, s in ctx.content_sentences], ctx.people.people,
                                  [m.start for m in ctx.people.mentions]):
            if id(r.ref_mention.person) not in promoted | told:
                yield self._title_alone(ctx, r)

    def _person(self, ctx: Document, person: Person):
        """Every change of one person's title, one finding per later mention (the first found:
        "Court member Counsellor X" after "headed by Counsellor X" changes post once)."""
        seen: set[tuple[int, int]] = set()
        found = [*self._one_of_a_body_headed(ctx, person), *self._offices_in_one_body(ctx, person)]
        found += [f for category in COMPARED for f in self._compare(ctx, person, category)]
        # "Judge X" ... "Counsellor X": two ranks a person is addressed by (analysis/address_ranks.py)
        found += [self._finding(ctx, *change) for change in address_changes(ctx.text, person)]
        found += self._professor_as_doctor(ctx, person) + self._doctor_as_mister(ctx, person)
        for f in found:
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                yield f

    def _professor_as_doctor(self, ctx: Document, person: Person) -> list:
        """"Professor Rachid Hamadouche" ... "Dr. Hamadouche": an academic rank (ustadh) written
        later as the doctorate any lecturer holds. "Professor Dr. X" ... "Dr. X" keeps a title the
        first mention gave."""
        plain = [m for m in person.mentions if not (m.quoted or m.historical or m.ambiguous)]
        if any(_title(m, "academic") and any(map(_is_dr, m.titles)) for m in person.mentions):
            return []
        ref = next(((m, t) for m in plain if (t := _title(m, "academic")) is not None), None)
        # a rank before the name; "X, Professor of Sociology at Assiut University" tells a job,
        # and "Dr X" is how such a professor is addressed
        # (an assistant or associate professor is commonly a doctor below the professor's rank)
        if ref is None or ref[1].id != "professor" or ref[1].office_modifier or ref[1].time_modifier \
                or ref[1].start > ref[0].name_start or BODY_OF.search(ref[1].text):
            return []
        later = next((m for m in plain if m.start > ref[0].start and _doctor(m)), None)
        return [self._finding(ctx, *ref, later, _doctor(later))] if later is not None else []

    def _doctor_as_mister(self, ctx: Document, person: Person) -> list:
        """"Dr. Ahmed al-Khazraji" ... "Mr. Ahmed al-Khazraji": the doctorate an earlier mention
        gave, replaced later by a plain courtesy title (al-sayyid rendered where al-duktur was)."""
        plain = [m for m in person.mentions if not (m.quoted or m.historical or m.ambiguous)]
        ref = next(((m, t) for m in plain for t in m.titles if _is_dr(t)), None)
        if ref is None:
            return []
        # every such later mention: each is the title an editor must mend
        later = [(m, t) for m in plain if m.start > ref[0].start and not any(map(_is_dr, m.titles))
                 for t in m.titles if _is_courtesy(t)]
        return [self._warning(ctx, *ref, m, t, f"'{ref[1].text}' earlier, but the plain '{t.text}' "
                              "here: the doctorate is dropped for a courtesy title.") for m, t in later]

    def _one_of_a_body_headed(self, ctx: Document, person: Person):
        """"The head of the Nineveh Appeals Court, Judge X" ... "A judge in the Nineveh Appeals
        Court, X": the head of a body is not one of its many members (the indefinite article)."""
        ref = next(((m, t, body_words(t, IN_BODY)) for m in person.mentions for t in m.titles
                    if t.id in _HEADS and not t.office_modifier and body_words(t, IN_BODY)
                    and not m.quoted and not m.historical), None) or self._headed_by(ctx, person)
        if ref is None:
            return
        ref_m, ref_t, ref_body = ref
        for m in person.mentions:
            if m.start <= ref_m.start or m.quoted or m.historical or m.ambiguous:
                continue
            for t in m.titles:
                one_of = _ONE_OF.match(t.text) or _ONE_OF_BEFORE.search(ctx.text, max(0, t.start - 6), t.start)
                body = body_words(t, IN_BODY)
                if t.id == "member" and not body:
                    # "Council member X" after "the president of the communal council, X": a member
                    # is one of many, and the word before it names the body
                    one_of, body = True, _member_of(t)
                if t.category in COMPARED and one_of and t.id not in _HEADS \
                        and _same_body(ref_body, body):
                    yield self._finding(ctx, ref_m, ref_t, m, t)
                    return

    @staticmethod
    def _headed_by(ctx: Document, person: Person) -> tuple[Mention, Title, frozenset[str]] | None:
        """"The Giza Criminal Court, headed by Counsellor X": X heads the body named before."""
        for m in person.mentions:
            if m.quoted or m.historical:
                continue
            found = headed_by(ctx.text, m.start)
            if found is not None:
                return m, *found
        return None

    def _offices_in_one_body(self, ctx: Document, person: Person):
        """"The secretary-general of the regional union, X" ... "The spokesman of the regional
        union, X" (or the other way round): an office and a post are kinds apart, but two of them
        in the same body held by one person are a change."""
        ref = next(((m, t) for m in person.mentions for t in m.titles
                    if t.category in _IN_A_BODY and body_words(t) and not m.quoted and not m.historical), None)
        if ref is None:
            return
        ref_m, ref_t = ref
        other = _IN_A_BODY[ref_t.category]
        for m in person.mentions:
            if m.start <= ref_m.start or m.quoted or m.historical or m.ambiguous:
                continue
            t = m.title(other)
            if t is None or t.office == ref_t.office or not body_words(t):
                continue
            if _same_body(body_words(ref_t), body_words(t)) or _acronyms(ref_t) & _acronyms(t):
                yield self._finding(ctx, ref_m, ref_t, m, t)
                return

    def _compare(self, ctx: Document, person: Person, category: str):
        ref = _reference_title(person, category, ctx.text)
        if ref is None or ref[0].historical:
            return
        ref_m, ref_t, head_post = ref
        for m in person.mentions:
            t = _title(m, category)
            if m is ref_m or t is None or m.start <= ref_m.start:
                continue
            if m.quoted or m.historical or m.ambiguous or t.id == head_post:
                continue
            if _addressed_as_judge(ref_t, t) or _in_first_chain(ref_m, ref_t, t) \
                    or (t.office != ref_t.office and _same_post(ref_t, t)):
                continue
            if t.office == ref_t.office and not _heads_of_two_bodies(ref_t, t):
                if ref_t.qualifier and not t.qualifier:
                    yield self._warning(ctx, ref_m, ref_t, m, t, f"'{ref_t.text}' later loses its qualifier "
                                                                  f"'{ref_t.qualifier}': '{t.text}'.")
                continue
            yield self._finding(ctx, ref_m, ref_t, m, t)

    def _title_alone(self, ctx: Document, r):
        ref_t, t = r.ref_title, r.title
        if ref_t.office == t.office or _shortened(ref_t, t):
            message = f"'{ref_t.text}' later loses its qualifier: '{t.text}'."
            severity = "warning"
        else:
            message = f"The post of {ctx.text[r.ref_mention.name_start:r.ref_mention.name_end]} is '{ref_t.text}' earlier but '{t.text}' here."
            severity = "error"
        return self.finding(ctx, severity, t.start, t.end, message, related=[self._span(r.ref_mention, ref_t)],
                            suggestion=ref_t.text)

    def _span(self, ref_m: Mention, ref_t: Title) -> tuple[int, int]:
        return (ref_t.start, ref_t.end) if ref_t.start >= ref_m.start and ref_t.end <= ref_m.end \
            else (ref_m.start, ref_m.end)

    def _flag(self, ctx: Document, severity: str, ref_m: Mention, ref_t: Title, m: Mention, t: Title, message: str):
        """The later title and name, with the earlier title put back as the suggestion."""
        start, end = min(t.start, m.name_start), max(t.end, m.name_end)
        name = ctx.text[m.name_start:m.name_end]
        return self.finding(ctx, severity, start, end, message, related=[self._span(ref_m, ref_t)],
                            suggestion=f"{ref_t.text} {name}")

    def _warning(self, ctx: Document, ref_m: Mention, ref_t: Title, m: Mention, t: Title, message: str):
        return self._flag(ctx, "warning", ref_m, ref_t, m, t, message)

    def _finding(self, ctx: Document, ref_m: Mention, ref_t: Title, m: Mention, t: Title):
        if _shortened(ref_t, t):
            return self._warning(
                ctx, ref_m, ref_t, m, t,
                f"'{ref_t.text}' is later shortened to '{t.text}', which reads as another rank."
                if t.generic else f"'{ref_t.text}' later loses its qualifier: '{t.text}'.")
        return self._flag(ctx, "error", ref_m, ref_t, m, t,
                          f"The same person is '{ref_t.text}' earlier but '{t.text}' here.")


def _history_beside_rank(person: Person) -> bool:
    """Every past post told of the person is told in a mention that also gives a rank."""
    return all(any(x.category in _RANKS for x in m.titles)
               for m in person.mentions if any(t.time_modifier for t in m.titles))


def _doctor(m: Mention) -> Title | None:
    """The mention's "Dr" when it gives no other title ("Dr. Hamadouche")."""
    if len(m.titles) != 1:
        return None
    t = m.titles[0]
    return t if _is_dr(t) else None


def _honorific_word(t: Title) -> str | None:
    """The honorific's own word ("dr" of "the deputy Dr."), None for another kind of title."""
    return t.text.rstrip(".").split()[-1].lower() if t.category == "honorific" else None


def _is_dr(t: Title) -> bool:
    return _honorific_word(t) == "dr"


def _is_courtesy(t: Title) -> bool:
    """"Mr", "Mrs", "Ms": a courtesy title that tells no rank or degree."""
    return _honorific_word(t) in ("mr", "mrs", "ms", "miss")


# "Osman, who was promoted to": a capitalised word, a comma and a relative clause before the cue
def _retired_rank(t) -> bool:
    """"retired Major General", "Major General (retired)": an officer keeps his rank in
    retirement, so a later "General" is the same rank shortened, not a story of promotions."""
    words = t.text.lower().replace("(", " ").replace(")", " ").split()
    return t.category in ("military", "police") and any(w in RETIRED_WORDS for w in words)

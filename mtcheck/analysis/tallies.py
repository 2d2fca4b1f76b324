"""Tallies: counts of the dead, and totals with the parts an article lists for them.

``toll_restated`` ties a definite later count of the dead ("the bodies of the 11 victims") to the
story's first toll ("the death of 9 people"), whatever nouns each uses. ``breakdowns`` finds a
list of parts ("the dead include 9 women and 16 children") and the total it breaks down (the
count right before it in the sentence, or the story's toll when the list speaks of "the dead").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .bracketed_parts import bracketed_lists
from .list_totals import (NEAR_WHOLE, by_category, by_kind, by_place, done_to_total, most_places, own_noun_parts,
                          stated_total)
from .near_totals import near_whole, single_tail
from .quantity_words import Quantity
from .units import FAMILIES, KIND_OF, linked, stem

_WORD = re.compile(r"[A-Za-z][\w'-]*|\d[\d,.]*|[,;:()]")
_CLAUSE_STOP = frozenset(["and", ",", ";", ":", "(", ")", "while", "including", "among"])
_WINDOW = 6
_COPULAS = frozenset("is are was were be been".split())  # "... will be divided into", "... were distributed as"
_SUBJECT_REACH = 9  # words between a total that is the subject and its list's verb
# a count in a phrase that places the one before it: "5 people [in the] two villages"
_GROUP_OF = re.compile(r"[ \u00a0]+(?:in|from|across|of|at)[ \u00a0]+(?:the[ \u00a0]+)?")
_PHRASE_REACH = 8  # words of the total's phrase between it and its list's cue


def _clause_words(ctx, q: Quantity) -> list[str]:
    """Up to six words on each side of a quantity, within its clause: "the death of [9 people]",
    "[3 soldiers] of the Iraqi army were martyred" (not past an "and" to the next count)."""
    seg = ctx.sentences[q.sentence]
    before = [m.group().lower() for m in _WORD.finditer(ctx.text, max(seg.start, q.start - 80), q.start)]
    after = [m.group().lower() for m in _WORD.finditer(ctx.text, q.end, min(seg.end, q.end + 80))]
    out: list[str] = []
    for words in (reversed(before), after):
        for k, w in enumerate(words):
            if k >= _WINDOW or w in _CLAUSE_STOP or w[0].isdigit():
                break
            out.append(w)
    return out


def counts_the_dead(words) -> bool:
    return any("death" in FAMILIES.get(stem(w), ()) for w in words)


# "the death toll of the storm, which reached 6 people": the toll said of the count before it
_TOLL_SAID = re.compile(r"\b(?:death|casualty)[ \u00a0]+toll\b[^.;:\d]{0,60}?\b(?:reached|is|was|stood[ \u00a0]+at|stands[ \u00a0]+at)"
                        r"[ \u00a0]+$", re.IGNORECASE)


def _stated_toll(ctx, q: Quantity) -> bool:
    return _TOLL_SAID.search(ctx.text, max(ctx.sentences[q.sentence].start, q.start - 90), q.start) is not None


# "the 52 people who lost their lives": people named as the dead by the clause after them
_WHO_DIED = re.compile(r"[ \u00a0]+(?:who|that)[ \u00a0]+(?:lost[ \u00a0]+their[ \u00a0]+lives|died|perished|were[ \u00a0]+killed)\b")


def _named_dead(ctx, q: Quantity) -> bool:
    return counts_the_dead(q.head) or q.noun.lower() in ("people", "persons") and _WHO_DIED.match(ctx.text, q.end) is not None


def counts_the_toll(ctx, q: Quantity) -> bool:
    """A later count of the dead that may restate the story's first toll: a definite one named by
    the dead ('the bodies of the 11 victims', 'the 52 people who lost their lives'), or the death
    toll said to be it."""
    return q.anaphoric and _named_dead(ctx, q) or _stated_toll(ctx, q)


def toll_restated(ctx, ref: Quantity, later: Quantity) -> bool:
    """'the bodies of the 11 victims' after 'the death of 9 people': a definite later count of the
    dead that differs from the story's first toll. (A smaller definite count may be a part, 'the
    two children among the dead', unless it names the dead alone: 'the 7 victims'.)"""
    if later.dimension != "count" or ref.dimension != "count":
        return False
    if not later.anaphoric:  # "the death toll ..., which reached 6 people" after 9 killed: a toll only rises
        return _stated_toll(ctx, later) and later.value < ref.value and not (ref.hedged or later.hedged) \
            and ref.time_cues - {"since"} == later.time_cues - {"since"} and ref.sentence != later.sentence \
            and counts_the_dead(_clause_words(ctx, ref))
    if later.value == ref.value or later.value < ref.value and not _all_the_dead(later):
        return False
    if ref.hedged or later.hedged or later.other or later.update or ref.other:
        return False
    if ref.time_cues != later.time_cues and later.time_cues or ref.sentence == later.sentence:
        return False  # (a definite count with no time of its own takes the toll's: "the 52 victims")
    return _named_dead(ctx, later) and counts_the_dead(_clause_words(ctx, ref))


def _all_the_dead(q: Quantity) -> bool:
    """'the 7 victims', 'the bodies of the 7 dead': a count named by the dead alone restates the
    whole toll; 'the two children' (among the dead) or 'the two victims from Basra' may be a part."""
    return bool(q.noun) and not q.names_near and counts_the_dead([q.noun]) \
        and all(counts_the_dead([h]) for h in q.head)


def first_toll(ctx, earlier: list[Quantity]) -> Quantity | None:
    """The story's first count of the dead (the toll a later definite count restates)."""
    for q in earlier:
        if q.dimension == "count" and q.part not in ("caption", "credit") and counts_the_dead(_clause_words(ctx, q)):
            return q
    return None


# A list of parts follows one of these: "including 9 women and 16 children", "the dead include ...",
# "among them 4 children", "of whom 12 are women", "of which 3.1 billion for salaries", "namely ...",
# "divided into ...", or a colon right after the count ("killed 23 people: 9 women and 16 children").
_PARTS_CUE = re.compile(r"\b(?:includ(?:e|es|ed|ing)|among (?:them|whom)|of (?:them|whom|which)|namely|compris(?:e|es|ed|ing)"
                        r"|consist(?:s|ed|ing)? of|composed of|made up of|(?:divided|broken down|distributed|split) (?:into|as follows|among|between|as))\b"
                        r"|(?<=[a-z]):(?= *\d)"
                        r"|\b(?:are|were)(?=[ \u00a0]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))"
                        # "heard 23 witnesses during the trial, 9 for the prosecution and 11 for the defence"
                        r"|(?<=[a-z]),[ \u00a0]+(?=\d[\d,]*[ \u00a0]+for[ \u00a0]+the[ \u00a0]+(?:prosecution|defen[cs]e)\b)"
                        r"|(?<=[a-z]),(?=[ \u00a0]+(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                        r"[ \u00a0]+[A-Z])"  # "nine suspects, six Yemenis and two Ethiopians": an apposition
                        r"|(?<=,)[ \u00a0]+as(?=[ \u00a0]+[\d.,]+(?:[ \u00a0]+(?:thousand|million|billion))?[ \u00a0]+[a-z]+"
                        r"[ \u00a0]+(?:are|were|is|was|will[ \u00a0]+be)[ \u00a0]+(?:allocated|distributed|earmarked|set[ \u00a0]+aside))",
                        # "will receive 16.4 billion dinars, as 8.4 billion dinars are allocated to the Ministry of Education, ..."
                        re.IGNORECASE)
# "the planted area is divided between": the subject, a total said before, broken down
_DIVIDED = re.compile(r"\b(?:is|are|was|were)[ \u00a0]+(?:divided|split|distributed)[ \u00a0]+(?:between|into|among|as[ \u00a0]+follows)\b",
                      re.IGNORECASE)
# Cues that list every part, not some ("divided into 11.2 billion dinars of current spending and
# 1.6 billion of capital spending"): parts that add up to less than the total disagree with it too.
# "including", "among them", "of whom" name some parts only, and so may "namely" and a colon
# ("killed 23 people, namely 9 women and 12 children": the men are not listed).
_EXHAUSTIVE = re.compile(r"compris|consist|composed|made|divided|broken|distributed|split|,[ \u00a0]", re.IGNORECASE)  # (", ": the two sides of a trial)
# "wounded 23 people, including 9 in Basra and 12 in Kirkuk": a list hung on the figure by "including"
# or "among them" picks some, even place by place ("of whom 20 to Europe, 12 to Africa and 4 to Asia",
# "the arrested included 12 of Ethiopian nationality and 5 of Yemeni nationality" break it down)
_SOME_CUE = re.compile(r"including|among", re.IGNORECASE)
_OF_THEM = re.compile(r"of (?:them|whom|which)", re.IGNORECASE)
_LEAD_OF_THEM = re.compile(r"[\w-]+[ \u00a0]+of[ \u00a0]+(?:them|whom)\b", re.IGNORECASE)
# "the defendants are 16 students, seven teachers and three employees": what a copula lists is all of them
_COPULA_CUE = frozenset({"are", "were"})
# "the released included 26 ... and 24 ...": a definite noun before the cue names the total counted before
# ("the cases recorded this year are distributed as": a participle phrase may follow the noun)
_SUBJECT = re.compile(r"\bthe[ \u00a0]+(?:(?P<mod>[a-z]\w+)[ \u00a0]+)?(?P<noun>[a-z]\w+),?[ \u00a0]+"
                      r"(?:[a-z]+ed(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+)?(?:are[ \u00a0]+|were[ \u00a0]+)?$")
_JOINER = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)$")
_NAMED_JOINER = re.compile(r",?[ \u00a0]*(?:and[ \u00a0]+)?[^\d,;:.]{1,40}?[ \u00a0](?:with|of|at)[ \u00a0]+$")


@dataclass(frozen=True)
class Breakdown:
    parts: tuple[Quantity, ...]
    total: Quantity
    exhaustive: bool = False  # every part is listed: fewer than the total disagrees too

    @property
    def sum(self) -> float:
        return sum(p.value for p in self.parts)


def _listed_parts(ctx, after: int, quantities: list[Quantity]) -> list[Quantity]:
    """Counts listed one after another from offset ``after``: '9 women and 16 children'."""
    parts: list[Quantity] = []
    named = False  # after a colon each item may name itself: "as follows: the Homs silo with 40,000 tonnes, the ..."
    for q in quantities:
        if q.start < after:
            continue
        gap = ctx.text[(parts[-1].end if parts else after):q.start]
        named = named or not parts and gap.lstrip().startswith(":") and len(gap.split()) <= 7
        if parts and not (_JOINER.search(gap) or named and _NAMED_JOINER.match(gap)) \
                or not parts and len(gap.split()) > 1 and not named:
            break
        if q.hedged or q.dimension != (parts[0].dimension if parts else q.dimension) \
                or q.dimension not in ("count", "mass", "length", "area", "volume", "power", "oil-volume", "oil-rate") \
                and not q.dimension.startswith("money"):
            break  # ("other" is set by the cue itself: "including 9 women")
        parts.append(q)
    return parts


def breakdowns(ctx, quantities: list[Quantity]) -> list[Breakdown]:
    """Lists of two or more counted parts with the total they break down."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    out: list[Breakdown] = []
    story_toll: list = []  # the story's first toll, looked for once (quantities are in text order)
    firsts: dict[tuple, Quantity] = {}  # the story's first count of each word, built on the first need
    positions: dict[int, int] = {}  # each quantity's index, built on the first need (stated_total)
    for k, qs in by_sentence.items():
        seg = ctx.sentences[k]
        for parts, cue in bracketed_lists(ctx, qs):  # "the injured were transferred to A (11), B (9) and C (5)"
            total = _named_total(ctx, cue, quantities, parts, firsts, positions)
            if total is not None and all(p.value < total.value for p in parts):
                out.append(Breakdown(tuple(parts), total, sum(p.value for p in parts) >= NEAR_WHOLE * total.value))
        for cue in _PARTS_CUE.finditer(ctx.text, seg.start, seg.end):
            # ("23,400 farmers, 18,100 of them in Sinjar and 5,300 in ...": the first part before its cue)
            lead = _OF_THEM.match(cue.group()) and next((q for q in qs if q.end <= cue.start() and q.dimension
                                                         == "count" and not ctx.text[q.end:cue.start()].strip()), None)
            parts = _listed_parts(ctx, lead.start if lead else cue.end(), qs)
            tail = single_tail(ctx, parts[-1]) if parts else None
            apposed = _apposed_to(cue, qs, len(parts) >= 2 and all(by_kind(ctx, p) for p in parts))
            if cue.group() == "," and not _by_name([*parts, *((tail,) if tail else ())]) \
                    and not (len(parts) >= 2 and all(by_place(ctx, p) or by_kind(ctx, p) for p in parts) and apposed):
                continue  # an apposition breaks a count down only by nationality or people, or by place
                # ("distribute the fuel to 120 stations, 70 in Port Sudan, 35 in Kassala and 25 in Gedaref")
            if len(parts) + (tail is not None) < 2:
                continue
            at = lead.start if lead else cue.start()
            total = apposed if cue.group() == "," else None
            total = total or _total_before(ctx, at, qs, quantities, story_toll, parts) \
                or _named_total(ctx, at, quantities, parts, firsts, positions) \
                or stated_total(parts, quantities, positions, bool(_DIVIDED.search(ctx.text, max(seg.start, at - 12), cue.end()))) \
                or _subject_total(ctx, seg, cue, quantities, parts, firsts, positions)
            if total is not None and tail is not None and near_whole(ctx, total, [*parts, tail]):
                out.append(Breakdown((*parts, tail), total, True))  # "six men, three women and a child"
            elif total is not None and tail is not None and _by_name([*parts, tail]):
                out.append(Breakdown((*parts, tail), total, False))  # "four Jordanians, two Egyptians and one Syrian"
            elif len(parts) >= 2 and total is not None and not all(p.value > total.value for p in parts):
                # (every part larger than the count before: it counts something else, "18,000
                # runners across three races: 2,500 in the full marathon, 6,500 ...")
                every = bool(_EXHAUSTIVE.match(cue.group())) or cue.group().lower() in _COPULA_CUE \
                    or _BY_PEOPLE.match(cue.group()) is not None and _by_name(parts) \
                    or _partition(ctx, total, parts) or _one_per_group(ctx, total, parts, by_sentence) \
                    or not _SOME_CUE.match(cue.group()) and by_category(ctx, total, parts) \
                    or near_whole(ctx, total, parts) or most_places(ctx, total, parts)
                out.append(Breakdown(tuple(parts), total, every))
    return out


_TAIL_WORD = re.compile(r"[ \u00a0]*(?P<w>[A-Za-z][\w'-]*)?")


# "the arrested, among them five Yemenis and three Ethiopians", "nine suspects, six Yemenis and two Ethiopians":
# people counted by nationality after "of them", "among them" or in apposition are all of them ("including" picks)
_BY_PEOPLE = re.compile(r",|among|of", re.IGNORECASE)


# a part named by a capitalised noun, after "of them" too: "812 of them Ethiopians", "413 Yemenis"
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+(?:them|whom)[ \u00a0]+)?[A-Z][a-z]")
_SUBJECT_OF_VERB = re.compile(r"\bthe[ \u00a0]+(?:[a-z]\w+[ \u00a0]+)?[a-z]\w+[ \u00a0]+(?=(?:were|are|had|have)[ \u00a0])")


def _subject_total(ctx, seg, cue: re.Match, quantities, parts, firsts, positions) -> Quantity | None:
    """'the arrested suspects were handed over ..., among them five Yemenis and three Ethiopians': the
    people a sentence's subject names are what its nationalities count, as the story first counted them."""
    if _BY_PEOPLE.match(cue.group()) is None or not _by_name(parts):
        return None
    m = _SUBJECT_OF_VERB.search(ctx.text, seg.start, cue.start())
    return _named_total(ctx, m.end(), quantities, parts, firsts, positions) if m else None


def _apposed_to(cue: re.Match, qs: list[Quantity], by_kind: bool = False) -> Quantity | None:
    """The count right before an apposition's comma ("nine suspects, six Yemenis ..."), if any; for parts by
    kind, the clause's last count before it ("215 companies are participating in this year's session, 140
    Jordanian and 65 foreign")."""
    before = [q for q in qs if q.end <= cue.start() and q.dimension == "count"]
    if before and (before[-1].end == cue.start() or by_kind):
        return before[-1]
    return None


def _by_name(parts: list[Quantity]) -> bool:
    """Every part named by a capitalised noun (a nationality, a people): kinds that do not overlap,
    so a last part of one ("and one Syrian") is one more of the total, not one of the others."""
    return all(p.noun and p.noun[0].isupper() and p.noun.lower() != p.noun for p in parts)


def _partition(ctx, total: Quantity, parts: list[Quantity]) -> bool:
    """'23 explosive devices, including 9 ready devices and 12 under preparation'; 'seven accused
    included four who attended and two who were sentenced in absentia': parts that name no other
    thing than the total (its own noun, or none) split it by a state of its own, and together
    are all of it. Parts that name another noun ('9 women and 12 children'), a manner ('12
    seriously') or a place ('9 from Basra') may leave some out."""
    if total.dimension != "count" or not total.noun:
        return False
    for p in parts:
        if p.noun and not linked(stem(p.noun), stem(total.noun)):
            return False
        if any(w[:1].isupper() for w in ctx.text[p.end:p.end + 30].split()[:3]):
            return False
        nxt = (_TAIL_WORD.match(ctx.text, p.end).group("w") or "").lower()
        # a part without a noun says its state by a clause or a participle ("who attended", "under
        # preparation", "detained"), not by a group ("300 among children") or a manner ("12 seriously")
        if not p.noun and not (nxt in _STATE_OPENERS or nxt.endswith("ed") and nxt not in _NOT_STATES):
            return False
    return True


_NAMED_PART = re.compile(r"[ \u00a0]+(?:in|for|to|from|at|of|by)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


def _one_per_group(ctx, total: Quantity, parts: list[Quantity], by_sentence: dict) -> bool:
    """'1,240 kilometres of canals in the two governorates, including 540 kilometres in Kafr El
    Sheikh and 600 kilometres in Beheira'; '146 towers of the three companies' ... '64 towers for
    Zain, 51 for Sudani and 41 for MTN': one part named for each of the groups the total's sentence
    counts is all of it. ('killed 5 people in two villages, including 2 women and 1 child' names
    no group per part: some.)"""
    if not all(_NAMED_PART.match(ctx.text, p.end) for p in parts):
        return False
    return any(g is not total and g.dimension == "count" and g.value == len(parts) and g.start > total.start
               and g not in parts for g in by_sentence.get(total.sentence, ()))


_STATE_OPENERS = frozenset("who which that whom under awaiting pending still".split())
_NOT_STATES = frozenset("need needed".split())


def _may_split(total: Quantity, parts: list[Quantity]) -> bool:
    """A count found only near the subject's word may be split into the parts unless the parts count
    other things, each its own ("the equipment includes 42 beds, 30 dialysis machines and two
    scanners" is no split of "three hospitals" that the equipment went to)."""
    nouns = {stem(p.noun) for p in parts if p.noun}
    own = {stem(total.noun)} if total.noun else set()
    wholes = {KIND_OF.get(n) for n in nouns}  # "412,000 head of livestock": 300,000 sheep, 85,000 goats ...
    return len(nouns) < 2 or any(linked(a, b) for a in nouns for b in own | set(total.head)) \
        or len(wholes) == 1 and None not in wholes and any(KIND_OF.get(w) in wholes for w in own | set(total.head))


def _named_total(ctx, cue: int, quantities: list[Quantity], parts: list[Quantity],
                 firsts: dict[tuple, Quantity], positions: dict[int, int]) -> Quantity | None:
    """'the released included 26 ... and 24 ...', 'the registered patients are distributed as
    410 ...': the story's first count, in an earlier sentence, of what the definite noun before
    the cue names ('the release of 48 prisoners', '620 patients registered')."""
    first_part = parts[0]
    seg = ctx.sentences[first_part.sentence]
    m = _SUBJECT.search(ctx.text, max(seg.start, cue - 60), cue)
    if m is None:
        return None
    if not firsts:  # one pass over the story's figures, however many lists it has
        # (a count that names the word as its own noun first: "a total of 146 towers of the three
        # companies" is the count of towers, though "three companies" has "towers" near it)
        kept = [q for q in quantities if not q.hedged and (not q.other or q.total) and not q.expected
                and q.part not in ("caption", "credit")]
        for q in kept:  # (its noun as written too: a vague one, "96 cases", is no head word)
            for w in (*q.head, *((stem(q.noun),) if q.noun else ())):
                firsts.setdefault((q.dimension, w, ""), q)
            for w in q.near:
                firsts.setdefault((q.dimension, w, "near"), q)
        firsts.setdefault(("", "", ""), first_part)  # (built: never empty again)
    dim = first_part.dimension
    for word in filter(None, (m.group("noun"), m.group("mod"))):  # "the registered patients", "the received quantities"
        noun = stem(word)
        for kind in ("", "near"):  # (the first count named by the word, else the first with it nearby:
            # "the centres are divided into 46 centres ..." counts first after "94 primary health care centres")
            q = firsts.get((dim, noun, kind)) \
                or next((firsts[(dim, w, kind)] for w in _linked_words(noun) if (dim, w, kind) in firsts), None)
            if q is not None and q.sentence < first_part.sentence and (kind == "" or _may_split(q, parts)):
                return q
    return done_to_total(ctx, m.group("noun"), first_part, quantities, positions)


def _linked_words(noun: str) -> list[str]:
    """Stems the noun is tied to by a family of data/units.toml ('released' ~ 'release')."""
    return [w for w, fams in FAMILIES.items() if fams & FAMILIES.get(noun, set())]


_SHARED_OUT = re.compile(r"(?:divided|broken down|distributed|split)[ \u00a0]", re.IGNORECASE)
_SHARED_REACH = 24  # words between a total and the participle that shares it out


def _total_before(ctx, cue: int, sentence_qs: list[Quantity], quantities: list[Quantity],
                  story_toll: list, parts: list[Quantity]) -> Quantity | None:
    """The count the list breaks down: the last count before the cue in its clause ('killed 23
    people, including ...'), or the story's first toll when the list speaks of the dead ('the
    dead include ...')."""
    dimension = parts[0].dimension
    before = [q for q in sentence_qs if q.end <= cue and q.dimension == dimension]
    if before:
        q = before[-1]
        if len(before) > 1 and _GROUP_OF.fullmatch(ctx.text, before[-2].end, q.start):
            q = before[-2]  # "killed 5 people in the two villages, including": the villages hold the total
        between = ctx.text[q.end:cue]
        if re.search(r"[;:]", between):
            return None
        words = between.lower().split()
        # "the loan of 180 million dollars approved by the World Bank will be divided into": the
        # total is the subject of the list's verb, a participle clause between them
        subject = len(words) <= _SUBJECT_REACH and "," not in between and not _COPULAS.isdisjoint(words)
        # "1,240 kilometres of canals in the two neighbouring governorates, including": the list hangs
        # on the total's own phrase, its one comma right before the cue
        # (people broken down by nationality hang on a longer phrase: "1,245 infiltrators who tried to cross the
        # southern border of the Kingdom illegally, 812 of them Ethiopians and 413 Yemenis")
        # (and so does a count said to be a total: "a total of 11 tankers had been loaded ... since March, 6 of them")
        # (as does a first part whose "of them" points back: "15 generators had been distributed to the
        # districts most affected by the cuts, seven of them in Zubair, ...")
        reach = _SHARED_REACH if q.total or all(_CAPITAL_AFTER.match(ctx.text, p.number[1]) for p in parts) \
            or _LEAD_OF_THEM.match(ctx.text, cue) else _PHRASE_REACH
        phrase = len(words) <= reach and between.rstrip().endswith(",") and between.count(",") == 1
        # "contracted with 640 new teachers to fill the shortage in ..., distributed as 380 in
        # Aden and 210 in Lahj": a participle of sharing out after the clause of the total
        shared = len(words) <= _SHARED_REACH and between.rstrip().endswith(",") and bool(_SHARED_OUT.match(ctx.text, cue))
        return q if len(words) <= 4 or subject or phrase or shared or own_noun_parts(q, parts, len(words)) else None
    seg = ctx.sentences[sentence_qs[0].sentence]
    subject = [w.lower() for w in re.findall(r"[A-Za-z]+", ctx.text[max(seg.start, cue - 30):cue])][-2:]
    if not counts_the_dead(subject):
        return None
    if not story_toll:
        story_toll.append(first_toll(ctx, quantities))
    toll = story_toll[0]  # the first toll of the sentences before, if the story's first is there
    return toll if toll is not None and toll.sentence < sentence_qs[0].sentence else None

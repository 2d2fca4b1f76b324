"""The titles of a person mention: the chain before the name ("Iraqi army spokesman Brig Gen",
"Deputy Health Minister", "the Governor of Akkar,") and the title apposed after it ("Wael
Chamoun, the federation's president,").

A title is a written form of ``titles.toml`` (found by ``lexicon.titles()``), with the words
that may stand before its head (modifiers: "Deputy", "former", "acting"; up to three qualifying
words: "Health", "UN") and the complement after it ("of Oil and Gas", "of Akkar,"). The names
themselves are ``people``'s work.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .gazetteer import gazetteer
from .rank_services import rank_service, service_after
from .title_lexicon import WS, title_words
from .word_tries import trie_pattern

_MODIFIER = re.compile(r"([A-Za-z]+)(?:[ \u00a0]+|-)")
# "Governor of Akkar," / "spokesman of the Deir ez-Zor Military Council," / "acting governor of
# Kassala state,": the body or place an office belongs to, up to a comma.
_OF_COMPLEMENT = re.compile(
    r"[ \u00a0]+(?:of|for|in|at|to)[ \u00a0]+(?:the[ \u00a0]+)?"
    # a lower-case word may be a possessive: "of the company's board of directors,"
    r"(?:[A-Z][\w'’-]*|[a-z]+(?:['’]s)?)(?:[ \u00a0]+(?:[A-Z][\w'’-]*|\([A-Z][A-Za-z]{1,9}\)|(?!said\b|says\b|told\b|on\b|at\b|when\b|who\b|which\b)"
    r"[a-z]+(?<!ed)(?<!ing)(?:['’]s)?(?:-[\w'’]+)*)){0,9}"
    # where the office is: "director of the customs office at Umm Qasr North,"
    # "director of the Department of Explosives Disposal at the Ministry of Interior,"; a place
    # in a place: "Professor of Journalism at the Faculty of Mass Communication at Cairo University,"
    r"(?:[ \u00a0]+(?:at|in)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*"
    r"(?:[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+(?:the[ \u00a0]+)?)?[A-Z][\w'’-]*){0,4}"
    # or a body named by its kind in lower case: "Director-General of the Payments Department at the bank,"
    r"|[ \u00a0]+(?:at|in)[ \u00a0]+the[ \u00a0]+[a-z]+){0,2}"
    r"(?=[ \u00a0]*,)")
# A body's long official name, capitalised words and their links only, up to a comma: "of the
# Ministry of Public Health and Population for the Primary Health Care Sector," (longer than
# _OF_COMPLEMENT reads, which also takes lower-case words and so must stop sooner)
_LONG_COMPLEMENT = re.compile(
    r"[ \u00a0]+(?:of|for|in|at|to)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*"
    r"(?:[ \u00a0]+(?:[A-Z][\w'’-]*|\([A-Z][A-Za-z]{1,9}\)|of|for|and|the|in|at|&)){0,20}(?=[ \u00a0]*,)")
# ", the federation's president" or, as a predicate, " is the acting regional director"
_APPOSITIVE = re.compile(r"(?:,|[ \u00a0]+is)[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?(?:[\w-]+['’]s[ \u00a0]+)?")
_NAME_NEXT = re.compile(r",?[ \u00a0]+[A-Z][a-z'’-]+[ \u00a0]+(?:[aAeE]l-)?[A-Z][a-z]")  # "Raad al-Saadi"


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
        if self.office_modifier and not self.id.startswith(("deputy-", "vice-", "assistant-")):
            if self.id == "president":
                return "vice-president"
            # an assistant (musa'id) holds a post of its own below the deputy (na'ib):
            # "Assistant Undersecretary" / "Deputy Undersecretary" are two posts
            kind = "assistant" if "assistant" in self.text.lower().replace("-", " ").split() else "deputy"
            return f"{kind}-{self.id}"
        return self.id


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
        if m.group(1).isupper() and 2 <= len(word) <= 6:
            after = _MODIFIER.match(text, m.end(), end)
            if after and after.group(1).lower() in lex.office_modifiers:
                p = m.end()  # "UN Deputy Special Coordinator": the agency's acronym before the modifier
                continue
        if word in lex.preposition_modifiers and m.group(1).islower() and text[m.end() - 1] != "-":
            break  # "police under Brigadier General Khalid Abbas": the preposition, no modifier
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
        q = title_words().qualifier.match(text, quals_end, end)
        if q and q.group().endswith(("'s", "’s")):
            # "Khaled Naeem's brother", "the Interior Ministry's spokesman": an owner, not a
            # qualifier; the title (if any) starts after it and the owner's name is a mention
            return None, quals_end
        sp = WS.match(text, q.end(), end) if q else None
        if not sp:
            return None, quals_end
        quals_end = sp.end()
    return None, quals_end


def _title_end(text: str, td, head, end: int, known=frozenset()) -> tuple[int, bool]:
    """Where an office's title ends: "Minister of Oil and Gas", "Governor of Akkar," (the
    complement then stands before a comma and the name)."""
    t_end = head.end()
    # "the First Investigating Judge in the North, Nadine Harfouche", "the Professor of
    # Journalism at Cairo University, Dr. Hala Shukri"
    if td.category in ("judicial", "academic"):
        comp = _OF_COMPLEMENT.match(text, t_end, end) or _LONG_COMPLEMENT.match(text, t_end, end)
        return (comp.end(), True) if comp else (t_end, False)
    if td.category not in ("civil", "post"):
        return t_end, False
    # a complement up to a comma and a name ("Governor of Akkar, Georges Abi Saab"), else a name
    # after the complement with no comma ("Deputy Minister of Health Dr Hala Ragab"), else a
    # complement up to any comma
    comp = _OF_COMPLEMENT.match(text, t_end, end) or _LONG_COMPLEMENT.match(text, t_end, end)
    if comp and _NAME_AFTER_COMMA.match(text, comp.end(), end):
        return _listed_portfolios(text, comp.end(), end), True
    named = _complement_before_name(text, t_end, end, known)
    if named is not None:
        return named, True
    if comp:
        return comp.end(), True
    of = title_words().portfolio.match(text, t_end, end)
    if of:
        t_end = of.end()
        while t_end > head.end() and text[t_end - 1] in " \u00a0":
            t_end -= 1
    return t_end, False


# "Abdul-Qawi", "Abdel-Rahim", "Abu-Bakr": a compound given name, listed or not, opens the name
_COMPOUND_GIVEN = re.compile(r"(?:Abd(?:ul|el|al|ol|ou|oul)?|Abu|Abou)-[A-Z][a-z]+$")
_OF_CAPS = re.compile(r"[ \u00a0]+(?:of|for|in)[ \u00a0]+(?:the[ \u00a0]+)?")
_NAME_AFTER_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]+[A-Z]")
_WORD_AT = re.compile(r"[A-Za-z][\w'’.-]*")
_CAPITALISED_NEXT = re.compile(r"[ \u00a0]+[A-Z][a-z]")
# after these a capitalised word goes on with the complement: "of humanitarian aid in North Darfur"
_PREPOSITIONS = frozenset({"in", "of", "for", "at", "on", "to", "from", "with", "and"})


_PORTFOLIO_ITEM = re.compile(r"[ \u00a0]*(,|,?[ \u00a0]+and)[ \u00a0]+([A-Z][\w'’-]*)((?:[ \u00a0]+[A-Z][\w'’-]*){0,2})")


def _listed_portfolios(text: str, pos: int, end: int) -> int:
    """Where a portfolio written as a list ends: "Minister of Agriculture, Irrigation and
    Fisheries Wealth, Dr. Salem ..." (wazir al-zira'a wa al-rayy wa al-tharwa al-samakiya). Each
    item holds a portfolio word ("International Cooperation"), and the list closes with "and"
    before a comma; else pos."""
    words, p, closed = title_words().portfolio_words, pos, None
    for _ in range(4):
        m = _PORTFOLIO_ITEM.match(text, p, end)
        if not m or (m.group(2) not in words and words.isdisjoint(m.group(3).split())):
            break
        p = m.end()
        if m.group(1).endswith("and"):
            closed = p
            break
    if closed is not None:
        # "... Communications and Information Technology for Transport, Khalfan ...": the branch
        # of the listed ministry the post serves
        tail = _PORTFOLIO_TAIL.match(text, closed, end)
        if tail and _NAME_AFTER_COMMA.match(text, tail.end(), end):
            return tail.end()
    return closed if closed is not None and _NAME_AFTER_COMMA.match(text, closed, end) else pos


_PORTFOLIO_TAIL = re.compile(r"[ \u00a0]+(?:for|of)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,2}")


def _complement_then_name(text: str, pos: int, end: int) -> bool:
    comp = _OF_COMPLEMENT.match(text, pos, end)
    return bool(comp) and bool(_NAME_AFTER_COMMA.match(text, comp.end(), end))


def _complement_before_name(text: str, pos: int, end: int, known=frozenset()) -> int | None:
    """"Deputy Governor of Kassala Osman Idris": the complement runs up to a listed given name
    (no comma between them), or one the article has already given someone (``known``: "Deputy
    Representative of UNICEF Sheema Al-Obaidi" after "Sheema Al-Obaidi"), and ends where it ends;
    None when no given name follows."""
    m = _OF_CAPS.match(text, pos, end)
    if not m:
        return None
    given, p, seen = lexicon.names().given_names, m.end(), []
    words = title_words()
    counted = 0
    for n in range(10):
        # six words at most, the links between them aside: "of UNRWA Affairs in the West Bank Samer Odeh"
        if counted == 6:
            return None
        # lower-case words too: "The head of the toxicology department Dr. Nagwa Sherif"
        w = _WORD_AT.match(text, p, end)
        if not w or w.group() in words.clause_words:
            return None
        if n and w.group().rstrip(".") in words.name_honorifics:
            return seen[-1].end()
        if n and (w.group() in given or w.group() in known or _COMPOUND_GIVEN.match(w.group())):
            return _before_unlisted_given_name(seen)
        if n and w.group()[:1].isupper() and all(x.group().islower() for x in seen) \
                and seen[-1].group() not in _PREPOSITIONS and not _complement_word(w.group()) \
                and _CAPITALISED_NEXT.match(text, w.end(), end):
            # "Vice-President of the chamber Moulaye Ould Cheikh Bouya": a lower-case complement,
            # then a name of two capitalised words or more
            return seen[-1].end()
        sp = WS.match(text, w.end(), end)
        if not sp:
            return None
        seen.append(w)
        # the links of a capitalised complement do not count ("in the West Bank"); of a lower-case one they do
        counted += w.group() not in _LINKS or any(x.group()[:1].islower() and x.group() not in _LINKS for x in seen)
        p = sp.end()
    return None


_LINKS = frozenset({"in", "of", "for", "at", "the", "and"})


def _before_unlisted_given_name(seen: list[re.Match]) -> int:
    """Where a complement ends before the name whose second word is a listed given name: "Director
    of Customs Hawre Salih" (Hawre is no portfolio, body or place: the name's own first word)."""
    if len(seen) >= 2:
        word, before = seen[-1].group(), seen[-2].group()
        if word[:1].isupper() and _complement_word(before) and not _complement_word(word) \
                and not gazetteer().ids(f"{before} {word}"):
            return seen[-2].end()
    return seen[-1].end()


def _complement_word(word: str) -> bool:
    """A word that names a portfolio, a body or a place, as the words of a complement do."""
    from .org_words import is_org_head
    return word in title_words().portfolio_words or is_org_head(word) or bool(gazetteer().ids(word)) \
        or not word[:1].isupper()


_REACH = 160  # how far the shortcut looks: bounded, so a long sentence still costs linear time


@lru_cache(maxsize=4)
def _reach_patterns(rx) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a character that no modifier or qualifying word before a title's head is written with:
    _MODIFIER, the qualifier pattern and its listed words, WS; a word that may open one of the
    matcher's title forms, in any case: the matcher reads words of letters only, so only such
    first words can match; a word in lower case that no title may hold before its head: one not
    among _prefix_words)."""
    listed = title_words().head_qualifiers
    extra = "".join(sorted({c for w in listed for c in w} - set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    barrier = re.compile(rf"[^A-Za-z\u00c0-\u00ff'’ \u00a0\-{re.escape(extra)}]")
    firsts = frozenset(w for w in (k.split(" ")[0] for k in rx.keys) if w.replace("'", "").isalpha())
    allowed = trie_pattern(w for w in _prefix_words() if w.isascii() and w.isalpha() and w.islower())
    return (barrier, re.compile(rf"(?<![\w'’-])(?i:{trie_pattern(firsts)})(?![A-Za-z\u00c0-\u00ff])"),
            re.compile(rf"(?<![\w'’-])(?!(?:{allowed})(?![\w'’-]))[a-z]+(?![\w'’-])"))


def _no_head_within_reach(text: str, pos: int, end: int, rx) -> bool:
    """True when no title can start at pos: a character that no modifier or qualifying word is
    written with comes before any word that may open a title form. Most words of an article are
    ruled out so by scans in C instead of the word-by-word reading of title_at (same answers)."""
    barrier_rx, heads_rx, stray_rx = _reach_patterns(rx)
    barrier = barrier_rx.search(text, pos, min(end, pos + _REACH))
    limit = barrier.start() if barrier else min(end, pos + _REACH)
    # every word before the head must be an article, a modifier or a qualifying word: a word in
    # lower case that is none of them ("the country's", "was", "under") rules the title out as a
    # comma does ("the plan of the security committee": "plan" stands before "security
    # committee"). The first such word is found first, so the heads are looked for only up to it
    # (it may be a head itself: "minister"), not up to the barrier (the next comma).
    stray = stray_rx.search(text, pos, limit)
    if stray is None:
        return barrier is not None and heads_rx.search(text, pos, limit) is None
    if heads_rx.search(text, pos, stray.end()) is not None:
        return False  # a head at or before the stray word
    # a head after the stray word rules the title out; with none, only a barrier does
    return barrier is not None or heads_rx.search(text, stray.end(), limit) is not None


@lru_cache(maxsize=1)
def _prefix_words() -> frozenset[str]:
    """The lower-case words that may stand before a title's head: the article, the modifiers
    (``_modifiers``) and the listed qualifying words (``_head``)."""
    lex = lexicon.names()
    return frozenset({"the", "a", "an"} | set(lex.office_modifiers) | set(lex.title_qualifiers)
                     | set(lex.time_modifiers) | {w.lower() for w in title_words().head_qualifiers})


def title_at(text: str, pos: int, end: int, known=frozenset(), apposed: bool = False) -> Title | None:
    by_form, rx = lexicon.titles()
    if _no_head_within_reach(text, pos, end, rx):
        return None
    p, office_mod, time_mod, qualifier = _modifiers(text, pos, end, rx)
    # "Vice-Dean", "Vice-Rector": a modifier joined to its head by a hyphen
    joined = rx.match(text, p, end, joined=True) if office_mod and p > pos and text[p - 1] == "-" else None
    head, quals_end = (joined, p) if joined else _head(text, p, end, rx)
    if head is None:
        return None
    td = by_form.get(lexicon.norm_form(head.group()))
    if td is None:
        return None
    # apposed after a name, a rank is the person's in lower case too: "X, a retired colonel,"
    if td.category in ("military", "police", "judicial") and not head.group()[0].isupper() \
            and not (apposed and td.category in ("military", "police")) \
            and not (td.category == "judicial" and (_NAME_NEXT.match(text, head.end(), end)
                                                    or _complement_then_name(text, head.end(), end))):
        # "the judge said"; but "chief prosecutor, Counsellor Tarek Shaheen" and "a judge in the
        # Nineveh Appeals Court, Salem Younis" are posts
        return None
    if quals_end != p and td.category not in ("civil", "role", "post") \
            and not (td.category == "judicial" and _judicial_qualifiers(text[p:quals_end])) \
            and not (td.category in ("military", "police") and rank_service(text[p:quals_end])):
        return None  # qualifiers only before offices ("Health Minister"), not ranks
        # (a judge's seniority is part of the post: "the First Investigating Judge")
    if quals_end != p and _given_names_only(text[p:quals_end]):
        return None  # "Colonel Khalid Sultan": a surname that is also a title, after a given name
    t_end, complement = _title_end(text, td, head, end, known)
    # "UN Deputy Humanitarian Coordinator": the office modifier among the qualifying words
    office_mod = office_mod or any(w.lower() in lexicon.names().office_modifiers
                                   for w in WS.split(text[p:quals_end].strip()) if w)
    return Title(td.id, td.category, td.generic, pos, t_end, text[pos:t_end],
                 office_mod or head.group().lower().startswith(("deputy", "vice")), time_mod,
                 qualifier=qualifier, before_name=complement)


def _given_names_only(words: str) -> bool:
    """Whether the words before a title's head are all listed given names, none a place."""
    names = lexicon.names().given_names
    ws = [w for w in WS.split(words.strip()) if w]
    return bool(ws) and all(w in names and not gazetteer().ids(w) for w in ws)


def _judicial_qualifiers(words: str) -> bool:
    """A judge's seniority or a prosecutor's field, part of the judicial post: "the First
    Investigating Judge", "The Financial Public Prosecutor"."""
    tw = title_words()
    return bool(tw.seniority.fullmatch(words.strip())) \
        or all(w in tw.judicial_fields for w in WS.split(words.strip()))


def _titles_at(text: str, p: int, end: int, known=frozenset()) -> tuple[list[Title], int]:
    """The chain of titles starting at p ("Iraqi army spokesman Brig Gen") and where the name
    may begin; ``known``: the given names the article has used so far."""
    titles: list[Title] = []
    while True:
        t = title_at(text, p, end, known)
        if not t:
            return titles, p
        retired = _RETIRED_AFTER.match(text, t.end, end) if t.category in ("military", "police") else None
        if retired:  # "Major General (retired) Hashim Al-Tayeb": the rank, held in retirement
            t = replace(t, end=retired.end(), text=text[t.start:retired.end()], time_modifier=True)
        elif t.category in ("military", "police"):
            t = service_after(text, t, end)
        titles.append(t)
        sp = WS.match(text, t.end, end)
        if not sp and (t.before_name or t.category in ("civil", "post", "military", "police", "judicial", "academic")):
            sp = title_words().comma_sp.match(text, t.end, end)  # "the Governor of Akkar, Georges Abi Saab"
        if not sp:
            return titles, t.end
        p = sp.end()


# "retired" and its abbreviations, after a rank in brackets ("Major General (retired)") or before it
RETIRED_WORDS = frozenset({"retired", "ret", "ret.", "rtd", "rtd."})
_RETIRED_AFTER = re.compile(r"[ \u00a0]*\((?i:" + "|".join(map(re.escape, sorted(RETIRED_WORDS, key=len, reverse=True)))
                            + r")\)")


def _appositive_title(text: str, pos: int, end: int) -> Title | None:
    """"Wael Chamoun, the federation's president," -> the title after the name."""
    m = _APPOSITIVE.match(text, pos, end)
    if not m:
        return None
    t = title_at(text, m.end(), end, apposed=True)
    # "Tarek Salah Eddin, Professor of Sociology at Assiut University,": an academic rank too
    if t and t.category in ("civil", "military", "police", "judicial", "post", "academic"):
        after = text[t.end:t.end + 2]
        if after[:1] in (",", ".", "") or after.startswith((" o", " a", " s", " t", " i")):
            return t
    return None

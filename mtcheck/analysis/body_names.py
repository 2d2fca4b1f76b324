"""A body's Arabic name left in transliteration where English news writes the English name: "the
Diwan al-Raqaba al-Maliya", "Wizarat al-Sihha", "the Niyaba al-Amma". The name is a generic head
noun of a body or a force (council, ministry, directorate: body_heads in data/transliterations.toml)
with its "al-" words; brigade and party names ("Saraya al-Salam", "Harakat al-Nujaba") have no listed
head and pass, as do names English news keeps (BODIES_KEPT) and glosses, except the gloss a machine
translation prints beside its own English rendering ("the civil defence (al-Difaa al-Madani)").
untranslated words the finding, with the name's English where the table gives it."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from . import needles
from . import transliteration_table as table
from .glosses import glossed, in_parentheses

# "the National Guard (al-Haras al-Watani)": a capitalised English name, then the parenthesis
_ENGLISH_NAME_BEFORE = re.compile(r"(?:[A-Z][a-z]+|[a-z]+ (?:defen[cs]e|guard|security|police|agency|service|forces?))"
                                  r"[ \u00a0]*[(\[][ \u00a0]*$")


class BodyName(NamedTuple):
    start: int
    end: int
    meaning: str | None   # its English, where the table gives it
    mangled: bool = False  # spelled off the standard romanisation, beside the English the article gives


# Standard romanisation writes Arabic's three vowels a, i, u and an "al-" article; machine translation's
# mangled spellings carry the French and Levantine habits: e and o ("Majles al-Wozaraa", "El-Niyaba
# El-Amma", "Lel-Islah"), ch for sh ("Al-Hachd Al-Chaabi"), a final ie ("Al-Sarie")
_OFF_STANDARD = re.compile(r"^(?:el|lel)-|^(?:al-|el-)?[a-z']*(?:[eo]|ch)[a-z']*$")


def body_filter(ctx) -> tuple[list, "needles.SentenceFilter"]:
    """The sentences the word tests read (not the marker or a photo credit), and which of them
    hold which listed text, from one Aho-Corasick pass."""
    body = [seg for seg in ctx.sentences if seg.part not in ("marker", "credit")]
    return body, needles.SentenceFilter(ctx.text, [(seg.start, seg.end) for seg in body],
                                        needles.fold(ctx.text).replace("\u2019", "'"), table.all_needles())


def arabic_body_names(ctx, body: list, where) -> Iterator[BodyName]:
    """The bodies' Arabic names in the sentences ``body`` (``where``: their needles.SentenceFilter)."""
    text = ctx.text
    for seg in (body[k] for k in where.indices([table.BODY_HEAD_NEEDLES], True)):
        for m in table.BODY_NAME.finditer(text, seg.start, seg.end):
            s, e = m.span()
            if table.body_key(m.group()) in table.BODIES_KEPT \
                    or glossed(text, s, e, seg.start, seg.end) and not _source_beside_english(ctx, m, seg):
                continue  # a name English news keeps, or glossed, or mentioned as a name
            meaning = _body_meaning(m.group())
            yield BodyName(s, e, meaning, _mangled(ctx.text, m.group(), meaning, s, e))


def _mangled(text: str, name: str, meaning: str | None, start: int, end: int) -> bool:
    """A name spelled off the standard romanisation while the article also gives its English ("the
    Council of Ministers had approved" ... "Majles al-Wozaraa"): a mangled rendering of the term,
    which the mistranslation rule reports, not an untranslated word."""
    if meaning is None:
        return False
    if any(_OFF_STANDARD.match(w) for w in name.lower().split()):
        said = re.compile(r"\b" + re.escape(meaning.split()[-1]) + r"\b", re.IGNORECASE)
        return any(m.start() >= end or m.end() <= start for m in said.finditer(text))
    # a standard romanisation where the article has already named the body in English ("the Yemeni
    # Coast Guard escorted" ... "the Khafr al-Sawahil forces"): the translation fell back on the
    # Arabic for a name it had rendered, which annotators mark as a mangled rendering too
    return _named_before(text, table.english_rx([meaning]), start) and _fallen_back(text, start, end, name)


# an English name ends there, not inside a longer name: "the State Security Court" names no Amn al-Dawla
# (but "the Saudi Red Crescent Authority", "the Red Crescent Society": the body's own full name)
_LONGER_NAME = re.compile(r"[ \u00a0]+(?!(?:Authority|Society)\b)[A-Z]")


def _in_brackets(text: str, start: int, lo: int) -> bool:
    """Inside an open bracket of its sentence: "the Internal Security Agency (Jihaz al-Amn al-Dakhili)"
    glosses the English with the Arabic."""
    opened = text.rfind("(", lo, start)
    return opened >= 0 and text.find(")", opened, start) < 0


def _named_before(text: str, english: re.Pattern, start: int) -> bool:
    return any(m.end() <= start and not _LONGER_NAME.match(text, m.end()) for m in english.finditer(text, 0, start))


def _fallen_back(text: str, start: int, end: int, name: str) -> bool:
    """The Arabic name used on its own for the body, not glossed in brackets beside its English
    ("the Council of Representatives (Majlis al-Nuwab)"), nor a name English news keeps ("Hashd
    al-Shaabi"), nor the half-English name of another body ("the Hilal al-Ahmar Society")."""
    seg_start, seg_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    seg_end = len(text) if seg_end < 0 else seg_end
    if in_parentheses(text, start, end, seg_start, seg_end) is not None \
            or table.body_key(name) in _names_english_news_uses():
        return False
    after = re.match(r"[ \u00a0]+([A-Z][a-z]+)", text[end:end + 30])
    return after is None or after.group(1) not in table.body_words()


def _source_beside_english(ctx, m: re.Match, seg) -> bool:
    """'the civil defence (al-Difaa al-Madani)': a machine translation that keeps the body's Arabic
    name beside its English rendering, as it keeps Arabic script; English news glosses only names
    it uses itself ('the Popular Mobilisation Forces (Hashd al-Shaabi)': the accepted forms of
    mangled_terms.toml), and a human writer's gloss is left alone."""
    if not ctx.machine_translated or in_parentheses(ctx.text, m.start(), m.end(), seg.start, seg.end) is None:
        return False
    if not _ENGLISH_NAME_BEFORE.search(ctx.text, max(seg.start, m.start() - 40), m.start()):
        return False
    return table.body_key(m.group()) not in _names_english_news_uses()


@lru_cache(maxsize=1)
def _names_english_news_uses() -> frozenset[str]:
    from .mistranslations import mangled_table
    return frozenset(table.body_key(a) for t in mangled_table() for a in t.accepted_forms)


def _body_meaning(name: str) -> str | None:
    """The English of a body's Arabic name: of the whole name when listed ("hashd al-shaabi"),
    else of its head word ("Niyaba al-Amma": niyaba, the prosecution)."""
    key = table.ARTICLE_LEAD.sub("", name.lower().replace("\u2019", "'"))
    entry = table.FORM_ENTRY.get(key)
    if entry is None:
        entry = table.FORM_ENTRY.get(key.split()[0])
    return table.DATA["word"][entry]["english"][0] if entry is not None else None


class RenamedBody(NamedTuple):
    start: int
    end: int
    english: tuple[int, int]  # the English name the article gave the body before


def renamed_after_english(ctx, body: list, where) -> list[RenamedBody]:
    """A listed body's Arabic name of several words ("Khafr al-Sawahil", "Bank al-Markazi") written
    after the article has named the body in English ("the Yemeni Coast Guard escorted" ... "the Khafr
    al-Sawahil forces"): the translation fell back on the Arabic for a name it had rendered, which
    annotators mark as a mangled rendering beside the English, for the mistranslation rule; the
    untranslated rule leaves it to that one. A name before any English is still untranslated."""
    from .transliteration_variants import listed_words  # (it reads this module's table too)
    text, out = ctx.text, []
    english_of: dict[int, list] = {}
    for seg, s, e, form, entry in listed_words(text, body, where):
        if not table.PROPER[entry] or " " not in form.strip() or glossed(text, s, e, seg.start, seg.end):
            continue
        if entry not in english_of:
            english_of[entry] = [m.span() for k in where.indices([table.english_needles(entry)], True)
                                 for m in table.english(entry).finditer(text, body[k].start, body[k].end)]
        before = [sp for sp in english_of[entry] if sp[1] <= s and not _LONGER_NAME.match(text, sp[1])]
        if before and _fallen_back(text, s, e, text[s:e]) and not _in_brackets(text, s, seg.start):
            out.append(RenamedBody(s, e, before[-1]))
    return out

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
    if meaning is None or not any(_OFF_STANDARD.match(w) for w in name.lower().split()):
        return False
    head = meaning.split()[-1]
    said = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
    return any(m.start() >= end or m.end() <= start for m in said.finditer(text))


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

"""A person referred to by a title alone: "The Director of Customs said ...".

Agency copy names an official once ("Brigadier Said al-Kindi, Director-General of Customs,")
and later lets the post speak for him ("The Director of Customs said"). The post named alone
is the person's when exactly one person of the article holds a post in that same body; if it
is another post (Director-General / Director) or loses a qualifier ("The Acting Director-General
of the FNSVA, X" ... "The Director-General of the FNSVA said"), the title changed.

Read cautiously, because a post named alone is often somebody else's: the minister whose deputy
spoke, the governor whose deputy was named. So only a title that opens a sentence as the subject
of a reporting verb is read, its body (the words after "of") must be the very body of the
person's post, and a deputy or assistant on either side is left alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .people import Mention, Person
from .person_titles import Title, title_at
from .title_posts import IN_BODY, body_words, one_head, resolved

COMPARED = ("civil", "post", "judicial")


@dataclass(frozen=True)
class TitleReference:
    title: Title          # "The Director of Customs" (offsets into the article)
    ref_mention: Mention  # the named mention whose post it is
    ref_title: Title


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    """A sentence opened by "[For his part,] the <title words> <reporting verb>"."""
    verbs = "|".join(sorted(lexicon.words().reporting_verbs - {"according", "quoted"}))
    return re.compile(
        r"(?:(?:For[ \u00a0]+(?:his|her|its)[ \u00a0]+part|In[ \u00a0]+turn|Meanwhile|Moreover|Separately),[ \u00a0]+)?"
        r"(?P<t>[Tt]he[ \u00a0]+[^,.;:\"“”()]{3,120}?)[ \u00a0]+(?:" + verbs + r")\b")


def _title_alone(text: str, start: int, end: int) -> Title | None:
    """The title spanning exactly text[start:end], read as if a name followed it."""
    probe = text[start:end] + ", X"
    t = title_at(probe, 0, len(probe))
    if t is None or t.end != end - start or t.category not in COMPARED or t.time_modifier:
        return None
    return Title(t.id, t.category, t.generic, start, end, text[start:end], t.office_modifier, False,
                 qualifier=t.qualifier)


def _holders(people: list[Person], before: int) -> dict[frozenset[str], list[tuple[Person, Mention, Title]]]:
    """For each body, the people named before a point with a present post in it (first post each)."""
    out: dict[frozenset[str], list[tuple[Person, Mention, Title]]] = {}
    for p in people:
        seen: set[frozenset[str]] = set()
        for m in p.mentions:
            if m.start >= before or m.quoted or m.historical or m.ambiguous:
                continue
            for t in map(resolved, m.titles):
                body = body_words(t, IN_BODY)
                if t.category in COMPARED and body and body not in seen and not t.time_modifier:
                    seen.add(body)
                    out.setdefault(body, []).append((p, m, t))
    return out


def title_references(text: str, sentences, people: list[Person], mention_starts: list[int]) -> list[TitleReference]:
    """Every title standing alone for the one person holding a post in its body, with that post."""
    found: list[TitleReference] = []
    starts = sorted(mention_starts)
    rx = _subject()
    holders = None
    for s in sentences:
        m = rx.match(text, s.start, s.end)
        if m is None:
            continue
        t_start, t_end = m.span("t")
        # a name inside ("The Director of Customs Hicham Ouazzani said") is a mention, not a title alone
        i = bisect_left(starts, t_start)
        if i < len(starts) and starts[i] < t_end:
            continue
        title = _title_alone(text, t_start, t_end)
        body = body_words(title, IN_BODY) if title else frozenset()
        if not body:
            continue
        if holders is None:
            holders = _holders(people, len(text))
        held = [h for h in holders.get(body, ()) if h[1].start < t_start]
        if len(held) != 1 or len(holders.get(body, ())) != 1:
            continue  # nobody, or more than one person, holds a post there
        person, ref_m, ref_t = held[0]
        if ref_t.office_modifier or title.office_modifier or one_head(ref_t, title):
            continue  # the deputy and the head are two people; "President" / "Head" one post
        if any(x.office == title.office for n in person.mentions for x in map(resolved, n.titles)):
            if not (ref_t.qualifier and not title.qualifier and ref_t.office == title.office):
                continue
        found.append(TitleReference(title, ref_m, ref_t))
    return found


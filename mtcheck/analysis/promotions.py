"""Promotions the article tells ("was promoted to lieutenant general"): a person whose later rank
is the one a told promotion names has not changed rank by a translation's slip. Read by
rank-change before it compares a person's titles."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .document import Document
from .lexicon import names, norm_form, titles
from .people import Person
from .title_posts import resolved

@lru_cache(maxsize=1)
def _promotion() -> re.Pattern:
    verbs = "|".join(sorted(names().promotion_verbs))
    # "promoted by a ministerial order on Sunday to the rank of": a few words may come between
    return re.compile(rf"\b(?:{verbs})[ \u00a0]+(?:[\w,'’-]+[ \u00a0]+){{0,6}}?to[ \u00a0]+(?:the[ \u00a0]+)?"
                      rf"(?:(?:rank|post|grade|position)[ \u00a0]+of[ \u00a0]+)?", re.IGNORECASE)


class MentionOwners:
    """Every person mention's start in text order with the index of its person, and for each
    the next one of another person: where another person's name next begins after a point is
    found in one step, not by sorting all the others' mentions for each person (quadratic in a
    long article)."""

    def __init__(self, people: list[Person]) -> None:
        pairs = sorted((m.start, k) for k, p in enumerate(people) for m in p.mentions)
        self.starts = [s for s, _ in pairs]
        self.owners = [k for _, k in pairs]
        self.next_other = [len(pairs)] * len(pairs)  # the first index from here whose owner changes
        for i in range(len(pairs) - 2, -1, -1):
            if self.owners[i] == self.owners[i + 1]:
                self.next_other[i] = self.next_other[i + 1]
            else:
                self.next_other[i] = i + 1

    def next_of_another(self, after: int, person: int) -> int | None:
        """Where the first mention of a person other than ``person`` starting after ``after`` begins."""
        i = bisect_right(self.starts, after)
        if i < len(self.starts) and self.owners[i] == person:
            i = self.next_other[i]
        return self.starts[i] if i < len(self.starts) else None


def promoted_here(ctx: Document, person: Person, k: int, mentions: MentionOwners,
                   cued: set[int] | None = None) -> bool:
    """"Major General X, until now deputy chief of staff, was promoted to lieutenant general" ...
    "Lt Gen X": the story tells a promotion between the person's name and the end of its
    sentence (before another person's name), and every later title of that kind is the new rank,
    so the change is the promotion, not a mistranslation. A promotion told as history ("who was
    promoted to colonel in 2022") gives the rank the person must keep: a later other rank is
    still compared (the rank the promotion names differs from it). ``cued`` gains k when any
    promotion is told of the person."""
    by_form, rx = titles()
    for i, m in enumerate(person.mentions):
        if m.quoted:
            continue
        end = ctx.sentences[ctx.sentence_at(m.start)].end
        nxt = mentions.next_of_another(m.end, k)
        if nxt is not None:
            end = min(end, nxt)
        if i + 1 < len(person.mentions):
            # a promotion told after the person's next mention is read from that one (whose
            # later titles are fewer): one long sentence naming one person is read once, not once
            # per mention
            end = min(end, max(m.end, person.mentions[i + 1].end))
        cue = _promotion().search(ctx.text, m.end, end)
        head = cue and rx.match(ctx.text, cue.end(), end)
        new = head and by_form.get(norm_form(head.group()))
        if not new:
            continue
        if cued is not None:
            cued.add(k)
        later = [t for n in person.mentions[i + 1:] for t in map(resolved, n.titles) if t.category == new.category]
        if later and all(t.id == new.id for t in later):
            return True
    return False


_SURNAME_BEFORE = re.compile(r"([A-Z][\w'’-]+)[ \u00a0]*,[ \u00a0]+(?:who|after[ \u00a0]+being)[ \u00a0]+[^.]{0,30}$")


def told_promotions(text: str) -> dict[str, list[tuple[int, object]]]:
    """The promotions the article tells of a surname standing alone ("Osman, who was promoted to
    major general last month"): by the surname, where the cue ends and the new rank. One pass."""
    out: dict[str, list[tuple[int, object]]] = {}
    if "promot" not in text:
        return out
    by_form, rx = titles()
    for cue in _promotion().finditer(text):
        who = _SURNAME_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
        head = who and rx.match(text, cue.end(), min(len(text), cue.end() + 40))
        new = head and by_form.get(norm_form(head.group()))
        if new:
            out.setdefault(who.group(1), []).append((cue.end(), new))
    return out


def promoted_by_surname(ctx: Document, person: Person, k: int, told: dict, cued: set[int]) -> bool:
    """A promotion told of the person's surname alone, every later title of its kind the new rank."""
    if not told:
        return False
    surname = person.mentions[0].surname.text
    for pos, new in told.get(surname, ()):
        cued.add(k)
        later = [t for m in person.mentions if m.start > pos for t in map(resolved, m.titles) if t.category == new.category]
        if later and all(t.id == new.id for t in later):
            return True
    return False

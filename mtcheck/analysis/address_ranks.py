"""Ranks a person is addressed by, of which one person holds one (titles.toml ``address_ranks``).

Copy of Arab courts and embassies writes "Judge" (qadi) and "Counsellor" (mustashar) before
names: two ranks, not two renderings of one. The ordinary comparison of titles leaves them
apart (a judge's post is judicial, a counsellor an adviser as often as a judge), so a person
called "Judge Samer Ghosn" and later "Counsellor Samer Ghosn" is found here: the later mention
that gives another rank of a group than the first one that gave one.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from . import lexicon
from .people import Mention, Person
from .person_titles import Title
from .title_posts import judicial_counsellor, resolved

# the written forms a capitalised "Counsellor" before a name takes (not "Councillor")
_COUNSELLOR_FORMS = frozenset({"counsellor", "counselor"})
_JUDGE_WORDS = frozenset({"judge", "justice"})


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], ...]:
    data = lexicon.load("titles.toml")
    known = {td.id for td in lexicon.titles()[0].values()}
    out = []
    for g in data.get("address_ranks", ()):
        ids = frozenset(g["ids"])
        if not ids <= known:
            raise lexicon.DataError(f"mtcheck/data/titles.toml: address_ranks names no title {sorted(ids - known)}")
        out.append(ids)
    return tuple(out)


def _rank(m: Mention, t: Title) -> str | None:
    """The address rank a title gives: "judge" for a judge's post that says so ("Investigating
    Judge", "Chief Justice"; not "the head of the court", which a counsellor may be),
    "counsellor" for the capitalised title right before the name, else the title's own id."""
    if t.category == "judicial" and _JUDGE_WORDS & set(t.text.lower().split()) and not t.office_modifier:
        return "judge"
    t = resolved(t)
    if t.id == "counsellor":
        # "The Counsellor Raad al-Samarrai": the article before the capitalised title
        bare = t.text.strip()
        bare = bare[4:].lstrip() if bare.lower().startswith("the ") else bare
        return "counsellor" if bare.lower() in _COUNSELLOR_FORMS and bare[:1].isupper() and t.end <= m.name_start \
            else None
    return t.id if not t.office_modifier else None


def _ranks(m: Mention, group: frozenset[str]) -> dict[str, Title]:
    out: dict[str, Title] = {}
    for t in m.titles:
        if t.time_modifier:
            return {}
        r = _rank(m, t)
        if r in group:
            out.setdefault(r, t)
    if "counsellor" in out and any(t.id == "adviser" for t in m.titles):
        del out["counsellor"]  # "Counsellor X, the adviser of the governor": the adviser's post
    return out


def address_changes(text: str, person: Person) -> Iterator[tuple[Mention, Title, Mention, Title]]:
    """(reference mention, its rank's title, later mention, its other rank's title) for each
    group whose ranks one person is given two of, once per group."""
    for group in _groups():
        ref: tuple[Mention, str, Title] | None = None
        head_post = None
        for m in person.mentions:
            if m.quoted or m.historical or m.ambiguous:
                continue
            ranks = _ranks(m, group)
            if len(ranks) != 1:
                continue  # none, or both: "The investigating judge, Counsellor X"
            (rank, title), = ranks.items()
            if ref is None:
                ref = (m, rank, title)
                # "The Cairo Criminal Court, headed by Counsellor X": he is its presiding judge
                found = judicial_counsellor(text, m.titles, m.start) if rank == "counsellor" else None
                head_post = found[1] if found else None
            elif rank != ref[1] and resolved(title).id != head_post:
                yield ref[0], ref[2], m, title
                break

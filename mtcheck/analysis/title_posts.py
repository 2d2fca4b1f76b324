"""The post a head of a body holds, and the head a body is "headed by".

Arabic names the head of any body ra'is: English copy writes it "head", "chairman" or
"president" of the body, one post three ways. Some bodies have a post of their own for their
head (titles.toml ``body_post``): the head of a municipal council is the town's mayor, the head
of a prosecution office its chief prosecutor, the president of a university its rector, the
head of a court its presiding judge. A later title is compared with that post.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .gazetteer import gazetteer
from .person_titles import Title

# ra'is: "the head of the club" / "the President of the club" / "the club's chairman"
HEAD_IDS = frozenset({"chairman", "president"})

# "the University of Baghdad", "the Court of Appeal", "the Prosecution in Giza": a capitalised
# place or kind after the body's head word, cut before the body is looked up
_TAIL = re.compile(r"[ \u00a0]+(?:of|in|at)[ \u00a0]+(?:[A-Z][\w'’-]*(?:[ \u00a0]+|$))+$")


@dataclass(frozen=True)
class _BodyPost:
    post: str
    category: str
    heads: frozenset[str]          # the title ids that hold the post over such a body
    bodies: tuple[str, ...]        # " university", " court of appeal" (a leading space: whole words)
    country: bool                  # a country's name is such a body too ("the Mufti of Egypt")


# the deputy of a head: "The Deputy President of the Court of Appeal" is the presiding judge's deputy
_DEPUTY_HEAD_IDS = frozenset({"deputy-chairman", "vice-president"})


@lru_cache(maxsize=1)
def _body_posts() -> tuple[_BodyPost, ...]:
    """The posts of titles.toml ``body_post``, in the data's order (the first that fits wins)."""
    data = lexicon.load("titles.toml")
    by_id = {td.id: td for td in lexicon.titles()[0].values()}
    out = []
    for e in data.get("body_post", ()):
        td = by_id.get(e["post"])
        if td is None:
            raise lexicon.DataError(f"mtcheck/data/titles.toml: body_post {e['post']!r} names no title")
        heads = frozenset(e["heads"]) if "heads" in e else HEAD_IDS | _DEPUTY_HEAD_IDS
        out.append(_BodyPost(td.id, td.category, heads, tuple(" " + b for b in e["bodies"]),
                             bool(e.get("country", False))))
    return tuple(out)


def _norm(text: str) -> str:
    return " " + " ".join(text.lower().replace("\u00a0", " ").rstrip(" ,").split())


def body_post(title: Title) -> tuple[str, str] | None:
    """(post, category) of the head of a body that has a post of its own: "the head of the
    Zuwara Municipal Council" -> mayor, "the President of the University of Baghdad" -> rector,
    "the Mufti of the Republic" -> the grand mufti."""
    return names_body(title.text, title.id)


_OF_COUNTRY = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,2})$")


def _country(text: str) -> bool:
    m = _OF_COUNTRY.search(text)
    if m is None:
        return False
    g = gazetteer()
    return any(p is not None and p.population == -2 for p in map(g.place, g.ids(m.group(1))))


def names_body(text: str, head: str | None = None) -> tuple[str, str] | None:
    """(post, category) when text ends with a body whose head holds a post of its own ("the head
    of the Basra municipality"), not with a place ("the Mayor of Basra"); ``head``: the title's
    id, when only the posts it may hold count."""
    text = text.rstrip(" ,")
    entries = [e for e in _body_posts() if head is None or head in e.heads]
    if not entries:
        return None
    for candidate in (text, _TAIL.sub("", text)):
        norm = _norm(candidate)
        for e in entries:
            if norm.endswith(e.bodies):
                return e.post, e.category
    if head is None:
        return None
    return next(((e.post, e.category) for e in entries if e.country and _country(text)), None)


def resolved(title: Title) -> Title:
    """The title as the post it holds: a head of a body with a post of its own becomes that post."""
    post = body_post(title)
    if post is None:
        return title
    # a deputy keeps his modifier: "deputy-presiding-judge", "deputy-mayor"
    deputy = title.office_modifier or title.id in _DEPUTY_HEAD_IDS
    return replace(title, id=post[0], category=post[1], generic=False, office_modifier=deputy)


# na'ib al-ra'is: "Vice-President" and "Deputy Head"/"Deputy Chairman" of a body
_DEPUTY_HEAD_OFFICES = frozenset({"deputy-chairman", "vice-president"})


def one_head(a: Title, b: Title) -> bool:
    """"President" and "Head"/"Chairman" are one post (ra'is), and so are their deputies
    ("Vice-President" / "Deputy Head"); the caller checks that they name one body."""
    offices = {a.office, b.office}
    return offices <= HEAD_IDS or offices <= _DEPUTY_HEAD_OFFICES


_HEADED_BY = re.compile(r",[ \u00a0]+(?:headed|chaired|presided[ \u00a0]+over|led)[ \u00a0]+by[ \u00a0]+$")
_BODY_WORDS = re.compile(r"(?:[\w'’-]+[ \u00a0]+){0,4}[\w'’-]+$")
_STOP = frozenset({"the", "a", "an", "of", "for", "in", "and", "on", "by", "at", "to"})
_REACH = 60


def headed_by(text: str, start: int) -> tuple[Title, frozenset[str]] | None:
    """"The Giza Criminal Court, headed by Counsellor X": X heads the court. Returns a title
    for "headed by" and the words of the body named before it."""
    window_start = max(0, start - _REACH)
    m = _HEADED_BY.search(text, window_start, start)
    if m is None:
        return None
    before = _BODY_WORDS.search(text, window_start, m.start())
    if before is None:
        return None
    words = before.group().split()
    # the body's own words: after the last article or preposition ("the court", "The Giza
    # Criminal Court")
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _STOP), default=0)
    body = frozenset(w.lower() for w in words[cut:])
    if not body:
        return None
    g = m.group()
    span_start = m.start() + 1 + len(g[1:]) - len(g[1:].lstrip(" \u00a0"))
    said = text[span_start:m.end()].rstrip(" \u00a0")
    # the post it tells, for the message and the suggestion: "head of the Giza Criminal Court"
    title = Title("chairman", "civil", False, span_start, span_start + len(said),
                  "head of the " + " ".join(words[cut:]), False, False)
    return title, body


def judicial_counsellor(text: str, titles: list[Title], start: int) -> tuple[Title, str] | None:
    """"The Cairo Criminal Court, headed by Counsellor Ahmed Radwan": in Egyptian and Gulf courts
    a judge of the higher courts holds the rank of counsellor (mustashar), above the judge
    (qadi); a counsellor who heads a court or a prosecution is that judicial rank, no adviser.
    Returns the title read as a judicial one and the post of the body's head ("presiding-judge"),
    which a later mention may rightly give him; None outside such a body."""
    t = next((t for t in titles if t.id == "counsellor"), None)
    found = headed_by(text, start) if t is not None else None
    if found is None:
        return None
    post = resolved(found[0])
    if post.category != "judicial":
        return None
    return replace(t, category="judicial"), post.id


# The body an office is held in, after "of"/"for" (BODY_OF) or also "in"/"at" (IN_BODY)
BODY_OF = re.compile(r"[ \u00a0](?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(.+)$", re.IGNORECASE)
IN_BODY = re.compile(r"[ \u00a0](?:of|for|in|at)[ \u00a0]+(?:the[ \u00a0]+)?(.+)$", re.IGNORECASE)
BODY_LINKS = frozenset({"of", "for", "the", "in", "and", "on"})
_SHORT = {"un": ("united", "nations"), "u.n.": ("united", "nations")}


def body_words(title: Title, rx: re.Pattern = BODY_OF) -> frozenset[str]:
    """The words of the body an office is held in: "of the Regional Union of Labour in Kairouan"."""
    m = rx.search(title.text)
    if not m:
        return frozenset()
    words = m.group(1).lower().replace("(", " ").replace(")", " ").split()
    # "the UN mission" is "the United Nations Mission ..."
    return frozenset(x for w in words for x in _SHORT.get(w, (w,)) if x not in BODY_LINKS)

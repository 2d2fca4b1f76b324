"""Organisations: capitalised runs that hold a head word ("Egyptian Drug Authority",
"Directorate-General of Forests"). Their acronyms are ``org_acronyms``' work; how two names
differ is ``org_compare``'s. A dateline ("BAGHDAD (Reuters) -") is no organisation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..segment import Segment
from . import lexicon
from .names import RUN, Name, words_in
from .spans import Spans
from .org_words import group_keys, headless_head, is_head_at, is_org_head, lexicon_

_OPENERS = frozenset([
    "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
    "Both", "Each", "Every", "Later", "Earlier", "Meanwhile", "However", "Separately", "Elsewhere",
    "Now", "Also", "Afterwards", "Subsequently", "Previously", "Initially", "Finally",
    # a headline's "Former Kuwait Oil Company chief": the holder's time, not the body's name
    "Former", "Outgoing", "Incoming",
])


def organisations(text: str, sentences: list[Segment], exclude: list[tuple[int, int]] = ()) -> list[Name]:
    blocked = Spans(exclude)
    out = []
    for seg in sentences:
        if seg.part in ("marker", "credit"):
            continue
        for m in RUN.finditer(text, seg.start, seg.end):
            if blocked.overlap(m.start(), m.end()):
                continue
            start = _listed_words_before(text, seg.start, m)
            if start != m.start() and blocked.overlap(start, m.start()):
                start = m.start()
            end = _listed_words_after(text, seg.end, m)
            end = _with_phrase_after(text, seg.end, end)
            if end != m.end() and blocked.overlap(m.end(), end):
                end = m.end()
            for s, e in _bodies_joined(text, start, end):
                name = _organisation(text, s, e)
                if name is not None:
                    out.append(name)
    return out


_AND_AFTER_HEAD = re.compile(r"([A-Z][\w'’-]*)[ \u00a0]+and[ \u00a0]+(the[ \u00a0]+)?(?=[A-Z])")


def _bodies_joined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Two bodies joined by "and" in one capitalised run: "the Qatar Red Crescent Society and
    the Humanitarian Aid Commission". Cut where "and" follows a head word and a head comes after
    it, or where "and the" comes before a body; "Ministry of Water Resources and Irrigation"
    stays one name."""
    spans, s = [], start
    for m in _AND_AFTER_HEAD.finditer(text, start, end):
        # "Civil Defense and the Syrian Arab Red Crescent": "and the" before a body cuts too
        after = words_in(text, m.end(), end)
        if (is_org_head(m.group(1)) or m.group(2) or _own_body(text, s, m, after)) \
                and any(is_org_head(w[2]) for w in after):
            spans.append((s, m.end(1)))
            s = m.end()
    spans.append((s, end))
    return spans


def _own_body(text: str, start: int, m, after) -> bool:
    """Whether the words after "and" are a body of their own, not the last field of the first
    body's name: "the Central Agency for Information Technology and Kuwait University" is two
    bodies, "Ministry of Interior and Police" or "Directorate of Health and Medical Services" one.
    The second is a short name closing on its own kind word, and the first has one already."""
    if not 1 < len(after) <= 4 or _LINK.search(text, after[0][0], after[-1][1]):
        return False
    last = after[-1][2]
    if not is_org_head(last) or last in lexicon_().force_fields or last in lexicon_().service_kinds:
        return False
    return any(is_org_head(w[2]) for w in words_in(text, start, m.start()))


_LISTED_BEFORE = re.compile(r"(?:(?<![\w'’-])[A-Z][a-z]+,[ \u00a0]+)+$")


def _listed_words_before(text: str, floor: int, run) -> int:
    """Where a name listing its words with commas starts: "the Passports, Immigration and
    Nationality Authority" is one name, though a capitalised run stops at the comma. Only a run
    that goes on with "and" lists words this way."""
    if " and " not in run.group():
        return run.start()
    lb = _LISTED_BEFORE.search(text, max(floor, run.start() - 80), run.start())
    return lb.start() if lb else run.start()


# the last field may take two words: "Ministry of Electricity, Water and Renewable Energy"
_LISTED_AFTER = re.compile(r"(?:,[ \u00a0]+[A-Z][a-z]+(?:-[a-z]+)?)+,?[ \u00a0]+and[ \u00a0]+[A-Z][a-z]+(?:-[a-z]+)?"
                           r"(?:[ \u00a0]+(?P<second>[A-Z][a-z]+))?(?![\w'’-])")
_OF_BEFORE_LAST = re.compile(r"[ \u00a0](?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?$")


def _listed_words_after(text: str, ceiling: int, run) -> int:
    """Where a name whose complement lists words ends: "Ministry of Industry, Trade and
    Handicrafts" is one name, though a capitalised run stops at the comma."""
    if not _OF_BEFORE_LAST.search(run.group()):
        return run.end()
    la = _LISTED_AFTER.match(text, run.end(), ceiling)
    if la is None:
        return run.end()
    # a second word only when it is an English word of the field, not a name or a title after it
    second = la.group("second")
    if second and not _field_word(second):
        return la.start("second") - 1
    return la.end()


_WITH_AFTER = re.compile(r"[ \u00a0]+with[ \u00a0]+((?:Special[ \u00a0]+)?[A-Z][a-z]+)(?![\w'’-])")


@lru_cache(maxsize=1)
def _with_nouns() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "with_nouns"))


def _with_phrase_after(text: str, ceiling: int, end: int) -> int:
    """Where a name whose field is a group of people "with" something ends: "the National
    Council for Persons with Disabilities" is one name, though "with" stops a capitalised run."""
    m = _WITH_AFTER.match(text, end, ceiling)
    if m is None:
        return end
    last = text[max(0, end - 20):end].split()
    return m.end() if last and last[-1] in _with_nouns() else end


def _field_word(word: str) -> bool:
    from .foreign_words import english_words
    return word.lower() in english_words() and lexicon.norm_form(word) not in lexicon.titles()[0] \
        and not is_org_head(word)


def _organisation(text: str, start: int, end: int) -> Name | None:
    words = _ministry_of_minister(text, words_in(text, start, end))
    texts = [w[2] for w in words]
    heads = [i for i in range(len(words)) if is_head_at(texts, i)]
    kind = None
    if not heads:
        headless = headless_head(texts)  # "the Lebanese Civil Defence"
        if headless is None:
            kind = _lowercase_kind(text, words, end)
            if kind is None:
                return None
            # the kind word joins the name, capitalised: "the Tasnim Mining company" and "the
            # Tasnim Mining Company" are one name, "the Tasnim Mining Corporation" another kind
            words, headless = words + (kind,), len(words)
            texts = [w[2] for w in words]
        heads = [headless]
    if len(heads) >= 2 and _field_head(text, words, heads[-2], heads[-1]):
        heads = heads[:-1]  # "Ministry of Municipality and Housing": a field, not the kind word
    elif len(heads) >= 2 and _field_closes(text, words, heads[0], heads[-1]):
        heads = heads[:1]  # "Ministry of Civil Service Administration": the field after "of"
    # what follows the last head is kept only after "of"/"for": "Directorate-General of Forests"
    between = text[words[heads[-1]][1]:words[-1][1]] if heads[-1] < len(words) - 1 else ""
    linked = bool(_OF_FOR.search(between))
    if not linked:
        words = words[:heads[-1] + 1 + _own_name_after(text, words, heads[-1])]
    else:
        words = words[:_person_after_field(words, heads[-1])]
    while words and words[0][2] in _OPENERS:  # a sentence-initial "The", "Later" is not part of the name
        words = words[1:]
    words = _without_holders_title(text, words)
    words = _after_of_before_head(text, words)
    if len(words) < 2:
        return None
    if _a_persons_title(text, words):
        return None
    lower = kind[2].lower() if kind is not None and words[-1] == kind else None
    return Name(words[0][0], words[-1][1], words, "org", head=lower, linked=linked)


_AND_WORD = re.compile(r"[ \u00a0]+and[ \u00a0]+[A-Z]")


def _field_head(text: str, words, before: int, last: int) -> bool:
    """Whether the last head word is one of the fields after an earlier head's "of"/"for", joined
    by "and" to another ("Ministry of Municipality and Housing", "Authority for Port and Customs"):
    the name goes on past it. (A head after "and" was cut off as another body before.)"""
    if last == len(words) - 1 or not _AND_WORD.match(text, words[last][1]):
        return False
    return bool(_OF_FOR.search(text, words[before][1], words[last][0]))


def _field_closes(text: str, words, first: int, last: int) -> bool:
    """Whether the last word, a kind word, closes the field that "of"/"for" opens right after the
    first head: "Ministry of Local Administration", "Ministry of Civil Service Administration"."""
    if last != len(words) - 1 or last - first < 2 or words[first][2] not in lexicon_().reorder_heads:
        return False  # a ministry's, a department's field ("Board of Directors of the ... Corporation": no)
    return bool(_OF_THE.fullmatch(text, words[first][1], words[first + 1][0])) \
        and not _LINK.search(text, words[first + 1][0], words[last][0])


_OF_FOR = re.compile(r"[ \u00a0](?:of|for)[ \u00a0]")
_LINK = re.compile(r"[ \u00a0](?:of|for|the)[ \u00a0]")


_OF_THE = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?")


_LOWER_KIND = re.compile(r"[ \u00a0]+([a-z]+)(?![\w'’-])")


@lru_cache(maxsize=1)
def _lowercase_kinds() -> frozenset[str]:
    return lexicon.word_set(lexicon.require(lexicon.load("orgs.toml"), "orgs.toml", "lowercase_kinds"))


# kind words after which a short run is a family's or a brand's name ("the Salem group")
_BRAND_KINDS = frozenset(["team", "group", "network", "platform", "campaign", "initiative"])


def _lowercase_kind(text: str, words, end: int) -> tuple[int, int, str] | None:
    """A kind word in lower case after a name that has none: "the Syria Response Coordinators
    team", "the Maaden Mauritanie company". As (start, end, the word capitalised); None when
    the run is a person's ("the Ahmed Salem company") or, before a family's or a brand's kind
    word, shorter than three words."""
    m = _LOWER_KIND.match(text, end)
    if m is None or m.group(1) not in _lowercase_kinds():
        return None
    own = [w for w in words if w[2] not in _OPENERS]
    if len(own) < 2 or (len(words) < 3 and m.group(1) in _BRAND_KINDS):
        return None
    if own[0][2] in lexicon.names().given_names or any(lexicon.norm_form(w[2]) in lexicon.titles()[0] for w in words):
        return None
    return m.start(1), m.end(1), m.group(1).capitalize()


_ARTICLE_NAME = re.compile(r"(?:[aAeE]l|[aAeE][dshtzrn]{1,2})(?:-|[ \u00a0]+)")


def _own_name_after(text: str, words, head: int) -> int:
    """How many words after the head are the body's own Arabic name, which Arabic puts after its
    kind word and a translation may leave there: "Bank Al-Maghrib", "Masraf al-Rafidain". One
    word written with the article, right after the head."""
    if head + 1 >= len(words) or not _ARTICLE_NAME.match(words[head + 1][2]):
        return 0
    gap = text[words[head][1]:words[head + 1][0]]
    return 1 if gap.strip() == "" else 0


_OF_ONLY = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


def _ministry_of_minister(text: str, words):
    """A minister's title read as the name of his ministry: "the Minister of Irrigation and Water
    Resources" names the Ministry of Irrigation and Water Resources, which a later sentence may
    garble ("the Ministry of Water and Irrigation Resources"). Only "Minister of" with a field
    after it, not the Prime Minister; the word keeps its place in the text."""
    for i in range(len(words) - 1):
        s, e, w = words[i]
        if w == "Minister" and (i == 0 or words[i - 1][2] != "Prime") \
                and _OF_ONLY.match(text, e, words[i + 1][0]):
            return words[:i] + ((s, e, "Ministry"),) + words[i + 1:]
    return words


def _person_after_field(words, head: int) -> int:
    """Where a person named after the body's field starts, or the end: "General Commission for
    Investment Chairman Ahmed Salem", "Director General of the General Commission for Investment
    Ahmed Salem". A given name (not a word of a body's field: "Azhar", "Ihsan"), or a title
    before one, that more capitalised words follow."""
    given, titles = lexicon.names().given_names, lexicon.titles()[0]

    def a_given_name(i: int) -> bool:
        word = words[i][2]
        return word in given and i + 1 < len(words) and not group_keys(word) and not is_org_head(word)

    for i in range(head + 2, len(words)):
        if a_given_name(i):
            return i
        if i + 1 < len(words) and lexicon.norm_form(words[i][2]) in titles and a_given_name(i + 1):
            return i
    return len(words)


def _after_of_before_head(text: str, words):
    """The body after the last "of" that comes before its first kind word: "Acting Director
    General Khaled Mubarak Bin Brik of the Public Authority for Fisheries" names the Public
    Authority for Fisheries (its official and his name came first)."""
    texts = [w[2] for w in words]
    first_head = next((i for i in range(len(words)) if is_head_at(texts, i)), None)
    if not first_head or first_head < 2:
        return words
    for k in range(first_head, 0, -1):
        if _OF_GAP.match(text, words[k - 1][1], words[k][0]):
            return words[k:]
    return words


_OF_GAP = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


def _without_holders_title(text: str, words):
    """The body without the post of its head or the people of it: "Director of the General
    Budget Department" names the department's director, "Fighters of the Al-Mahjoub Brigade"
    opening a sentence its fighters; the bodies are "General Budget Department" and "Al-Mahjoub
    Brigade"."""
    from .foreign_words import english_words
    titles = lexicon.titles()[0]
    for i in range(min(3, len(words) - 1)):  # "Regional Director of the Office": the body is "the Office"
        word = words[i][2]
        titled = lexicon.norm_form(word) in titles
        # a title that is also a head ("Commissioner", the UN's High Commissioner) is a post when
        # a body with a head of its own follows: "the Commissioner of the Humanitarian Aid Commission"
        # "Teams of the Saudi Red Crescent Authority": a kind word in the plural opening the run
        # names some parts or people of the body that follows, not a body of its own
        plural_part = i == 0 and word.endswith("s") and is_org_head(word[:-1]) \
            and any(is_org_head(w[2]) for w in words[i + 1:])
        if is_org_head(word) and not plural_part and not (titled and any(is_org_head(w[2]) for w in words[i + 1:])):
            return words
        if not (titled or (i == 0 and word.lower() in english_words())):
            return words
        if _OF_GAP.match(text, words[i][1], words[i + 1][0]):
            return words[i + 1:]
    return words


# A title's complement, then a comma and a person's name: "the Commissioner of Humanitarian Aid
# in Kassala state, Dr Amna Osman Adam"
_PERSON_AFTER = re.compile(r"(?:[ \u00a0]+(?:in|of|for|at)[ \u00a0][^,.]{1,40})?,[ \u00a0]+"
                           r"(?:(?:Dr|Eng|Judge|Sheikh|Counsellor|Mr|Mrs|Ms)\.?[ \u00a0]+)?[A-Z][a-z]+[ \u00a0]+[A-Z]")


def _a_persons_title(text: str, words) -> bool:
    """A run whose kind word is a person's title ("Commissioner", which is also the head of the
    UN's "High Commissioner for Refugees") and is apposed to a name is an office, not a body:
    "the Regional Commissioner for Education, Mr. Anis Kammoun"."""
    titles = lexicon.titles()[0]
    return any(lexicon.norm_form(w[2]) in titles and is_org_head(w[2]) for w in words) \
        and bool(_PERSON_AFTER.match(text, words[-1][1]))

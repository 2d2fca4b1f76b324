"""untranslated: source-script text, or a transliterated word, left in the English text."""
from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_right
from functools import lru_cache

from ..analysis import needles
from ..analysis import transliteration_table as table
from ..analysis.capitalised_terms import name_head_after
from ..analysis.glosses import common_noun_slot, gloss_key, glossed, in_parentheses
from ..analysis.body_names import arabic_body_names, body_filter, renamed_after_english
from ..analysis.new_places import new_place_names
from ..analysis.regional_words import RegionalWords
from ..analysis.transliteration_variants import listed_words
from .base import Check, Document

# Letters of scripts an English news text does not use. Greek needs two letters in a row so
# that a lone "α" or "μ" in a technical term passes.
_SCRIPTS = (
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"   # Arabic, Persian, Urdu
    "\u0590-\u05ff\u0700-\u074f\u0780-\u07bf"                              # Hebrew, Syriac, Thaana
    "\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff"                              # Cyrillic, Armenian, Georgian
    "\u0900-\u0dff\u0e00-\u0e7f\u1200-\u139f"                              # Indic, Thai, Ethiopic
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"                 # Japanese, Chinese, Korean
)
_FOREIGN_SOURCE = (rf"[{_SCRIPTS}]+(?:[\s\u200c\u200d\u200e\u200f\u060c-]*[{_SCRIPTS}]+)*"
                   r"|[\u0370-\u03ff]{2,}(?:\s+[\u0370-\u03ff]+)*")
# Every match of _FOREIGN_SOURCE starts with a character outside Latin and general punctuation;
# an article without one (most) never compiles it: its ranges cost milliseconds to compile.
_MAYBE_FOREIGN = re.compile(r"[^\x00-\u036f\u2000-\u206f]")


@lru_cache(maxsize=1)
def _foreign() -> re.Pattern:
    return re.compile(_FOREIGN_SOURCE)

_EASTERN_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9][\u0660-\u0669\u06f0-\u06f9\u066b\u066c]*")
_TO_ASCII = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                           **{chr(0x6f0 + i): str(i) for i in range(10)}, "\u066b": ".", "\u066c": ","})

_WORD_CHAR = re.compile(r"[\w'-]")
# a lower-case Arabic article on a word: the sentences _ARTICLE_WORDS can match in
_ARTICLE_HYPHEN = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|adh|ath)-[a-z]")


def _sentences_with(ctx: Document, rx: re.Pattern):
    """The sentences holding a match of ``rx`` (in order), found by searching the text and
    jumping to the end of each sentence found, not by running ``rx`` over every sentence."""
    sentences = ctx.sentences
    starts = [seg.start for seg in sentences]
    pos, text = 0, ctx.text
    while (m := rx.search(text, pos)) is not None:
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= sentences[k].end:
            yield sentences[k]
            pos = max(sentences[k].end, m.start() + 1)
        else:
            pos = m.start() + 1


# the field of a directorate, in English, right before its Arabic head word
_FIELD_BEFORE = re.compile(r"\bthe[ \u00a0]+(?:Health|Education|Agriculture|Water|Electricity|Traffic|Interior|Finance"
                           r"|Customs|Labour|Labor|Transport|Tourism|Endowments|Trade|Commerce|Housing|Youth|Sports"
                           r"|Culture|Environment|Municipal|Planning|Industry|Social Affairs|Civil Defence)[ \u00a0]+$")


def _surname(text: str, word: str) -> bool:
    """The article writes the word as a person's surname after a given name ("Faris al-Bawab")."""
    return re.search(r"\b[A-Z][a-z]+[ \u00a0]+(?:(?:[Aa]l|[Ee]l)-)?" + re.escape(word) + r"\b", text) is not None


def _meets(disjoint: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does [s, e) overlap one of the sorted, disjoint spans? Only the last one starting before
    e can: it ends last of those."""
    k = bisect_right(disjoint, (e,)) - 1
    while k >= 0 and disjoint[k][0] == e:
        k -= 1
    return k >= 0 and disjoint[k][1] > s
_BODY_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+)")


_THE_BEFORE = re.compile(r"(?<![\w-])the[ \u00a0]+$")
_CAPITAL_AFTER = re.compile(r"[ \u00a0-]+(?:al-|el-)?[A-Z]")
_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][a-z]")
# The Arabic article on a lower-case word, one or more in a row: "al-niyaba al-amma"
_ARTICLE_WORDS = re.compile(r"(?<![\w'\u2019-])(?:al|el|ad|an|ar|as|ash|at|az|adh|ath)-[a-z][a-z'\u2019]{2,}"
                            r"(?:[ \u00a0](?:al|el|ad|an|ar|as|ash|at|az|adh|ath)-[a-z][a-z'\u2019]{2,})*(?![\w-])")
_ARTICLE_LOOKALIKES = frozenset(["al-fresco", "el-nino", "el-nina", "as-is", "at-large", "at-risk", "at-home",
                                 "as-yet", "at-grade", "an-other", "ad-hoc", "ad-lib", "ad-libs", "ad-free",
                                 "at-bat", "at-will", "ad-supported", "as-needed", "at-sea"])
class Untranslated(Check):
    rule = "untranslated"
    code = "MT203"
    doc = "Flags source-script text left in the English text, and transliterated words left untranslated."
    explanation = """\
    Flags text left in the source script (Arabic, Persian, Cyrillic...) inside the English article,
    and transliterated words left untranslated ("wali", "qadi", "daira") when English has a word for
    them (mtcheck/data/transliterations.toml), a body's Arabic name where English news gives the
    English one ("the Diwan al-Raqaba al-Maliya", "Wizarat al-Sihha", "the Niyaba al-Amma", "the
    Hashd al-Shaabi": a generic head noun of a body or a force with its al- words; places such as
    "Bab al-Mandab" or "Suq al-Shuyukh" have no such head), such a head left alone as the body's
    short name beside its English name ("the Diwan stopped the disbursement" after "the Board of
    Supreme Audit"; not "the Royal Diwan"), a place's name with the Arabic for "new" after it in
    an article that also writes its English name ("Halfa al-Jadida" beside "New Halfa"; alone it is
    the town's name as used locally), "wali" only outside the Maghreb or beside "governor",
    and lower-case words with the shape of a transliteration that no dictionary knows; capitalised
    such words too after a determiner where English has a common noun ("the Istijwab session",
    "the Muroor patrols"), unless a name follows ("the Jubour tribe") or the article uses the word
    bare, as a name.
    An administrative word is flagged also when capitalised where a common noun stands ("won by
    Tazkiya": after a lower-case word that is no article, with no name after it); capitalised
    elsewhere it is a name ("the Majlis", "the Wali of Saham").
    A word glossed in parentheses or square brackets, or with ", or" / ", i.e.", is not flagged
    ("the mukhtar (village head)"), nor are loanwords English news uses (souq, sheikh, dunam). In
    machine-translated copy, though, a body's Arabic name kept in parentheses beside its English
    rendering ("the civil defence (al-Difaa al-Madani)") is flagged, as Arabic script there is, unless
    English news uses that name itself ("the Popular Mobilisation Forces (Hashd al-Shaabi)").

    Untranslated leftovers are unreadable for the article's readers and show that a passage was not
    reviewed.
    """
    example = 'Protest in Baghdad\n\nProtesters gathered outside the ministry, chanting الشعب يريد on Friday.\n'
    default_severity = ("error for source-script text (also in parentheses) or Arabic-Indic digits; warning for a "
                        "transliterated word the article elsewhere translates")

    def run(self, ctx: Document):
        yield from self._foreign_script(ctx)
        body, where = body_filter(ctx)
        glossed_phrases: list[tuple[int, int]] = []
        renamed = {(r.start, r.end) for r in renamed_after_english(ctx, body, where)}  # mistranslation's
        listed = [f for f in self._transliterations(ctx, body, where, glossed_phrases) if (f.start, f.end) not in renamed]
        # a listed phrase glossed as a whole ("the ghasil kalawi (dialysis)") glosses its words too
        listed_spans = [(f.start, f.end) for f in listed]
        bodies = list(self._arabic_body_names(ctx, body, where, listed_spans))
        bodies += list(self._new_place_names(ctx, body, listed_spans + [(f.start, f.end) for f in bodies]))
        bodies += list(self._bare_heads(ctx, body, listed_spans + [(f.start, f.end) for f in bodies]))
        found = {*listed_spans, *glossed_phrases, *((f.start, f.end) for f in bodies)}
        article_words = list(self._unlisted_article_words(ctx, found))
        unlisted = list(self._unlisted_words(ctx, found | {(f.start, f.end) for f in article_words}))
        unlisted += self._capitalised(ctx, body, sorted(found | {(f.start, f.end) for f in unlisted}))
        words = listed + bodies + article_words + unlisted
        glossed = self._glossed_somewhere(ctx, body, {gloss_key(f.text) for f in words})
        # "a khalwa (Quranic school) ... the strike on the khalwa": glossed once, known after
        # a human wire story (a dateline, no marker) writes a region's word on purpose ("a former
        # wali of Tlemcen"): a note; source script left in stays an error (_foreign_script)
        human_wire = ctx.human_wire
        yield from (replace(f, severity="info") if human_wire and f.severity == "warning" else f
                    for f in words if gloss_key(f.text) not in glossed)

    def _glossed_somewhere(self, ctx: Document, body: list, keys: set[str]) -> set[str]:
        """The keys of which some occurrence in the article is glossed, found in one
        Aho-Corasick pass over the lowered text."""
        if not keys:
            return set()
        text, starts = ctx.text, [seg.start for seg in body]
        folded = needles.fold(text).replace("\u2019", "'")
        out: set[str] = set()
        for end, key in needles.automaton(frozenset(keys)).iter(folded):
            s, e = end - len(key) + 1, end + 1
            if folded[max(0, s - 3):s] in ("al-", "el-"):
                s -= 3  # "al-khalwa (...)": the word with its article
            if folded[e:e + 1] == "s" and not _WORD_CHAR.match(folded, e + 1):
                e += 1  # its English plural: "masters known as maalems" glosses "a maalem"
            k = bisect_right(starts, s) - 1
            if key in out or k < 0 or e > body[k].end or _WORD_CHAR.match(folded, e) \
                    or s > 0 and _WORD_CHAR.match(folded, s - 1):
                continue
            lo, hi = body[k].start, body[k].end
            # glossed by the English after it; a word that is itself the gloss of an English term
            # ("the public prosecution (al-niyaba)") teaches the reader nothing about a later "niyaba"
            if glossed(text, s, e, lo, hi) and in_parentheses(text, s, e, lo, hi) is None:
                out.add(key)
        return out

    def _arabic_body_names(self, ctx: Document, body: list, where: needles.SentenceFilter,
                           flagged: list[tuple[int, int]]):
        """'the Diwan al-Raqaba al-Maliya', 'Wizarat al-Sihha': a body's Arabic name left where English
        news writes the English name (analysis/body_names.py)."""
        text = ctx.text
        for b in arabic_body_names(ctx, body, where):
            if any(a < b.end and b.start < z for a, z in flagged) or b.mangled:
                continue  # found as a listed form, or a mangled spelling of it (mistranslation's)
            seg = ctx.sentences[ctx.sentence_at(b.start)]
            if glossed(text, b.start, b.end, seg.start, seg.end):
                continue  # "the Council of Representatives (Majlis al-Nuwab)": the English gives it
            name = text[b.start:b.end]
            yield self.finding(ctx, "warning", b.start, b.end,
                               f"'{name}' is an Arabic body's name left in transliteration"
                               + (f"; in English: {b.meaning}." if b.meaning else "."),
                               suggestion=b.meaning or "Give the body's English name.")

    def _new_place_names(self, ctx: Document, body: list, flagged: list[tuple[int, int]]):
        """'Halfa al-Jadida' for New Halfa: a place's name left with the Arabic word for 'new'
        (analysis/new_places.py)."""
        text = ctx.text
        for p in new_place_names(text, [(seg.start, seg.end) for seg in body]):
            if any(a < p.end and p.start < b for a, b in flagged):
                continue
            yield self.finding(ctx, "warning", p.start, p.end,
                               f"'{text[p.start:p.end]}' leaves the Arabic for 'new' after the place's name, "
                               f"which the article also calls '{text[p.english[0]:p.english[1]]}'.",
                               related=[p.english], suggestion=f"New {p.place}")

    def _bare_heads(self, ctx: Document, body: list, flagged: list[tuple[int, int]]):
        """'the Diwan stopped the disbursement': a body's Arabic head noun as its short name
        (analysis/bare_heads.py)."""
        from ..analysis.bare_heads import bare_heads
        text = ctx.text
        for h in bare_heads(text, [(seg.start, seg.end) for seg in body]):
            if any(a < h.end and h.start < b for a, b in flagged):
                continue
            eng = text[h.english[0]:h.english[1]]
            yield self.finding(ctx, "warning", h.start, h.end,
                               f"'{text[h.start:h.end]}' is the Arabic word for a body ('{h.head}') left as its "
                               f"short name; the article names the body in English ('{eng}').",
                               related=[h.english], suggestion=f"the {eng}")

    def _unlisted_words(self, ctx: Document, flagged: set[tuple[int, int]]):
        """'organised a nafeer', 'the networks of "tahrib"': a lower-case word that is no English
        word and has the shape of a transliteration (analysis/foreign_words.py), listed or not."""
        from ..analysis.foreign_words import candidates
        flagged = sorted(flagged)
        text = ctx.text
        for seg in ctx.sentences:
            if seg.part in ("marker", "credit"):
                continue
            for s, e in candidates(text, seg.start, seg.end):
                if _meets(flagged, s, e) \
                        or self._excused(text, s, e, seg.start, seg.end, False, -1):
                    continue  # found as a listed form already, or glossed, or mentioned as a word
                yield self.finding(ctx, "warning", s, e,
                                   f"'{text[s:e]}' is no English word and reads as a transliteration left "
                                   f"untranslated.", suggestion="Translate it into English.")

    def _capitalised(self, ctx: Document, body: list, flagged: list[tuple[int, int]]) -> list:
        """'the Istijwab session': an unlisted Arabic word capitalised as a name where English has
        a common noun (analysis/capitalised_terms.py)."""
        from ..analysis.capitalised_terms import capitalised_terms
        text, out = ctx.text, []
        for seg in body:
            for s, e in capitalised_terms(text, [(seg.start, seg.end)]):
                if not _meets(flagged, s, e) and not glossed(text, s, e, seg.start, seg.end):
                    out.append(self.finding(ctx, "warning", s, e, f"'{text[s:e]}' is no English word and reads as "
                                            f"an Arabic word left untranslated, capitalised as if it were a name.",
                                            suggestion="Translate it into English."))
        return out

    def _unlisted_article_words(self, ctx: Document, flagged: set[tuple[int, int]]):
        """'al-niyaba al-amma', 'the al-mudiriya': the Arabic article on a lower-case word. English
        writes the particle only in names, which are capitalised ('al-Kadhimi', 'al-Qaeda'), so a
        lower-case run is a common noun left in transliteration, listed or not."""
        text = ctx.text
        flagged = sorted(flagged)
        for seg in _sentences_with(ctx, _ARTICLE_HYPHEN):
            if seg.part in ("marker", "credit"):
                continue
            for m in _ARTICLE_WORDS.finditer(text, seg.start, seg.end):
                s, e = m.span()
                if _meets(flagged, s, e) or m.group().lower() in _ARTICLE_LOOKALIKES:
                    continue
                if glossed(text, s, e, seg.start, seg.end):
                    continue  # a gloss, glossed, or a word mentioned as a word
                yield self.finding(ctx, "warning", s, e,
                                   f"'{m.group()}' is a transliteration left untranslated.",
                                   suggestion="Translate it into English.")

    def _foreign_script(self, ctx: Document):
        for seg in _sentences_with(ctx, _MAYBE_FOREIGN):
            if seg.part == "marker":
                continue
            text = ctx.text
            for m in _foreign().finditer(text, seg.start, seg.end):
                s, e = m.span()
                run = m.group()
                if _EASTERN_DIGITS.fullmatch(run):
                    yield self.finding(ctx, "error", s, e,
                                       f"Arabic-Indic digits '{run}' are left in the English text.",
                                       suggestion=run.translate(_TO_ASCII))
                    continue
                # A parenthesised source-script "gloss" is still text the reader cannot read: MT
                # output keeps the original beside its (often poor) rendering, which an English
                # editor would not print; it gates like any other leftover.
                yield self.finding(ctx, "error", s, e,
                                   f"Text in a non-Latin script ('{run}') is left untranslated.",
                                   suggestion="Translate it into English.")

    def _transliterations(self, ctx: Document, body: list, where: needles.SentenceFilter,
                          glossed_phrases: list[tuple[int, int]]):
        # the forms and their English are looked for only in sentences holding their words
        text = ctx.text
        english_of: dict[int, list[tuple[int, int]]] = {}
        regional = RegionalWords(text)
        for seg, s, e, form, entry in listed_words(text, body, where):
            if entry not in english_of:
                english_of[entry] = [e.span() for k in where.indices([table.english_needles(entry)], True)
                                     for e in table.english(entry).finditer(text, body[k].start, body[k].end)
                                     if not regional.government_state(e.group())]
            english = english_of[entry]
            if not english and not table.ALWAYS[entry] \
                    or self._excused(text, s, e, seg.start, seg.end, table.NAMES_OK[entry], entry) \
                    or not english and regional.title(form, e, seg.end) \
                    or regional.loanword(form):
                if " " in form and glossed(text, s, e, seg.start, seg.end) \
                        or not english and regional.title(form, e, seg.end):
                    glossed_phrases.append((s, e))  # (a region's own word: no unlisted word either)
                continue  # with no English equivalent in the article the reader has only this word
            if not english:  # an administrative word the reader cannot be expected to know
                meaning = table.DATA["word"][entry]["english"][0]
                yield self.finding(ctx, "warning", s, e,
                                   f"'{text[s:e]}' is a transliteration left untranslated; in English: "
                                   f"{meaning}.", suggestion=meaning)
                continue
            # the nearest English before the word, else the first after it (spans in text order)
            before = bisect_right(english, (s, len(text) + 1))
            ref = english[before - 1] if before else english[0]
            word, eng = text[s:e], text[ref[0]:ref[1]]
            yield self.finding(ctx, "warning", s, e,
                               f"'{word}' is a transliteration left untranslated; the article "
                               f"elsewhere says '{eng}'.",
                               related=[ref], suggestion=eng)

    @staticmethod
    def _excused(text: str, s: int, e: int, lo: int, hi: int, names_ok: bool, entry: int) -> bool:
        word = text[s:e]
        core = re.sub(r"^[A-Za-z]{1,3}[-\u2019' ](?=\w{4})", "", word)
        if glossed(text, s, e, lo, hi):
            return True
        if core[:1].isupper() and table.PROPER[entry]:
            # a body's Arabic name beside its English one ("the Al-Da'm Al-Sari' forces"); inside a
            # half-English name ("the Hilal Ahmar Society") it is the body named two ways: org-variant
            nxt = _BODY_WORD_AFTER.match(text, e, hi)
            return nxt is not None and nxt.group(1) in table.body_words()
        if core[:1].isupper() and table.ALWAYS[entry] and not table.TITLE_OK[entry] and _OF_AFTER.match(text, e, hi):
            return False  # an English construction around it: "the Mudiriya of Education"
        if core[:1].isupper() and core != word and word[:1].isupper():
            return True  # the article capitalised too: a club's or a family's name ("from Al-Talaba")
        if core[:1].isupper():
            sentence_start = text[lo:s].strip(" \"'\u201c\u2018") == ""
            if not names_ok and table.ALWAYS[entry] and _THE_BEFORE.search(text, max(lo, s - 5), s) \
                    and not _CAPITAL_AFTER.match(text, e, hi) and not name_head_after(text, e, hi):
                return False  # "referred to the Niyaba": a capital on a common noun after "the"
            if not names_ok and not sentence_start and table.ALWAYS[entry] and common_noun_slot(text, s, e, lo, hi):
                return False  # "won by Tazkiya": a capital on a word that stands as a common noun
            if table.ALWAYS[entry] and _FIELD_BEFORE.search(text, max(lo, s - 30), s):
                return False  # "the Health Mudiriya in Port Said": an English field before an Arabic head
            if names_ok or not sentence_start or _surname(text, core):
                return True  # a proper name: "the Majlis", "Wilayat Sinai"; "Bawab said" of "Faris al-Bawab"
            nxt = re.match(r"\s+([A-Z])", text[e:hi])
            if nxt:
                return True
        return False

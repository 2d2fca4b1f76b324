"""mistranslation: literal calques of Arabic expressions, mangled transliterations beside their
English name, and people's names rendered as their dictionary meaning.

All three are data (data/calques.toml, mangled_terms.toml, name_meanings.toml). A calque or a
mangled term is a warning (the reader may still guess the meaning); translationese that changes
no meaning ("For his part") is info; a translated name is an error (the person is lost).
"""
from __future__ import annotations

from bisect import bisect_left, insort

from ..analysis.body_names import arabic_body_names, body_filter, renamed_after_english
from ..analysis.glosses import glossed, in_parentheses
from ..analysis.loan_glosses import loan_glosses
from ..analysis.mistranslations import (
    Hit,
    calques,
    content_filter,
    mangled_terms,
    table_needles,
)
from ..analysis.name_meanings import meaning_needles, translated_names
from ..analysis.respellings import respellings
from .base import Check, Document


class Mistranslation(Check):
    rule = "mistranslation"
    code = "MT204"
    doc = "Flags literal calques of Arabic expressions, mangled transliterations and names translated as words."
    explanation = """\
    Flags literal calques of Arabic expressions ("the popular crowd" for the Popular Mobilisation
    Forces, "the editing of the city" for its liberation), transliterations mangled beside their
    English name (also in the other Latin spellings of the same Arabic letters: "Idarah Zatiya" for
    al-Idara al-Dhatiya; a listed form also in lower case, "the kabtagon pills"), a term respelled
    through Arabic letters beside the article's own spelling of it, with no table needed ("kabtagon"
    beside "Captagon", "fitamins" beside "vitamins": Arabic has no p, v or hard c), a bracketed
    transliteration that only respells the English word before it ("the electronic card
    (al-bataka al-iliktroniya)"; a gloss of the Arabic, "the public prosecution (al-niyaba
    al-amma)", is house style and passes), a body's Arabic name spelled off the standard romanisation
    beside the English the article gives it ("Majles al-Wozaraa" after "the Council of Ministers"; spelled
    by the standard, "Majlis al-Wuzara", it is untranslated's), and people's names rendered as their dictionary
    meaning, also inside a Maghrebi name chain ("Mohamed Ould Sidi Praised") or a company's
    translated name ("The Star Company for Insurance Services" for Najm). "Martyrs" and
    "were martyred" are flagged in the writer's own narration, not inside a quotation; "the sons
    of" only before the name of a province or town of the region ("the sons of Dhi Qar", not "the
    sons of Saddam"); "breakfast tables" only in a story of Ramadan (the iftar). Calques that touch
    ("besiege the fire in most of the axes") are one finding. A calque is a warning, readable or
    not ("the fire ate the orchards", "withdraw the hand of" for suspend, "the neck of the bottle"):
    editors annotating machine-translated copy mark them. It is info only where the local English
    press has made it its own term and editors leave it ("ministerial exams", "national
    electricity", "service processions", "the works of the conference"). The
    calques, terms and names are data (mtcheck/data/calques.toml, mangled_terms.toml,
    name_meanings.toml); a house style can add its own calques. One Aho-Corasick pass finds the
    sentences that hold each entry's literal words, so the cost stays linear as the tables grow.

    These are the errors a machine translation makes with confidence: the English reads fluently and
    means something else, or loses a person altogether.
    """
    example = ('Mosul rebuilds\n\nFighters of the popular crowd repelled the attack. '
               'The old city was destroyed during the editing of the city from the militants.\n')
    default_severity = ('error for a name translated as a word; warning for a calque or a mangled term; '
                        'info for translationese that changes no meaning ("For his part")')

    def run(self, ctx: Document):
        found = []
        # one Aho-Corasick pass tells which sentences hold the literal text of which entry
        where = content_filter(ctx, table_needles() | meaning_needles())
        names = translated_names(ctx, where)
        for n in names:
            found.append(self.finding(
                ctx, "error", n.start, n.end,
                f"'{n.meaning}' stands where a name stands: it looks like the Arabic name {n.name} "
                f"translated as a word.", related=n.related, suggestion=n.name))
        taken = sorted((n.start, n.end) for n in names)  # disjoint spans, in order
        literal = calques(ctx, where)
        calqued = {id(h) for h in literal}
        for hit in literal + mangled_terms(ctx, where) + _respelled(ctx) + _loan_glossed(ctx) + _mangled_bodies(ctx):
            if _overlaps(taken, hit.start, hit.end):
                continue
            insort(taken, (hit.start, hit.end))
            # a calque is machine translation's slip: in a wire story with its dateline and no marker
            # ("CAIRO (Reuters) - Egypt will pump an extra 100,000 tons of sugar") the phrase is the
            # reporter's English, a note at most
            severity = "info" if id(hit) in calqued and ctx.human_wire else hit.severity
            found.append(self.finding(ctx, severity, hit.start, hit.end, hit.message,
                                      related=hit.related, suggestion=hit.suggestion))
        yield from sorted(found, key=lambda f: (f.start, f.end))


def _respelled(ctx: Document) -> list[Hit]:
    """'the kabtagon pills' beside 'Captagon': a term respelled through Arabic letters. A word
    the article glosses ('a raksha (motorised rickshaw)', 'the tuktuk, or auto-rickshaw') is a
    local loanword the writer introduces on purpose, wherever it stands again."""
    found = respellings(ctx.text, [(s.start, s.end) for _, s in ctx.content_sentences])
    introduced = {r.word for r in found if _glossed_after(ctx, r.start, r.end)}
    return [Hit(r.start, r.end, "warning",
                f"'{r.word}' is '{r.proper}' respelled through Arabic letters (b for p, f for v, k for c), "
                f"a mangled transliteration of the term the article also writes '{r.proper}'.",
                r.proper, related=(r.proper_span,))
            for r in found if r.word not in introduced]


def _glossed_after(ctx: Document, start: int, end: int) -> bool:
    """A gloss after the word ('raksha (motorised rickshaw)'), not the word inside another's gloss."""
    seg = ctx.sentences[ctx.sentence_at(start)]
    return in_parentheses(ctx.text, start, end, seg.start, seg.end) is None \
        and glossed(ctx.text, start, end, seg.start, seg.end)


def _loan_glossed(ctx: Document) -> list[Hit]:
    """'the electronic card (al-bataka al-iliktroniya)': a bracketed transliteration that only
    respells the English word before it."""
    return [Hit(g.start, g.end, "warning",
                f"'{ctx.text[g.start:g.end]}' is a transliteration of Arabic that respells the English "
                f"'{g.english}' ('{g.loan}'): a mangled rendering of the term, not a gloss; drop it.",
                None, related=(g.english_span,))
            for g in loan_glosses(ctx.text, [(s.start, s.end) for _, s in ctx.content_sentences])]


def _mangled_bodies(ctx: Document) -> list[Hit]:
    """'Majles al-Wozaraa' after 'the Council of Ministers': a body's Arabic name spelled off the
    standard romanisation beside the English the article gives it (analysis/body_names.py)."""
    body, where = body_filter(ctx)
    return [Hit(b.start, b.end, "warning",
                f"'{ctx.text[b.start:b.end]}' is a mangled transliteration of the Arabic name of the body the "
                f"article also calls by its English name ({b.meaning}).", b.meaning)
            for b in arabic_body_names(ctx, body, where) if b.mangled] + [
        Hit(r.start, r.end, "warning",
            f"'{ctx.text[r.start:r.end]}' renders in Arabic the body the article has already named in English "
            f"('{ctx.text[r.english[0]:r.english[1]]}'): a mangled rendering of the name.",
            ctx.text[r.english[0]:r.english[1]], related=(r.english,))
        for r in renamed_after_english(ctx, body, where)]


def _overlaps(disjoint: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) meet one of the sorted disjoint spans? Only the last one starting before
    ``end`` can: it ends last of those."""
    k = bisect_left(disjoint, (end,)) - 1
    return k >= 0 and disjoint[k][1] > start

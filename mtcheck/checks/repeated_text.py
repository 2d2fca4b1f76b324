"""repeated-text: a sentence or paragraph printed twice, or one word doubled across "and"/"or".

Machine translation renders two Arabic near-synonyms with one English word ("hadr wa-ba'tara":
"waste and waste"), and pipelines that stitch paragraphs print one twice. A word written twice
in a row ("to to") is the older rule doubled-word (MT002); both are warnings.
"""
from __future__ import annotations

from ..analysis.repetition import doubled_across_and, repeated_sentences
from .base import Check, Document


class RepeatedText(Check):
    rule = "repeated-text"
    code = "MT205"
    doc = "Flags a sentence or paragraph printed twice and a word doubled across 'and'/'or'."
    explanation = """\
    Flags a sentence or paragraph printed twice in one article (also with a word or two changed,
    with a number in words in one copy and in figures in the other, or printed again cut short or
    continued: all its words in one run inside the other sentence),
    and one word doubled across
    "and"/"or" ("waste and waste"), where the source had two near-synonyms that the translation
    rendered with one English word. A word written twice in a row is the doubled-word rule (MT002).

    Pipelines that stitch translated paragraphs sometimes print one twice, and a doubled synonym
    reads as a slip; both are cheap to fix before publication.
    """
    example = ('Budget row\n\nThe minister condemned the waste and waste of public money on Monday.\n')
    default_severity = ('warning')

    def run(self, ctx: Document):
        found = []
        for r in repeated_sentences(ctx):
            found.append(self.finding(ctx, "warning", r.start, r.end,
                                      f"This {r.what} repeats one printed earlier in the article.",
                                      related=[r.ref], suggestion=""))
        for r in doubled_across_and(ctx):
            word = ctx.text[r.ref[0]:r.ref[1]]
            found.append(self.finding(ctx, "warning", r.start, r.end,
                                      f"'{ctx.text[r.start:r.end]}' says '{word}' twice; the source likely had "
                                      f"two near-synonyms.", related=[r.ref], suggestion=word))
        yield from sorted(found, key=lambda f: f.start)

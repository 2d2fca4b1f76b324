"""mistranslation: literal calques of Arabic expressions, mangled transliterations beside their
English name, and people's names rendered as their dictionary meaning.

All three are data (data/calques.toml, mangled_terms.toml, name_meanings.toml). A calque or a
mangled term is a warning (the reader may still guess the meaning); translationese that changes
no meaning ("For his part") is info; a translated name is an error (the person is lost).
"""
from __future__ import annotations

from ..analysis.mistranslations import calques, mangled_terms
from ..analysis.name_meanings import translated_names
from .base import Check, Document


class Mistranslation(Check):
    rule = "mistranslation"
    code = "MT204"
    doc = "Flags literal calques of Arabic expressions, mangled transliterations and names translated as words."
    explanation = """\
    Flags literal calques of Arabic expressions ("the popular crowd" for the Popular Mobilisation
    Forces, "the editing of the city" for its liberation), transliterations mangled beside their
    English name, and people's names rendered as their dictionary meaning. The calques, terms and
    names are data (mtcheck/data/calques.toml, mangled_terms.toml, name_meanings.toml); a house
    style can add its own calques.

    These are the errors a machine translation makes with confidence: the English reads fluently and
    means something else, or loses a person altogether.
    """
    example = ('Mosul rebuilds\n\nFighters of the popular crowd repelled the attack. '
               'The old city was destroyed during the editing of the city from the militants.\n')
    default_severity = ('error for a name translated as a word; warning for a calque or a mangled term; '
                        'info for translationese that changes no meaning ("For his part")')

    def run(self, ctx: Document):
        found = []
        names = translated_names(ctx)
        for n in names:
            found.append(self.finding(
                ctx, "error", n.start, n.end,
                f"'{n.meaning}' stands where a name stands: it looks like the Arabic name {n.name} "
                f"translated as a word.", related=n.related, suggestion=n.name))
        taken = [(n.start, n.end) for n in names]
        for hit in calques(ctx) + mangled_terms(ctx):
            if any(s < hit.end and hit.start < e for s, e in taken):
                continue
            taken.append((hit.start, hit.end))
            found.append(self.finding(ctx, hit.severity, hit.start, hit.end, hit.message,
                                      related=hit.related, suggestion=hit.suggestion))
        yield from sorted(found, key=lambda f: (f.start, f.end))

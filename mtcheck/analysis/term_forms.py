"""The regular expression of a term's accepted or mangled forms (data/mangled_terms.toml), each
form widened to the other Latin spellings the same Arabic letters get, and the literal text a
match of them cannot lack (for the sentence filter)."""
from __future__ import annotations

import re

from . import needles


def forms_source(forms: list[str], spellings: bool = False, either_case: bool = False) -> str:
    """One regex for the forms; with ``spellings``, each also in the other spellings that the
    same Arabic letters get (see ``_spelling_source``); with ``either_case``, each also with its
    first letter in lower case."""
    return _wrap("|".join(_form_sources(forms, spellings, either_case)))


def _wrap(alternatives: str) -> str:
    return r"(?<![\w'\u2019-])(?:[Aa]l-)?(?:" + alternatives + r")(?![\w-])"


def _form_sources(forms: list[str], spellings: bool, either_case: bool = False) -> list[str]:
    """Each form's regex, longest first; a form is widened to its other spellings only where it
    keeps some literal text of three letters or more for the sentence filter to look for."""
    out = []
    for f in sorted(forms, key=len, reverse=True):
        widened = _spelling_source(f) if spellings else None
        src = widened if widened and needles.best(needles.clauses(_wrap(widened))) else _literal_source(f)
        out.append(_either_case(src) if either_case else src)
    return out


def _either_case(source: str) -> str:
    """A form's regex with its first letter in either case: 'Kabtagon' also as 'kabtagon'."""
    if source[:1].isupper():
        return f"[{source[0]}{source[0].lower()}]{source[1:]}"
    return source


def forms_needles(forms: list[str], spellings: bool) -> frozenset[str]:
    """Strings of which every match of the forms holds one (empty: a form promises none): each
    form's own most selective text, since a common prefix split off by the regex parser can
    leave the alternatives of a whole alternation too short to promise anything."""
    found = [needles.best(needles.clauses(_wrap(src))) for src in _form_sources(forms, spellings)]
    return frozenset() if not all(found) else frozenset().union(*found)


def _literal_source(form: str) -> str:
    return re.escape(form).replace("\\ ", r"[\s\u00a0-]").replace("'", "['\u2019]")


# One Arabic letter, several Latin spellings: dhal and dha as dh, z, th or d; ta marbuta as a or
# ah; a long u as ou, oo or u; a long i as ee or i. The article 'al-' of an inner word may be
# dropped ("Idarah Zatiya" for al-Idara al-Dhatiya).
_SPELLINGS = [(re.compile(p), r) for p, r in (
    (r"^(?:al|Al)-", "(?:[Aa]l-)?"),
    (r"^Dh", "(?:Dh|Z|Th|D)"), (r"^dh", "(?:dh|z|th|d)"), (r"^Z", "(?:Z|Dh)"), (r"^z", "(?:z|dh)"),
    (r"^ah?(?=$|[ '\u2019-])", "ah?"), (r"^ou|^oo", "(?:ou|oo|u)"), (r"^ee", "(?:ee|i)"),
)]


def _spelling_source(form: str) -> str:
    out, i = [], 0
    while i < len(form):
        for rx, alt in _SPELLINGS:
            m = rx.match(form[i:])
            if m and (rx.pattern[1:3] != "(?" or i == 0 or form[i - 1] in " -"):
                out.append(alt)
                i += m.end()
                break
        else:
            out.append(_literal_source(form[i]))
            i += 1
    return "".join(out)

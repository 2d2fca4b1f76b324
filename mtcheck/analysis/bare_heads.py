"""The head noun of a body's Arabic name left alone as the body's short name: "the Diwan stopped
the disbursement" for the audit board, 'the "Masraf" will continue' for the central bank.
Machine translation renders the body's full name into English once and then keeps the Arabic
word Arabic copy uses for it on later references. Data: ``[bare_heads]`` in
data/transliterations.toml (each head with the English head words of the names it stands for).

A head is flagged only
- after "the", capitalised or quoted, with no name after it ("the Diwan al-Raqaba" is a body's
  Arabic name, another test; "the Diwan of Royal Court" an English one);
- when the article names a body in English with one of its English words ("Board of Supreme
  Audit", "the Central Bank of Libya");
- and when the article never writes the head inside an English name ("the Royal Diwan", "the
  Sunni Endowment Diwan"): there "the Diwan" is that name's short form, as English news writes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon


@dataclass(frozen=True)
class BareHead:
    start: int
    end: int
    head: str
    english: tuple[int, int]   # the English body name's word in the article


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    data = lexicon.load("transliterations.toml").get("bare_heads", {})
    return {k.lower(): tuple(v) for k, v in data.items()}


@lru_cache(maxsize=1)
def _head_rx() -> re.Pattern:
    heads = "|".join(re.escape(h).replace("'", "['\u2019]") for h in sorted(_table(), key=len, reverse=True))
    # "the Diwan", 'the "Masraf"': capitalised, or in quotation marks in either case
    return re.compile(r"(?<![\w-])[Tt]he[ \u00a0]+(?P<q>[\"\u201c\u2018']?)(?P<head>(?i:" + heads + r"))(?P=q)?"
                      r"(?![\w'\u2019-])(?![ \u00a0]+(?:(?:al|el)-|[A-Z]|of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]))")


def bare_heads(text: str, spans: list[tuple[int, int]]) -> list[BareHead]:
    """Every bare head in the sentences ``spans`` that stands for a body the article names in English."""
    if not _table():
        return []
    rx = _head_rx()
    out: list[BareHead] = []
    english_at: dict[str, tuple[int, int] | None] = {}
    for lo, hi in spans:
        for m in rx.finditer(text, lo, hi):
            head = m.group("head")
            if not (head[0].isupper() or m.group("q")):
                continue  # a lower-case word outside quotation marks: the word tests see it
            key = head.lower().replace("\u2019", "'")
            if key not in english_at:
                english_at[key] = None if _in_english_name(text, head) else _english_word(text, _table()[key])
            if english_at[key] is not None:
                out.append(BareHead(m.start("head") - len(m.group("q")), m.end(), head, english_at[key]))
    return out


def _in_english_name(text: str, head: str) -> bool:
    """'the Royal Diwan', 'Sunni Endowment Diwan', 'Diwan of Royal Court': the head inside a name."""
    h = re.escape(head)
    return re.search(rf"(?<![\w-])(?!The\b)[A-Z][a-z]+[ \u00a0]+{h}(?![\w-])|(?<![\w-]){h}[ \u00a0]+of[ \u00a0]+"
                     rf"(?:the[ \u00a0]+)?[A-Z]", text) is not None


def _english_word(text: str, words: tuple[str, ...]) -> tuple[int, int] | None:
    """The first capitalised English head word of a body's name in the article ("Board", "Bank")."""
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.capitalize()) for w in words) + r")(?![\w-])")
    m = rx.search(text)
    return m.span() if m else None

"""Words the English news of a region writes in Arabic: an office ('the wali of Tizi Ouzou' in
Maghrebi English) or a loanword ('the majlis' in Gulf English), known from the region's names in
the article (``[regional_titles]`` and ``[regional_loanwords]`` in transliterations.toml)."""
from __future__ import annotations

import re

from .transliteration_table import DATA


class RegionalWords:
    """'the wali of Tizi Ouzou', 'the wali Ahmedou Ould Lemine': an office that the English news of
    a region writes in its own word (``[regional_titles]`` in transliterations.toml: Algerian,
    Moroccan, Tunisian and Mauritanian English write 'wali'), in an article of that region that
    does not also call it by its English name (then 'the wali stressed' is still flagged as the
    governor named two ways). The article's words are read once, at the first listed title."""

    def __init__(self, text: str) -> None:
        self.text, self.words = text, None
        self.regional_state: bool | None = None

    def title(self, form: str, end: int, hi: int) -> bool:
        titles = DATA.get("regional_titles", {})
        # and its English plural: "a number of walis"
        regions = titles.get(form.lower()) or (titles.get(form.lower()[:-1]) if form.lower().endswith("s") else None)
        if not regions:
            return False
        if self.words is None:
            self.words = set(re.findall(r"[A-Z][a-z]+", self.text))
        return any(r in self.words for r in regions)

    def loanword(self, form: str) -> bool:
        """'talk at the majlis' in a Gulf article: a word the English news of the region has
        taken in (``[regional_loanwords]``), whatever English words the article also uses."""
        regions = DATA.get("regional_loanwords", {}).get(form.lower())
        if not regions:
            return False
        if self.words is None:
            self.words = set(re.findall(r"[A-Z][a-z]+", self.text))
        return any(r in self.words for r in regions)

    def government_state(self, english: str) -> bool:
        """'the state grants them loans': a lower-case 'state' is the government, not the English of
        wilaya, in an article that never names a state as a region ('Red Sea State', 'the 18
        states')."""
        if english != "state":
            return False
        if self.regional_state is None:
            self.regional_state = re.search(r"[A-Z][a-z]+[ \u00a0]State\b|\bstates\b", self.text) is not None
        return not self.regional_state

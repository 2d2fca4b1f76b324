"""The data files under mtcheck/data, loaded once and compiled into regexes."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_SEP = r"(?:\.?[\s\u00a0]*-[\s\u00a0]*|\.?[\s\u00a0]+|\.)"  # between words of a title


@dataclass(frozen=True)
class TitleDef:
    id: str
    category: str
    level: int
    generic: bool


def _load(name: str) -> dict:
    return tomllib.loads(resources.files("mtcheck.data").joinpath(name).read_text(encoding="utf-8"))


def norm_form(s: str) -> str:
    """'Lt.-Gen.' -> 'lt gen': the key a written title is looked up by."""
    return " ".join(re.sub(r"[.\-\u00a0]+", " ", s.lower()).split())


@lru_cache(maxsize=1)
def names() -> dict:
    data = _load("names.toml")
    return {
        "particles": frozenset(p.lower() for p in data["particles"]),
        "office_modifiers": frozenset(data["office_modifiers"]),
        "time_modifiers": frozenset(data["time_modifiers"]),
        "given_names": frozenset(data["given_names"].split()) if isinstance(data["given_names"], str)
        else frozenset(data["given_names"]),
        "institution_words": frozenset(data["institution_words"].split()) if isinstance(data["institution_words"], str)
        else frozenset(data["institution_words"]),
        "not_names": frozenset(data["not_names"].split()) if isinstance(data["not_names"], str)
        else frozenset(data["not_names"]),
        "place_cues": tuple(data["place_cues"]),
        "place_heads": frozenset(data["place_heads"]),
    }


@lru_cache(maxsize=1)
def titles() -> tuple[dict[str, TitleDef], re.Pattern]:
    """(written form key -> title, regex matching any written form at a word start)."""
    data = _load("titles.toml")
    by_form: dict[str, TitleDef] = {}
    forms: list[str] = []
    for t in data["title"]:
        td = TitleDef(t["id"], t["category"], int(t.get("level", 0)), bool(t.get("generic", False)))
        for form in t["forms"]:
            key = norm_form(form)
            # the first definition of a form wins, so ranks beat roles ("commander")
            by_form.setdefault(key, td)
            forms.append(form)
    alts = sorted({norm_form(f) for f in forms}, key=len, reverse=True)
    pattern = "|".join(_SEP.join(re.escape(w) for w in f.split()) for f in alts)
    rx = re.compile(rf"(?<![\w'’-])(?:{pattern})\.?(?![\w'’]|-\w)", re.IGNORECASE)
    return by_form, rx

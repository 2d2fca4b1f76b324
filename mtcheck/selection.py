"""Which rules run: ``select``/``extend-select``/``ignore`` resolved against the registry.

A selector is a rule id ("name-variant"), a code ("MT101"), a code prefix ("MT1" selects
MT101..MT199, "MT" everything) or ``ALL``; a comma list of them counts as several. The
registry's checks are classes, so selection costs no import beyond the check modules.
"""
from __future__ import annotations

import re
from typing import Iterable

from .errors import MtcheckError

_CODE_PREFIX = re.compile(r"MT\d*\Z", re.IGNORECASE)


def split(selectors: Iterable[str] | str | None) -> list[str]:
    """``["MT1,doubled-word", "MT3"]`` -> ``["MT1", "doubled-word", "MT3"]``."""
    if selectors is None:
        return []
    if isinstance(selectors, str):
        selectors = [selectors]
    return [part.strip() for s in selectors for part in s.split(",") if part.strip()]


def matches(check, selector: str) -> bool:
    """Whether a check class answers to one selector (id, code, code prefix or ALL)."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return True
    if sel == check.rule:
        return True
    return bool(_CODE_PREFIX.match(sel)) and check.code.upper().startswith(sel.upper())


def resolve(checks, selectors: Iterable[str] | str | None) -> set:
    """The checks a list of selectors names; an unknown selector is a usage error."""
    chosen = set()
    for sel in split(selectors):
        hit = {c for c in checks if matches(c, sel)}
        if not hit:
            raise MtcheckError(f"unknown rule or code {sel!r} (see 'mtcheck rules')")
        chosen |= hit
    return chosen


def select_checks(checks, select=None, extend_select=None, ignore=None) -> tuple:
    """The checks to run, in registry order: ``select`` (default: all) plus ``extend_select``
    minus ``ignore``."""
    wanted = resolve(checks, select) if split(select) else set(checks)
    wanted |= resolve(checks, extend_select)
    wanted -= resolve(checks, ignore)
    return tuple(c for c in checks if c in wanted)

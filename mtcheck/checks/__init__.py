"""Check registry. Every module in this package that defines a Check subclass is a rule.

Adding a check means adding a module here; neither the CLI nor the API changes.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import Check, Context, Document

__all__ = ["Check", "Context", "Document", "all_checks", "get_check"]


@lru_cache(maxsize=1)
def all_checks() -> tuple[type[Check], ...]:
    """Every registered check class, ordered by code."""
    found: dict[str, type[Check]] = {}
    for mod in pkgutil.iter_modules(__path__):
        if mod.name.startswith("_") or mod.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Check) and obj is not Check \
                    and getattr(obj, "rule", None) and obj.__module__ == module.__name__:
                if obj.rule in found and found[obj.rule] is not obj:
                    raise RuntimeError(f"rule id {obj.rule} defined twice")
                found[obj.rule] = obj
    codes = [c.code for c in found.values()]
    if len(codes) != len(set(codes)):
        raise RuntimeError("two checks share a code")
    return tuple(sorted(found.values(), key=lambda c: c.code))


def get_check(rule_or_code: str) -> type[Check]:
    for c in all_checks():
        if rule_or_code in (c.rule, c.code):
            return c
    raise KeyError(rule_or_code)

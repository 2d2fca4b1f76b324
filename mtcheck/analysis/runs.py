"""Items grouped by sentence, and runs of consecutive items that belong together: "97 schools in the Rastan area, 64 schools in the
Talbiseh area and 38 schools"; "Marib city (six camps), Marib Al-Wadi (five camps)"; "lengths of 12,
18 and 9 kilometres". The lists of parts each reader defines by its own two tests."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def by_sentence(items: Iterable[T]) -> dict[int, list[T]]:
    """The items (quantities, dates: anything with a ``sentence``) of each sentence, in order."""
    out: dict[int, list[T]] = {}
    for item in items:
        out.setdefault(item.sentence, []).append(item)
    return out


def consecutive_runs(items: Iterable[T], starts: Callable[[T], bool],
                     joins: Callable[[list[T], T], bool]) -> list[list[T]]:
    """Runs of two or more items, in order: an item that ``starts`` a run opens one, and one that
    also ``joins`` the run so far (asked only of such items) extends it."""
    out: list[list[T]] = []
    run: list[T] = []
    for item in items:
        fits = starts(item)
        if run and fits and joins(run, item):
            run.append(item)
            continue
        if len(run) >= 2:
            out.append(run)
        run = [item] if fits else []
    if len(run) >= 2:
        out.append(run)
    return out

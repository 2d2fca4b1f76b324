"""The slips of a figure's digits, read on digit strings: two digits swapped (412,650 / 421,650), one
digit inserted or dropped (9 / 19, 2,350 / 235), one changed or two swapped (typo_like). One place for
them, so that number-mismatch, its garbled-figure tests and date-mismatch's start dates read a slip alike."""
from __future__ import annotations


def swapped(a: str, b: str, adjacent: bool = True) -> bool:
    """``b`` is ``a`` with two digits exchanged (two neighbours, with ``adjacent``): 412 / 421."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and (not adjacent or diff[1] == diff[0] + 1) \
        and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def one_inserted(a: str, b: str) -> bool:
    """One digit inserted or dropped (9 / 19, 14 / 114, 2,350 / 235): the longer has two or more."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1 or len(long_) < 2:
        return False
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def typo_like(a: str, b: str) -> bool:
    """Digits that differ by one changed digit or two swapped ones (15.3/13.5, 14/16)."""
    if len(a) == len(b) == 2 and a != b and ({a[0], b[1]} == {"1", "0"} and a[1] == b[0]
                                          or {b[0], a[1]} == {"1", "0"} and b[1] == a[0]):
        return True  # fifteen / fifty, 13 / 30: a -teen heard or read as a -ty
    if len(a) < 2 or len(b) < 2 or len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return swapped(a, b, adjacent=False) or sorted(a) == sorted(b) and len(diff) <= 3

"""A surname standing alone that several people of the article share, written otherwise than all
of them write it ("Mahgoub" after the brothers Mohamed and Ali Mahjoub): whoever is meant, it is
misspelt against both, a name variant. Written as they write it, it stays quiet (which of them
is meant is not a spelling question); when they write it differently, nothing is said."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Court rules in graft case\n\nThe verdict came on Monday.\n\nPowered by automated translation\n\n"


def _names(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "name-variant"]


@pytest.mark.parametrize("a, b, later", [
    ("Mohamed Mahjoub", "Ali Mahjoub", "Mahgoub"),
    ("Omar Hegazy", "Tarek Hegazy", "Hegazi"),
    ("Samir al-Rajab", "Khaled al-Rajab", "Ragab"),
])
def test_misspelt_against_everyone_sharing_it(a, b, later):
    body = (f"The court sentenced {a}, a former official, to five years.\n\n"
            f"The court acquitted his brother, {b}.\n\n{later} said he would appeal the verdict.\n")
    assert _names(body) == [("error", later)]


@pytest.mark.parametrize("a, b, later", [
    ("Mohamed Mahjoub", "Ali Mahjoub", "Mahjoub"),
    ("Mohamed Mahjoub", "Ali Mahgoub", "Mahgoub"),
])
def test_written_as_one_of_them_is_quiet(a, b, later):
    body = (f"The court sentenced {a}, a former official, to five years.\n\n"
            f"The court acquitted a relative, {b}.\n\n{later} said he would appeal the verdict.\n")
    assert _names(body) == []

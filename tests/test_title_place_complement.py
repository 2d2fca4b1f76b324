"""A title whose capitalised complement names a place too ("Acting Director of UNRWA Affairs in the
West Bank Samer Odeh") still reaches the name after it: the links of the complement ("in the")
do not count towards its length, so the person keeps the title, and a later change of it is
found. A lower-case complement stays short: its links count."""
from __future__ import annotations

import pytest

import mtcheck

HEAD = "Clinics reopen after strike\n\nThe agency said services resume.\n\nPowered by automated translation\n\n"


def _ranks(body: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(HEAD + body).findings if f.rule == "rank-change"]


@pytest.mark.parametrize("first, later, severity", [
    ("Acting Director of UNRWA Affairs in the West Bank Samer Odeh", "Director of UNRWA Affairs Samer Odeh", "warning"),
    ("Deputy Governor of the Central Bank in the Kurdistan Region Karim Hassan", "Governor Karim Hassan", "error"),
    ("Acting Head of the WHO Office in the Gaza Strip Rania Khalil", "Head of the WHO Office Rania Khalil", "warning"),
])
def test_a_place_in_a_capitalised_complement_keeps_the_title(first, later, severity):
    body = (f"{first} said on Monday that 14 clinics had reopened in the camps.\n\n"
            f"{later} said more staff would return next week.\n")
    assert _ranks(body) == [(severity, later)]


def test_the_same_title_again_is_quiet():
    body = ("Acting Director of UNRWA Affairs in the West Bank Samer Odeh said on Monday that 14 clinics had "
            "reopened.\n\nActing Director Samer Odeh said more staff would return next week.\n")
    assert _ranks(body) == []


def test_a_long_lower_case_complement_does_not_reach_a_later_name():
    body = ("Samira Hadjadj, head of the emergency department at the university hospital in Tizi Ouzou, said "
            "doctors had treated 27 people.\n\nHadjadj said more patients were expected.\n")
    assert _ranks(body) == []


@pytest.mark.parametrize("first, later", [
    ("the Director-General of the Payments Department at the bank, Hussein Kadhim al-Tamimi,",
     "The Director of the Payments Department, Hussein al-Tamimi,"),
    ("the head of the legal department at the ministry, Hussein Kadhim al-Tamimi,",
     "The deputy head of the legal department, Hussein al-Tamimi,"),
    ("the director of the licensing office in the municipality, Samir Haddad,",
     "The assistant director of the licensing office, Samir Haddad,"),
])
def test_a_body_named_by_its_kind_in_lower_case_in_the_complement(first, later):
    body = (f"For his part, {first} said that 12 banks will be excluded.\n\n"
            f"{later} said inspection teams will visit next week.\n")
    assert _ranks(body) == [("error", later.rstrip(","))]

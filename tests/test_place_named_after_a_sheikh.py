"""A district named after a saint reads like a man with an honorific ("residents of Sheikh
Uthman"). After a place cue, when the honorific and the name together are a place the gazetteer
knows, the mention is the place (analysis/places.py, read_as_person), so its respelling is a
place-variant; a man with a surname stays a person."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _gating(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in mtcheck.check(MARK + body).findings if f.severity in ("error", "warning")]


def test_a_district_named_after_a_sheikh_respelled_is_a_place_variant():
    body = ("The security forces deployed today, Monday, in the Sheikh Othman district of Aden after clashes.\n\n"
            "Residents of Sheikh Uthman said that the shops opened in the afternoon.")
    assert _gating(body) == [("place-variant", "Sheikh Uthman")]


def test_the_same_district_written_alike_is_no_finding():
    body = ("The security forces deployed today, Monday, in the Sheikh Othman district of Aden after clashes.\n\n"
            "Residents of Sheikh Othman said that the shops opened in the afternoon.")
    assert _gating(body) == []


def test_a_man_with_the_honorific_and_a_surname_stays_a_person():
    body = ("The tribal elder Sheikh Othman Saleh al-Hakimi called today, Monday, for calm in Lahj.\n\n"
            "The delegation met in the house of Sheikh Uthman Saleh al-Hakimi in the evening.")
    assert [r for r, _ in _gating(body)] == ["name-variant"]

"""A definite event noun with one modifier ("the award ceremony, scheduled for Tuesday, October 6")
points back at the earlier event only where that event has the same modifier ("the Saudi
Publishers Award ceremony on Monday, October 5"): "the closing ceremony" is not "the opening
ceremony" (analysis/date_events.py, event_conflicts.py)."""
from __future__ import annotations

import mtcheck

MARK = "Book fair\n\nPowered by automated translation\n\n"


def _dates(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "date-mismatch"]


def test_the_same_modified_ceremony_on_another_day():
    body = ("Riyadh - The fair opens today, Thursday, October 1, 2026. The programme includes the Saudi "
            "Publishers Award ceremony on Monday, October 5, in which the awards will be distributed.\n\n"
            "The commission added that the award ceremony, scheduled for Tuesday, October 6, will be attended "
            "by officials.")
    assert _dates(body) == ["ceremony, scheduled for Tuesday, October 6"]


def test_another_modifier_names_another_ceremony():
    body = ("Riyadh - The fair opens today, Thursday, October 1, 2026. The programme includes the opening "
            "ceremony on Monday, October 5, in which the awards will be distributed.\n\n"
            "The commission added that the closing ceremony, scheduled for Saturday, October 10, will be "
            "attended by officials.")
    assert _dates(body) == []


SPRAYING = ("Dengue spreads in Kassala\n\nPowered by automated translation\n\n"
            "Kassala - The Ministry of Health said on Monday, August 18, 2025, that it had launched, on Sunday, "
            "August 17, 2025, a campaign of indoor and outdoor spraying targeting 45,000 houses.\n\n"
            "The director said that the {which} campaign, which started on Wednesday, August 20, will continue "
            "for three weeks.\n")


def test_a_modifier_the_first_dating_sentence_gives_after_its_noun():
    assert _dates(SPRAYING.format(which="spraying")) == ["campaign, which started on Wednesday, August 20"]


def test_a_modifier_the_first_dating_sentence_never_gives_is_another_campaign():
    assert _dates(SPRAYING.format(which="vaccination")) == []

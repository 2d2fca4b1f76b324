"""A unit of another named body ("the Investment Department at the Trade Bank of Iraq") that
shares one field word with a national body ("the National Investment Commission") is another
body; a body's own name written with another head word stays a variant."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _orgs(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "org-variant"]


def test_a_unit_of_another_body_is_no_variant():
    bodies = [
        "The projects were licensed with the National Investment Commission in Baghdad.\n\n"
        "The Director of the Investment Department at the Trade Bank of Iraq said the bank would finance them.",
        "The plan was approved by the National Health Authority on Monday.\n\n"
        "The head of the Health Department at the University of Tripoli welcomed it.",
        "The Public Works Authority signed the contract.\n\n"
        "An engineer from the Works Section at the Ministry of Defence attended.",
    ]
    for body in bodies:
        assert _orgs(body) == [], body


def test_one_body_with_another_head_is_still_a_variant():
    body = ("The General Directorate of Anti-Narcotics at the Ministry of Interior seized the shipment.\n\n"
            "The General Department of Anti-Narcotics said the investigation continues.")
    assert _orgs(body) == ["General Department of Anti-Narcotics"]

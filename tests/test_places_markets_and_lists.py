"""Places read where the development set's misses showed they were not: a market named after its
quarter ("the Shorja market"), a place whose first word is a body's word kept as written ("Port
Fouad" ... "the Port Fuad market"), a district named after a saint at the end of a list a place cue
opens or before a place head ("Sheikh Othman" ... "Sheikh Uthman market"), and French "th" for t
where the gazetteer knows both spellings as one town ("Thala" / "Tala")."""
from __future__ import annotations

import mtcheck

MARK = "Market news\n\nPowered by automated translation\n\n"


def _gating(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in mtcheck.check(MARK + body).findings if f.severity in ("error", "warning")]


def test_a_market_named_after_its_quarter_respelled():
    body = ("A fire broke out in a building in the Shorja market in central Baghdad.\n\n"
            "Police closed the roads leading to the Shurja market for several hours.")
    assert ("place-variant", "Shurja") in _gating(body)


def test_a_market_spelled_alike_is_no_finding():
    body = ("A fire broke out in a building in the Shorja market in central Baghdad.\n\n"
            "Police closed the roads leading to the Shorja market, and the Iraqi market for cloth reopened.")
    assert [r for r, _ in _gating(body) if r == "place-variant"] == []


def test_a_place_opening_with_a_body_word_respelled_before_a_noun():
    body = ("Prices rose in the Port Fouad district of the governorate, officials said.\n\n"
            "Traders in the Port Fuad market said bread was scarce.")
    assert ("place-variant", "Port Fuad") in _gating(body)


def test_a_body_word_with_another_word_is_no_place():
    body = ("Prices rose in the Port Fouad district of the governorate, officials said.\n\n"
            "The Port Authority said the ships were unloaded.")
    assert [r for r, _ in _gating(body) if r == "place-variant"] == []


def test_a_district_named_after_a_saint_closing_a_list():
    body = ("The first stage covers the districts of Crater, Khor Maksar and Sheikh Othman.\n\n"
            "The company will also restore the landlines in Sheikh Uthman market.")
    assert ("place-variant", "Sheikh Uthman") in _gating(body)


def test_french_th_for_t_where_the_gazetteer_knows_one_town():
    body = ("Fire broke out in the forest near the town of Thala in Kasserine on Monday.\n\n"
            "Residents of Tala said the fire reached the olive groves.")
    assert ("place-variant", "Tala") in _gating(body)

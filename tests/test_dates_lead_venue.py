"""The lead's event named again with its own verb and a venue the lead does not give ("launched this
morning, Sunday, the national campaign" ... "the campaign, which was launched last night at the
Prince Hamzah Hospital"): the venue is where that launch took place, so the other day is a
conflict (analysis/lead_backrefs.py, _other_after). Where the lead names its own place, another
place after the later day is another event ("arrived today at Latakia" ... "which arrived yesterday
in Tartus")."""
from __future__ import annotations

import mtcheck

MARK = "Campaign\n\nPowered by automated translation\n\n"


def _dates(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "date-mismatch"]


def test_the_lead_launch_put_on_the_night_before_at_a_venue():
    body = ("Amman - The Ministry of Health launched this morning, Sunday, the national campaign for "
            "vaccination against measles, which targets one million children.\n\n"
            "The minister said the campaign would last two weeks.\n\n"
            "The campaign, which was launched last night at the Prince Hamzah Hospital, is funded by UNICEF.")
    assert _dates(body) == ["The campaign, which was launched last night"]


def test_a_lead_with_its_own_place_keeps_another_place_apart():
    body = ("Latakia - The aid ship arrived today, Sunday, at Latakia port carrying 2,000 tonnes of flour.\n\n"
            "Officials said the ship, which arrived yesterday in Tartus, carried fuel.")
    assert _dates(body) == []

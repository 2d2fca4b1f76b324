"""A place whose name holds a word that is no name elsewhere ("Port Said": "said" is a verb) is
read whole when the gazetteer knows the whole name (analysis/places.py, _place), so a respelling
of it is a place-variant and the place is never read as "Port" alone."""
from __future__ import annotations

import mtcheck
from mtcheck import reader, segment
from mtcheck.analysis.document import Document

MARK = "Storm at sea\n\nPowered by automated translation\n\n"


def _places(body: str) -> list[str]:
    src = reader.from_text(MARK + body)
    doc = Document(text=src.view, sentences=segment.segment(src.view, soft_newlines=src.soft_newlines),
                   machine_translated=True)
    return [doc.text[n.start:n.end] for n in doc.places]


def _gating(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in mtcheck.check(MARK + body).findings if f.severity in ("error", "warning")]


def test_port_said_is_read_whole():
    assert "Port Said" in _places("The ship docked in Port Said on Monday after a storm in the Mediterranean.")


def test_port_said_respelled_is_a_place_variant():
    body = ("The Suez Canal Authority said today, Monday, that the ship docked in Port Said after the storm.\n\n"
            "Workers in Port Sayed said that the unloading will take two days.")
    assert _gating(body) == [("place-variant", "Port Sayed")]


def test_port_said_written_alike_is_no_finding():
    body = ("The Suez Canal Authority said today, Monday, that the ship docked in Port Said after the storm.\n\n"
            "Workers in Port Said said that the unloading will take two days.")
    assert _gating(body) == []


def test_a_known_prefix_never_drops_a_word_the_place_keeps():
    # "New Beni" is a town elsewhere; "New" is no name word, so the place is Beni Suef as written
    places = _places("The branch opened in the city of New Beni Suef to the east of the Nile on Monday.")
    assert "New Beni" not in places and any(p.endswith("Beni Suef") for p in places)

"""date-mismatch's linear-time shortcuts give the answers of the full scans they replace.

The event index (analysis/event_index.py) looks only at earlier dates that share an event word or
family and fall on another weekday; the first-conflict prefix (checks/date_mismatch._FirstConflict)
reads a family's events pairwise once. Both run here beside the full scan on the development
articles, one after another as in a long article, so a shortcut that drops a candidate fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck import reader, segment
from mtcheck.analysis import Document
from mtcheck.analysis.date_events import attach_events
from mtcheck.analysis.relative_days import relative_days, same_event
from mtcheck.analysis.event_index import EventIndex
from mtcheck.analysis.event_conflicts import conflict
from mtcheck.analysis.event_index import FirstConflict as _FirstConflict

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
DEV = ["articles", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"]  # scored blind already


@pytest.fixture(scope="module")
def doc() -> Document:
    paragraphs = [p for d in DEV for a in sorted((BENCH / d).glob("*.txt"))
                  for p in a.read_text(encoding="utf-8").split("\n") if p.strip()]
    src = reader.from_text("\n".join(paragraphs) + "\n")
    return Document(text=src.view, sentences=segment.segment(src.view, soft_newlines=src.soft_newlines),
                    machine_translated=True)


def test_the_event_index_finds_the_first_earlier_date_of_the_same_event(doc):
    days = relative_days(doc, lambda pos: False)
    dated = [m for m in doc.dates if m.weekday is not None and m.has_date and not m.shifted]
    assert len(days) >= 10 and len(dated) >= 50  # the articles hold enough of both to compare
    cache: dict = {}
    index = EventIndex(doc, cache)
    for m in dated:
        index.add(m)
    found = 0
    for d in days:
        def ok(r, d=d):
            return r.sentence != d.sentence and r.also_weekday != d.weekday
        full = next((r for r in dated if r.start < d.start and ok(r) and r.weekday != d.weekday
                     and same_event(doc, r, d, cache)), None)
        assert index.first_same_event(d, ok) is full
        found += full is not None
    relative = EventIndex(doc, cache)
    for k, d in enumerate(days):
        full = next((r for r in days[:k] if r.sentence != d.sentence and r.weekday != d.weekday
                     and same_event(doc, r, d, cache)), None)
        assert relative.first_same_event(d, lambda r, d=d: r.sentence != d.sentence) is full
        found += full is not None
        relative.add(d)
    assert found >= 1  # at least one event dated two ways is among them


def test_the_first_conflict_of_a_family_is_that_of_every_prefix(doc):
    families: dict[str, list] = {}
    for ev in attach_events(doc, doc.dates):
        families.setdefault(ev.family, []).append(ev)
    compared = 0
    for evs in families.values():
        shortcut = _FirstConflict(conflict, evs)
        for m in range(0, min(len(evs), 40) + 1):
            full = any(conflict(a.mention, b.mention) for a in evs[:m] for b in evs[:m])
            assert shortcut.within(m) == full
            compared += 1
    assert compared >= 50

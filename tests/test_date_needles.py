"""The sentences the date readers read (analysis/date_needles.py): only those a match can lie in."""
from __future__ import annotations

from mtcheck.analysis.date_needles import DATES, RELATIVE, sentences_holding
from mtcheck.analysis.dates import extract
from mtcheck.checks.base import Context
from mtcheck.segment import segment

TEXT = ("Floods hit Kassala\n\nThe rains fell for hours. The commission met on Tuesday, 4 November. "
        "Talks resumed on 2021-11-20. The dam held. The report of the 17th of this month was late. "
        "Residents said the river rose yesterday.")


def _ctx(text: str) -> Context:
    return Context(text=text, sentences=segment(text), machine_translated=False)


def test_only_sentences_that_name_a_date_are_read():
    ctx = _ctx(TEXT)
    read = [TEXT[s.start:s.end] for _, s in sentences_holding(ctx, DATES)]
    assert read == ["The commission met on Tuesday, 4 November.", "Talks resumed on 2021-11-20.",
                    "The report of the 17th of this month was late."]
    assert [TEXT[s.start:s.end] for _, s in sentences_holding(ctx, RELATIVE)] == [
        "Residents said the river rose yesterday."]


def test_the_filter_loses_no_date():
    # every mention the patterns find in the whole text lies in a sentence the filter keeps
    ms = extract(_ctx(TEXT))
    assert [TEXT[m.start:m.end] for m in ms] == ["Tuesday, 4 November", "2021-11-20", "the 17th of this month"]


def test_every_date_finding_of_a_long_article_survives_the_filter(monkeypatch):
    """The development articles as one long article: date-mismatch finds the same with the filter
    as when every sentence is read."""
    from pathlib import Path

    import mtcheck
    from mtcheck.analysis import date_needles, dates, day_offsets, past_events, relative_days, story_day, timed_days

    arts = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "articles").glob("*.txt"))[:60]
    text = "Dev articles\n\n" + "\n".join(p for a in arts for p in a.read_text(encoding="utf-8").split("\n") if p.strip())

    def findings():
        report = mtcheck.check(text, backend="none", select=["date-mismatch"])
        return [(f.start, f.end, f.message) for f in report.findings]

    fast = findings()
    every = lambda ctx, needles, sentences=None: (  # noqa: E731
        list(enumerate(ctx.sentences)) if sentences is None else list(sentences))
    for mod in (dates, day_offsets, past_events, relative_days, story_day, timed_days):
        monkeypatch.setattr(mod, "sentences_holding", every)
    assert date_needles.sentences_holding is not every
    assert findings() == fast and fast

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


def test_a_pattern_is_read_only_where_its_own_words_stand():
    """sentences_matchable: the needles come from the pattern (timeline's relative days, time_spans'
    lengths), in either case; sentences without them are left out, every match is kept."""
    from mtcheck.analysis import time_spans, timeline
    from mtcheck.analysis.date_needles import sentences_matchable

    text = ("Talks in Amman\n\nThe envoy arrived Yesterday after a Three-Day tour. The talks opened on "
            "Sunday. Officials met for a week. The council voted. TWO WEEKS AGO the border closed. "
            "A fortnight-long fair ended.")
    ctx = _ctx(text)
    for patterns in ((timeline._RELATIVE,), (time_spans._LENGTH, time_spans._A_WEEK)):
        kept = sentences_matchable(ctx, patterns)
        matched = {i for i, s in enumerate(ctx.sentences) for rx in patterns if rx.search(text, s.start, s.end)}
        assert matched and matched <= {i for i, _ in kept}
        assert "The council voted." not in [text[s.start:s.end] for _, s in kept]
    assert [text[s.start:s.end] for _, s in sentences_matchable(ctx, (timeline._RELATIVE,))] == [
        "The envoy arrived Yesterday after a Three-Day tour.", "Officials met for a week.",
        "TWO WEEKS AGO the border closed.", "A fortnight-long fair ended."]  # ("fortnight" holds "night": read, no match)


def test_timeline_and_lengths_of_a_long_article_survive_the_filter(monkeypatch):
    """The calendar's points and lengths over the development articles as one text: the same with
    the filter as when every content sentence is read."""
    from pathlib import Path

    from mtcheck.analysis import time_spans, timeline
    from mtcheck.analysis.dates import extract as dates_of

    arts = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "articles").glob("*.txt"))[:80]
    text = "Dev articles\n\n" + "\n".join(p for a in arts for p in a.read_text(encoding="utf-8").split("\n") if p.strip())
    ctx = _ctx(text)
    mentions = dates_of(ctx)

    def read():
        ranges = time_spans.ranges(ctx, mentions)
        return timeline._points(ctx, mentions, ranges, None), time_spans.lengths(ctx), ranges

    fast = read()
    every = lambda ctx, patterns, sentences=None: list(sentences)  # noqa: E731
    monkeypatch.setattr(timeline, "sentences_matchable", every)
    monkeypatch.setattr(time_spans, "sentences_matchable", every)
    assert read() == fast and all(fast)

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

"""What the check tests share: run some rules on an article without back-translation, check that
every finding's offsets give back its text (the JSON contract), and keep the findings that gate.
A test file names its rule and the headline it puts before its texts in a one-line helper of its own."""
from __future__ import annotations

import mtcheck
from mtcheck.analysis.quantities import extract_sentence

GATING = ("error", "warning")


def gating(text: str, *rules: str) -> list:
    """The gating findings of ``rules`` on ``text``, each one's offsets checked."""
    report = mtcheck.check(text, backend="none", select=list(rules))
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f for f in report.findings if f.severity in GATING]


def gating_texts(text: str, *rules: str) -> list[str]:
    """The flagged spans: ["21 people"]."""
    return [f.text for f in gating(text, *rules)]


def gating_severities(text: str, *rules: str) -> list[tuple[str, str]]:
    """The flagged spans with their severities: [("21 people", "error")]."""
    return [(f.text, f.severity) for f in gating(text, *rules)]


def only_quantity(sentence: str):
    """The one quantity a sentence holds (the test fails if it holds none or several)."""
    qs = extract_sentence(sentence, 0, len(sentence))
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]

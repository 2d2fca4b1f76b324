"""number-mismatch: one figure given twice with two digits transposed, the second mention named with
other words ('1,250,000 dirhams in cash' ... 'the sum of 1.52 million dirhams seized'; 'three contracts
with a total value of 7.4 billion dinars' ... 'the three contracts, which reached the 4.7 billion dinars'),
with look-alikes that must stay quiet (another amount, a part of several)."""
from __future__ import annotations

import mtcheck


def flagged(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["number-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


SEIZURE = ("Police dismantle a drug network in Fes\n\nA statement of the security services said the operation "
           "led to the seizure of two tonnes of cannabis resin, in addition to {a} dirhams in cash and four "
           "vehicles.\n\nThe suspects were referred to the public prosecution.\n\nThe investigations also showed "
           "that the sum of {b} dirhams seized in the houses of the suspects came from the sale of the drugs.\n")


def test_digits_reordered_across_a_scale_word():
    assert flagged(SEIZURE.format(a="1,250,000", b="1.52 million")) == ["1.52 million dirhams"]
    assert flagged(SEIZURE.format(a="1.52 million", b="1,250,000")) == ["1,250,000 dirhams"]
    # the same figure written two ways, and a figure that is no reordering of it
    assert flagged(SEIZURE.format(a="1,250,000", b="1.25 million")) == []
    assert flagged(SEIZURE.format(a="1,250,000", b="1.6 million")) == []
    # two significant digits on two scales are too often two amounts
    assert flagged(SEIZURE.format(a="1,200,000", b="2.1 million")) == []


CONTRACTS = ("Court convicts port official\n\nThe commission said the convicted official approved three dredging "
             "contracts with a total value of 7.4 billion dinars despite the failure of the company to complete "
             "the works.\n\nThe court ordered his imprisonment for seven years.\n\nThe commission stressed that "
             "the damage in {b} reached 4.7 billion dinars, which the court ordered to be recovered.\n")


def test_two_totals_over_the_same_several_things():
    assert flagged(CONTRACTS.format(b="the three contracts")) == ["4.7 billion dinars"]
    # two of the contracts, then three: a total over more of them, not the figure restated
    assert flagged(CONTRACTS.replace("three dredging", "two dredging").format(b="the three contracts")) == []
    assert flagged(CONTRACTS.replace("7.4 billion", "6.2 billion").format(b="the three contracts")) == []

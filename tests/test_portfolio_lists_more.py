"""A minister's portfolio written as a list closes the title before the name: more portfolio
words (Employment, Municipalities, Vocational Training, Mines, Martyrs...) are data, so that
"The Minister of Labour, Employment and Social Security, X" is no person named "Employment"."""
from __future__ import annotations

import mtcheck

MARK = "Powered by automated translation\n\n"


def _ranks(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings if f.rule == "rank-change"]


def test_a_listed_portfolio_keeps_the_title_with_its_holder():
    cases = [
        ("The Minister of Labour, Employment and Social Security, Mohamed Larbi Hamidi, launched a campaign.\n\n"
         "The Deputy Minister, Hamidi, instructed the inspectors.", "The Deputy Minister, Hamidi"),
        ("The Minister of Construction, Housing, Municipalities and Public Works, Dr. Bangen Rikani, visited Mosul.\n\n"
         "Deputy Minister of Construction Dr. Bangen Rikani said the houses were ready.",
         "Deputy Minister of Construction Dr. Bangen Rikani"),
        ("The Minister of Energy, Mines and Renewable Energy, Salem Ould Khattri, opened the plant.\n\n"
         "The Secretary-General of the ministry, Ould Khattri, said output would double.",
         "The Secretary-General of the ministry, Ould Khattri"),
    ]
    for body, flagged in cases:
        assert flagged in _ranks(body), body


def test_the_same_post_written_again_is_quiet():
    body = ("The Minister of Labour, Employment and Social Security, Mohamed Larbi Hamidi, launched a campaign.\n\n"
            "Minister Hamidi instructed the inspectors.")
    assert _ranks(body) == []

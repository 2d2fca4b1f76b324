"""date-mismatch: one draft budget given two fiscal years (analysis/budget_years.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


BUDGET = ("Cabinet approves the budget\n\n"
          "Amman - The Council of Ministers approved, in its session held today, the draft general budget law for "
          "the fiscal year 2027, with a deficit of 2.3 percent of the gross domestic product.\n"
          "The minister said revenues will rise by 8 percent from the re-estimated figures of 2026.\n"
          "{later}\n")


@pytest.mark.parametrize("later,flag", [
    ("He added that the draft budget of 2028 raises the salaries of the retirees.", "draft budget of 2028"),
    ("He added that the 2028 draft budget raises the salaries of the retirees.", "2028 draft budget"),
    ("He added that the draft budget for the fiscal year 2026/2027 raises the salaries.", None),  # one year shared
    ("He added that the draft budget of 2027 raises the salaries of the retirees.", None),
    ("He added that the budget of 2026 was in deficit.", None),            # this year's budget, no draft
    ("He added that the ministry will begin preparing the draft budget for 2028 in the spring.", None),  # a plan
    ("He added that, unlike the 2026 draft budget, it raises the salaries.", None),  # a comparison
    ("He added that last year's draft budget for 2026 was rejected by the deputies.", None),
    ('"The draft budget of 2028 is realistic," he said.', None),              # quoted
])
def test_one_draft_budget_two_years(later, flag):
    assert texts(BUDGET.format(later=later)) == ([flag] if flag else [])

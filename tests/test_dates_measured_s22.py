"""date-mismatch, from session 22's rounds: a story that writes no Gregorian year takes its year from
its Hijri date (date_years.infer_from_hijri)."""
from __future__ import annotations

import pytest
from checking import gating_texts

HEAD = "Refinery\n\nPowered by automated translation\n\n"


@pytest.mark.parametrize("hijri,flag", [
    ("21 Ramadan 1447 AH", ["Tuesday, March 4"]),   # 10 March 2026: March 4, 2026 was a Wednesday
    ("21 Ramadan 1446 AH", []),                      # 21 March 2025: March 4, 2025 was a Tuesday
])
def test_a_year_less_weekday_read_in_the_hijri_date_s_year(hijri, flag):
    body = (f"The company said in a statement issued on {hijri} that the new units entered service.\n\n"
            "The Council of Ministers had approved the financing at its session last Tuesday, March 4.")
    assert gating_texts(HEAD + body + "\n", "date-mismatch") == flag

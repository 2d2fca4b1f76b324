"""date-mismatch: an event's end said twice ("the extension will end on Sunday, November 30" ... "the
extension, which ends on December 1") is compared with ends only (event_days.toml [phases] end)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


_EXTENSION = ("Vaccination campaign extended\n\n"
              "Powered by automated translation\n\n"
              "Amman - The Ministry of Health announced this morning, Sunday, November 23, 2025, the extension of "
              "the national campaign against measles for an additional week.\n"
              "The minister said that the extension will end on Sunday, November 30, in all governorates.\n"
              "The director of primary health care said that the teams will work in two shifts during {later}, "
              "and that mobile teams will visit the camps.\n")


@pytest.mark.parametrize("later,flag", [
    ("the extension, which ends on December 1", "the extension, which ends on December 1"),
    ("the extension, which ends on November 30", None),
    ("the extension, which starts on November 24", None),   # its start: another moment
    ("the school term, which ends on December 1", None),    # another thing's end
])
def test_one_end_said_two_ways(later, flag):
    assert texts(_EXTENSION.format(later=later)) == ([flag] if flag else [])

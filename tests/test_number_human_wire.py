"""number-mismatch in edited wire copy (a dateline, no machine-translation marker): shown as info,
never gating; the same text marked as machine-translated still gates."""
from __future__ import annotations

import mtcheck

BODY = ("Sudan moves inmates after escape attempt\n\n"
        "Police say 41 inmates who broke out have been recaptured\n\n"
        "{dateline}Sudanese authorities began moving about 300 inmates from the prison in Kosti after an escape "
        "attempt, the Interior Ministry said on Wednesday.\n\n"
        "The director of prisons said 49 inmates broke out of the prison on Friday night after setting fire "
        "to a storeroom.\n")


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in mtcheck.check(text).findings if f.rule == "number-mismatch"]


def test_in_wire_copy_a_number_finding_is_info():
    found = _numbers(BODY.format(dateline="KHARTOUM (Reuters) - "))
    assert found and all(sev == "info" for sev, _ in found)


def test_in_machine_translated_copy_the_same_finding_gates():
    text = BODY.format(dateline="").replace("\n\n", "\n\nPowered by automated translation\n\n", 1)
    assert ("error", "49 inmates") in _numbers(text)

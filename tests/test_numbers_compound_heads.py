"""What a number counts when the noun comes after a describing word: a singular noun that ends in -is
or -us ('dialysis', 'tuberculosis', 'crisis', 'bus') is no plural that ends the phrase ('sixteen dialysis
machines' counts machines), and a participle before a plural noun describes it ('23 wooden coloured
coffins', '40 hand painted signs') where after the noun it is a verb ('two men wanted by the police')."""
from __future__ import annotations

import pytest

from checking import gating_texts, only_quantity
from mtcheck.analysis.units import stem


@pytest.mark.parametrize("sentence, noun", [
    ("The ministry delivered sixteen dialysis machines to the hospital.", "machines"),
    ("The directorate opened 14 tuberculosis clinics in the south.", "clinics"),
    ("The council set up three crisis centres after the floods.", "centres"),
    ("The mission uncovered 23 wooden coloured coffins in the tombs.", "coffins"),
    ("Workers fixed 40 hand painted signs along the road.", "signs"),
])
def test_the_counted_noun_after_a_describing_word(sentence, noun):
    assert stem(noun) in only_quantity(sentence).head


def test_a_participle_after_the_noun_is_still_a_verb():
    q = only_quantity("Police are looking for two men wanted in the robbery.")
    assert stem("men") in q.head and stem("wanted") not in q.head


HEAD = "Powered by automated translation\n\n"


def test_the_machines_restated_as_a_ten():
    text = ("Assiut hospital opens\n\n" + HEAD + "The new hospital received sixteen dialysis machines from the "
            "ministry on Sunday.\n\nThe director said the 60 machines in the kidney unit will serve the patients "
            "of three governorates.\n")
    assert gating_texts(text, "number-mismatch") == ["60 machines"]

"""number-mismatch: a sentence about a separate case puts its figures on another occasion."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


FLOUR = ("Inspectors seize diverted flour in Sohag\n\n"
         "Supply inspectors seized 38 tonnes of subsidised flour that had been diverted from bakeries to the "
         "black market in Sohag, the ministry said on Wednesday.\n\n"
         "The ministry said 83 tonnes of flour had been seized {where}.\n")


def test_digits_of_a_separate_case_are_no_slip():
    assert flagged(FLOUR.format(where="in a separate case in Minya in March")) == []
    assert flagged(FLOUR.format(where="in Minya, in a case unrelated to the Sohag one")) == []


def test_digits_reordered_in_the_same_case_are_a_slip():
    assert flagged(FLOUR.format(where="in the Sohag raid")) == ["83 tonnes"]


def test_a_separate_statement_is_the_same_case():
    text = ("Captagon pills seized at al-Qaim\n\n"
            "Border guards seized 1.2 million Captagon pills hidden in a lorry at the al-Qaim crossing on Tuesday.\n\n"
            "The drug directorate said in a separate statement that the 1.6 million pills seized on Tuesday "
            "would be destroyed.\n")
    assert flagged(text) == ["1.6 million pills"]

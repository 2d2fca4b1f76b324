"""mistranslation (MT204): an Arabic company's name rendered as its dictionary meaning inside the
company's translated name ("The Star Company for Insurance Services" for Najm), an error as for a
person's name; the generic words of company names ("the General Company for Ports") pass."""
from __future__ import annotations

import mtcheck

HEAD = "Headline\n\nPowered by automated translation\n\n"


def errors(text: str) -> list[str]:
    report = mtcheck.check(HEAD + text, backend="none", select=["mistranslation"])
    return [f.text for f in report.findings if f.severity == "error"]


def test_a_company_name_rendered_as_its_meaning():
    text = ("The Star Company for Insurance Services teams attended the site to assess the damage "
            "to the vehicles.")
    assert errors(text) == ["Star"]


def test_generic_words_of_company_names_pass():
    text = ("The General Company for Ports and the National Company for Cement signed the deal; "
            "The Star newspaper reported it.")
    assert errors(text) == []

"""Sentence splitting and parts (headline, standfirst, caption, credit, marker, body).

The seed article is checked sentence by sentence: the boundaries below are where a
reader puts them, and every sentence's offsets are located in the raw file
independently of the splitter.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import mtcheck
from mtcheck.segment import segment, split_blocks, split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_0d5765ec9c3f1855.txt"
NBSP = "\u00a0"

# The seed as a reader splits it. NBSPs in the file are written as plain spaces here;
# the test maps them back (NBSP -> space keeps every offset).
SEED_SENTENCES = [
    ("headline", "Iraq tightens border security with Syria to halt ISIS movement"),
    ("standfirst", "ISIS and drug smuggling to be reduced, says military"),
    ("caption", "Deputy commander of Iraq's Joint Operations Command, Lieutenant-General Abdul Amir "
                "al-Shammari meets Iraqi troops at Al-Qaim, Iraq January 18, 2021."),
    ("caption", "Picture taken January 18, 2021."),
    ("credit", "REUTERS/John Davison"),
    ("marker", "Powered by automated translation"),
    ("body", "Iraq is taking steps to halt the movement of ISIS militants and drug smuggling along "
             "its border with Syria by imposing new security measures."),
    ("body", "The 600-kilometre border between the two countries is controlled by a variety of forces, "
             "including the Iraqi military, Syrian army, US-backed Kurdish forces, Iran-backed militias "
             "and rebels who are anti-government."),
    ("body", "\u201cOne of the biggest challenges is there\u2019s no one single or unified security partner "
             "on the Syrian side,\u201d Lt Gen Abdul Amir Al Shammari told Reuters."),
    ("body", "The main issue, Gen Al Shammari said, is coming from Syria."),
    ("body", "The Iraqi side is more secure because it is under control of state forces."),
    ("body", "As tensions increased between Washington and Tehran the border was seen as a hot spot that "
             "is intensifying owing to the presence of ISIS and Turkish pressure on Kurdish fighters."),
    ("body", "Iraqi army spokesman Brig Gen Yahya Rasool, said on Monday that the army is exerting all "
             "efforts to ensure that borders with Syria are secure after orders from Prime Minister "
             "Mustafa Al Kadhimi."),
    ("body", "Gen Rasool said security forces are focusing their operations on north-east Syria, where "
             "they believe ISIS militants are hiding."),
    ("body", "\u201cSo far we have seen positive results,\u201d he said."),
    ("body", "Security experts believe that controlling the border with Syria is a cause for concern for "
             "the Iraqi government."),
    ("body", "\"The 600km border requires constant monitoring but Iraq has launched various operations "
             "since last year to control the borders,\" chief of Iraq Institute for Strategic Studies and "
             "security expert Moataz Moheddin said."),
    ("body", "Co-ordination between Baghdad and Damascus is needed to ensure the safety of borders, he "
             "said, especially because the Syrian army does not control the majority of its borders."),
    ("body", "On Wednesday, Iraq\u2019s intelligence service said it arrested three ISIS fighters in an "
             "undercover operation in the northern province of Kirkuk."),
    ("body", "Despite the government announcing victory over ISIS in 2017, remnants and cells of the group "
             "still regularly stage hit-and-run attacks or plant explosives across the country."),
    ("body", "This week, authorities seized drugs and unlicensed weapons belonging to a criminal network "
             "in Baghdad."),
    ("body", "Nearly 20 drug dealers were arrested for running a network in the capital and other cities "
             "across the country."),
    ("body", "Authorities said that seven kilograms of drugs were seized, including crystal meth, hashish "
             "and marijuana."),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def seed_report():
    return mtcheck.check_file(SEED)


def test_seed_file_has_the_features_the_tests_rely_on(seed_text):
    # NBSPs inside "Lt Gen Abdul", "Brig Gen Yahya"; caption and marker on adjacent lines
    assert f"Lt Gen{NBSP}Abdul" in seed_text
    assert f"Brig{NBSP}Gen{NBSP}Yahya" in seed_text
    assert "REUTERS/John Davison\nPowered by automated translation\n" in seed_text


def test_seed_sentences_are_where_a_reader_puts_them(seed_text, seed_report):
    plain = seed_text.replace(NBSP, " ")  # same length, so offsets carry over
    assert len(plain) == len(seed_text)
    expected, pos = [], 0
    for part, sentence in SEED_SENTENCES:
        start = plain.index(sentence, pos)
        end = start + len(sentence)
        expected.append((start, end, seed_text[start:end], part))
        pos = end
    got = [(s.start, s.end, s.text, s.part) for s in seed_report.sentences]
    assert got == expected
    assert [s.index for s in seed_report.sentences] == list(range(len(SEED_SENTENCES)))


def test_seed_offsets_are_exact(seed_text, seed_report):
    for s in seed_report.sentences:
        assert seed_text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
    for f in seed_report.findings:
        assert seed_text[f.start:f.end] == f.text


def test_seed_parts(seed_report):
    parts = [s.part for s in seed_report.sentences]
    assert parts[:6] == ["headline", "standfirst", "caption", "caption", "credit", "marker"]
    assert set(parts[6:]) == {"body"}
    credit = next(s for s in seed_report.sentences if s.part == "credit")
    assert credit.text == "REUTERS/John Davison"


def test_seed_nbsp_does_not_break_titles(seed_report):
    texts = [s.text for s in seed_report.sentences]
    assert any(f"Lt Gen{NBSP}Abdul Amir Al Shammari told Reuters." in t for t in texts)
    assert any(f"spokesman{NBSP}Brig{NBSP}Gen{NBSP}Yahya Rasool" in t for t in texts)
    # no sentence is a bare title
    assert not any(t.rstrip(".") in ("Lt Gen", "Gen", "Brig", "Brig Gen") for t in texts)


def _split(text: str) -> list[str]:
    spans = split_sentences(text, 0, len(text))
    for s, e in spans:
        assert 0 <= s < e <= len(text)
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize("text, expected", [
    # ranks and titles, with and without a full stop
    ("Lt Gen Abdul Amir spoke. He left.", ["Lt Gen Abdul Amir spoke.", "He left."]),
    ("Brig. Gen. Yahya Rasool said it. Mr. Smith agreed.",
     ["Brig. Gen. Yahya Rasool said it.", "Mr. Smith agreed."]),
    ("Maj. Gen. Ali and Col. Hassan met. They talked.", ["Maj. Gen. Ali and Col. Hassan met.", "They talked."]),
    ("Lt. Col. Smith arrived. He waited.", ["Lt. Col. Smith arrived.", "He waited."]),
    ("Mr Smith said so. Mrs. Jones did not.", ["Mr Smith said so.", "Mrs. Jones did not."]),
    ("Sen. Jones, Rep. Smith and Gov. Brown met. No deal.",
     ["Sen. Jones, Rep. Smith and Gov. Brown met.", "No deal."]),
    ("Health Minister Dr. Hala Mansour spoke. She left.", ["Health Minister Dr. Hala Mansour spoke.", "She left."]),
    ("John F. Kennedy was president. He died.", ["John F. Kennedy was president.", "He died."]),
    # dotted acronyms: inside a sentence and at its end
    ("The U.S. military left. The U.S. Army said no.", ["The U.S. military left.", "The U.S. Army said no."]),
    ("He lives in the U.S. He works there.", ["He lives in the U.S.", "He works there."]),
    ("U.S. officials met. They left.", ["U.S. officials met.", "They left."]),
    ("At 10 a.m. The meeting began.", ["At 10 a.m.", "The meeting began."]),
    # dates and numbers
    ("It happened on Jan. 18. A new day began.", ["It happened on Jan. 18.", "A new day began."]),
    ("It happened on Jan. 18, 2021, in Baghdad. Then more.", ["It happened on Jan. 18, 2021, in Baghdad.", "Then more."]),
    ("The vote was on Sept. 3. It passed.", ["The vote was on Sept. 3.", "It passed."]),
    ("He is No. 1 in the world. He knows it.", ["He is No. 1 in the world.", "He knows it."]),
    ("It ended in Dec. The end.", ["It ended in Dec.", "The end."]),
    ("Growth was 2.5 per cent. Prices rose 3.7%.", ["Growth was 2.5 per cent.", "Prices rose 3.7%."]),
    ("It cost $3.5 million. That is a lot.", ["It cost $3.5 million.", "That is a lot."]),
    ("Turnout was 38.6 per cent of 41,300 voters. It rose.", ["Turnout was 38.6 per cent of 41,300 voters.", "It rose."]),
    # quotes
    ('"We will win," he said. "They will lose."', ['"We will win," he said.', '"They will lose."']),
    ('"We will win." He said so.', ['"We will win."', "He said so."]),
    ("He said: \u201cIt is over.\u201d Then he left.", ["He said: \u201cIt is over.\u201d", "Then he left."]),
    ("\u201cSo far we have seen positive results,\u201d he said. Others agreed.",
     ["\u201cSo far we have seen positive results,\u201d he said.", "Others agreed."]),
    ("He said 'no.' She agreed.", ["He said 'no.'", "She agreed."]),
    ("(This is an aside.) Next one.", ["(This is an aside.)", "Next one."]),
    # other terminal marks
    ("What? No way! Yes.", ["What?", "No way!", "Yes."]),
    ("Wait... Then it happened.", ["Wait...", "Then it happened."]),
    # a lower-case word after a full stop does not start a sentence
    ("Visit example.com today. Or not.", ["Visit example.com today.", "Or not."]),
    ("He came from St. Petersburg. I did not.", ["He came from St. Petersburg.", "I did not."]),
])
def test_split_sentences(text, expected):
    assert _split(text) == expected


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u2002", "\u2003", "\u3000", "\u00a0\u00a0", " \u00a0"])
def test_unicode_spaces_between_sentences(space):
    text = f"Iraq is taking steps.{space}The border is long."
    assert _split(text) == ["Iraq is taking steps.", "The border is long."]


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u3000"])
def test_unicode_spaces_inside_titles_and_dates(space):
    text = f"Lt{space}Gen{space}Ali met Brig.{space}Gen.{space}Rasool on Jan.{space}18. They agreed."
    assert _split(text) == [text[:text.index("They") - 1], "They agreed."]


def test_sentence_offsets_inside_a_larger_text():
    text = "XX  First one. Second one!  YY"
    spans = split_sentences(text, 2, len(text) - 2)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!"]
    assert spans[0][0] == 4


def _parts(text: str, soft_newlines: bool = False) -> list[tuple[str, str]]:
    segs = segment(text, soft_newlines=soft_newlines)
    for s in segs:
        assert text[s.start:s.end].strip() == text[s.start:s.end]
    return [(s.part, text[s.start:s.end]) for s in segs]


def test_caption_without_full_stop_before_a_credit_line():
    text = ("Iraq tightens border security\n"
            "Troops patrol the border near Al-Qaim\n"
            "REUTERS/John Davison\n"
            "Iraq is taking steps. More steps follow.\n")
    assert _parts(text) == [
        ("headline", "Iraq tightens border security"),
        ("caption", "Troops patrol the border near Al-Qaim"),
        ("credit", "REUTERS/John Davison"),
        ("body", "Iraq is taking steps."),
        ("body", "More steps follow."),
    ]


def test_caption_without_full_stop_with_credit_on_the_same_line():
    text = ("Iraq tightens border security\n\n"
            "Troops patrol the border near Al-Qaim AP Photo/Tarek Samir\n\n"
            "Iraq is taking steps. More steps follow.\n")
    assert _parts(text) == [
        ("headline", "Iraq tightens border security"),
        ("caption", "Troops patrol the border near Al-Qaim"),
        ("credit", "AP Photo/Tarek Samir"),
        ("body", "Iraq is taking steps."),
        ("body", "More steps follow."),
    ]


def test_slash_in_a_body_sentence_is_not_a_credit():
    text = "Talks at the U.S./Mexico border\n\nOfficials met on the U.S./Mexico border. They left.\n"
    parts = [p for p, _ in _parts(text)]
    assert "credit" not in parts and "caption" not in parts


def test_headline_standfirst_caption_credit_marker_body():
    text = ("Egypt launches polio drive\n\n"
            "Health teams go door to door in four-day campaign\n\n"
            "A health worker gives drops to a child in Giza. Picture taken October 29, 2023. AFP/Waleed Qaid\n"
            "POWERED BY AUTOMATED TRANSLATION\n\n"
            "Egypt began a campaign on Sunday. Dr Hala Mansour said so.\n")
    assert _parts(text) == [
        ("headline", "Egypt launches polio drive"),
        ("standfirst", "Health teams go door to door in four-day campaign"),
        ("caption", "A health worker gives drops to a child in Giza."),
        ("caption", "Picture taken October 29, 2023."),
        ("credit", "AFP/Waleed Qaid"),
        ("marker", "POWERED BY AUTOMATED TRANSLATION"),
        ("body", "Egypt began a campaign on Sunday."),
        ("body", "Dr Hala Mansour said so."),
    ]


def test_marker_line_inside_a_markdown_paragraph_is_its_own_sentence():
    text = ("Headline here\n\n"
            "Troops at Al-Qaim. Picture taken January 18, 2021. REUTERS/John Davison\n"
            "Powered by automated translation\n\n"
            "Body one. Body two.\n")
    parts = _parts(text, soft_newlines=True)
    assert ("credit", "REUTERS/John Davison") in parts
    assert ("marker", "Powered by automated translation") in parts


def test_plain_text_hard_wrapped_lines_join_but_markdown_lines_split_on_blank_lines():
    text = "Headline\nIraq is taking steps to halt\nthe movement of militants. More follows.\n"
    assert _parts(text)[1:] == [("body", "Iraq is taking steps to halt\nthe movement of militants."),
                                ("body", "More follows.")]
    md = "Headline\n\nFirst line of a paragraph\nSecond Line. Two.\n"
    assert split_blocks(md, soft_newlines=True) == [(0, 8), (10, len(md) - 1)]


def test_crlf_and_bom_are_not_part_of_sentences():
    text = "\ufeffHeadline here\r\n\r\nBody one. Body two.\r\n"
    parts = _parts(text)
    assert parts == [("headline", "Headline here"), ("body", "Body one."), ("body", "Body two.")]


def test_single_paragraph_is_body():
    assert _parts("Iraq is taking steps. More steps follow.") == [
        ("body", "Iraq is taking steps."), ("body", "More steps follow.")]

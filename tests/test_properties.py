"""Property-based tests (hypothesis) over generated plain text, Markdown and HTML articles.

For every generated input: the check ends in a report or in MtcheckError (nothing else
escapes), and every sentence, finding and related span satisfies text[start:end] == text.
The same input gives byte-identical JSON whatever PYTHONHASHSEED is.

Profiles: "ci" (the default: a few hundred examples per strategy, well under a minute) and
"fuzz" (many examples, for a developer to run for minutes):

    MTCHECK_HYPOTHESIS_PROFILE=fuzz MTCHECK_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_properties.py
    .venv/bin/python benchmarks/fuzz.py --minutes 10        # the same, with a time budget
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mtcheck
from mtcheck.reader import decode

ROOT = Path(__file__).resolve().parents[1]

settings.register_profile("ci", max_examples=200, deadline=None, database=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=int(os.environ.get("MTCHECK_FUZZ_EXAMPLES", "20000")),
                          deadline=None, suppress_health_check=list(HealthCheck))
PROFILE = settings.get_profile(os.environ.get("MTCHECK_HYPOTHESIS_PROFILE", "ci"))

# ------------------------------------------------------------------ strategies

# Pieces of news prose that exercise the analyses: ranks, names in several spellings, numbers,
# dates, abbreviations, quotes, the marker, credits, odd spaces.
WORDS = st.sampled_from([
    "Lt Gen", "Lt.-Gen.", "Maj Gen", "Brig. Gen.", "Gen", "Mr", "Dr.", "Colonel", "Deputy Health Minister",
    "Abdul Amir", "Rasool", "Rasoul", "al-Shammari", "Al Shammari", "Kadhimi", "Kazimi", "Ras Lanuf",
    "Interior Ministry", "Ministry of Interior", "AGOCO", "Agoco", "U.S.", "a.m.", "Jan. 18", "No. 5",
    "January 18, 2021", "18 January 2021", "600km", "600 km", "1,200", "3.5", "1, ", "7", "2000 troops",
    "seven kilograms", "18,000 pills", "said", "the", "the", "border", "is", "long", "troops", "patrol",
    "REUTERS/John Davison", "Photo: Ali Haider", "Powered by automated translation", "\u201cquote\u201d",
    "'s", "(", ")", ",", ".", ". ", "? ", "!", "\u2026", "\u00a0", "\u200b", "\ufeff", "\t", "\r\n", "\n",
    "\n\n", "-", "\u2013", "%", "$", "é", "\u0627\u0644\u0639\u0631\u0627\u0642", "\U0001f600",
])
PROSE = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=60).map(" ".join)
TEXT = st.one_of(PROSE, st.text(max_size=200))

MD_LINE = st.one_of(
    PROSE,
    st.tuples(st.sampled_from(["# ", "## ", "> ", "- ", "* ", "1. ", "   ", "---", "***", ""]), PROSE).map("".join),
    st.tuples(PROSE, st.sampled_from(["**", "__", "*", "_", "`", "~~", "[", "](", ")", "![", "<!--", "-->"]),
              PROSE).map("".join),
    st.builds(lambda a, b: f"[{a}](http://x/{b})", PROSE, st.text(max_size=5)),
)
MARKDOWN = st.tuples(
    st.sampled_from(["", "---\nmachine_translated: true\n---\n", "---\ntitle: x\n", "\ufeff"]),
    st.lists(MD_LINE, max_size=12).map("\n".join),
).map("".join)

TAG = st.sampled_from(["p", "div", "article", "header", "footer", "nav", "script", "style", "h1", "br", "b",
                       "a", "figcaption", "meta", "svg", "template", "li", "span", "aside"])
HTML_PIECE = st.one_of(
    PROSE,
    TAG.map(lambda t: f"<{t}>"), TAG.map(lambda t: f"</{t}>"), TAG.map(lambda t: f"<{t}/>"),
    st.builds(lambda t, v: f'<{t} class="{v}" data-x=\'{v}\'>', TAG, st.text(max_size=5)),
    st.sampled_from(["&amp;", "&eacute;", "&#233;", "&#x627;", "&nbsp;", "&bogus;", "&", "&#", "<", ">",
                     "<!--", "-->", "<!-- c -->", "<![CDATA[ x ]]>", "<![ x", "<![foo[ y ]]>", "<![>",
                     "<![if !IE]>", "<![endif]>", "<!DOCTYPE html>", "<!x", "<?xml version='1.0'?>", "</",
                     "<meta name=\"machine-translated\" content=\"true\">", "\r\n", "\n\n"]),
    st.text(alphabet="<>!&#;[]/=\"' -x", max_size=12),
)
HTML = st.lists(HTML_PIECE, max_size=40).map(lambda parts: "<html><body>" + "".join(parts))


# ------------------------------------------------------------------ properties

def check_or_input_error(text: str, fmt: str | None):
    try:
        return mtcheck.check(text, format=fmt)
    except mtcheck.MtcheckError:
        return None  # the one exception allowed to escape


def assert_exact_offsets(text: str, report) -> None:
    for s in report.sentences:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start:s.end] == s.text
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text, (f.rule, f.start, f.end)
        for r in f.related:
            assert text[r.start:r.end] == r.text, (f.rule, r.start, r.end)
    assert report.document.characters == len(text)


def _offsets_property(text: str, fmt: str | None) -> None:
    report = check_or_input_error(text, fmt)
    if report is not None:
        assert_exact_offsets(text, report)
        report.to_json()


@PROFILE
@given(TEXT)
def test_plain_text(text):
    _offsets_property(text, "text")


@PROFILE
@given(TEXT)
def test_format_guessed_from_the_content(text):
    _offsets_property(text, None)


@PROFILE
@given(MARKDOWN)
def test_markdown(text):
    _offsets_property(text, "markdown")


@PROFILE
@given(HTML)
def test_html(text):
    _offsets_property(text, "html")


@PROFILE
@given(st.one_of(st.binary(max_size=300), TEXT.map(lambda t: t.encode("utf-16")),
                 HTML.map(lambda t: t.encode("utf-8"))))
def test_bytes_end_in_a_report_or_an_input_error(data):
    try:
        report = mtcheck.check(data)
    except mtcheck.MtcheckError:
        return
    assert_exact_offsets(decode(data), report)


_DUMP = "import sys, mtcheck; sys.stdout.write(mtcheck.check(open(sys.argv[1], encoding='utf-8').read(), " \
        "format=sys.argv[2]).to_json())"
_SAMPLES = [
    ("text", (ROOT / "seeds" / "000_0d5765ec9c3f1855.txt").read_text(encoding="utf-8")),
    ("text", "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "articles").glob("*.txt"))[:4])),
    ("markdown", "---\nmachine_translated: true\n---\n# Iraq tightens border\n\n**Lt Gen** Abdul Amir Rasool "
                 "said [the border](http://x) is 600km long. Later Gen Rasoul and Brig Gen Rasool spoke.\n"),
    ("html", "<html><body><nav>Menu</nav><article><h1>Ras Lanuf port reopens</h1><p>The Ras Lanouf port "
             "reopened on January 18, 2021 &amp; exports rose to 1,200 barrels.</p><![ x ]]><p>On 18 January "
             "2020 it had 1,300 barrels, Mr. Kadhimi said. Mr Kazimi agreed.</p></article></body></html>"),
]


@pytest.mark.parametrize("fmt, text", _SAMPLES, ids=["seed", "articles", "markdown", "html"])
def test_json_is_byte_identical_across_hash_seeds(tmp_path, fmt, text):
    article = tmp_path / "article"
    article.write_text(text, encoding="utf-8")
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", _DUMP, str(article), fmt], capture_output=True, env=env,
                              timeout=120, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr.decode()
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert b'"findings"' in outputs[0]

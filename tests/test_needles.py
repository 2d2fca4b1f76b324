"""needles.py promises that a pattern cannot match text lacking its clauses; the calque and
mangled-term filters skip sentences (and skip compiling patterns) on that promise."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtcheck.analysis import mistranslations, needles

_CALQUE_PATTERNS = sorted({(p, c.cased) for c in mistranslations.calque_table() for p in c.patterns})
_MANGLED_SOURCES = sorted({p.pattern for t in mistranslations.mangled_table() for p in (t.accepted, t.mangled)})


def test_clauses_read_the_literal_words_a_pattern_needs():
    assert needles.clauses(r"(?:edit|edited|editing) of (?:cities|towns)") == (
        frozenset({"edit"}), frozenset({" of "}), frozenset({"cities", "towns"}))
    assert needles.clauses(r"martyrs?") == (frozenset({"martyr"}),)
    assert needles.clauses(r"(?:the )?men(?: of)?") == (frozenset({"men"}),)
    assert needles.clauses(r"(?:a )?go(?:es)?") == ()  # "go" is too short to be worth it
    assert needles.clauses(r"(?:fall|x)\d+") == ()  # an alternative without a sure word: nothing
    assert needles.clauses(r"([") == ()


def test_fold_keeps_offsets_and_matches_case_insensitive_regexes():
    text = "İstanbul ſecurity ıslam KELVIN"
    assert len(needles.fold(text)) == len(text)
    assert re.search("security", text, re.IGNORECASE)
    assert "security" in needles.fold(text)


@st.composite
def _pattern_and_match(draw, sources):
    source, flags = draw(st.sampled_from(sources))
    return source, draw(st.from_regex(re.compile(source, flags), fullmatch=True))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_pattern_and_match([(p, 0 if cased else re.IGNORECASE) for p, cased in _CALQUE_PATTERNS]))
def test_every_calque_match_holds_its_clauses(case):
    source, text = case
    assert needles.may_match(needles.clauses(source), needles.fold(text)), (source, text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(_pattern_and_match([(s, 0) for s in _MANGLED_SOURCES]))
def test_every_mangled_term_match_holds_its_clauses(case):
    source, text = case
    assert needles.may_match(needles.clauses(source), needles.fold(text)), (source, text)


def test_the_filter_finds_calques_in_their_examples():
    for c in mistranslations.calque_table():
        if c.example:
            assert c.may_occur_in(needles.fold(c.example)), c.arabic


def test_one_aho_corasick_pass_finds_the_same_sentences_as_str_find():
    text = ("The Editing of the city began. Crowds of the popular crowd cheered.\n"
            "Nothing here. The EDITING OF CITIES ended; editors met.")
    spans = [(0, 30), (31, 67), (68, 81), (82, len(text))]
    universe = frozenset({"editing", " of ", "crowd", "cities", "editor"})
    one_pass = needles.SentenceFilter(text, spans, needles.fold(text), universe)
    by_find = needles.SentenceFilter(text, spans, needles.fold(text))
    for n in universe | {"absent", "nothing"}:
        assert one_pass.holding(n, True) == by_find.holding(n, True), n
    assert one_pass.holding("editing", True) == {0, 3}
    assert one_pass.all_of((frozenset({"editing"}), frozenset({"cities", "city"}))) == {0, 3}
    assert one_pass.all_of((frozenset({"crowd"}), frozenset({"cities"}))) == frozenset()
    assert one_pass.all_of(()) is None  # no sure text: any sentence may match


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ab .Tth", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=8),
       st.sampled_from(["a", "ab", "ba", "th", "t", "a a", ". t", "the"]))
def test_both_searches_find_each_span_holding_a_needle_wherever_it_repeats(text, cuts, needle):
    """The Aho-Corasick pass and str.find, which goes on from the next span's start once it has
    placed an occurrence, give the spans a naive reading gives: those holding the needle whole,
    spans sorted by start, gapped or overlapping, the needle repeated in one span."""
    spans = sorted((min(a, len(text)), min(a + n, len(text))) for a, n in cuts)
    starts = [lo for lo, _ in spans]
    folded = needles.fold(text)
    naive = set()
    for p in range(len(text)):
        i = max((k for k, lo in enumerate(starts) if lo <= p), default=-1)  # the last span opening by p
        if i >= 0 and folded.startswith(needle, p) and p + len(needle) <= spans[i][1]:
            naive.add(i)
    assert needles.SentenceFilter(text, spans, folded).holding(needle, True) == naive
    exact = {k for k, (lo, hi) in enumerate(spans) if needle in folded[lo:hi]}
    assert needles.SentenceFilter(text, spans, folded, frozenset({needle})).holding(needle, True) == exact


def test_a_needle_across_a_sentence_boundary_is_in_neither_sentence():
    text = "He said edit. Ing the city."
    f = needles.SentenceFilter(text, [(0, 13), (14, len(text))], needles.fold(text), frozenset({"edit. ing", "edit"}))
    assert f.holding("edit. ing", True) == frozenset() and f.holding("edit", True) == {0}


def test_the_calque_filter_looks_for_content_words_not_function_words():
    # "the third role of the building": the clauses " of " and "the " are in nearly every
    # sentence; the filter looks for the ordinal and "role"/"layer" instead
    from mtcheck.analysis.mistranslations import _selective
    clauses = (frozenset({" of "}), frozenset({"first", "second", "third"}), frozenset({"role", "layer"}))
    chosen = _selective(clauses)
    assert frozenset({" of "}) not in chosen and len(chosen) == 2
    assert _selective((frozenset({" of the "}),)) == (frozenset({" of the "}),)  # nothing else to use

"""The shortcuts that keep long articles linear give the answers of the full comparisons.

Each speed-up looks at fewer candidates (an index, a cheap necessary condition); these tests run
the full comparison beside it on real articles and require the same result, so a shortcut that
starts to drop a candidate fails here rather than silently losing findings.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from mtcheck import reader, segment, suggest
from mtcheck.analysis import Document, coreference, figure_vetoes, mention_starts, people, promotions, quantities, word_tries
from mtcheck.analysis.quantities_earlier import (
    MAX_REFERENCES,
    MAX_RUN,
    EarlierQuantities,
    digit_bag,
    other_unit,
    whole_bag,
    link_keys,
)
from mtcheck.analysis.units import FAMILIES, linked
from mtcheck.checks import number_mismatch

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "articles").glob("*.txt"))


def _text(count: int) -> str:
    """``count`` development articles one after another, each paragraph twice (people, numbers and
    findings that recur, as in a long article)."""
    paragraphs = [p for a in ARTICLES[:count] for p in a.read_text(encoding="utf-8").split("\n") if p.strip()]
    return "\n".join(paragraphs + paragraphs) + "\n"


def _doc(text: str) -> Document:
    src = reader.from_text(text)
    return Document(text=src.view, sentences=segment.segment(src.view, soft_newlines=src.soft_newlines),
                    machine_translated=True)


@pytest.fixture(scope="module")
def long_doc() -> Document:
    return _doc(_text(len(ARTICLES)))


def test_people_index_finds_every_person_a_mention_fits(long_doc, monkeypatch):
    checked = []
    indexed = coreference._PeopleIndex.candidates

    def both(self, m):
        found = indexed(self, m)
        oldest = max(0, len(self.people) - coreference.LOOKBACK)
        every = [k for k in range(len(self.people) - 1, oldest - 1, -1) if coreference._fits(self.people[k], m)]
        assert [k for k in found if coreference._fits(self.people[k], m)] == every, m.surname.text
        checked.append(bool(every))
        return found

    monkeypatch.setattr(coreference._PeopleIndex, "candidates", both)
    monkeypatch.setattr(coreference, "LOOKBACK", 25)  # fewer people than 200: the window cuts too
    cast = coreference.analyse(long_doc.text, long_doc.sentences)
    assert len(checked) > 150 and sum(checked) > 60  # many mentions, many joined someone
    assert len(cast.people) > 25


def test_lower_case_words_skipped_by_people_open_no_mention(long_doc, monkeypatch):
    fast = people.extract(long_doc.text, long_doc.sentences)
    # every word start, each one read by the title and name readers
    monkeypatch.setattr(people, "may_open_starts", lambda openers: mention_starts.WORD_START)
    monkeypatch.setattr(people, "may_open_mention", lambda *args: True)
    # a lone word with no title near: read as well (extract's title-reach shortcut turned off)
    monkeypatch.setattr(people, "_no_head_within_reach", lambda *args: False)
    full = people.extract(long_doc.text, long_doc.sentences)
    assert [(m.start, m.end, m.units, m.titles, m.introduced) for m in fast] == \
        [(m.start, m.end, m.units, m.titles, m.introduced) for m in full]
    assert any(m.titles and m.titles[0].text[0].islower() for m in full)  # "former minister ..."


def test_the_word_starts_people_reads_are_those_it_may_open_a_mention_at(long_doc):
    """The regex prefilter of word starts keeps every start that _may_open_mention accepts."""
    openers = mention_starts.lower_case_openers()
    kept = {m.start() for m in mention_starts.may_open_starts(openers).finditer(long_doc.text)}
    every = [m.start() for m in mention_starts.WORD_START.finditer(long_doc.text)]
    accepted = {p for p in every if long_doc.text[p].isupper()
                or mention_starts.may_open_mention(long_doc.text, p, len(long_doc.text), openers)}
    assert accepted <= kept < set(every)
    assert len(kept) < len(every) / 2  # most words in lower case are skipped by the engine
    lower_openers = [p for p in accepted if long_doc.text[p].islower()]
    assert len(lower_openers) > 100


def test_title_reach_shortcut_rules_out_only_positions_without_a_title(long_doc, monkeypatch):
    """title_at answers None at once where a character no modifier or qualifier is written with
    comes before any word that may open a title form; the full reading agrees at every word."""
    from mtcheck.analysis import person_titles

    text = long_doc.text
    starts = [(m.start(), seg.end) for seg in long_doc.sentences
              for m in mention_starts.WORD_START.finditer(text, seg.start, seg.end)]
    fast = [person_titles.title_at(text, p, end) for p, end in starts]
    reach = person_titles._no_head_within_reach
    monkeypatch.setattr(person_titles, "_no_head_within_reach", lambda *args: False)
    full = [person_titles.title_at(text, p, end) for p, end in starts]
    assert fast == full
    assert sum(t is not None for t in full) > 200  # titles of every kind are read
    # most word starts are settled by the shortcut
    _, rx = person_titles.lexicon.titles()
    assert sum(reach(text, p, end, rx) for p, end in starts) > len(starts) / 2


def test_title_reach_finds_the_stray_word_first_with_the_answers_of_the_head_search(long_doc):
    """_no_head_within_reach looks for the first lower-case word no title may hold before its
    head, then for a head only up to it: the answers of looking for the first head up to the
    barrier and reading every word before it, at every word start (also with the sentence cut
    short inside a word)."""
    import re

    from mtcheck.analysis import person_titles

    _, rx = person_titles.lexicon.titles()
    barrier_rx, heads_rx, _ = person_titles._reach_patterns(rx)
    allowed, lower = person_titles._prefix_words(), re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")

    def by_head(text, pos, end):
        barrier = barrier_rx.search(text, pos, min(end, pos + person_titles._REACH))
        head = heads_rx.search(text, pos, barrier.start() if barrier else min(end, pos + person_titles._REACH))
        if head is None:
            return barrier is not None
        return any(w.group() not in allowed for w in lower.finditer(text, pos, head.start()))

    text = long_doc.text + ("The deputy health minister of the province and his former acting chief "
                            "of staff the said the minister Ali Hassan spoke.\n")
    checked = 0
    for seg in long_doc.sentences + segment.segment(text)[-1:]:
        for m in mention_starts.WORD_START.finditer(text, seg.start, seg.end):
            for end in (seg.end, min(seg.end, m.start() + 9), min(seg.end, m.start() + 31)):
                assert person_titles._no_head_within_reach(text, m.start(), end, rx) == by_head(text, m.start(), end)
                checked += 1
    assert checked > 10_000


def test_opener_trie_matches_exactly_its_words():
    import re

    words = frozenset({"a", "abd", "abdel", "abdul", "al", "brig", "brigadier", "lt.", "2nd"})
    rx = re.compile(rf"(?:{word_tries.trie_pattern(words)})\Z")
    assert all(rx.match(w) for w in words)
    assert not any(rx.match(w) for w in ("ab", "abde", "b", "briga", "lt", "2n", "abdels", ""))


def test_sentences_without_a_number_word_or_digit_have_no_quantity(long_doc):
    for i, seg in enumerate(long_doc.sentences):
        full = quantities._SentenceParser(long_doc.text, seg.start, seg.end, i, seg.part).quantities()
        assert quantities.extract_sentence(long_doc.text, seg.start, seg.end, i, seg.part) == full
    assert quantities.extract_sentence("Nine of ten wells ran dry.", 0, 26)  # number words count


def test_counted_nouns_with_disjoint_link_keys_are_never_linked(long_doc):
    heads = {q.head for q in long_doc.quantities if q.head} | {frozenset([w]) for w in FAMILIES}
    heads |= {frozenset([w]) for w in ("grow", "growth", "detainee", "detain", "employ", "employment")}
    for a, b in itertools.product(heads, repeat=2):
        if any(linked(x, y) for x in a for y in b):
            assert not link_keys(a).isdisjoint(link_keys(b)), (a, b)


def _window_by_sentences(groups: list[list], sentence: int) -> list:
    """The nearest MAX_REFERENCES earlier quantities, walking back over sentence groups (whole
    sentences, but no more than MAX_RUN in all)."""
    out: list = []
    for group in reversed(groups):
        if group[0].sentence == sentence:
            continue
        out.extend(reversed(group))
        if len(out) >= MAX_REFERENCES:
            break
    return out[:MAX_RUN][::-1]


def _may_compare(later, earlier: list) -> list:
    """The earlier quantities that may be the same quantity as ``later``, one by one."""
    return [q for q in earlier
            if q.sentence != later.sentence and not q.other and q.fresh == later.fresh
            and q.time_cues == later.time_cues and (q.dimension != "count" or (later.head and q.head))
            and not (q.head and later.head and not any(linked(a, b) for a in later.head for b in q.head)
                     and not other_unit(q, later))]


def _may_slip(later, earlier: list) -> list:
    return [q for q in earlier
            if q.unit == later.unit and q.dimension == later.dimension and q.digits != later.digits
            and (digit_bag(q.digits) == digit_bag(later.digits) or q.digits.rstrip("0") == later.digits.rstrip("0")
                 or (q.scale != 1 or later.scale != 1) and whole_bag(q) and whole_bag(q) == whole_bag(later))]


def test_earlier_window_and_its_index_find_what_a_scan_finds(long_doc):
    qs = [replace(q, sentence=q.sentence // 3) for q in long_doc.quantities for _ in range(3)]  # longer runs
    earlier, groups, hits = EarlierQuantities(), [], 0
    for q in qs:
        window = earlier.window(q)
        assert window == _window_by_sentences(groups, q.sentence)
        assert earlier.comparable(q) == _may_compare(q, window)
        assert earlier.slips(q) == _may_slip(q, window)
        hits += bool(earlier.comparable(q)) + bool(earlier.slips(q))
        earlier.add(q)
        if groups and groups[-1][0].sentence == q.sentence:
            groups[-1].append(q)
        else:
            groups.append([q])
    assert len(qs) > MAX_REFERENCES and hits > 100


def test_a_sentence_of_hundreds_of_figures_keeps_the_window_flat():
    # a table pasted as one line, or a line without spaces: no sentence end for hundreds of
    # figures, so whole sentences would make every later figure look at all of them
    row = "; ".join(f"{n} tonnes of wheat in district {n % 7}" for n in range(1000, 1600)) + ".\n"
    doc = _doc("Officials said " + row + "Officials said " + row)
    qs = doc.quantities
    earlier = EarlierQuantities()
    for q in qs:
        window = earlier.window(q)
        assert len(window) <= MAX_RUN
        earlier.add(q)
    assert len(qs) > 2 * MAX_RUN and len(window) == MAX_RUN


def test_next_mention_of_another_person_is_what_sorting_the_others_finds(long_doc):
    people = long_doc.people.people
    owners, checked = promotions.MentionOwners(people), 0
    for k, person in enumerate(people[:300]):
        others = sorted(m.start for p in people if p is not person for m in p.mentions)
        for m in person.mentions:
            i = bisect.bisect_right(others, m.end)
            assert owners.next_of_another(m.end, k) == (others[i] if i < len(others) else None)
            checked += 1
    assert len(people) > 50 and checked > 300


class _ScanningWindow(EarlierQuantities):
    """The window without its index: every earlier quantity of it tested one by one."""

    def comparable(self, later):
        return figure_vetoes.may_compare(later, self.items[self.lo:self.hi])

    def slips(self, later):
        return _may_slip(later, self.items[self.lo:self.hi])


def test_number_mismatch_on_a_long_article_matches_the_full_comparison(monkeypatch):
    doc = _doc(_text(20))
    fast = [(f.start, f.message) for f in number_mismatch.NumberMismatch().run(doc)]
    monkeypatch.setattr(number_mismatch, "EarlierQuantities", _ScanningWindow)
    assert [(f.start, f.message) for f in number_mismatch.NumberMismatch().run(doc)] == fast
    assert len(fast) > 3


def _merge_by_scan(findings: list, raw: str) -> list:
    """suggest.merge as first written: every edit of the article tested against every finding."""
    findings = suggest._prefer(findings)
    out = list(findings)
    edits = [suggest._edit(f) for f in findings if suggest._edit(f) is not None]
    if len(edits) < 2:
        return out
    for i, f in enumerate(findings):
        if f.suggestion is None:
            continue
        inside = sorted({e for e in edits if f.start <= e[0] and e[1] <= f.end})
        if len(inside) < 2 or any(suggest._conflict(a, b) for a, b in itertools.pairwise(inside)):
            continue
        text = raw[f.start:f.end]
        for s, e, new in reversed(inside):
            text = text[:s - f.start] + new + text[e - f.start:]
        if text != f.suggestion:
            out[i] = replace(f, suggestion=text)
    return out


def test_merged_suggestions_match_the_full_scan():
    import mtcheck

    text = _text(20)
    findings = sorted(mtcheck.check(text, backend="none", select=["MT1", "MT2"]).findings, key=lambda f: f.start)
    assert sum(f.suggestion is not None for f in findings) > 20
    # overlapping findings with suggestions: each finding widened to its sentence, suggesting
    # its own fix there, so that several edits fall inside one span
    wide = []
    for f in findings:
        if f.suggestion is None or f.sentence is None:
            continue
        lo, hi = text.rfind("\n", 0, f.start) + 1, f.end
        wide.append(replace(f, start=lo, end=hi, text=text[lo:hi], suggestion=text[lo:f.start] + f.suggestion))
    mixed = sorted(findings + wide, key=lambda f: f.start)
    assert suggest.merge(mixed, text) == _merge_by_scan(mixed, text)
    assert suggest.merge(mixed, text) != mixed  # some suggestions were combined


# The segmenter's two whole-article scans are written to open with a character class (the
# engine then skips to candidates at C speed); they must match exactly what their plain forms do.
_PLAIN_BOUNDARY = r"(?:[.!?]+|\u2026)[\"'\u201d\u2019)\]]*(?=\s)"
_PLAIN_GLUED = r"(?<=[a-z][a-z])[.!?][\"'\u201d\u2019)]?(?=[\"\u201c\u2018]?[A-Z][a-z])"


def _spans(pattern, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    import re

    end = len(text) if end is None else end
    return [m.span() for m in re.compile(pattern).finditer(text, start, end)]


def test_segmenter_scans_match_their_plain_forms():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtcheck.segment import _BOUNDARY, _GLUED

    real = _text(30)
    assert _spans(_BOUNDARY, real) == _spans(_PLAIN_BOUNDARY, real) and len(_spans(_BOUNDARY, real)) > 300
    assert _spans(_GLUED, real) == _spans(_PLAIN_GLUED, real)

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet="ab.!?\u2026\"')]\u201c\u201d\u2018\u2019 \nAB", max_size=40), st.data())
    def same(text, data):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert _spans(_BOUNDARY, text, start, end) == _spans(_PLAIN_BOUNDARY, text, start, end)
        assert _spans(_GLUED, text, start, end) == _spans(_PLAIN_GLUED, text, start, end)

    same()


# The plain forms of the possessive patterns (doubled-word, repetition): "++" only drops retries
# that cannot match, so both find the same spans.
_PLAIN_DOUBLE = r"(?<![\w'\u2019-])([A-Za-z\u00c0-\u024f']+)(\s+)(\1)(?![\w'\u2019-])"
_PLAIN_DOUBLE_PHRASE = (r"(?<![\w'\u2019-])((?:[A-Za-z\u00c0-\u024f']+[ \u00a0]+){1,3}[A-Za-z\u00c0-\u024f']+)"
                        r"[ \u00a0]+(\1)(?![\w'\u2019-])")
_PLAIN_DOUBLED = (r"(?<![\w'\u2019-])(?:(?P<det>the|its|their|his|her|our|this|these|those)[ \u00a0]+)?"
                  r"(?P<word>[^\W\d_]{3,})[ \u00a0]+(?P<conj>and|or)[ \u00a0]+(?(det)(?P=det)[ \u00a0]+)"
                  r"(?P<again>(?P=word))(?![\w'\u2019-])")


def _groups(pattern, text: str) -> list[tuple]:
    import re

    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.IGNORECASE)
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_possessive_doubling_patterns_match_their_plain_forms():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtcheck.analysis.repetition import _DOUBLED
    from mtcheck.checks.doubled_word import _DOUBLE, _DOUBLE_PHRASE

    pairs = ((_DOUBLE, _PLAIN_DOUBLE), (_DOUBLE_PHRASE, _PLAIN_DOUBLE_PHRASE), (_DOUBLED, _PLAIN_DOUBLED))
    real = _text(60) + "in the in the city. the the. Negligence and negligence; its cost or its cost\n"
    for fast, plain in pairs:
        assert _groups(fast, real) == _groups(plain, real)
    assert all(_groups(fast, real) for fast, _ in pairs)

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet="aAbB'\u2019- \u00a0\n\u017f\u0130\u212a.", max_size=30))
    def same(text):
        for fast, plain in pairs:
            assert _groups(fast, text) == _groups(plain, text)

    same()


def test_repetition_words_are_the_words_of_every_match():
    from mtcheck.analysis import repetition

    text = _text(40) + "\u0130stanbul \u0130STANBUL don’t The Its\n"
    plain = [w for w in (m.group().lower() for m in repetition._WORD.finditer(text)) if w not in repetition._SKIP]
    assert repetition._words(text, 0, len(text)) == plain


_HIJRI = ("He arrived on 15 Sha'ban 1445 AH, corresponding to February 25, 2024. The feast fell on the "
          "10th of DHUL-QA’DAH. On 3 Rabi I, and on the first of Jumada\u00a0al-Ula, they met. "
          "Fighting stopped on 21 Ramadan, corresponding to 25 March. 9 Dhu al-Hijjah 1446 was hot.\n")


def test_hijri_sentences_read_are_those_the_pattern_may_match(long_doc, monkeypatch):
    """The month-name prefilter keeps every sentence in which the Hijri date pattern matches."""
    from mtcheck.analysis import hijri

    doc = _doc(_text(len(ARTICLES)) + _HIJRI * 3)
    fast = hijri.read_hijri_dates(doc)
    monkeypatch.setattr(hijri, "_sentences_to_read", lambda text, folded, sentences: sentences)
    full = hijri.read_hijri_dates(doc)
    assert fast == full and len(full) >= 15
    assert doc.hijri_dates is doc.hijri_dates == full  # read once per article


def test_doubled_across_and_is_read_from_its_conjunctions():
    """repetition.doubled_matches tries _DOUBLED only near an "and"/"or": it finds what a scan of
    every position finds, determiners, phrases, spaces and case included."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtcheck.analysis.repetition import _DOUBLED, doubled_matches

    def found(matches):
        return [(m.span(), m.groups()) for m in matches]

    real = _text(60) + ("Negligence and negligence; its cost or its cost, the small employees  and the small "
                        "employees, this  plan AND This plan, pipes and pipes and pipes.\n")
    for m in re.finditer(r"[^\n]+", real):
        assert found(doubled_matches(real, *m.span())) == found(_DOUBLED.finditer(real, *m.span()))
    assert len(found(doubled_matches(real, 0, len(real)))) >= 5

    pieces = list("aAbB'\u2019- \u00a0\n\u017f\u0130\u212a.") + ["and", "or", "AND", "Or", "the ", "its ", "this ",
                                                                 "his ", "those", "ab", "abc", "  "]

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=25), st.data())
    def same(parts, data):
        text = "".join(parts)
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, len(text)))
        assert found(doubled_matches(text, lo, hi)) == found(_DOUBLED.finditer(text, lo, hi))

    same()


def test_doubled_phrases_are_read_only_in_lines_that_may_hold_one():
    """doubled_word._phrase_matches skips the lines in which no pair of words recurs two to four
    words on: it finds what _DOUBLE_PHRASE finds over the whole text, case folding included."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtcheck.checks.doubled_word import _DOUBLE_PHRASE, _phrase_matches

    def found(matches):
        return [(m.span(), m.groups()) for m in matches]

    real = _text(60) + "They met in the in the city.\nHe said \u017fo \u017ft so St twice, In The in the end.\n"
    assert found(_phrase_matches(real)) == found(_DOUBLE_PHRASE.finditer(real)) and found(_phrase_matches(real))
    pieces = list("aAbB'\u2019- \u00a0\n\u017f\u0130\u212a.1") + ["in the ", "In The ", "the ", "ab ", "\u017ft ", "st "]

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=30))
    def same(parts):
        text = "".join(parts)
        assert found(_phrase_matches(text)) == found(_DOUBLE_PHRASE.finditer(text))

    same()


def test_written_as_word_test_rules_out_only_pairs_the_full_reading_rejects(long_doc):
    """org-variant asks whether a new name is an earlier one written again of every candidate of
    its buckets: the shortcut (every word of the later name among the earlier one's) answers as
    the full reading (short form, official title, or the same words reordered) for every pair a
    long article asks."""
    from mtcheck.analysis.names import conflicts
    from mtcheck.analysis.org_acronyms import short_form_of
    from mtcheck.analysis.org_compare import bucket, compare, official_title
    from mtcheck.analysis.spelling import fold
    from mtcheck.checks.org_variant import _written_as

    def full(ref, later):
        return short_form_of(ref, later) or official_title(ref, later) or sorted(fold(w) for w in ref.texts) == sorted(
            fold(w) for w in later.texts) and compare(ref, later) is None

    pairs = []
    list(conflicts(long_doc.orgs, lambda r, la: None, bucket, lambda r, la: pairs.append((r, la)) or False))
    assert len(pairs) > 20000
    answers = [_written_as(r, la) for r, la in pairs]
    assert answers == [full(r, la) for r, la in pairs]
    assert sum(answers) > 10


def test_transliteration_variants_skip_only_sentences_where_the_reading_finds_none(long_doc, monkeypatch):
    """variants() rules a sentence out by its word set (no listed phrase's first word, no word
    spelling a listed form) before reading it word by word; the full reading agrees everywhere,
    on development articles and on sentences holding variants and phrases."""
    from mtcheck.analysis import transliteration_variants as tv

    extra = ("Lebanon's baladiyeh workers cleared the drains in Tyre after the storm. "
             "The mohafazat of the south sent the sarf al-sehhi crews. Nothing else was said.")
    doc = _doc(long_doc.text[:200_000] + extra + "\n")
    spans = [(s.start, s.end) for s in doc.sentences]
    fast = [tv.variants(doc.text, lo, hi) for lo, hi in spans]
    monkeypatch.setattr(tv, "_may_start_any", lambda words: True)
    full = [tv.variants(doc.text, lo, hi) for lo, hi in spans]
    assert fast == full
    assert sum(map(len, full)) >= 2  # the variants of the added sentences are found
    monkeypatch.undo()
    assert sum(not tv._may_start_any(set(tv._WORD.findall(doc.text, lo, hi))) for lo, hi in spans) > len(spans) / 2


def test_meaning_word_trie_finds_what_the_longest_first_alternation_finds(long_doc):
    """name_meanings._meaning_rx is one trie; the flat alternation of the meaning words, longest
    first, finds the same matches: on development articles and on every meaning word written with
    a space or a no-break space, extended by a letter, and in brackets."""
    import re

    from mtcheck.analysis import name_meanings as nm

    words = nm.table()[1]
    extra = " ".join(f"He met {m} today, {m.replace(' ', chr(160))}s and ({m})." for m in words)
    text = long_doc.text[:300_000] + extra
    alts = "|".join(re.escape(m).replace("\\ ", "[ \u00a0]") for m in sorted(words, key=len, reverse=True))
    flat = re.compile(r"(?<![\w'\u2019.-])(?:" + alts + r")(?![\w'\u2019-])")
    found = [m.span() for m in nm._meaning_rx().finditer(text)]
    assert found == [m.span() for m in flat.finditer(text)]
    assert len(found) >= 2 * len(words)

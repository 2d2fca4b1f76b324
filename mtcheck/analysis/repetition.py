"""Text printed twice: a sentence or paragraph repeated (exactly or nearly) anywhere in the
article, and one word doubled across "and"/"or" ("negligence and negligence").

Sentences are compared by their words, case-blind, without articles and punctuation, so a copy
that drops a "the" is still a copy. An exact key is a hash lookup; near copies are found
through a shingle index (every three-word run of a sentence points at it), capped per shingle so
that a phrase every sentence shares ("the ministry said that") costs nothing: linear time. A
sentence whose words all recur, in one run, inside a longer one is a copy too (a sentence printed
again cut short, or continued).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_SKIP = frozenset("the a an it its this that".split())   # words a near copy may drop or add
MIN_WORDS = 8               # shorter sentences repeat by chance ("He said the talks continue.")
# ... but not right after themselves: a short sentence printed twice in a row is a copy
MIN_WORDS_IN_A_ROW = 4
MIN_WORDS_TAIL = 6          # a short sentence that repeats the end of the one before it
NEAR = 0.85                 # shingle overlap that makes two sentences one
# A copy with a word or two changed keeps less than NEAR of its shingles (one changed word
# breaks three); such a candidate is a copy when its words, in order, still agree this much
# and the words that differ are neither figures nor names (parallel sentences of a list,
# "X won 4,217 votes in Y", differ exactly there).
CANDIDATE = 0.5
WORD_AGREEMENT = 0.85
# A sentence printed again as part of a longer one (or cut short when printed again: "... under a
# joint committee, and that ..." then "... under a joint committee."): all its words, in order,
# inside the other sentence. Shorter runs than this are stock phrases.
MIN_WORDS_CONTAINED = 10
# A long clause printed again inside another sentence ("... called on the citizens not to go out
# except for necessity and to avoid the low-lying areas and the valleys."): a run of this many words
# (articles aside) that two sentences share word for word is a copy, whatever surrounds it.
MIN_SHARED_RUN = 18
# ... and between two sentences of the body, where a caption's summary of the lead is not the cause
MIN_SHARED_RUN_BODY = 12
_RUN_READ_MAX = 200         # longer "sentences" (lists, run-on text) are not read for shared runs: linear time
_SHINGLE_CAP = 8            # a shingle in more sentences than this is a stock phrase: ignored
_READ_PARTS = ("body", "caption")

# "X and X" that English allows: intensifying repetition ("more and more", "again and again",
# "hundreds and hundreds", comparatives "better and better").
_EMPHATIC = frozenset("""again more less over on round through by out up down back forth far
further farther closer years days hours weeks months decades miles hundreds thousands millions
billions time times layer layers step steps bit bits inch inches""".split())
# The same determiner on both sides or none ("the corruption and the corruption"): "on savings
# and the savings are gone" starts a new clause on purpose. Possessive runs (++): a word or a
# space run cut short is followed by what the next part cannot start with, so no retry can match.
_DOUBLED = re.compile(r"(?<![\w'\u2019-])(?:(?P<det>the|its|their|his|her|our|this|these|those)[ \u00a0]+)?"
                      # one word or a phrase of up to three: "the small employees and the small employees"
                      # (a bounded choice of lengths: linear still)
                      r"(?P<word>[^\W\d_]{3,}+(?:[ \u00a0]+(?!(?:and|or)(?![\w'\u2019-]))[^\W\d_]{2,}+){0,2})"
                      r"[ \u00a0]++(?P<conj>and|or)[ \u00a0]++(?(det)(?P=det)[ \u00a0]++)"
                      r"(?P<again>(?P=word))(?![\w'\u2019-])", re.IGNORECASE)


@dataclass(frozen=True)
class Repeat:
    start: int      # the later copy
    end: int
    ref: tuple[int, int]
    what: str       # "sentence" | "passage" | "word"


def _words(text: str, start: int, end: int) -> list[str]:
    # findall hands the words over as strings: no match object per word (a third faster)
    return [w for w in map(str.lower, _WORD.findall(text, start, end)) if w not in _SKIP]


def _compared_words(text: str, start: int, end: int) -> list[str]:
    """A sentence's words as copies are compared: a number word read as its figure, so a copy that
    writes "fourteen" as "14" is still a copy (and one that changes the figure is not)."""
    figures = _figures()
    return [figures.get(w, w) for w in _words(text, start, end)]


@lru_cache(maxsize=1)
def _figures() -> dict[str, str]:
    """'fourteen' -> '14': the number words of data/words.toml."""
    from .lexicon import words
    return {w: str(n) for w, n in words().number_words.items()}


def _shingles(words: list[str]) -> set[tuple[str, str, str]]:
    return {tuple(words[k:k + 3]) for k in range(len(words) - 2)}


# a wire lead: "CAIRO (Reuters) - ", "BAGHDAD, Oct 1 (AP) -"
_WIRE_LEAD = re.compile(r"[A-Z][A-Z .'/-]{2,}(?:,[^()\n]{0,40})?[ \u00a0]*\((?:Reuters|AP|AFP|dpa|Xinhua|Bloomberg)\)[ \u00a0]*[-\u2013\u2014]")


def repeated_sentences(doc) -> list[Repeat]:
    """Later copies of earlier sentences; runs of copied sentences joined into one passage."""
    text = doc.text
    exact: dict[tuple[str, ...], int] = {}
    index: dict[tuple[str, str, str], list[int]] = {}
    shingles: list[set] = []
    word_lists: list[list[str]] = []
    spans: list[tuple[int, int]] = []
    captions: list[bool] = []
    pairs: list[tuple[int, int]] = []         # (later sentence, earlier sentence)
    for _, seg in doc.content_sentences:
        if seg.part not in _READ_PARTS:
            continue
        k = len(spans)
        spans.append((seg.start, seg.end))
        captions.append(seg.part == "caption")
        words = _compared_words(text, seg.start, seg.end)
        sh = _shingles(words) if len(words) >= MIN_WORDS else set()
        shingles.append(sh)
        word_lists.append(words)
        if not sh:
            if len(words) >= MIN_WORDS_IN_A_ROW and k > 0 and not text[spans[k - 1][1]:seg.start].strip() and (
                    words == word_lists[k - 1]
                    # "... and that investigators were studying the ledger found at the site. The
                    # investigators were studying the ledger found at the site.": the end printed again
                    or len(words) >= MIN_WORDS_TAIL and word_lists[k - 1][-len(words):] == words):
                pairs.append((k, k - 1))  # "The payments begin next week. The payments begin next week."
            continue
        key = tuple(words)
        ref = exact.get(key)
        if ref is None and not _WIRE_LEAD.match(text, seg.start, seg.end):
            # (a wire lead reworded from the summary above it is the wire's habit, no copy)
            ref = _near_copy(sh, shingles, index, word_lists, text, spans, captions)
        if ref is not None:
            pairs.append((k, ref))
        exact.setdefault(key, k)
        for s in sh:
            bucket = index.setdefault(s, [])
            if len(bucket) <= _SHINGLE_CAP:
                bucket.append(k)
    return _join_runs(_with_neighbours(pairs, word_lists), spans)


# A sentence too short to compare alone ("Rain flooded the streets on Monday.") belongs to a
# repeated passage when it stands beside a copied sentence, as its twin stands beside the original
MIN_WORDS_NEIGHBOUR = 3


def _with_neighbours(pairs: list[tuple[int, int]], word_lists: list[list[str]]) -> list[tuple[int, int]]:
    """The pairs, with the short sentences before and after each copy that repeat the original's
    neighbours word for word; each sentence is looked at once per side of a copy: linear."""
    paired = {later for later, _ in pairs}
    out = list(pairs)
    for later, ref in pairs:
        for step in (-1, 1):
            lat, r = later + step, ref + step
            while 0 <= r < lat < len(word_lists) and lat not in paired and r not in paired \
                    and len(word_lists[lat]) >= MIN_WORDS_NEIGHBOUR and word_lists[lat] == word_lists[r]:
                out.append((lat, r))
                paired.add(lat)
                lat, r = lat + step, r + step
    return sorted(out)


def _near_copy(sh: set, shingles: list[set], index: dict, word_lists: list[list[str]], text: str,
               spans: list[tuple[int, int]], captions: list[bool]) -> int | None:
    """The earliest sentence sharing at least NEAR of the shingles of both, or a CANDIDATE share
    and words that agree in order except for a changed common word or two."""
    votes: dict[int, int] = {}
    for s in sh:
        bucket = index.get(s, ())
        if len(bucket) > _SHINGLE_CAP:
            continue
        for k in bucket:
            votes[k] = votes.get(k, 0) + 1
    later = len(shingles) - 1
    best = None
    for k, shared in votes.items():
        if best is not None and k > best:
            continue
        size = max(len(sh), len(shingles[k]))
        if shared >= NEAR * size or shared >= CANDIDATE * size and _reworded_copy(
                word_lists[later], word_lists[k], text, spans[later], spans[k]) \
                or shared >= NEAR * min(len(sh), len(shingles[k])) and not (captions[later] or captions[k]) \
                and _contained(word_lists[later], word_lists[k]) \
                or shared >= MIN_SHARED_RUN_BODY - 2 and max(len(word_lists[later]), len(word_lists[k])) <= _RUN_READ_MAX \
                and _shared_clause(word_lists[later], word_lists[k], text, spans[later],
                                   MIN_SHARED_RUN if captions[later] or captions[k] else MIN_SHARED_RUN_BODY):
            best = k
    return best


def _shared_clause(a: list[str], b: list[str], text: str, span_a: tuple[int, int], min_run: int) -> bool:
    """Do the sentences share a clause of ``min_run`` words or more, word for word? A run that is
    mostly capitalised words is a person's title and name written out again ("The member of the
    Central Committee for the Elections of the Municipal Councils, Salem Imhamed Al-Mabrouk,
    stated ..." after "The Chairman of ... Al-Mabrouk, said ..."), which copy does on purpose."""
    length, end = _longest_run(a, b)
    if length < min_run:
        return False
    cased = {m.group().lower(): m.group() for m in _WORD.finditer(text, *span_a)}
    run = a[end - length:end]
    capitalised = sum(1 for w in run if cased.get(w, w)[:1].isupper())
    return capitalised * 2 < len(run)


def _longest_run(a: list[str], b: list[str]) -> tuple[int, int]:
    """The most consecutive words the two sentences share in one run, and where it ends in ``a``
    (a sentence is short: the quadratic table is a few hundred cells, and it is built only for
    sentences that share many three-word runs already)."""
    best, best_end, prev = 0, 0, [0] * (len(b) + 1)
    for i, x in enumerate(a, 1):
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, best_end = cur[j], i
        prev = cur
    return best, best_end


def _contained(a: list[str], b: list[str]) -> bool:
    """Are all the words of the shorter sentence, in order and in one run, inside the longer one?"""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < MIN_WORDS_CONTAINED:
        return False
    return f" {' '.join(long_)} ".find(f" {' '.join(short)} ") >= 0


# A clause right after the second word says which ones are meant: not a doubling ("pipes and
# pipes that were not connected": two sets of countable things, neither with a determiner). A
# determiner before the first word governs both ("the negligence and negligence that accompanied
# the works"), and a mass noun is no set ("negligence and negligence that ..."): still a doubling.
# (a clause, or a modifier after the noun: "expired food products and products unfit for human consumption")
_SET_APART = re.compile(r"[ \u00a0]+(?:that|which|who|whose|where|unfit|unsuitable|not|intended|bearing|lacking|"
                        r"without|containing|carrying|imported|smuggled|made|used)\b")
_DETERMINED = re.compile(r"(?:^|[^\w'\u2019-])(?:the|a|an|its|their|his|her|our|this|these|those|any|every)[ \u00a0]+$",
                         re.IGNORECASE)
# the repeated noun then modifies a plural noun of its own: "fish and fish products" (the thing and
# what is made of it). Human copy writes that on purpose; machine translation doubles a word the
# same way ("spraying and spraying campaigns", "plastic and plastic sheets"), so only copy without
# the machine-translation marker is spared.
_MODIFIES_NEXT = re.compile(r"[ \u00a0]+(?!(?:was|is|has|does|goes|remains|seems|becomes|this|thus|as|its|his|"
                            r"us|yes|less|unless|besides|towards|always|perhaps|whereas|plus|across|afterwards)\b)"
                            r"[a-z]{3,}(?<!ss)s\b")
_PLURALS = frozenset(["people", "men", "women", "children"])
# a content word before the first copy and after the second: "renewable energy and energy storage"
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{4,})[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]{4,})(?![\w'’-])")
_FUNCTION = frozenset("""with from that which this these those their there than then into onto upon over
under about after before during while were have been being also only such very more most some
each other many much well said says will would could should shall must against among between
within without through across along around""".split())


def _modified_both_sides(text: str, m, seg) -> bool:
    before = _WORD_BEFORE.search(text, max(seg.start, m.start() - 25), m.start())
    after = _WORD_AFTER.match(text, m.end(), seg.end)
    # the first copy has an adjective of its own ("renewable", "solar", "public"): the head of one
    # compound, the modifier of the next; "amid strong and strong winds" is one word doubled
    return bool(before and after) and after.group(1) not in _FUNCTION \
        and before.group(1).endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS = ("able", "ible", "al", "ic", "ive", "ous", "ary", "ar", "ian")


def _two_sets(doc, m, seg) -> bool:
    """'pipes and pipes that were not connected': bare plurals, the second narrowed by a clause."""
    if not _SET_APART.match(doc.text, m.end(), seg.end):
        return False
    word = m.group("word").lower().split()[-1]
    if not (word.endswith("s") and not word.endswith("ss") or word in _PLURALS):
        return False
    return m.group("det") is None and not _DETERMINED.search(doc.text, max(seg.start, m.start() - 12), m.start())
_NAME_OR_FIGURE = re.compile(r"\d|^[A-Z]")


def _reworded_copy(a: list[str], b: list[str], text: str, span_a: tuple[int, int], span_b: tuple[int, int]) -> bool:
    if Indel.normalized_similarity(a, b) < WORD_AGREEMENT:
        return False
    cased = {m.group().lower(): m.group() for sp in (span_a, span_b) for m in _WORD.finditer(text, *sp)}
    changed = set(a) ^ set(b)
    return not any(_NAME_OR_FIGURE.search(cased.get(w, w)) for w in changed)


def _join_runs(pairs: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[Repeat]:
    """Consecutive copied sentences that copy consecutive sentences are one repeated passage."""
    out: list[Repeat] = []
    run: list[tuple[int, int]] = []
    for later, ref in pairs + [(-10, -10)]:
        if run and later == run[-1][0] + 1 and ref == run[-1][1] + 1:
            run.append((later, ref))
            continue
        if run:
            (l0, r0), (l1, r1) = run[0], run[-1]
            out.append(Repeat(spans[l0][0], spans[l1][1], (spans[r0][0], spans[r1][1]),
                              "passage" if len(run) > 1 else "sentence"))
        run = [(later, ref)]
    return out


# Where _DOUBLED may match, read from its "and"/"or": the conjunction (spaces around it), a
# determiner, a run of up to three words (the longest phrase the pattern doubles), a word start.
_CONJ = re.compile(r"(?<=[ \u00a0])(?:and|or)(?=[ \u00a0])", re.IGNORECASE)
_DET = re.compile(r"(?:the|its|their|his|her|our|this|these|those)[ \u00a0]+", re.IGNORECASE)
_DET_BEFORE = re.compile(r"(?:the|its|their|his|her|our|this|these|those)[ \u00a0]+\Z", re.IGNORECASE)
_PHRASE = re.compile(r"[^\W\d_]++(?:[ \u00a0]++[^\W\d_]++){0,2}")
_WORD_START = re.compile(r"(?<![\w'\u2019-])[^\W\d_]")
_SPACES = " \u00a0"


def doubled_matches(text: str, lo: int, hi: int) -> list[re.Match]:
    """``_DOUBLED.finditer(text, lo, hi)``, tried only where a match may start. Every match ends
    its phrase right before the spaces of an "and"/"or" and repeats it, as long, after them (a
    determiner between when one opens the match); so it starts at a word start at most that long
    before those spaces, or at a determiner right before that word. Run from every word start, the
    pattern read each word's next three words: a quarter of the repeated-text check's time."""
    starts: set[int] = set()
    for c in _CONJ.finditer(text, lo, hi):
        before, after = c.start(), c.end()
        while before > lo and text[before - 1] in _SPACES:
            before -= 1
        while after < hi and text[after] in _SPACES:
            after += 1
        phrase = _PHRASE.match(text, after, hi)
        longest = phrase.end() - after if phrase else 0
        det = _DET.match(text, after, hi)
        if det:
            phrase = _PHRASE.match(text, det.end(), hi)
            longest = max(longest, phrase.end() - det.end() if phrase else 0)
        for w in _WORD_START.finditer(text, max(lo, before - longest), before):
            starts.add(w.start())
            gap = w.start()
            while gap > lo and text[gap - 1] in _SPACES:
                gap -= 1
            d = _DET_BEFORE.search(text, max(lo, gap - 5), w.start())
            if d:
                starts.add(d.start())
    out, done = [], lo
    for p in sorted(starts):
        if p >= done:
            m = _DOUBLED.match(text, p, hi)
            if m:
                out.append(m)
                done = max(m.end(), p + 1)
    return out


def doubled_across_and(doc) -> list[Repeat]:
    """'negligence and negligence': one word on both sides of 'and'/'or'."""
    out = []
    for _, seg in doc.content_sentences:
        for m in doubled_matches(doc.text, seg.start, seg.end):
            word = m.group("word").lower()
            if word in _EMPHATIC or word.endswith("er") and len(word) > 4 and word not in ("water", "power") \
                    and m.group("det") is None:
                continue  # "more and more", "again and again", "bigger and bigger" (not "the shelter and the shelter")
            if m.group("again")[0].isupper():
                continue  # "the Office for the Fight against Drug and Drug Addiction": a name's words
            if _two_sets(doc, m, seg):
                continue  # "tanks built without pipes and pipes that were not connected": two sets
            if not doc.machine_translated and m.group("det") is None \
                    and _MODIFIES_NEXT.match(doc.text, m.end(), seg.end):
                continue  # human copy's "fish and fish products": the thing and its kind, meant
            if m.group("det") is None and _modified_both_sides(doc.text, m, seg):
                continue  # "renewable energy and energy storage": two compounds sharing a word
            out.append(Repeat(m.start("word"), m.end(), (m.start("word"), m.end("word")), "word"))
    return out

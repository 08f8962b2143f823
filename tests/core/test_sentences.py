import re
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from service.sentences import _ABBREVIATIONS, _CANDIDATE, MAX_SENTENCE_CHARS, SentenceIndex, sentence_spans, window

# The boundary rule as first written, which the service's pattern restates in a faster form.
_RULE = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])|\n[^\S\n]*+\n\s*+")


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_splits_on_sentence_ends_but_not_abbreviations() -> None:
    text = "Mr. Smith met Gen. Lee on Nov. 5. They talked.  Then the U.S. Army left!\n\nNew paragraph"
    assert texts(text) == [
        "Mr. Smith met Gen. Lee on Nov. 5.",
        "They talked.",
        "Then the U.S. Army left!",
        "New paragraph",
    ]


# No deadline: each example takes microseconds, and one that a loaded machine held up for 200 ms proved nothing
# about the pattern (speed is a benchmark's to measure).
@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=".!?\n\r\t \u2028\"')]“‘(”’Aa1.", max_size=40))
def test_the_fast_boundary_pattern_finds_what_the_rule_finds(text: str) -> None:
    # Every run of marks, quote, bracket, space and line break the rule distinguishes, in any order.
    assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in _RULE.finditer(text)]


def test_quotes_stay_with_their_sentence() -> None:
    assert texts('He said "we will win." Then he left.') == ['He said "we will win."', "Then he left."]


def test_index_finds_the_sentence_of_an_offset() -> None:
    text = "First one. Second one here."
    index = SentenceIndex(text)
    assert index.containing(13, 19) == (11, 27)
    assert index.containing(0, 5) == (0, 10)


@pytest.mark.parametrize(
    "text",
    [
        "!" * 200_000 + " and then",
        "." * 200_000 + " And then",
        "\n" + " " * 200_000 + "x",
        "Mr. " * 50_000,
        "January " * 25_000,
    ],
    ids=["bangs", "dots", "one-long-gap", "abbreviations", "no-breaks"],
)
def test_splitting_adversarial_text_takes_linear_time(text: str) -> None:
    # The issue asks for a bound. Quadratic splitting took 28 s on 20,000 "!" and would take
    # most of an hour on these 200 KB; linear splitting takes a fraction of a second.
    started = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - started < 10
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_a_short_sentence_is_shown_whole() -> None:
    text = "Talks began on Monday and ended in the evening."
    assert window(text, (0, len(text)), 15, 21) == (0, len(text))


def _words(n: int, word: str = "word") -> str:
    return " ".join(f"{word}{i}" for i in range(n))


def test_a_long_sentence_is_cut_between_words_around_the_expression() -> None:
    text = f"{_words(200)} on 3 March 2023 {_words(200, 'after')}."
    start = text.index("3 March 2023")
    end = start + len("3 March 2023")
    first, last = window(text, (0, len(text)), start, end)
    assert last - first <= MAX_SENTENCE_CHARS
    assert first <= start and end <= last
    # Both sides get room, and no word is cut in half.
    assert start - first > 100 and last - end > 100
    assert text[first - 1] == " " and text[first] != " "
    assert text[last] == " " and text[last - 1] != " "


def test_room_the_sentence_start_leaves_unused_goes_after_the_expression() -> None:
    text = f"In 2020 {_words(300)}."
    first, last = window(text, (0, len(text)), 3, 7)
    assert first == 0
    assert MAX_SENTENCE_CHARS - 10 < last <= MAX_SENTENCE_CHARS


def test_window_stays_inside_its_sentence() -> None:
    before = "Short one. "
    text = f"{before}{_words(100)} in August {_words(100)}. Next sentence."
    sentence = (len(before), text.index(" Next"))
    start = text.index("August")
    first, last = window(text, sentence, start, start + 6)
    assert sentence[0] <= first and last <= sentence[1]


def test_a_text_without_spaces_keeps_just_the_expression() -> None:
    text = "x" * 1000 + "2024" + "y" * 1000
    assert window(text, (0, len(text)), 1000, 1004) == (1000, 1004)


_WORD_BEFORE_ANYWHERE = re.compile(r"(?<![\w.])([\w.]+)$")


def _spans_as_first_written(text: str) -> list[tuple[int, int]]:
    """sentence_spans as first written: the word before a dot looked for in the 40 characters before it."""
    spans = []
    start = 0
    for match in _RULE.finditer(text):
        if match.group().startswith("."):
            word = _WORD_BEFORE_ANYWHERE.search(text, max(0, match.start() - 40), match.start())
            token = word.group(1).lower().rstrip(".") if word else ""
            if (len(token) == 1 and token.isalpha()) or token in _ABBREVIATIONS:
                continue
        s, e = start, match.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        start = match.end()
    s, e = start, len(text)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
    return spans


_PIECES = [
    "Mr", "MRS", "approx", "Approxim", "U.S", "u.s.a", "a.m", "J", "é", "x1", "The", "said", "Inc", "Sept", "Thurs",
    "longerword", "St", "e.g", "İ", "No", "2024", "ab.cd.ef", ".", "..", "!", "?", " ", "  ", "\n", "\n\n", '"', "(",
]  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@example(["approx", ".", " ", "The"])
@example(["x1", "approx", ".", " ", "The"])
@example([" ", "Approxim", ".", " ", "Mr", ".", " ", "J", ".", " ", "2024"])
def test_sentences_split_as_first_written(pieces: list[str]) -> None:
    # The word before a dot is looked for only as far back as the longest abbreviation reaches.
    text = "".join(pieces)
    assert sentence_spans(text) == _spans_as_first_written(text)

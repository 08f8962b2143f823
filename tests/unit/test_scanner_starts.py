"""The word starts the scanner tries before a head, read from a plain text in lower case (``_starts``),
must be exactly those read word by word from the text as written (``_starts_as_written``): for every
head and every window, on sentences of our own with the edges of a word start (a "$" joining words,
hyphens, apostrophes, decimals and thousands, capitals, a text that opens with a number or a left word)."""

from __future__ import annotations

import pytest

from service.temporal.plain_ascii import is_plain
from service.temporal.scanner import _PLAIN, TRIGGER, _opens_a_word, _starts, _starts_as_written
from tests.unit.test_scanner_openings import SENTENCES

EDGES = [
    "3 weeks ago the 12 members met; 1,200 years and 3.5 weeks later, at 9.30 on the 4th.",
    "The first-half results, mid-March and post-2020 plans: an '80s revival, o'clock and rock'n'roll.",
    "Early Monday, EARLY MONDAY and early monday; About two years; about-face in May.",
    "US$5 billion over 10 years, -$3 in 2 days, $40 a week, $ 5 a day, 5$ 6 months, A$7 a year.",
    "the 2nd of May, a week or two, no more than five and a half days, last year's plan for next year.",
    "x-3 days, a-the week, it's the 1990s, the year-ago quarter, and_the 5 weeks, 20_000 days.",
    "$5 days, $$5 weeks, 1.$5 years, 1,$2 weeks, -$3 days, '$4 weeks, a$6 days, the$7 years, $the week.",
    'paid $ 5 a week, ($12) 3 days, "$40" two weeks, $1.5 billion over 3 years; $2,000 in 4 months, $.',
    "\n\n  Twenty years ago,\tthe\tfirst week\r\nof June; (the second) [last] {next} year.",
]
TEXTS = [t for t in [*SENTENCES, *EDGES] if is_plain(t)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_starts_read_in_lower_case_are_those_read_word_by_word(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        folded = variant.lower()
        for trigger in TRIGGER.finditer(variant):
            head = trigger.start()
            for window in range(head + 1):
                expected = _starts_as_written(variant, window, head, _PLAIN)
                assert _starts(variant, folded, window, head, _PLAIN) == expected, (variant, window, head)


@pytest.mark.parametrize("text", TEXTS)
def test_a_head_opens_a_word_where_the_word_pattern_says_so(text: str) -> None:
    # Asked without the regex engine at every head ("12" of "1.12", "000" of "200,000", "day" of "mid-day").
    for variant in (text, text.lower(), text.upper()):
        for trigger in TRIGGER.finditer(variant):
            head = trigger.start()
            expected = _PLAIN.word.match(variant, head, head + 1) is not None
            assert _opens_a_word(variant, head) == expected, (variant, head)


def test_the_starts_of_a_few_windows() -> None:
    # Left words ("about", "weeks", "the") and a number, not "after"; the head whatever its word; a window
    # that opens inside a word leaves that word out.
    text = "about 3 weeks after the Monday"
    head = text.index("Monday")
    assert _starts(text, text.lower(), 0, head, _PLAIN) == [0, 6, 8, 20, head]
    assert _starts(text, text.lower(), 2, head, _PLAIN) == [6, 8, 20, head]
    # A "$" joins the number to its word: "$5" is not tried, but a number after a word and a space is.
    text = "paid $5 in 2 days"
    assert _starts(text, text.lower(), 0, text.index("days"), _PLAIN) == [text.index("2"), text.index("days")]


def test_every_trigger_ends_in_a_letter_or_digit_so_heads_are_found_by_the_fast_search() -> None:
    # A trigger ending in a stop ("a.m.") makes the scanner fall back to a search for heads that tries a
    # look-behind at every character: the same expressions at several percent more cost per document.
    from service.temporal import scanner

    assert [t for t in scanner._TRIGGERS if not t[-1].isalnum()] == []
    assert scanner._HEAD_AFTER_GAP is not None

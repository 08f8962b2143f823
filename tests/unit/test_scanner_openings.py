"""The scanner tries at a word only the kinds whose pattern can open with it (``openings``): that must
never lose an expression. Checked against the plain rule, every kind in priority order at every word."""

from __future__ import annotations

import re

import pytest

from service.temporal.clauses import words_back
from service.temporal.grammar import KINDS
from service.temporal.openings import openings
from service.temporal.scanner import _LEFT_WORDS as LEFT_WORDS
from service.temporal.scanner import KIND_PATTERNS, TRIGGER, scan
from tests.unit.test_grammar_registry import EXAMPLES

# Sentences of our own with the openings that are easy to get wrong: optional leading words, spelled
# numbers, modifiers glued by a hyphen or by nothing, capitals, apostrophes, digits after letters.
SENTENCES = [
    *EXAMPLES.values(),
    "About three weeks ago, early-2025 plans and mid-November talks were set for the first half of 2025.",
    "EARLY MONDAY the board met; late yesterday it said nothing for now, and at least 20 more years remain.",
    "In the '90s and the late 1980s, each of the past three years, twice a year, every other Thursday.",
    "The Fourth of July, Christmas Eve 1889, this coming Sunday, March eighth, and the year-ago quarter.",
    "Some time later that year, earlier this month, a week or so ago, half an hour, a couple of days.",
    "FY2024-25 and Q3 FY2024, 1H25, the 12th century, the turn of the century, nineteen ninety-six.",
    "He arrived at 9.30pm on Saturday, left at 10 a.m.-noon, and returned mid-afternoon yesterday.",
    "Nov. 12-14, from 1 to 3 November, the July-September period, 2019/20, 11/5/2024 and 5.11.2024.",
    "Recent weeks, the weeks ahead, weeks or months, for years, within days, Tuesday nights, annually.",
    "The Sunday Times, Jan Smith, may and May, a while, decades, the future, these days, nowadays.",
    "1;2;3;4 May;5;the;6;June;7-8;9,10;11/12;the;13;weeks;14;ago;15;March;16",
]
_START = re.compile(r"(?<![\w’-])\S")


def _first_matching_kind(text: str, pos: int) -> tuple[str, int] | None:
    """The plain rule: every kind in priority order, the first that matches at ``pos``."""
    digit = "0" <= text[pos] <= "9"
    for kind in KINDS:
        if (kind.starts == "word" and digit) or (kind.starts == "digit" and not digit):
            continue
        m = KIND_PATTERNS[kind.name].match(text, pos)
        if m is not None:
            return kind.name, m.end()
    return None


@pytest.mark.parametrize("text", SENTENCES)
def test_a_kind_that_matches_at_a_word_is_among_those_tried_there(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        for start in _START.finditer(variant):
            pos = start.start()
            found = _first_matching_kind(variant, pos)
            if found is None:
                continue
            letters = re.match(r"[^\W\d_]*", variant[pos:])
            assert letters is not None
            word = letters.group().lower()
            assert openings(BY_PATTERN[found[0]]).admits(word), (found, variant[pos : found[1]], word)


BY_PATTERN = {k.name: k.pattern for k in KINDS}


def _plain_scan(text: str) -> list[tuple[str, int, int]]:
    """The scanner's rule written plainly: at each trigger, the word starts up to six words before it,
    left to right, each tried with every kind; the first match that reaches the trigger is taken."""
    found: list[tuple[str, int, int]] = []
    last_end = 0
    for trigger in TRIGGER.finditer(text):
        head = trigger.start()
        if head < last_end:
            continue
        for word in re.finditer(r"(?<![\w'’-])(?<!\d[.,])[\w'’$£€]+", text[: head + 1]):
            pos, w = word.start(), word.group()
            if pos < words_back(text, head, 6, last_end):
                continue
            if pos != head and not w[0].isdigit() and w[0] not in "'’" and w.lower() not in LEFT_WORDS:
                continue
            hit = _first_matching_kind(text, pos)
            if hit is not None and hit[1] > head:
                found.append((hit[0], pos, hit[1]))
                last_end = hit[1]
                break
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_the_scanner_finds_what_trying_every_kind_finds(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        assert [(m.kind, m.start, m.end) for m in scan(variant)] == _plain_scan(variant), variant


def test_openings_of_small_patterns() -> None:
    o = openings(r"(?:(?i:the)\s+)?(?:early|late)-?(?P<m>May|June)\b")
    assert o.admits("the") and o.admits("early") and o.admits("latemay") and not o.admits("for")
    assert not o.non_letter and not o.any_word
    assert openings(r"\d+\s+(?i:days)").admits("") and not openings(r"\d+").admits("days")
    # A class of letters repeated: no limit can be read, so any word.
    assert openings(r"[a-z]+ly\b").any_word
    assert openings(r"\w+").admits("anything")
    # A pattern that ends inside a word opens with any word that goes on from it.
    assert openings(r"(?i:mid)").admits("midweek") and not openings(r"(?i:mid)\b-").admits("midweek")

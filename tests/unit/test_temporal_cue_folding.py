"""Tense cues are matched on the text folded to lower case where that finds exactly what matching the
text ignoring case finds; elsewhere on the text itself."""

from __future__ import annotations

import re

import pytest

from service.temporal.clauses import Layout
from service.temporal.lexicon import en
from service.temporal.tense import _cues

SENTENCES = [
    "The council WILL meet on Friday, officials Said, and the vote was held in May.",
    "She'll travel to Lima next week; they're expected to sign, but couldn't agree on a date.",
    "Prices Have Been rising since March, and the firm Plans To expand, a spokesman told reporters.",
    "“We will not wait,” he said — the talks had been scheduled to resume on Monday.",
    "May the talks succeed: the board MAY decide later, but it could have acted sooner.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_cues_found_on_the_folded_text_are_those_found_ignoring_case(text: str) -> None:
    layout = Layout(text)
    lowered = layout.folded()
    assert lowered is not None
    assert _cues(layout, 0, len(text), lowered) == _cues(layout, 0, len(text))


def test_a_character_that_folds_in_more_ways_than_lower_keeps_the_text_as_written() -> None:
    # "ſ" (long s) matches "s" ignoring case, but lowers to itself; the Kelvin sign lowers to "k".
    assert Layout("The deal was ſigned.").folded() is None
    assert Layout("A 5 \u212a rise was reported.").folded() is None
    assert Layout("The “deal” — signed in Zürich").folded() is None  # ü has a case: kept as written
    assert Layout("The “deal” — signed on Friday").folded() == "the “deal” — signed on friday"


def test_the_cues_are_written_in_lower_case() -> None:
    # The folded text is matched as written: a cue with a capital would never match it.
    for cue in (*en.FUTURE_CUES, *en.PAST_CUES):
        literal = re.sub(r"\\.|\(\?P<\w+>", "", cue)
        assert literal == literal.lower(), cue

"""A participle of feeling after a word of degree or of being ("so excited", "really worried", "im gutted",
"feeling stressed") is an adjective of a state now, no past tense: a post's day beside it is the one to come.
With an object after it ("it really worried me") it is a verb in the past again."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find

WEDNESDAY_EVENING = datetime(2025, 9, 17, 20, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("off to lisbon on the 3rd, so excited", "the 3rd", "2025-10-03"),
        ("driving test on monday, really worried", "monday", "2025-09-22"),
        ("first gig in years on friday and im so excited", "friday", "2025-09-19"),
        ("interview on thursday, feeling stressed already", "thursday", "2025-09-18"),
    ],
)
def test_a_feeling_after_a_word_of_degree_is_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY_EVENING, "colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the letter really worried me on monday", "monday", "2025-09-15"),
        ("i was so excited on saturday", "saturday", "2025-09-13"),
    ],
)
def test_a_feeling_told_in_the_past_or_with_an_object_stays_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY_EVENING, "colloquial").value == value

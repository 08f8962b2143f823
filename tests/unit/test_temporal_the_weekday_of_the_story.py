"""A weekday after "the" that heads its noun phrase ("by the Monday", "the final is on the Sunday"), once the
text has told a day, is that weekday nearest the story's day, "the" inside the span (CONVENTIONS.md 1: a
determiner goes inside a head noun phrase). A weekday that qualifies a noun ("the Tuesday deadline") is left
as it was.

Sentences of our own. Publication is Monday 2 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find, values

MONDAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The shop was left unstaffed from Friday, 23 August 2024 until the following Tuesday. By the Monday, "
            "thieves had taken most of the stock.",
            "the Monday",
            "2024-08-26",
        ),
        (
            "The festival opened on Thursday 4 July 2024. On the Saturday, storms closed the main stage.",
            "the Saturday",
            "2024-07-06",
        ),
        (
            "The league's finals weekend is 16-17 May 2026, with the cup final on the Sunday.",
            "the Sunday",
            "2026-05-17",
        ),
        (
            "The strike began on Wednesday 8 January 2025 and by the Friday most depots were shut.",
            "the Friday",
            "2025-01-10",
        ),
    ],
)
def test_the_weekday_of_the_story(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, MONDAY)
    assert t.value == value


def test_a_weekday_that_qualifies_a_noun() -> None:
    found = values("Bids were opened on 3 February 2026, a day after the Tuesday deadline.", MONDAY)
    assert not any(text.startswith("the Tuesday") for text, _, _ in found)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # In a post too, "the" outside the span as a post's annotators write it (publication Tue 5 Nov 2024).
        ("can i move my haircut from wed 13th to the friday?", "friday", "2024-11-15"),
        ("party is on sat 16th, recovering the sunday", "sunday", "2024-11-17"),
        ("exams finish thurs 14th and we go away the saturday", "saturday", "2024-11-16"),
    ],
)
def test_the_weekday_after_a_post_s_day(text: str, phrase: str, value: str) -> None:
    found = values(text, date(2024, 11, 5), "colloquial")
    assert (phrase, "DATE", value) in found, found

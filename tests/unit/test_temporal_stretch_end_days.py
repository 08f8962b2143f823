"""A day that ends a stretch ("fees are waived through Sunday", "free till Saturday") is no day the story is
about: a clock time told after it, with no day of its own, keeps the day of writing; a day the story is
about ("the parade is on Sunday") still gives its clock times their day.

Sentences of our own; publication is Tuesday 5 November 2024 at 09:00.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find

POSTED = datetime(2024, 11, 5, 9, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Fees are waived through Sunday. The terminal reopens at 9 p.m.", "9 p.m.", "2024-11-05T21:00"),
        ("Parking is free till Saturday. The market opens at 8 p.m.", "8 p.m.", "2024-11-05T20:00"),
        ("Refunds are offered until Friday. The helpline closes at 6 p.m.", "6 p.m.", "2024-11-05T18:00"),
        # A day told as the story's own still dates the clock times after it.
        ("The parade is on Sunday. It starts at 2 p.m.", "2 p.m.", "2024-11-10T14:00"),
    ],
)
def test_a_clock_time_after_the_end_of_a_stretch_keeps_the_day_of_writing(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, POSTED).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A word of degree between the preposition and the day leaves it the end of the stretch, still to come.
        ("Residents were told to stay away until at least Wednesday morning.", "Wednesday morning", "2024-11-06TMO"),
        ("The line was closed until at least Thursday, the operator said.", "Thursday", "2024-11-07"),
        ("Talks could run until as late as Friday.", "Friday", "2024-11-08"),
        ("Pupils were kept at home through at least Thursday.", "Thursday", "2024-11-07"),
    ],
)
def test_at_least_between_until_and_the_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, POSTED).value == value

"""In news, a thing booked "for" a date is still to come ("the union has called a strike for Monday"), but
where that thing is the subject of a past verb ("a concert scheduled for May 11 was cancelled") the day it
was set for may have come and gone: the nearer one is meant.

Sentences of our own, each with its publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

JULY = date(2024, 7, 27)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("A heavyweight bout scheduled for May 11 was cancelled at the last minute.", "May 11", "2024-05-11"),
        ("A vote scheduled for June 3 was delayed by a week.", "June 3", "2024-06-03"),
        ("The concerts planned for April 20 and 21 were called off after the storm.", "April 20", "2024-04-20"),
        ("The hearing, set for July 2, had been postponed twice before.", "July 2", "2024-07-02"),
    ],
)
def test_a_thing_booked_then_told_in_the_past_takes_the_nearer_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, JULY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The union has called a strike for Monday.", "Monday", "2024-07-29"),
        ("The council scheduled a vote for June 3.", "June 3", "2025-06-03"),
        ("A bout scheduled for May 11 will be shown live.", "May 11", "2025-05-11"),
    ],
)
def test_a_thing_booked_is_still_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, JULY).value == value

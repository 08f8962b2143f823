"""Days from one to another named before a week by its place ("from Monday to Wednesday next week") are both
days of that week, as days listed with "and" are, where the first comes before the second in the week. A span
that runs over the week's turn ("from Saturday to Tuesday next week") starts in the week before.

Sentences of our own. Publication is Wednesday 6 November 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

WEDNESDAY = date(2024, 11, 6)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The inquiry will sit from Monday to Wednesday next week.", "Monday", "2024-11-11"),
        ("The bridge will be shut Tuesday through Thursday next week.", "Tuesday", "2024-11-12"),
        ("Pupils stayed home from Monday until Thursday last week.", "Monday", "2024-10-28"),
        ("The market traded Monday to Friday last week.", "Monday", "2024-10-28"),
        ("Nurses will strike from Tuesday till Friday of next week.", "Tuesday", "2024-11-12"),
    ],
)
def test_the_first_day_is_of_the_named_week(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fair runs from Saturday to Tuesday next week.", "Saturday", "2024-11-09"),
        ("The fair runs from Saturday to Tuesday next week.", "Tuesday", "2024-11-12"),
    ],
)
def test_a_span_over_the_turn_of_the_week(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Talks resume next week, on Tuesday to June 5.", "Tuesday", "2024-11-12"),
        ("The show runs next week, on Thursday to 30 November.", "Thursday", "2024-11-14"),
        ("Crews work next week, on Monday through Christmas Eve.", "Monday", "2024-11-11"),
    ],
)
def test_a_span_that_ends_on_a_date_keeps_its_weekday_in_the_named_week(text: str, phrase: str, value: str) -> None:
    # The end of the span is no weekday: the span is not read as one of days, and the weekday stays the week's.
    assert find(text, phrase, WEDNESDAY).value == value

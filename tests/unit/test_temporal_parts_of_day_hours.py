"""An hour said of a part of the day reads the same whether it is one time ("at four in the afternoon") or
the time of each day of a set ("every evening at 7"): after noon for the afternoon and evening, after noon
at night unless in the small hours, twelve in the afternoon is noon and twelve in the morning midnight.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The hearing resumed at four in the afternoon on Monday.", "four in the afternoon", "2024-11-04T16:00"),
        ("The ferry left at 12:30 in the afternoon on Monday.", "12:30 in the afternoon", "2024-11-04T12:30"),
        ("We met at 12 in the afternoon on Monday.", "12 in the afternoon", "2024-11-04T12:00"),
        ("The alarm went off at twelve in the morning on Monday.", "twelve in the morning", "2024-11-04T00:00"),
        ("The shelling stopped at two at night on Monday.", "two at night", "2024-11-04T02:00"),
        ("The guards changed at 9:15 at night on Monday.", "9:15 at night", "2024-11-04T21:15"),
    ],
)
def test_an_hour_of_a_part_of_the_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The choir sings every evening at 7.", "7", "XXXX-XX-XXT19:00"),
        ("The bell rings every afternoon at 12.", "12", "XXXX-XX-XXT12:00"),
        ("The patrol goes out every night at 10.", "10", "XXXX-XX-XXT22:00"),
        ("The bakery opens every morning at 6.", "6", "XXXX-XX-XXT06:00"),
        # No part of the day: a bare hour from 1 to 6 is after noon.
        ("The tour leaves every Sunday at 3.", "3", "XXXX-XX-XXT15:00"),
    ],
)
def test_the_hour_of_each_day_of_a_set(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value

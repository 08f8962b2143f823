"""A weekday booked, in a post made on that weekday, is next week's: a day is booked ahead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

MONDAY = date(2024, 11, 4)


@pytest.mark.parametrize(
    "text",
    ["just booked monday off!!", "finally booked monday off work", "booked a table for monday, cant wait"],
)
def test_booked_on_the_same_weekday_is_next_week(text: str) -> None:
    assert find(text, "monday", MONDAY, "colloquial").value == "2024-11-11"


def test_a_day_taken_off_is_today() -> None:
    assert find("took monday off to sort the garden", "monday", MONDAY, "colloquial").value == "2024-11-04"

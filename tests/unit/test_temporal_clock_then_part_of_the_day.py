"""A clock time with am/pm followed by "this morning", "this afternoon", "this evening" or "last night": one
expression, the part of the day naming the day ("the blaze started at 11pm last night": the evening before)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import DCT, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blaze started at 11pm last night.", ("11pm last night", "TIME", "2024-11-04T23:00")),
        ("Neighbours heard a bang at 2.30am last night.", ("2.30am last night", "TIME", "2024-11-05T02:30")),
        ("The bridge reopened at 7am this morning.", ("7am this morning", "TIME", "2024-11-05T07:00")),
        ("The minister speaks at 4pm this afternoon.", ("4pm this afternoon", "TIME", "2024-11-05T16:00")),
        ("Polls close at 9 p.m. this evening.", ("9 p.m. this evening", "TIME", "2024-11-05T21:00")),
    ],
)
def test_a_clock_time_and_a_part_of_the_writer_s_day_are_one(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text, DCT) == [expected]


def test_last_night_told_in_the_small_hours_is_the_night_just_gone() -> None:
    text = "finally home, the cab came at 11pm last night and got lost twice"
    found = values(text, datetime(2024, 11, 5, 0, 40), "colloquial")
    assert found[0] == ("11pm last night", "TIME", "2024-11-04T23:00")

"""A post's "half 12" in the small hours, and a bare hour after the hedge "like" ("at like half 12")."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find, values

POSTS = "colloquial"


@pytest.mark.parametrize(
    ("text", "posted", "value"),
    [
        # noon still to come: the half hour after the midnight just gone, this day's 00:30 (was "24:30")
        ("cant sleep, been awake since half 12", datetime(2023, 8, 22, 1, 44), "2023-08-22T00:30"),
        ("baby up since half 12 and now its 3", datetime(2024, 1, 7, 3, 5), "2024-01-07T00:30"),
    ],
)
def test_since_half_twelve_in_the_small_hours(text: str, posted: datetime, value: str) -> None:
    assert find(text, "half 12", posted, POSTS).value == value


def test_since_twelve_in_the_small_hours_is_the_midnight_gone() -> None:
    assert find("been up since 12", "12", datetime(2023, 8, 22, 1, 44), POSTS).value.endswith("T24:00")


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        (
            "anyone hear the fox at like half 12?? terrifying",
            datetime(2024, 5, 21, 0, 36),
            "half 12",
            "2024-05-21T00:30",
        ),
        ("got home at like 11 and the cat was on the roof", datetime(2024, 5, 21, 0, 36), "11", "2024-05-20T23:00"),
        ("the alarm went off at like 5 for no reason", datetime(2024, 5, 21, 7, 10), "5", "2024-05-21T05:00"),
    ],
)
def test_a_bare_hour_after_like(text: str, posted: datetime, phrase: str, value: str) -> None:
    assert find(text, phrase, posted, POSTS).value == value


def test_like_before_a_count_is_no_hour() -> None:
    assert not values("won at like 8 games in a row", datetime(2024, 5, 21, 12, 0), POSTS)

""" "the fall" is the season after a preposition of time ("in the fall", "from the fall", "until the fall");
elsewhere, and before "in" and what fell, news means a decline ("recovered much of the fall", "the fall in
prices", "blamed the fall on weak demand").

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``), and 9 April 2024 for the seasons.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import values

APRIL = date(2024, 4, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Shares recovered much of the fall by the close.",
        "The fall in fuel prices was welcomed by hauliers.",
        "Analysts blamed the fall on weak demand from China.",
        "The fall was the steepest in a single day since 2008.",
        "The pound bounced back from the fall in the previous session.",
    ],
)
def test_the_fall_as_a_decline_is_no_season(text: str) -> None:
    assert all(x.lower() != "the fall" for x, _, _ in values(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new school will open in the fall.", "2024-FA"),
        ("The district will move to a four-day week from the fall.", "2024-FA"),
        ("The road will stay closed until the fall.", "2024-FA"),
        ("Orders slowed during the fall, the company said.", "2023-FA"),
    ],
)
def test_the_fall_after_a_preposition_of_time_is_the_season(text: str, value: str) -> None:
    assert ("the fall", "DATE", value) in values(text, APRIL)

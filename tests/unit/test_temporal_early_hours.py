""" "The early hours" are the hours after midnight, a part of a night, not a stretch of hours to count: never a
duration. Where a day follows ("the early hours of Sunday") the day is the expression. Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import values

# A Tuesday.
TUESDAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police were called to the flat in the early hours.", []),
        ("The killing took place in the early hours of Christmas Day 2023.",
         [("Christmas Day 2023", "DATE", "2023-12-25")]),
        ("He was arrested in the early hours of this morning.", [("this morning", "TIME", "2025-06-03TMO")]),
        ("The fire broke out in the early hours of Sunday.", [("Sunday", "DATE", "2025-06-01")]),
    ],
)  # fmt: skip
def test_the_early_hours_are_no_duration(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, TUESDAY) == expected


def test_the_first_hours_of_a_stretch_still_count() -> None:
    assert values("Rescuers said the first hours after the quake were critical.", TUESDAY) == [
        ("the first hours", "DURATION", "PTXH")
    ]

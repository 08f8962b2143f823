"""The writer's time of year, or the story's week or month, a year back: "more guards than at this time last
year" is the month of publication a year ago (2024-05), "up from the same week last year" the week of the
story a year ago (2024-W21), "the same month last year" the month the story reports a year ago. Sentences of
our own; publication is Thursday 22 May 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

THURSDAY = date(2025, 5, 22)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The resort has 40 more lifeguards than at this time last year.", "this time last year", "2024-05"),
        ("Diesel costs 12% more than this time a year ago.", "this time a year ago", "2024-05"),
        ("Hospital admissions were up a third from the same week last year.", "the same week last year", "2024-W21"),
        ("Ticket sales rose 8% from the same month a year ago.", "the same month a year ago", "2024-05"),
        ("Car sales in April rose 4% from the same month last year.", "the same month last year", "2024-04"),
    ],
)
def test_a_year_back_keeps_the_week_or_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


def test_last_year_alone_stays_the_year() -> None:
    assert find("Every time we went last year it rained.", "last year", THURSDAY).value == "2024"

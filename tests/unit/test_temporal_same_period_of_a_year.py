"""A period set beside the one a report is about, in a year written after it: "the same quarter of 2021",
"the corresponding period in 2019", "the same month of 2022". The year belongs to the expression (one span),
and the period is the one being told of (the quarter or half reported on, the month named near) moved to
that year; the year alone where no period is being told of.

Sentences of our own. Publication is Thursday 25 July 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

THURSDAY = date(2024, 7, 25)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Orders in the second quarter rose 6% from the same quarter of 2021.", "the same quarter of 2021", "2021-Q2"),
        (
            "Second-quarter bookings were the strongest since the corresponding period in 2019.",
            "the corresponding period in 2019",
            "2019-Q2",
        ),
        ("Visitor numbers in June were below the same month of 2019.", "the same month of 2019", "2019-06"),
        ("Footfall in May was higher than in the same month in 2022.", "the same month in 2022", "2022-05"),
        (
            "Profit for the first half fell 8% against the comparable period of 2022.",
            "the comparable period of 2022",
            "2022-H1",
        ),
    ],
)
def test_the_period_told_of_in_the_year_written(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Burglaries were up a fifth on the same period of 2020.", "the same period of 2020", "2020"),
        ("Attendance matched the same year in 2018.", "the same year in 2018", "2018"),
    ],
)
def test_the_year_alone_where_no_period_is_told(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # Without a word that sets it beside another, the year is an expression of its own.
        ("The plant shut for the month in 2019.", "2019"),
        ("Crews worked through the week in 2021 to clear the line.", "2021"),
        ("Takings fell in the quarter of 2020 that the shops were shut.", "2020"),
    ],
)
def test_no_year_joined_without_a_comparison(text: str, year: str) -> None:
    assert find(text, year, THURSDAY).value == year

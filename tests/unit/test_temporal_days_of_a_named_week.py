"""A weekday named beside a week by its place from now ("on Friday next week", "Monday of last week", "next
week, on Tuesday", "Saturday and Sunday next weekend") is that week's day, not the nearest such day the
weekday alone would give. A week named by what it holds ("the holiday weekend, on Tuesday"), or a day set
apart from the week by a comma alone or a line break, keeps its own reading.

Sentences of our own. Publication is Monday 6 January 2025 (ISO week 2), and Saturday 11 January 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find, values

MONDAY = date(2025, 1, 6)
SATURDAY = date(2025, 1, 11)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The final will be played on Friday next week.", "Friday", "2025-01-17"),
        ("The committee meets on Tuesday next week to vote on the plan.", "Tuesday", "2025-01-14"),
        ("Ministers will hold talks on Thursday of next week.", "Thursday", "2025-01-16"),
        ("we're off to the coast friday next week", "friday", "2025-01-17"),
        ("The results are published next week, on Wednesday.", "Wednesday", "2025-01-15"),
        ("The plant reopens next week on Thursday.", "Thursday", "2025-01-16"),
        ("A strike is planned for Wednesday evening next week.", "Wednesday evening", "2025-01-15TEV"),
    ],
)
def test_a_day_of_next_week(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The board met on Monday last week.", "Monday", "2024-12-30"),
        ("Police were called to the flat on Thursday of last week.", "Thursday", "2025-01-02"),
        ("Talks resume on Thursday this week.", "Thursday", "2025-01-09"),
    ],
)
def test_a_day_of_last_week_or_this_week(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value


def test_days_listed_before_the_weekend_they_belong_to() -> None:
    # Told on a Saturday: the weekend named is next week's, and so are its days, though "Saturday" alone is today.
    found = values("Extra buses will run on Saturday and Sunday next weekend.", SATURDAY)
    assert ("Saturday", "DATE", "2025-01-18") in found
    assert ("Sunday", "DATE", "2025-01-19") in found
    found = values("The market is open on Saturday or Sunday this weekend.", MONDAY)
    assert ("Saturday", "DATE", "2025-01-11") in found
    assert ("Sunday", "DATE", "2025-01-12") in found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A weekend named by its holiday: the day after it is no day of it.
        ("Staff came back from the holiday weekend on Tuesday.", "Tuesday", "2024-12-31"),
        # A comma alone: the day is of its own clause, read as the weekday alone.
        ("Prices rose sharply last week, Friday's figures showed.", "Friday", "2025-01-03"),
        # A headline's last word and the next line.
        ("Council to vote on Thursday\nNext week the budget goes to a full meeting.", "Thursday", "2025-01-09"),
    ],
)
def test_a_day_not_set_beside_a_week_keeps_its_reading(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value

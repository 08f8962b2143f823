""" "the day", "that day", "the next morning" told in the past are of no day of a month or year still to come:
in news, after "next month" or "in January" (later than publication), a clause in the past is about the
story's last day (else the publication's), not an unknown day of that month. Told of the future, the month
to come stays their anchor, with the day unknown.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The alliance met on Friday. It will celebrate its anniversary in Washington next month. "
            "But in many ways the day belonged to the three new members.",
            "the day",
            "2024-11-01",
        ),
        (
            "The ministers signed the treaty on Monday, and it takes effect in January. "
            "That day, protesters gathered outside.",
            "That day",
            "2024-11-04",
        ),
        (
            "The union said the strike would go ahead in December. That day the plant was quiet.",
            "That day",
            "2024-11-05",
        ),
    ],
)
def test_a_past_clause_is_of_no_day_of_a_month_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The summit is set for next month. The day will begin with a parade.", "The day", "2024-12-XX"),
        ("The festival opens in December. That day the mayor will cut a ribbon.", "That day", "2024-12-XX"),
        ("The factory closed in October 1998. That day the workers marched.", "That day", "1998-10-XX"),
    ],
)
def test_a_month_to_come_or_a_past_month_stays_the_anchor(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value

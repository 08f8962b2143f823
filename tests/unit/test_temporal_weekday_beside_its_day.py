"""A weekday written right after a day that falls on it names that day again ("mothers day sunday", "valentines
friday"), whatever the tense of the clause would pick; a weekday that does not fit the day is read as before.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "posted", "weekday", "value"),
    [
        # Told in the past or the perfect around it, the day still to come.
        (
            "pancake day tuesday, already bought the eggs and lemons",
            datetime(2025, 2, 27, 13, 0),
            "tuesday",
            "2025-03-04",
        ),
        (
            "valentines friday and ive not booked a table. too late?",
            datetime(2025, 2, 10, 16, 0),
            "friday",
            "2025-02-14",
        ),
        ("mothers day sunday, ordered the flowers, job done", datetime(2025, 3, 26, 20, 0), "sunday", "2025-03-30"),
        (
            "Halloween Friday and we already bought far too many sweets",
            datetime(2025, 10, 27, 9, 0),
            "Friday",
            "2025-10-31",
        ),
        # Told of a day gone, the day it was.
        ("christmas eve tuesday was chaos at the shop", datetime(2025, 1, 3, 9, 0), "tuesday", "2024-12-24"),
    ],
)
def test_a_weekday_after_its_day_is_that_day(text: str, posted: datetime, weekday: str, value: str) -> None:
    found = dict((t, v) for t, _, v in values(text, posted, document_type="colloquial"))
    assert found[weekday] == value


def test_a_weekday_that_does_not_fit_the_day_is_its_own() -> None:
    # Christmas Eve 2025 is a Wednesday: "friday" is the coming Friday, not a name of the 24th.
    found = dict(
        (t, v)
        for t, _, v in values(
            "christmas eve friday? no its wednesday", datetime(2025, 12, 16, 9, 0), document_type="colloquial"
        )
    )
    assert found["friday"] == "2025-12-19"

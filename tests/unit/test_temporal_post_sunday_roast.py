"""A post's "sunday roast" with no article before it is that day's roast, the weekday a day as in "sunday dinner"
("sunday roast in a heatwave", posted on a Sunday: that Sunday); "a sunday roast", "every sunday roast" are the
kind of meal.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "posted", "value"),
    [
        ("sunday roast in a heatwave because tradition", datetime(2023, 7, 9, 14, 35), "2023-07-09"),
        ("sunday roast at nans at 1, football at 4.30", datetime(2025, 4, 6, 9, 42), "2025-04-06"),
        ("Sunday roast for 9 people. never again", datetime(2024, 5, 12, 19, 0), "2024-05-12"),
    ],
)
def test_the_day_s_roast_is_the_day(text: str, posted: datetime, value: str) -> None:
    assert ("DATE", value) in [(v[1], v[2]) for v in values(text, posted, document_type="colloquial")]


@pytest.mark.parametrize("text", ["nothing beats a sunday roast", "honestly every sunday roast is the same"])
def test_the_kind_of_meal_is_no_day(text: str) -> None:
    found = values(text, datetime(2025, 4, 6, 9, 42), document_type="colloquial")
    assert [v for v in found if v[0].lower() == "sunday"] == []

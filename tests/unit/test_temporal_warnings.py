"""Weekdays in forecasts and warnings: what "is expected" on a day and the day a night or a spell runs into
("overnight into Tuesday", "lingering into Wednesday") are still to come unless told in the past, and
"overnight" before such a day is the night before it.

Sentences of our own; publication is Thursday 7 November 2024 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import DCT, find

THURSDAY = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Heavy rain is expected overnight into Tuesday.", "Tuesday", "2024-11-12"),
        ("Heavy rain is expected overnight into Tuesday.", "overnight", "2024-11-11TNI"),
        ("Snow will fall overnight into Saturday, forecasters said.", "overnight", "2024-11-08TNI"),
        ("Gales are forecast to ease overnight into tomorrow.", "overnight", "2024-11-07TNI"),
        ("Showers lingering into Wednesday could bring flooding.", "Wednesday", "2024-11-13"),
        # Told in the past, the day run into is the one gone.
        ("The storm knocked out power overnight into Tuesday.", "Tuesday", "2024-11-05"),
        ("The storm knocked out power overnight into Tuesday.", "overnight", "2024-11-04TNI"),
        ("The talks dragged on into Monday.", "Monday", "2024-11-04"),
    ],
)
def test_the_day_a_night_runs_into(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "published"),
    [
        ("A ruling is expected on Friday.", "Friday", "2024-11-08", DCT),
        ("Results are expected Monday after the count.", "Monday", "2024-11-11", THURSDAY),
        ("The report is anticipated on Wednesday.", "Wednesday", "2024-11-13", THURSDAY),
        # "was expected" tells of a forecast made before: the nearer day, as before.
        ("A ruling was expected on Friday but never came.", "Friday", "2024-11-01", DCT),
    ],
)
def test_what_is_expected_on_a_weekday_is_still_to_come(text: str, phrase: str, value: str, published: date) -> None:
    assert find(text, phrase, published).value == value

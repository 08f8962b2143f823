"""A meal or gathering of the day told before its bare hour is never held in the small hours: "brunch at 2" is
14:00 (brunch is no word of the morning for the hour after it), "bbq at 3, fireworks at dark" 15:00 though
fireworks speak of the night. Posted in the small hours, such an hour gone by that night keeps it ("home from the
bbq at 1", posted at 02:00), and "danced till 3 after dinner" is still the small hours.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


def _times(text: str, posted: datetime) -> list[tuple[str, str]]:
    return [(t, v) for t, kind, v in values(text, posted, document_type="colloquial") if kind == "TIME"]


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("sunday funday. brunch at 2", datetime(2025, 2, 9, 13, 20), ("2", "2025-02-09T14:00")),
        ("happy 4th! bbq at 3, fireworks at dark", datetime(2025, 7, 4, 13, 0), ("3", "2025-07-04T15:00")),
        ("picnic at 1 then fireworks over the bay", datetime(2025, 7, 4, 10, 0), ("1", "2025-07-04T13:00")),
        ("brunch at 11 then a nap", datetime(2025, 7, 4, 9, 0), ("11", "2025-07-04T11:00")),
    ],
)
def test_a_meal_of_the_day_is_no_small_hours(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("home from the bbq at 1, fireworks were mad", datetime(2025, 7, 4, 2, 0), ("1", "2025-07-04T01:00")),
        ("danced till 3 after dinner", datetime(2025, 7, 4, 13, 0), ("3", "2025-07-04T03:00")),
    ],
)
def test_the_small_hours_stay_where_told(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)

"""A post's list of the day's bare hours goes on into the evening after an afternoon's hour ("bbq at 4, fire pit
at 8, complaints at 9": 20:00, 21:00), though not after a bare 6, which may be the morning's ("gym at 6, work at
8"); and "by" with a bare hour that ends its clause is one of the list's hours ("pizza at 7, film at 8, asleep on
the sofa by 9", "pub by 1, sunburnt by 3"), where alone it may be a margin ("we won by 2", "prices increased by
5, wages by 2").

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


def _hours(text: str, posted: datetime) -> list[tuple[str, str]]:
    return [(t, v[11:]) for t, kind, v in values(text, posted, document_type="colloquial") if kind == "TIME"]


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        (
            "bbq at 4, fire pit at 8, neighbours complained at 9. classic saturday",
            datetime(2026, 4, 18, 19, 34),
            [("4", "16:00"), ("8", "20:00"), ("9", "21:00")],
        ),
        (
            "football at 3, pub at 5, kebab at 11. saturday sorted",
            datetime(2025, 9, 27, 14, 0),
            [("3", "15:00"), ("5", "17:00"), ("11", "23:00")],
        ),
        (
            "pickup at 3, swimming at 5, tea at 7",
            datetime(2025, 9, 24, 9, 0),
            [("3", "15:00"), ("5", "17:00"), ("7", "19:00")],
        ),
        (
            "gym at 6, work at 8, home by 6",
            datetime(2025, 9, 24, 5, 40),
            [("6", "06:00"), ("8", "08:00"), ("6", "18:00")],
        ),
    ],
)
def test_a_list_goes_on_later_in_the_day(text: str, posted: datetime, expected: list[tuple[str, str]]) -> None:
    assert _hours(text, posted) == expected


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("pizza at 7, film at 8, asleep on the sofa by 9. bliss", datetime(2024, 1, 12, 18, 20), ("9", "21:00")),
        ("bank hol and its sunny?? pub by 1, sunburnt by 3", datetime(2024, 5, 6, 11, 2), ("3", "15:00")),
        ("finish at 4, train at 4.40, beach by 7", datetime(2025, 6, 6, 15, 24), ("7", "19:00")),
    ],
)
def test_by_an_hour_of_a_list_is_a_time(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _hours(text, posted)


@pytest.mark.parametrize(
    "text",
    [
        "we won by 2, they won by 3",
        "prices increased by 5, wages by 2",
        "the bus was late by 5 and the train by 10",
    ],
)
def test_a_margin_by_is_no_time(text: str) -> None:
    assert _hours(text, datetime(2025, 3, 3, 12, 0)) == []

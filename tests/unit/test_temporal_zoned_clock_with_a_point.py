"""A 24-hour clock time written with a point, as British copy writes it, followed by a time zone: "14.00
GMT", "9.30 BST", "03.12 GMT". The zone says it is no decimal (without one, "at 14.00" may be a price)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import values

MORNING = datetime(2024, 11, 5, 7, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading in the shares resumes at 14.00 GMT.", [("14.00 GMT", "TIME", "2024-11-05T14:00")]),
        ("Kick-off is at 17.30 GMT on Saturday.", [("17.30 GMT", "TIME", "2024-11-09T17:30"),
                                                  ("Saturday", "DATE", "2024-11-09")]),
        ("The eclipse is at its fullest at 21.12 UTC.", [("21.12 UTC", "TIME", "2024-11-05T21:12")]),
    ],
)  # fmt: skip
def test_a_clock_time_with_a_point_and_a_zone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, MORNING) == expected


def test_a_decimal_with_no_zone_after_it_is_no_clock_time() -> None:
    assert values("Shares in the group closed at 14.00, up a penny.", MORNING) == []

""" "next" and a weekday that ends a range opened by a weekday is the first such day after the range's first.

"The road will be closed between Tuesday and next Monday", published on a Thursday: the Tuesday is the coming
one, and "next Monday" the Monday after it, not the Monday before it, which would put the start after the end.
Where the nearest "next" day already lies after the first day, it stays.

Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import values

THURSDAY = date(2024, 11, 7)
SATURDAY = date(2024, 11, 9)
WEDNESDAY = date(2024, 11, 6)


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        ("The road will be closed between Tuesday and next Monday.", THURSDAY, "2024-11-12", "2024-11-18"),
        ("The gallery will shut from Tuesday to next Monday for repairs.", THURSDAY, "2024-11-12", "2024-11-18"),
        ("The exhibition runs from Friday until next Wednesday.", SATURDAY, "2024-11-15", "2024-11-20"),
        ("Buses will replace trains between Saturday and next Thursday.", WEDNESDAY, "2024-11-09", "2024-11-14"),
        ("The road was closed between Tuesday and next Monday.", THURSDAY, "2024-11-05", "2024-11-11"),
    ],
)
def test_the_range_ends_after_it_begins(text: str, published: date, first: str, last: str) -> None:
    found = [v for _, _, v in values(text, published)]
    assert found == [first, last]


def test_next_weekday_alone_is_unchanged() -> None:
    assert [v for _, _, v in values("The road will reopen next Monday.", THURSDAY)] == ["2024-11-11"]

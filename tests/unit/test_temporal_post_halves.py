"""A post's "the second half", "the first half" with no year named is half of what the post tells (a run, a
match, a film), no half year ("ran the second half backwards"); "the first half of the year", "the second half
of 2024" stay the calendar's halves.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2024, 4, 6, 8, 53)


@pytest.mark.parametrize(
    "text",
    [
        "parkrun in a gale. ran the second half backwards basically",
        "the film gets good in the second half, stick with it",
        "slept through the first half tbh",
    ],
)
def test_a_half_of_what_the_post_tells_is_no_date(text: str) -> None:
    assert [v for v in values(text, _POSTED, document_type="colloquial") if "half" in v[0]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first half of the year flew by", ("the first half of the year", "DATE", "2024-H1")),
        ("welcome to the second half of 2024", ("the second half of 2024", "DATE", "2024-H2")),
    ],
)
def test_the_calendar_s_halves_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, _POSTED, document_type="colloquial")

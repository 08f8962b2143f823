"""A race's time written as hours, minutes and seconds ("won in 2:05:36") or minutes, seconds and hundredths
("ran 3:29.67") is no clock time: no part of it is read as one. Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import values

# A Tuesday.
TUESDAY = date(2025, 5, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She ran the marathon in 2:18:45 on Sunday.", [("Sunday", "DATE", "2025-05-11")]),
        ("The men's race was won in 2:05:36 by a debutant.", []),
        ("He finished in 1:59:40, a course record.", []),
        ("She won the 1,500 metres in 3:29.67 on Friday.", [("Friday", "DATE", "2025-05-09")]),
    ],
)
def test_a_race_time_is_no_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting began at 14:30 on Monday.",
         [("14:30", "TIME", "2025-05-12T14:30"), ("Monday", "DATE", "2025-05-12")]),
        ("The polls close at 22:00.", [("22:00", "TIME", "2025-05-13T22:00")]),
    ],
)  # fmt: skip
def test_hours_and_minutes_alone_are_still_a_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "doc_type", "expected"),
    [
        ("The first tremor was logged at 14:30:15 on Monday.", "news",
         [("14:30:15", "TIME", "2025-05-12T14:30"), ("Monday", "DATE", "2025-05-12")]),
        ("The doors will close at 23:59:59 on Friday.", "news",
         [("23:59:59", "TIME", "2025-05-16T23:59"), ("Friday", "DATE", "2025-05-16")]),
        ("alarm went off at 06:45:30 on monday and i was still asleep", "colloquial",
         [("06:45:30", "TIME", "2025-05-12T06:45"), ("monday", "DATE", "2025-05-12")]),
        ("finished in 4:41:30 on sunday, legs gone", "colloquial", [("sunday", "DATE", "2025-05-11")]),
    ],
)  # fmt: skip
def test_a_clock_time_with_seconds_after_at_is_its_minute(
    text: str, doc_type: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text, TUESDAY, doc_type) == expected

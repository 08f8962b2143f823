"""A post's clock time of the daylight told as how things stand these days ("its dark at 5 now", "sunset at 4.30
now", "the sun doesnt come up till 8 now", "dark at 6.30 already", "dark by 4.30 still") is that time of no one
day (XXXX-XX-XXT17:00): every evening keeps it for now. A day named ("still light at 5 today"), a past tense ("it
was dark by 4") or the day the clocks change keeps the day's; a plan moved "now" is still today's.

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
        ("its dark at 4.30 now and i hate it", datetime(2024, 1, 14, 16, 45), [("4.30", "XXXX-XX-XXT16:30")]),
        ("dark at 7.30 now. summer is officially dead", datetime(2025, 9, 18, 19, 10), [("7.30", "XXXX-XX-XXT19:30")]),
        ("the sun doesnt come up till 8 now. hibernating", datetime(2025, 12, 2, 7, 20), [("8", "XXXX-XX-XXT08:00")]),
        ("pitch black at 6pm already and its october", datetime(2025, 10, 8, 16, 0), [("6pm", "XXXX-XX-XXT18:00")]),
        ("dark by 4.30 still but its light when i leave", datetime(2025, 1, 20, 7, 0), [("4.30", "XXXX-XX-XXT16:30")]),
        (
            "sunset at 4.30 now instead of 4. bliss",
            datetime(2026, 1, 22, 16, 35),
            [("4.30", "XXXX-XX-XXT16:30"), ("4", "XXXX-XX-XXT16:00")],
        ),
    ],
)
def test_the_daylight_of_these_days_is_of_no_day(text: str, posted: datetime, expected: list[tuple[str, str]]) -> None:
    assert _times(text, posted) == expected


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("still light at 5 today, spring is coming", datetime(2025, 2, 4, 15, 15), ("5 today", "2025-02-04T17:00")),
        ("it was dark by 4 and i was still at work", datetime(2025, 12, 3, 19, 0), ("4", "2025-12-03T16:00")),
        ("clocks went back and its light at 7 now", datetime(2024, 10, 27, 8, 30), ("7", "2024-10-27T07:00")),
        ("leaving at 5 now, see you at the pub", datetime(2025, 2, 4, 15, 15), ("5", "2025-02-04T17:00")),
        ("the meeting is at 3 now, not 2", datetime(2025, 2, 4, 11, 0), ("3", "2025-02-04T15:00")),
    ],
)
def test_one_day_or_a_plan_keeps_its_day(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)

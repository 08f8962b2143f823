"""A post's clock time by nightfall or the night sky is after noon ("dark by 8.30", "gets dark at 4.15",
"moon rises at 7:30ish"), as one by sunset is; a dark morning stays the morning ("still dark at 7"). Told as how
things stand these days ("gets dark at 4.15 now", "dark by 8.30 already") it is that time of no one day
(``test_temporal_post_daylight_these_days``).

Every sentence is our own.
"""

from datetime import date, datetime

import pytest

from tests.unit._helpers import values


def _times(text: str, posted: date | datetime) -> list[tuple[str, str]]:
    return [(t, v) for t, kind, v in values(text, posted, document_type="colloquial") if kind == "TIME"]


_POSTED = [datetime(2024, 12, 20, 9, 5), datetime(2024, 12, 20, 13, 30), date(2024, 12, 20)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dark by 8.30 already 😩", [("8.30", "XXXX-XX-XXT20:30")]),
        ("dark by 5 ffs, hate winter", [("5", "2024-12-20T17:00")]),
        ("gets dark at 4.15 now", [("4.15", "XXXX-XX-XXT16:15")]),
        ("getting dark by 4 😭", [("4", "2024-12-20T16:00")]),
        ("Dark by 4:30 now, grim", [("4:30", "XXXX-XX-XXT16:30")]),
        ("Sunset at 4:02 today", [("4:02 today", "2024-12-20T16:02")]),
        ("dusk at 4.30 today, walk the dog before", [("4.30 today", "2024-12-20T16:30")]),
    ],
)
@pytest.mark.parametrize("posted", _POSTED)
def test_nightfall_puts_the_hour_after_noon(
    text: str, expected: list[tuple[str, str]], posted: date | datetime
) -> None:
    assert _times(text, posted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("moon rises at 7:30ish", [("7:30ish", "2024-12-20T19:30")]),
        ("Moon rises at 8ish tonight 🌕", [("8ish tonight", "2024-12-20T20:00")]),
    ],
)
@pytest.mark.parametrize("posted", _POSTED)
def test_the_moon_is_the_evenings(text: str, expected: list[tuple[str, str]], posted: date | datetime) -> None:
    assert _times(text, posted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("still dark at 7, cant get up", [("7", "2024-12-20T07:00")]),
        ("sunrise 7:58 😴", [("7:58", "2024-12-20T07:58")]),
    ],
)
def test_a_dark_morning_stays_the_morning(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, datetime(2024, 12, 20, 6, 30)) == expected


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("staying out till the sun goes down at 9.30", datetime(2025, 6, 21, 16, 13), [("9.30", "2025-06-21T21:30")]),
        ("the sun sets at 4 and its not even christmas", datetime(2025, 12, 10, 10, 0), [("4", "2025-12-10T16:00")]),
        ("sun up before 6 and the birds are screaming", datetime(2025, 5, 19, 7, 11), [("6", "2025-05-19T06:00")]),
        ("the sun came up at 5 and so did the baby", datetime(2025, 6, 21, 9, 0), [("5", "2025-06-21T05:00")]),
    ],
)  # fmt: skip
def test_the_sun_s_own_verbs_say_which_half_of_the_day(
    text: str, posted: datetime, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, posted) == expected

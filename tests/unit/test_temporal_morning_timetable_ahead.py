"""A post's clock time with its minutes, written in the morning, that its words alone would put after noon (an
outing's "doors" or "kick off", or 1 to 6 as the afternoon's): where the morning's reading is shortly ahead of
the post's own time, it is that morning's ("doors open at 8:30" posted at 08:00). Every post is our own.
"""

from datetime import datetime

import pytest

from service.temporal import annotate


def _value(text: str, posted: datetime, phrase: str) -> str | None:
    found = [t for t in annotate(text, posted, "colloquial") if t.text == phrase]
    assert len(found) == 1, [(t.text, t.value) for t in annotate(text, posted, "colloquial")]
    return found[0].value


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        (
            "doors open at 8:30 for the sale, first 50 get a tote",
            datetime(2025, 3, 14, 8, 0),
            "8:30",
            "2025-03-14T08:30",
        ),
        (
            "doors at 8.30 sharp!! queue already round the corner",
            datetime(2025, 3, 14, 7, 40),
            "8.30",
            "2025-03-14T08:30",
        ),
        ("queue for the doors at 9:15 and its freezing", datetime(2025, 3, 14, 8, 5), "9:15", "2025-03-14T09:15"),
        ("bus at 6:40, coffee in hand", datetime(2025, 8, 5, 5, 15), "6:40", "2025-08-05T06:40"),
        (
            "sunday league, kick off at 9:45 and nobody has a pump",
            datetime(2025, 11, 9, 8, 30),
            "9:45",
            "2025-11-09T09:45",
        ),
    ],
)
def test_a_morning_post_reads_a_timetabled_hour_just_ahead_as_that_morning(
    text: str, posted: datetime, phrase: str, value: str
) -> None:
    assert _value(text, posted, phrase) == value


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        # a word of the evening in the sentence decides
        ("dinner at 7:30 with the in-laws, pray for me", datetime(2025, 8, 5, 7, 0), "7:30", "2025-08-05T19:30"),
        # too far ahead of the post to be read off the morning's timetable
        ("doors open at 8:30 for the gig", datetime(2025, 3, 14, 6, 0), "8:30", "2025-03-14T20:30"),
        # an afternoon post keeps the afternoon's reading
        ("kick off at 3:30, pub first", datetime(2025, 8, 5, 14, 0), "3:30", "2025-08-05T15:30"),
    ],
)
def test_the_evening_reading_stays_where_the_post_says_so_or_is_far_from_the_morning(
    text: str, posted: datetime, phrase: str, value: str
) -> None:
    assert _value(text, posted, phrase) == value

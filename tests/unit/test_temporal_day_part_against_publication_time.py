""" "The morning", "the afternoon", "the evening", "the night" with no day of their own, on the publication's
day in news, are read against the story's time of day, as a clock time is: one still to come that is already
over at that hour is the next day's ("will work through the night before the morning rush", stamped at five
in the afternoon); one told in the past that has not yet begun is the day before's ("worked through the
night", stamped at nine in the morning). The morning told after a night the story is about is the morning
after it.

Sentences of our own; publication is Tuesday 5 November 2024.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.temporal import annotate


def _value(text: str, phrase: str, stamp: str) -> str:
    found = annotate(text, datetime.fromisoformat(f"2024-11-05T{stamp}"), "news")
    values = [t.value for t in found if t.text == phrase]
    assert values, [(t.text, t.value) for t in found]
    return values[-1]


@pytest.mark.parametrize(
    ("text", "phrase", "stamp", "value"),
    [
        # Still to come, and already over at publication: the next day's.
        (
            "Crews will work through the night to clear the road before the morning rush.",
            "the morning",
            "17:00",
            "2024-11-06TMO",
        ),
        ("Engineers say the line will reopen in the morning.", "the morning", "18:30", "2024-11-06TMO"),
        ("Forecasters expect the rain to clear by the afternoon.", "the afternoon", "19:00", "2024-11-06TAF"),
        # Told in the past, and not yet begun at publication: the day before's.
        ("Police worked through the night to find the boy.", "the night", "09:00", "2024-11-04TNI"),
        ("Hundreds of fans gathered outside the stadium in the evening.", "the evening", "08:15", "2024-11-04TEV"),
        # Either side of it as the tense tells: the day's own.
        ("Crews spent the afternoon pushing sand off the road.", "the afternoon", "17:00", "2024-11-05TAF"),
        ("The talks will go on into the evening.", "the evening", "09:00", "2024-11-05TEV"),
        ("Temperatures dropped sharply during the morning.", "the morning", "15:00", "2024-11-05TMO"),
    ],
)
def test_a_part_of_the_publication_day_against_its_time(text: str, phrase: str, stamp: str, value: str) -> None:
    assert _value(text, phrase, stamp) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rescuers searched on Saturday night and found him in the morning.", "2024-11-03TMO"),
        ("Police were called at 11 p.m. on Saturday. By the morning the crowd had gone.", "2024-11-03TMO"),
        ("Fans queued on Saturday evening. In the morning the gates opened.", "2024-11-03TMO"),
    ],
)
def test_the_morning_after_a_night_told_is_the_next_day(text: str, value: str) -> None:
    assert _value(text, "the morning", "12:00") == value

"""A post's day word with a clock time after it, read against the time the post was written."""

from datetime import datetime

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("posted", "text", "phrase", "value"),
    [
        ("2025-01-09T18:30", "booked a table for tomorrow 8pm, shh", "tomorrow 8pm", "2025-01-10T20:00"),
        ("2025-01-09T07:10", "dentist tomorrow 9am, pray for me", "tomorrow 9am", "2025-01-10T09:00"),
        ("2025-01-09T12:00", "kick off tonight 7.45pm, get the beers in", "tonight 7.45pm", "2025-01-09T19:45"),
    ],
)
def test_a_day_word_and_a_clock_time_after_it_are_one_time(posted: str, text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, datetime.fromisoformat(posted), "colloquial")
    assert (t.type, t.value) == ("TIME", value)


def test_a_day_word_before_a_range_of_times_stays_apart() -> None:
    found = find("market open tomorrow 10am-2pm", "tomorrow", datetime(2025, 1, 9, 8, 0), "colloquial")
    assert found.type == "DATE"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("minus 4 this morning, the car was an ice block", "this morning", "2025-01-09TMO"),
        ("ran 10 this morning and i feel amazing", "this morning", "2025-01-09TMO"),
        ("it hit 30 this afternoon, too hot", "this afternoon", "2025-01-09TAF"),
    ],
)
def test_a_part_of_the_day_after_a_count_is_still_that_part(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2025, 1, 9, 18, 0), "colloquial").value == value

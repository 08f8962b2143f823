"""A clock time with its weekday after it ("at 7pm on Thursday", "9pm Friday") falls on the day the weekday names
read as its own timex reads it: the day the story named before, the nearer day in a sentence told in the present,
the day a stretch told in the present ends on. The clock time and the weekday beside it never part.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # The day the story named before.
        (
            "The bridge will close on Friday for repairs. The last crossing, at 9pm on Friday, is free.",
            "9pm",
            "2024-11-08T21:00",
        ),
        # A sentence told in the present: the nearer Thursday.
        ("The museum is free this week, with a late opening at 7pm on Thursday.", "7pm", "2024-11-07T19:00"),
        ("The forecast is mild, with a chance of showers after 4pm on Wednesday.", "4pm", "2024-11-06T16:00"),
        ("Entry is free, and the gallery stays open until 9pm on Friday.", "9pm", "2024-11-08T21:00"),
    ],
)
def test_a_clock_time_falls_on_its_weekday_as_read_alone(text: str, clock: str, value: str) -> None:
    found = values(text)
    assert (clock, "TIME", value) in found, found
    assert found[-1][2] == value[:10], found  # the weekday itself, last in each sentence

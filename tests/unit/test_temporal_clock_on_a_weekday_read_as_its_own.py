"""A clock time with its weekday after it ("at 9pm on Friday") falls on the day the weekday names read as its own
timex reads it: in news, the day the story named before where the clock time's clause tells no firm tense of its
own. The clock time and the weekday beside it never part.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        (
            "The bridge will close on Friday for repairs. The last crossing, at 9pm on Friday, is free.",
            "9pm",
            "2024-11-08T21:00",
        ),
        (
            "The vote is set for Thursday. Members voting at 10am on Thursday need their cards.",
            "10am",
            "2024-11-07T10:00",
        ),
        (
            "The festival will open on Saturday. Stalls selling food from 11am on Saturday need a permit.",
            "11am",
            "2024-11-09T11:00",
        ),
        (
            "The library will close on Friday for repairs. A sign on the door: no entry after 5pm on Friday.",
            "5pm",
            "2024-11-08T17:00",
        ),
    ],
)
def test_a_clock_time_falls_on_its_weekday_as_read_alone(text: str, clock: str, value: str) -> None:
    found = values(text)
    assert (clock, "TIME", value) in found, found
    assert found[-1][2] == value[:10], found  # the weekday itself, last in each text

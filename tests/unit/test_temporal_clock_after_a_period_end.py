"""A day that ends a period a figure is for ("sales in the six weeks to Oct. 26", "the year ended June 30")
closes the count; the story is not about it, so a clock time told after it, with no day of its own, is on
the story's day (publication in news), not on the period's last day. A day the story is about still dates the
clock time after it.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        (
            "Sales in the six weeks to Oct. 26 fell 4%, the retailer said. Its shares were down 7% by 1030 GMT.",
            "1030 GMT",
            "2024-11-05T10:30",
        ),
        (
            "Revenue for the year ended Sept. 30 rose 12%. The stock gained 3% by 11:15 a.m.",
            "11:15 a.m.",
            "2024-11-05T11:15",
        ),
        (
            "Exports in the 12 months up to the end of October were flat. Traders sold the currency from 9 a.m.",
            "9 a.m.",
            "2024-11-05T09:00",
        ),
        (
            "Passenger numbers in the four weeks ending Nov. 2 were a record. Queues formed again at 6 a.m.",
            "6 a.m.",
            "2024-11-05T06:00",
        ),
    ],
)
def test_a_clock_time_after_the_end_of_a_period_is_not_on_it(text: str, clock: str, value: str) -> None:
    found = values(text)
    assert [v for t, _, v in found if t == clock] == [value], found


def test_a_day_the_story_is_about_still_dates_the_clock_time_after_it() -> None:
    found = values("The store opened on Nov. 2 after a refit. Queues formed at 6 a.m.")
    assert [v for t, _, v in found if t == "6 a.m."] == ["2024-11-02T06:00"], found

"""In news, a bare weekday that no verb of its own places, in a sentence told in the present and nothing past, is
the nearer such day, ahead or behind: "The museum is free this week, with late opening on Thursday" tells of the
coming Thursday, where a report's bare weekday told of nothing present is most often the one gone by. A weekday
that owns a noun ("Thursday's closing price") names a thing the day left, and a sentence in the past keeps its
day behind.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


def _value(text: str, phrase: str) -> str:
    return [v for t, _, v in values(text) if t == phrase][-1]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The museum is free to visit this week, with late opening on Thursday.", "Thursday", "2024-11-07"),
        ("The forecast is mild, with a chance of showers Wednesday.", "Wednesday", "2024-11-06"),
        ("The council has a new leader, and the budget vote on Thursday is his first test.", "Thursday", "2024-11-07"),
        ("Parking is free in the town centre, with a market on Friday.", "Friday", "2024-11-08"),
    ],
)
def test_a_weekday_in_a_sentence_of_the_present_is_the_nearer_day(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value, values(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A day that owns a noun: what the day left.
        ("Thursday's closing price is the benchmark for the offer.", "Thursday", "2024-10-31"),
        ("The figures show a rise, with Friday's trading the busiest.", "Friday", "2024-11-01"),
        # After a thing of the day: what came before now.
        ("Fans are angry after the defeat on Thursday.", "Thursday", "2024-10-31"),
        ("The road is still shut following the crash on Friday.", "Friday", "2024-11-01"),
        # Told in the past.
        ("Police found the car abandoned, with the keys inside, on Friday.", "Friday", "2024-11-01"),
        ("The shop was busy, with a queue on Thursday.", "Thursday", "2024-10-31"),
    ],
)
def test_a_weekday_owning_a_noun_or_told_in_the_past_stays_behind(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value, values(text)

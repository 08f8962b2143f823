"""A weekday named twice in one sentence names one day: the second mention takes the day the first one was
read as ("debated it on Saturday night, well after the scheduled end at midnight Saturday"), whatever its own
clause would pick alone (a word of plan such as "scheduled" would send it a week ahead). A weekday that ends a
stretch ("from Thursday ... to Thursday") or carries its own "next" or "last" is another day, and so is one right
after a verb in the past where the day told before it is still to come ("will rise on Nov. 9, the board decided
Saturday": the day the board decided on, gone by).

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The Senate debated the bill on Saturday night, well after the scheduled end at midnight Saturday.",
            "midnight Saturday",
            "2024-11-02T24",
        ),
        (
            "Talks ran on Sunday evening, long past the planned close at 6 p.m. Sunday.",
            "6 p.m. Sunday",
            "2024-11-03T18:00",
        ),
        (
            "Crews were still at the fire on Saturday, hours after the scheduled reopening of the road on Saturday.",
            "Saturday",
            "2024-11-02",
        ),
        (
            "The jury retired on Friday afternoon and was still out at the scheduled finish at 5 p.m. Friday.",
            "5 p.m. Friday",
            "2024-11-01T17:00",
        ),
    ],
)
def test_a_weekday_named_again_in_its_sentence_is_the_same_day(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert [v for t, _, v in found if t == phrase][-1] == value, found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The end of a stretch that opened on the same weekday is a later one.
        ("Shares were bought from Thursday, Oct. 24 to Thursday at rising prices.", "Thursday", "2024-10-31"),
        # Its own "next" picks the day.
        ("The House voted on Friday and the Senate will vote next Friday.", "next Friday", "2024-11-08"),
    ],
)
def test_a_weekday_that_is_another_day(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert [v for t, _, v in found if t == phrase][-1] == value, found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Bus fares will rise on Nov. 9, the transit board decided Saturday.", "Saturday", "2024-11-02"),
        ("The bridge will reopen on Nov. 8, officials announced on Friday.", "Friday", "2024-11-01"),
        ("Tickets for the Nov. 7 concert went on sale, the promoter said Thursday.", "Thursday", "2024-10-31"),
    ],
)
def test_a_weekday_after_a_verb_in_the_past_is_not_a_day_to_come(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert [v for t, _, v in found if t == phrase][-1] == value, found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The day of a thing to come, not of the verb: still the day told before it.
        ("Organizers of the Nov. 8 parade on Friday moved it to the morning.", "Friday", "2024-11-08"),
        ("The vote is on Nov. 9, and turnout should be heavy Saturday.", "Saturday", "2024-11-09"),
    ],
)
def test_a_weekday_beside_a_day_to_come_is_that_day(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert [v for t, _, v in found if t == phrase][-1] == value, found

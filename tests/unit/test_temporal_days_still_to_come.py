"""Days still to come though the clause's verb is a past form: the end of a stretch set by a present perfect
("schools have been shut until Wednesday": the state lasts up to now, its end lies ahead), and a day a
meeting or an act was fixed for ("has called a vote for Thursday", "talks planned for this weekend").

Sentences of our own. Publication is Saturday 9 November 2024, and Tuesday 5 November 2024 for "this
weekend".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

SATURDAY = date(2024, 11, 9)
TUESDAY = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A present perfect's stretch reaches up to now: its end is the coming day.
        ("Lessons have been suspended through Wednesday.", "Wednesday", "2024-11-13"),
        ("The bridge has been closed until Tuesday for repairs.", "Tuesday", "2024-11-12"),
        ("Flights have been grounded until Monday, the airline said.", "Monday", "2024-11-11"),
        # A day fixed for a meeting or an act, whatever the tense.
        ("The board has called an emergency meeting for Thursday.", "Thursday", "2024-11-14"),
        ("Residents have convened a public meeting for Wednesday evening.", "Wednesday evening", "2024-11-13TEV"),
        ("The union set a second strike for Friday.", "Friday", "2024-11-15"),
    ],
)
def test_a_day_still_to_come_after_a_past_form(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A stretch told in the simple past is over, its end gone by.
        ("The ban lasted until Wednesday.", "Wednesday", "2024-11-06"),
        ("She was kept in hospital until Thursday.", "Thursday", "2024-11-07"),
        # A day the act itself was on.
        ("The board called the meeting on Thursday.", "Thursday", "2024-11-07"),
    ],
)
def test_a_day_gone_by_after_a_past_form(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SATURDAY).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Concerts planned for this weekend have been cancelled.",
        "Two matches scheduled for this weekend were postponed because of the storm.",
        "The council has called a meeting for this weekend.",
    ],
)
def test_this_weekend_planned_for_is_the_coming_one(text: str) -> None:
    assert find(text, "this weekend", TUESDAY).value == "2024-W45-WE"


def test_this_weekend_told_of_in_the_past_early_in_the_week_is_the_one_gone() -> None:
    assert find("This weekend was a washout for the fair.", "This weekend", TUESDAY).value == "2024-W44-WE"

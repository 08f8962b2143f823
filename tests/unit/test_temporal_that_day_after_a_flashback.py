"""In news, a month or a year told in the past perfect before the day the story is about ("The lift stopped on
Monday ... it had passed its inspection in November") is a look back: an anaphor after it that needs a day
("that morning", "that day", "the next day") finds none in the month, and is of the story's day. A month told
in the simple past after it is the story's time again, and leaves the day unknown.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The ferry broke down on Monday, the company said. The engine had been serviced in August. "
            '"The sea was rough that morning," the captain said.',
            "that morning",
            "2024-11-04TMO",
        ),
        (
            "A crane collapsed at the site on Sunday. The firm had been fined in 2022 for unsafe lifting. "
            "Workers said the wind was strong that day.",
            "that day",
            "2024-11-03",
        ),
        (
            "Floodwater reached the village on Saturday. The river had flooded the same streets in March. "
            "Residents were evacuated that night.",
            "that night",
            "2024-11-02TNI",
        ),
    ],
)
def test_an_anaphor_after_a_flashback_is_of_the_story_day(text: str, phrase: str, value: str) -> None:
    found = values(text)
    assert [v for t, _, v in found if t == phrase] == [value], found


def test_a_month_told_in_the_simple_past_is_the_story_time_again() -> None:
    text = (
        "The ferry broke down on Monday. It had been serviced in August, and it was inspected again in "
        "September. Crews said the sea was calm that day."
    )
    found = values(text)
    assert [v for t, _, v in found if t == "that day"] == ["2024-09-XX"], found

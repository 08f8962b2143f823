"""A clock time in a named zone ("2 p.m. ET", "1800 GMT"), told in the past and later on its own clock than the
article's time stamp, is no hour of the day of writing: a wire story is still on the past day it told a few
sentences before. Told of what is to come, or with no past day told, it stays where it was."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "stamp", "phrase", "expected"),
    [
        (
            "A research probe touched down on the moon on Thursday, its builder said on Sunday. The probe, which "
            "carries six instruments, was launched from Florida a week earlier. It landed at 5:24 p.m. CST after "
            "a slow descent.",
            datetime(2024, 2, 25, 16, 8),
            "5:24 p.m. CST",
            "2024-02-22T17:24",
        ),
        (
            "Stocks ended mixed on Wednesday after the central bank cut rates. The bank had been expected to "
            "move. Shares swung after the decision at 2 p.m. ET.",
            datetime(2025, 9, 18, 0, 52),
            "2 p.m. ET",
            "2025-09-17T14:00",
        ),
        (
            "The rebels seized the airport on Tuesday, officials said. Fighting spread to the port. Two "
            "more towns fell. The last flight out left at 1900 GMT.",
            datetime(2024, 5, 15, 8, 0),
            "1900 GMT",
            "2024-05-14T19:00",
        ),
    ],
)
def test_a_zoned_past_time_later_than_the_stamp_is_on_the_story_s_day(
    text: str, stamp: datetime, phrase: str, expected: str
) -> None:
    assert find(text, phrase, stamp).value == expected


def test_a_zoned_time_still_to_come_stays_ahead() -> None:
    text = "Stocks ended mixed on Wednesday. Traders will watch the jobs report due at 8:30 a.m. ET."
    assert find(text, "8:30 a.m. ET", datetime(2025, 9, 18, 0, 52)).value == "2025-09-18T08:30"

"""The present of "be" with a clock time between it and the day names a time still to come, as "the deadline is
Friday" does: "the deadline is midnight on Friday", "the cut-off is 5pm on Monday". Sentences of our own."""

from datetime import datetime

import pytest

from tests.unit._helpers import find

# A Monday noon.
MONDAY = datetime(2025, 9, 15, 12, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The deadline for applications is midnight on Friday.", "Friday", "2025-09-19"),
        ("The cut-off for entries is 5pm on Thursday.", "Thursday", "2025-09-18"),
        ("Kick-off is 7.45pm on Saturday.", "Saturday", "2025-09-20"),
        ("The closing time for bids is noon on Wednesday.", "Wednesday", "2025-09-17"),
    ],
)
def test_a_copula_and_a_clock_time_before_a_day_look_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value


def test_the_past_of_be_keeps_the_day_gone_by() -> None:
    assert find("The deadline was midnight on Friday.", "Friday", MONDAY).value == "2025-09-12"

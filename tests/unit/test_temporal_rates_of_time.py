"""A count of time had in a larger unit ("open 24 hours a day", "seven days a week", "two nights per week") is a
rate, not a stretch of time: news leaves it untagged, as TimeBank leaves "four flights a week". A count
without a larger unit after it stays a duration.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    "text",
    [
        "Cooling centres will stay open 24 hours a day until the heat eases.",
        "The helpline is staffed seven days a week.",
        "Nurses on the ward work 12 hours a day.",
        "Residents may water gardens for two hours per day.",
        "The bakery closes three days a week in winter.",
    ],
)
def test_a_count_of_time_per_larger_unit_is_a_rate(text: str) -> None:
    assert [v for v in values(text) if v[1] == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The strike lasted two days.", "two days", "P2D"),
        ("The plant will be shut for 24 hours.", "24 hours", "PT24H"),
        ("He trained for two hours a day for a year.", "a year", "P1Y"),
    ],
)
def test_other_counts_stay_durations(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DURATION", value) in values(text)

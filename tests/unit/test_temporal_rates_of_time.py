"""A count of time had in a larger unit ("open 24 hours a day", "seven days a week", "two nights per week") is a
rate, not a stretch of time: news leaves it untagged, as TimeBank leaves "four flights a week". A count
without a larger unit after it stays a duration.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find, values


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


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("In 1931 the young king gave audiences six days a week and sat in the courts himself.", "six days a week"),
        ("The library, opened in 1444, was open to scholars three days a week.", "three days a week"),
        ("From 1850 the mill ran two nights a week in winter.", "two nights a week"),
    ],
)
def test_in_a_history_days_a_week_are_how_often_a_set_of_the_week(text: str, phrase: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("SET", "P1W")


def test_in_a_history_hours_a_day_keep_their_count() -> None:
    t = find("In 1947 power was cut to four hours a day.", "four hours", document_type="narrative")
    assert (t.type, t.value) == ("DURATION", "PT4H")

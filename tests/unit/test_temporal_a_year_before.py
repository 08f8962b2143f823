""" "A year before" with no object of its own ("up from a year before") counts back from the time being told of,
as "a year earlier" and "a year ago" do: in a report on a quarter it is that quarter a year back, beside a month
it is that month a year back. "A year before the vote" is only a length of time.

Sentences of our own. Publication is Thursday 25 July 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

THURSDAY = date(2024, 7, 25)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Second-quarter sales rose 4% from a year before.", "a year before", "2023-Q2"),
        (
            "Revenue in the second quarter was $3 billion, up from $2.6 billion a year before.",
            "a year before",
            "2023-Q2",
        ),
        ("Exports in June were 2% lower than a year before.", "a year before", "2023-06"),
        ("In May, rents were 5% higher than a year before.", "a year before", "2023-05"),
    ],
)
def test_the_period_told_of_a_year_back(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mill closed a year before the election.", "a year", "P1Y"),
        ("The firm was sold in 2019, a year before the flood.", "a year", "P1Y"),
    ],
)
def test_before_an_event_is_a_length(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value

"""An amount compared with a time before: "12% more than a year earlier", "$2 million less than a year ago".
"more than" is the amount's comparison, not a modifier of the time: the timex is "a year earlier", with no
mod, and it takes the granularity of the period compared as "up 12% from a year earlier" does. A count with
"more than" of its own keeps it ("left more than a year ago", "took more than a year"). Sentences of our own;
publication is Monday 10 March 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The port handled 7.2 million tonnes in February, 12% more than a year earlier.", "a year earlier", "2024-02"),
        ("Tax receipts were 20 percent less than a year earlier.", "a year earlier", "2024"),
        ("Rents are now 3.5 times more than a decade ago.", "a decade ago", "201"),
    ],
)
def test_an_amount_s_comparison_stays_outside(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, MONDAY)
    assert (t.text, t.value, t.mod) == (phrase, value, None)


@pytest.mark.parametrize(
    ("text", "phrase", "mod"),
    [
        ("She moved away more than a year ago.", "more than a year ago", "APPROX"),
        ("The repairs took more than a year.", "more than a year", "MORE_THAN"),
    ],
)
def test_a_count_s_own_more_than_stays_inside(text: str, phrase: str, mod: str) -> None:
    t = find(text, phrase, MONDAY)
    assert (t.text, t.mod) == (phrase, mod)

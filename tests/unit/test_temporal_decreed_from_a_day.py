"""A measure decided or decreed in the past "from" a weekday ("declared three days of mourning from Wednesday",
"announced a hosepipe ban from Friday") starts on that day, which may still lie ahead of the decision: the
nearer such day is meant, not the one gone by. "from" after a past verb of no decision ("was closed from
Monday") still looks back.

Sentences of our own. Publication is Tuesday 20 February 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

TUESDAY = date(2024, 2, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The government declared three days of mourning from Wednesday.", "Wednesday", "2024-02-21"),
        ("The water company announced a hosepipe ban from Friday.", "Friday", "2024-02-23"),
        ("The council introduced new parking charges from Thursday.", "Thursday", "2024-02-22"),
        ("Ministers agreed to lift the restrictions from Wednesday.", "Wednesday", "2024-02-21"),
        # The nearer day: Saturday gone by is nearer than the coming one.
        ("Police imposed a curfew from Saturday.", "Saturday", "2024-02-17"),
    ],
)
def test_a_measure_starts_on_the_nearer_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, TUESDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The school was closed from Monday.", "Monday", "2024-02-19"),
        ("Shares fell sharply from Wednesday.", "Wednesday", "2024-02-14"),
    ],
)
def test_from_after_no_decision_looks_back(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, TUESDAY).value == value

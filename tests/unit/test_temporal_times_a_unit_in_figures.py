"""A count of times a unit written in figures ("3 times a week") is the same set as in words ("three times a
week"): the unit's period, the count left to the words. A count of times alone ("scored 3 times") is no set.

Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("i run 3 times a week now and my knees hate me", "3 times a week", "P1W"),
        ("the baby feeds 8 times a day", "8 times a day", "P1D"),
        ("we visit my gran 2 times a month", "2 times a month", "P1M"),
        ("The committee meets 4 times a year.", "4 times a year", "P1Y"),
        ("Patients take the tablet 3 times per day.", "3 times per day", "P1D"),
    ],
)
def test_a_count_in_figures_of_times_a_unit_is_a_set(text: str, phrase: str, value: str) -> None:
    assert (phrase, "SET", value) in values(text, document_type="colloquial")
    assert (phrase, "SET", value) in values(text, document_type="news")


@pytest.mark.parametrize(
    "text",
    [
        "she scored 3 times in the second half",
        "rang the bell 12 times and nobody came",
        "I have told him 100 times already",
    ],
)
def test_a_count_of_times_alone_is_no_set(text: str) -> None:
    assert values(text, document_type="colloquial") == []

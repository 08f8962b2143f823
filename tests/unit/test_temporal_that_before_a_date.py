""" "that" before a month and its day is a conjunction ("said that July 14 is the date"): the month and day
are one date, not "that July" (the month of a story) with the day left over. Before a month alone "that"
stays what it was ("said that January orders rose": the month).

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mayor is confident that December 14 is the right date.", "December 14", "2024-12-14"),
        ("Officials have confirmed that Nov. 20 will be the last day of trading.", "Nov. 20", "2024-11-20"),
        ("He told the court that March 3 was the day the money went missing.", "March 3", "2024-03-03"),
        ("That January 9 was a Tuesday nobody disputes.", "January 9", "2024-01-09"),
    ],
)
def test_that_before_a_month_and_day_is_a_conjunction(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)
    assert all(not x.lower().startswith("that") for x, _, _ in values(text))


def test_that_before_a_month_alone_keeps_the_month() -> None:
    assert find("The agency said that October exports rose by a fifth.", "October").value == "2024-10"

"""A date a record is measured back to ("for the first time since 1946", "its worst flood since 1903") is not a
time the story goes back to: what follows is counted from the story's own date, or from the writer's.

Sentences of our own, in narrative mode; written on Tuesday 5 November 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

WRITTEN = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The regatta was first held in 1908. It was cancelled last month for the first time since 1946, and "
            "will be rowed instead on Saturday.",
            "Saturday",
            "2024-11-09",
        ),
        (
            "The dam was built in 1921. On 4 March 1950 the valley had its worst flood since 1903, and the next "
            "day the dam gave way.",
            "the next day",
            "1950-03-05",
        ),
        (
            "The mine opened in 1890. On 2 May 1934 the shaft saw its deadliest fire since 1911; three days "
            "later the mine closed.",
            "three days later",
            "1934-05-05",
        ),
        (
            "The canal was cut in 1794. The winter of 1855 was the coldest since 1814, and in the spring the locks "
            "were rebuilt.",
            "the spring",
            "1856-SP",
        ),
    ],
)
def test_a_record_s_since_moves_no_anchor(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value

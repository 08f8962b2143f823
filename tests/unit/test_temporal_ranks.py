"""The ordinals that rank a quarter of a year, or a weekday or a week of a month, are one word list: written
out or in figures, and "last" or "final" for the one at the end; so is the ordinal of a century.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fair opened on the 2nd Tuesday of May 2023.", "the 2nd Tuesday of May 2023", "2023-05-09"),
        ("The fair opened on the second Tuesday of May 2023.", "the second Tuesday of May 2023", "2023-05-09"),
        ("The vote was held on the final Friday of June 2023.", "the final Friday of June 2023", "2023-06-30"),
        ("The vote was held on the last Friday in June 2023.", "the last Friday in June 2023", "2023-06-30"),
        ("Exams fell in the final week of June 2023.", "the final week of June 2023", "2023-W26"),
        ("Sales rose in the 4th quarter of 2023.", "the 4th quarter of 2023", "2023-Q4"),
        ("Sales rose in the final quarter of 2023.", "the final quarter of 2023", "2023-Q4"),
        ("Profits doubled in the last half of 2023.", "the last half of 2023", "2023-H2"),
    ],
)
def test_a_rank_written_out_in_figures_or_as_the_last(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey was built in the 12th century.", "the 12th century", "11"),
        ("The abbey was built in the twelfth century.", "the twelfth century", "11"),
        ("The town grew in the last decade of the 19th century.", "the last decade of the 19th century", "189"),
        (
            "The town grew in the final decade of the nineteenth century.",
            "the final decade of the nineteenth century",
            "189",
        ),
        ("The mill opened at the turn of the twentieth century.", "the turn of the twentieth century", "1900"),
    ],
)
def test_a_century_by_its_ordinal_in_figures_or_words(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value

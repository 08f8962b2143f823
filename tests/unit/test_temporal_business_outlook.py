"""What a company or a forecaster expects, predicts or projects in the present tense is still to come: a
month or quarter it names is the coming one, not last year's; and a quarter two quarters either way of
publication is the coming one in a clause about the future.

Sentences of our own, each with its publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

MARCH = date(2024, 3, 12)
AUGUST = date(2024, 8, 20)
JANUARY = date(2025, 1, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        ("The company expects the plant to open in December.", "December", MARCH, "2024-12"),
        ("The carmaker expects the new model to reach dealers in November.", "November", JANUARY, "2025-11"),
        ("The bank predicts a rate cut in December.", "December", MARCH, "2024-12"),
        ("The bank forecasts growth of 2% in the first quarter.", "the first quarter", AUGUST, "2025-Q1"),
        ("Analysts anticipate a rebound in October, the report says.", "October", JANUARY, "2025-10"),
        ("The airline projects a return to profit in the third quarter.", "the third quarter", JANUARY, "2025-Q3"),
    ],
)
def test_a_forecast_in_the_present_names_what_is_to_come(text: str, phrase: str, published: date, value: str) -> None:
    assert find(text, phrase, published).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        ("The merger is scheduled to close in the first quarter.", "the first quarter", AUGUST, "2025-Q1"),
        ("The plant will restart in the second quarter.", "the second quarter", date(2024, 12, 2), "2025-Q2"),
        # The quarter just ended is still the one reported on.
        ("The firm expects to report second-quarter results soon.", "second-quarter", AUGUST, "2024-Q2"),
        # Told in the past, the quarter is the one gone.
        ("The company reported a loss in the first quarter.", "the first quarter", AUGUST, "2024-Q1"),
    ],
)
def test_a_quarter_in_a_future_clause(text: str, phrase: str, published: date, value: str) -> None:
    assert find(text, phrase, published).value == value


def test_a_forecast_told_in_the_past_is_not_moved() -> None:
    # "expected" is the past of the forecast: the nearer December, as before.
    assert find("Economists expected a cut in December.", "December", MARCH).value == "2023-12"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Figures are of a time gone by, whatever the tense of their release (published 10 November 2024).
        ("The jobless figure for October will be published on Wednesday.", "October", "2024-10"),
        ("Official figures for September will be released on Thursday.", "September", "2024-09"),
        ("Retail data for October are expected to show a rise when they come out on Friday.", "October", "2024-10"),
        ("The trade numbers for August will be revised next month.", "August", "2024-08"),
        # What is not a figure keeps the tense's side.
        ("The forecast for December will be published on Wednesday.", "December", "2024-12"),
        ("The store will reopen in October after a refit.", "October", "2025-10"),
    ],
)
def test_figures_for_a_month_are_of_a_month_gone_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 10)).value == value

"""A report on a month's figures: "a year earlier" or "a year ago" set against a figure for a month named in
the same sentence or the one before is that month a year back, as after a quarter it is the quarter a year
back; "the month" right after it is that month, though the day of publication was named in between. Where
nothing is compared, "a year ago" is the year before.

Sentences of our own, each with its publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

SEPTEMBER = date(2024, 9, 12)
JULY = date(2026, 7, 9)


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        ("Rents rose 0.4% in August. They were 5% higher than a year earlier.", "a year earlier", SEPTEMBER, "2023-08"),
        ("Unemployment rose to 5.1% in June from 4.2% a year ago.", "a year ago", SEPTEMBER, "2023-06"),
        ("At the end of March, 812 beds were empty, up from 650 a year earlier.", "a year earlier", JULY, "2025-03"),
        ("Exports rose 4% in May, compared with a 2% fall a year earlier.", "a year earlier", JULY, "2025-05"),
        ("Car sales in April were 8% down on a year ago, the trade body said.", "a year ago", JULY, "2025-04"),
    ],
)
def test_a_figure_for_a_month_is_compared_with_that_month(text: str, phrase: str, published: date, value: str) -> None:
    assert find(text, phrase, published).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        ("The firm was founded in March. A year ago it had three staff.", "A year ago", SEPTEMBER, "2023"),
        ("Sales fell in February. The chain opened its first shop a year ago.", "a year ago", JULY, "2025"),
        # The month a statement was made, or the end of a stretch, is no month a figure is for.
        ("The company said in March that profit rose 10% from a year earlier.", "a year earlier", JULY, "2025"),
        ("The bank announced in May that lending was 4% above a year ago.", "a year ago", JULY, "2025"),
        ("Prices rose 5% in the year to March, up from 3% a year earlier.", "a year earlier", JULY, "2025"),
    ],
)
def test_nothing_compared_is_the_year_before(text: str, phrase: str, published: date, value: str) -> None:
    assert find(text, phrase, published).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        (
            "Prices rose for a fourth month in August, figures published today show. The average price rose "
            "0.6% during the month.",
            "the month",
            SEPTEMBER,
            "2024-08",
        ),
        (
            "Car sales slumped in May, the trade body said on Tuesday. Over the month, 120,000 cars were sold.",
            "the month",
            JULY,
            "2026-05",
        ),
    ],
)
def test_the_month_after_a_month_named_is_that_month(text: str, phrase: str, published: date, value: str) -> None:
    assert find(text, phrase, published).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        (
            "Inflation eased to 3.1% in January. It was down from 3.4% in December and 4.0% a year earlier.",
            "a year earlier",
            date(2025, 2, 14),
            "2024-01",
        ),
        (
            "Output grew in October. It has risen every month since March, up 2% on a year ago.",
            "a year ago",
            date(2025, 11, 20),
            "2024-10",
        ),
        (
            "The strike last month hit sales. Profit fell in the third quarter from $4 million a year earlier.",
            "a year earlier",
            date(2025, 11, 3),
            "2024-Q3",
        ),
    ],
)
def test_the_month_reported_on_not_the_one_compared_or_passed(
    text: str, phrase: str, published: date, value: str
) -> None:
    assert find(text, phrase, published).value == value

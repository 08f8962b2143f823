"""A count of units "to the day" ("25 years to the day after they met") says the count is exact: "the day" there
is no day of its own. Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import values

# A Tuesday.
TUESDAY = date(2025, 4, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The couple married 25 years to the day after they first met.", [("25 years", "DURATION", "P25Y")]),
        ("He died a year to the day after his wife.", [("a year", "DURATION", "P1Y")]),
        ("The second attack came ten years to the day since the first.", [("ten years", "DURATION", "P10Y")]),
        ("The memorial opened a century to the day after the disaster.", [("a century", "DURATION", "P1C")]),
    ],
)
def test_a_count_to_the_day_has_no_day_of_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, TUESDAY) == expected


def test_the_day_after_other_words_is_still_a_day() -> None:
    assert ("the day", "DATE", "2025-04-29") in values("Shares fell 3% on the day.", TUESDAY)

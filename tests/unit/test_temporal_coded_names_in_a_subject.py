"""A code of capitals and digits ("G20", "F1", "COP30", "M25") is a word of a noun phrase like any other: "The G20
summit opens in November" has its subject before the verb, and the present of a plan looks ahead, as "The summit
opens in November" does. Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import find

# Mid-May: a November or December half a year either way.
MAY = date(2025, 5, 13)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The G20 summit opens in Johannesburg in November.", "November", "2025-11"),
        ("The F1 season ends in Abu Dhabi in December.", "December", "2025-12"),
        ("The M25 works finish in November.", "November", "2025-11"),
    ],
)
def test_a_subject_with_a_code_before_a_present_of_plans_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MAY).value == value

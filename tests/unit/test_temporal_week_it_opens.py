""" "The week beginning April 21", "the week commencing 14 July", "the week starting Monday, June 2": the week the
date opens, one expression, as "the week of October 6" is the week that holds its date. A week counted from a
Sunday, as American calendars count it, is the ISO week after that Sunday's. Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import find

# A Tuesday.
TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The firm will report results in the week beginning April 21.", "the week beginning April 21", "2025-W17"),
        ("Schools break up in the week commencing 14 July.", "the week commencing 14 July", "2025-W29"),
        ("Roadworks start in the week starting Monday, June 2.", "the week starting Monday, June 2", "2025-W23"),
        ("Deliveries resume the week beginning Sunday, April 20.", "the week beginning Sunday, April 20", "2025-W17"),
        ("The vote is scheduled for the week of October 6.", "the week of October 6", "2025-W41"),
    ],
)
def test_the_week_a_date_opens_is_one_expression(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, TUESDAY).value == value

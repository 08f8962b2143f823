"""The present progressive of a verb of warning, foretelling, urging or getting ready tells of what is ahead,
whatever its object: "forecasters are warning of snow on Sunday", "police are urging drivers to stay away on
Saturday". Other verbs with an object keep the day gone by ("police are investigating a shooting on Friday").
Sentences of our own."""

from datetime import datetime

import pytest

from tests.unit._helpers import find

# A Friday morning.
FRIDAY = datetime(2025, 3, 7, 8, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Forecasters are warning of up to 10cm of snow from Sunday morning.", "Sunday morning", "2025-03-09TMO"),
        ("The Met Office is warning of strong winds on Saturday.", "Saturday", "2025-03-08"),
        ("Forecasters are predicting temperatures of 20C on Tuesday.", "Tuesday", "2025-03-11"),
        ("Police are urging drivers to avoid the area on Saturday.", "Saturday", "2025-03-08"),
        ("Residents are bracing for more flooding on Monday.", "Monday", "2025-03-10"),
        ("Unions are planning a march through the city on Sunday.", "Sunday", "2025-03-09"),
    ],
)
def test_a_forewarning_in_the_present_progressive_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FRIDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Police are investigating a shooting on Wednesday.", "Wednesday", "2025-03-05"),
        ("Forecasters warned of ice on Monday morning.", "Monday morning", "2025-03-03TMO"),
    ],
)
def test_other_verbs_and_the_past_keep_the_day_gone_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FRIDAY).value == value

""" "can" or "can't" after "and", with its subject, tells what can or cannot be done from now on: a past before the
"and" does not reach a day told after it ("the fridge broke tuesday and the engineer can't come till thursday"
looks ahead to the coming Thursday). A past verb after "and" still looks back.

Posted on Friday 10 April 2026 at 09:00; every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_POSTED = datetime(2026, 4, 10, 9, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("fridge broke tuesday and the engineer can't come till thursday", "thursday", "2026-04-16"),
        ("boiler packed in and the landlord cant get anyone out until wednesday", "wednesday", "2026-04-15"),
        ("we lost on tuesday and now we can only train on monday", "monday", "2026-04-13"),
        ("the car failed its mot and my mechanic cannot look at it till tuesday", "tuesday", "2026-04-14"),
        # A past after the "and" keeps the day behind.
        ("fridge broke and the engineer came on wednesday", "wednesday", "2026-04-08"),
    ],
)
def test_can_after_and_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _POSTED, document_type="colloquial").value == value

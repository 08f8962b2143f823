"""What is called off "for" a day is still to come when it is, as what is booked or scheduled for one: "has
cancelled all flights for Saturday", "postponed the vote planned for Monday", "cancelled sailings for the
weekend". Sentences of our own."""

from datetime import datetime

import pytest

from tests.unit._helpers import find

# A Friday evening.
FRIDAY = datetime(2025, 12, 5, 18, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The airline has cancelled all flights for Saturday.", "Saturday", "2025-12-06"),
        ("The club cancelled training for Monday because of the snow.", "Monday", "2025-12-08"),
        ("Organisers have called off the races for Sunday.", "Sunday", "2025-12-07"),
        ("The ferry operator has cancelled all sailings for the weekend.", "the weekend", "2025-W49-WE"),
        ("The board postponed its meeting for Tuesday.", "Tuesday", "2025-12-09"),
    ],
)
def test_what_is_called_off_for_a_day_is_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FRIDAY).value == value


def test_the_day_the_calling_off_was_done_is_still_the_past() -> None:
    assert find("The club cancelled training on Monday.", "Monday", FRIDAY).value == "2025-12-01"

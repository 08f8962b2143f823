"""A weekend set beside a day just named, after a comma ("on Saturday 23 August, over the bank holiday
weekend"), is the weekend that holds that day (a long weekend's Friday or Monday too), whatever the tense;
told apart from a day, "the weekend" is still the one near publication.

Sentences of our own; publication is Saturday 16 August 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

PUBLISHED = date(2025, 8, 16)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Organisers hope to hold the show on Saturday 23 August, over the bank holiday weekend.",
            "the bank holiday weekend",
            "2025-W34-WE",
        ),
        ("The final will be played on 25 August, over the long weekend.", "the long weekend", "2025-W34-WE"),
        ("The market returns on Friday 29 August, during the holiday weekend.", "the holiday weekend", "2025-W35-WE"),
        ("The village fair was held on Sunday, over the weekend.", "the weekend", "2025-W32-WE"),
    ],
)
def test_a_weekend_beside_a_day_holds_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, PUBLISHED).value == value


def test_a_weekend_not_beside_a_day_is_near_publication() -> None:
    assert find("Sales rose on Tuesday. The weekend was quiet.", "The weekend", PUBLISHED).value == "2025-W33-WE"

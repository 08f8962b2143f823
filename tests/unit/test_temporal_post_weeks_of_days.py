"""A post's week or weekend told by its length in days ("a 4 day week", "the 3 day weekend") is one duration with
the noun inside, the week being the time told; a count of days before any other noun still modifies it ("the 3
day festival"), and news keeps the count alone.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2024, 4, 11, 14, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("4 day weekend starts tomorrow and i have a list of jobs as long as my arm", "4 day weekend", "P4D"),
        ("back to work after the 3 day weekend and my password has expired", "3 day weekend", "P3D"),
        ("my company is trialling a 4-day week from june", "4-day week", "P4D"),
        ("we need a 3 day wknd every month tbh", "3 day wknd", "P3D"),
        ("5 day week again after the bank hol, brutal", "5 day week", "P5D"),
    ],
)
def test_a_week_of_so_many_days_is_whole(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DURATION", value) in values(text, _POSTED, document_type="colloquial")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("the 3 day festival was mud from start to finish", "3 day"),
        ("doing a 12 hour shift then sleeping", "12 hour"),
    ],
)
def test_a_count_before_another_noun_is_alone(text: str, phrase: str) -> None:
    assert phrase in [v[0] for v in values(text, _POSTED, document_type="colloquial")]


def test_news_keeps_the_count_alone() -> None:
    found = values("The union agreed a four-day week for its members.", _POSTED, document_type="news")
    assert ("four-day", "DURATION", "P4D") in found

"""Idioms with a word of time that name no time: "worth every minute" says what something was worth, not how
often it happens; "can't come soon enough" is a longing, not a time to come ("it will come soon enough" is one).
In a post, "in the day" after what is done in it is the daytime ("slept in the day"), no date.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2025, 3, 27, 8, 0)


@pytest.mark.parametrize(
    "text",
    [
        "up at dawn for the sunrise and it was worth every minute",
        "the queue was long but worth every second",
        "payday cant come soon enough",
        "summer couldnt have come soon enough",
        "the holidays can't come soon enough tbh",
    ],
)
def test_an_idiom_of_worth_or_longing_is_no_time(text: str) -> None:
    assert [
        v for v in values(text, _POSTED, document_type="colloquial") if v[0] in ("soon", "every minute", "every second")
    ] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("i check my phone every minute", "every minute", "PT1M"),
        ("it will come soon enough, dont worry", "soon", "FUTURE_REF"),
        ("see you soon x", "soon", "FUTURE_REF"),
    ],
)
def test_the_words_keep_their_time_elsewhere(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in [(v[0], v[2]) for v in values(text, _POSTED, document_type="colloquial")]


@pytest.mark.parametrize(
    "text",
    [
        "first night shift done, slept 4 hrs in the day and now im wide awake",
        "the baby naps in the day but never at night",
        "cant sleep in the day, too much light",
    ],
)
def test_in_the_day_is_the_daytime(text: str) -> None:
    assert [v for v in values(text, _POSTED, document_type="colloquial") if v[0] == "the day"] == []


def test_later_in_the_day_is_a_day() -> None:
    found = values("more rain later in the day apparently", _POSTED, document_type="colloquial")
    assert ("the day", "DATE", "2025-03-27") in found

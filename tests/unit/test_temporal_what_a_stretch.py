""" "What a year", "what a week its been": an exclamation about a stretch, no count of it; "what" after a word
("i know what a week off would do") leaves the count as it is. Sentences of our own."""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2025, 12, 31, 22, 0)


@pytest.mark.parametrize(
    "text",
    [
        "2 hours left of 2025, what a year",
        "what a week its been, shattered",
        "What a night that was!!",
        "what a day. bed.",
    ],
)
def test_what_a_stretch_is_no_duration(text: str) -> None:
    assert not any(
        kind == "DURATION" and t.lower().startswith("a ") for t, kind, _ in values(text, _POSTED, "colloquial")
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("i know what a week off would do for me", "a week", "P1W"),
        ("it took a year to finish the kitchen", "a year", "P1Y"),
    ],
)
def test_a_counted_stretch_stays(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DURATION", value) in values(text, _POSTED, "colloquial")

"""A bare 12 ending a clock range begun in the evening is midnight, not the next day's noon."""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we gamed from 9pm till 12", "2024-11-05T24"),
        ("the bar's open from 7pm until 12 tonight", "2024-11-05T24"),
        ("watching films from 8pm till 12", "2024-11-05T24"),
        ("we danced from 10pm to 12:30", "2024-11-06T00:30"),
    ],
)
def test_bare_twelve_after_an_evening_start(text: str, value: str) -> None:
    phrase = next(w for w in ("12 tonight", "12:30", "12") if w in text)
    assert find(text, phrase, document_type="colloquial").value == value


def test_bare_twelve_after_a_morning_start_stays_noon() -> None:
    assert find("revising from 10am till 12", "12", document_type="colloquial").value == "2024-11-05T12:00"

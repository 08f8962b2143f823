"""A day named as kept, in a history: "a day of mourning" is a kind of day, no length of time; "the day of the
battle was kept as a holiday" is that day as it comes round each year, no date of the story.

Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import values

WRITTEN = date(2024, 8, 19)


@pytest.mark.parametrize(
    "text",
    [
        "The town fell in 1742, and for a century 3 March was kept as a day of mourning.",
        "After the flood of 1802 the bishop ordered a day of fasting every April.",
        "The victory of 1651 was followed by a day of thanksgiving in every parish.",
        "Sailors held the anniversary of the wreck in 1711 to be a day of ill omen.",
    ],
)
def test_a_day_kept_for_something_is_no_duration(text: str) -> None:
    assert all(t[0] != "a day" for t in values(text, WRITTEN, "narrative"))


@pytest.mark.parametrize(
    "text",
    [
        "The republic was proclaimed in 1797, and the day of its proclamation was kept by the clubs for decades.",
        "The islands were freed in 1966; the day of the withdrawal is now their national day.",
        "The battle was fought in 1422, and the day of the battle was observed as a feast in the town.",
    ],
)
def test_the_day_told_as_kept_is_no_date_of_the_story(text: str) -> None:
    assert all(t[0] != "the day" for t in values(text, WRITTEN, "narrative"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The talks lasted a day and a night before the treaty was signed in 1642.", "a day", "P1D"),
        ("The battle began on 12 May 1642. The day was hot, and the king fled.", "The day", "1642-05-12"),
    ],
)
def test_a_day_of_the_story_is_still_one(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in [(t[0], t[2]) for t in values(text, WRITTEN, "narrative")]

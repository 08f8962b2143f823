"""A post's list of days each with its own thing, one word and a comma apart ("sat sunny, sun cloudy", "rain sat,
rain sun", "lie in sat, football sun"): the short weekdays that are also words ("sat", "sun") are the days,
and "sat" there is no past that sends the weekend before it back a week."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import values

POSTS = "colloquial"
FRIDAY = date(2024, 9, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "weekend forecast is decent. sat sunny, sun cloudy",
            [("weekend", "2024-W36-WE"), ("sat", "2024-09-07"), ("sun", "2024-09-08")],
        ),
        (
            "weekend plans: lie in sat, football sun",
            [("weekend", "2024-W36-WE"), ("sat", "2024-09-07"), ("sun", "2024-09-08")],
        ),
        ("forecast: rain sat, rain sun. typical", [("sat", "2024-09-07"), ("sun", "2024-09-08")]),
        ("swimming sat, parkrun sun, sleep never", [("sat", "2024-09-07"), ("sun", "2024-09-08")]),
    ],
)
def test_days_of_a_list_each_with_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, v) for t, _, v in values(text, FRIDAY, POSTS)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "we sat outside, sun was shining all afternoon",  # a subject: the verb, then the star
        "sat down, sun finally out",  # a particle of the verb
        "the kids sat quietly, sun hats on",  # an adverb of the verb
        "sat outside, the sun is glorious",  # the star with its article
    ],
)
def test_sat_and_sun_as_words(text: str) -> None:
    assert not [v for v in values(text, FRIDAY, POSTS) if v[0] in ("sat", "sun")]

"""A short weekday that is also a word ("sat", "wed", "sun", "mon") is the day after a word of time ("till wed",
"after sat") or in a list of days ("sat/sun", "mon, wed and fri"), and the verb or the noun otherwise: the same
cues for reading the day and for reading the tense.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("open till wed", [("wed", "DATE", "2024-11-06")]),
        ("back after sat", [("sat", "DATE", "2024-11-09")]),
        ("moving house this wed", [("this wed", "DATE", "2024-11-06")]),
        ("gym sat/sun", [("sat", "DATE", "2024-11-09"), ("sun", "DATE", "2024-11-10")]),
        ("she sat by the window on Monday", [("Monday", "DATE", "2024-11-04")]),
        ("they wed in June", [("June", "DATE", "2025-06")]),
    ],
)
def test_a_short_weekday_that_is_also_a_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, document_type="colloquial") == expected


def test_a_list_of_short_weekdays() -> None:
    found = values("classes mon, wed and fri", document_type="colloquial")
    assert [(t, v) for t, _, v in found if t in ("wed", "fri")] == [("wed", "2024-11-06"), ("fri", "2024-11-08")]


@pytest.mark.parametrize(
    ("text", "hour", "value"),
    [
        # A clock time right before "sat" or "wed" makes it the day, not the verb: the day still to come.
        ("car boot sale 8-12 sat", "12", "2024-11-09T12:00"),
        ("bake sale 10-2 sat at the school", "2", "2024-11-09T14:00"),
    ],
)
def test_a_clock_time_before_a_short_weekday_makes_it_the_day(text: str, hour: str, value: str) -> None:
    t = annotate(text, DCT, "colloquial")
    assert [x.value for x in t if x.text == hour] == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A short weekday that ends the clause of a plan, after a word of being open, free or busy, of starting,
        # of coming round, or a verb's -ing: the day, not the star or the verb.
        ("is the tip open sun? need to clear the shed", "sun", "2024-11-10"),
        ("anyone free sat? need help moving a sofa", "sat", "2024-11-09"),
        ("painting sat if the rain holds off", "sat", "2024-11-09"),
        ("new job starts wed. terrified", "wed", "2024-11-06"),
        ("popping round sat to drop the keys off", "sat", "2024-11-09"),
    ],
)
def test_a_short_weekday_ending_a_plan_is_the_day(text: str, phrase: str, value: str) -> None:
    found = [(t.text, t.value) for t in annotate(text, DCT, "colloquial") if t.text == phrase]
    assert found == [(phrase, value)]


@pytest.mark.parametrize(
    "text",
    [
        "soaking up the setting sun.",
        "we sat. nobody spoke",
        "the cat sat, then left",
        "they are getting wed.",
        "lovely morning sun, if a bit cold",
    ],
)
def test_the_star_and_the_verbs_stay_words(text: str) -> None:
    assert values(text, document_type="colloquial") == []

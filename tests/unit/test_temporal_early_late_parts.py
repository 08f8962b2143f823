"""A part of the day after a preposition of a deadline or an approach keeps "early" or "late" before it inside
its span ("hoped to finish by early afternoon", "should pass by late evening"), with START or END, on the day
the story is about.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Organisers hope to finish by early afternoon.", "early afternoon", "2024-11-05TAF", "START"),
        ("The storm should pass by late evening.", "late evening", "2024-11-05TEV", "END"),
        ("Roads will stay shut until late afternoon.", "late afternoon", "2024-11-05TAF", "END"),
        (
            "The last round resumes at 8 a.m. Thursday, and officials hope to be done by early afternoon.",
            "early afternoon",
            "2024-11-07TAF",
            "START",
        ),
    ],
)
def test_early_or_late_part_of_the_day_after_a_deadline(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("TIME", value, mod)


@pytest.mark.parametrize(
    "text",
    ["Early morning traffic was light on the bridge.", "The early evening news moved to a later slot."],
)
def test_without_a_preposition_of_a_deadline_nothing_is_found(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        # "early" or "late" after the article: the part of the story's day, with START or END, as "early in
        # the evening" is.
        ("The fleet left port on 3 May 1820. It rounded the cape in the early evening.", "the early evening",
         "1820-05-03TEV", "START"),
        ("The march began on 9 June 1848. By the late afternoon the square was full.", "the late afternoon",
         "1848-06-09TAF", "END"),
        ("The storm struck on 14 October 1881, in the early morning, while the boats were out.",
         "the early morning", "1881-10-14TMO", "START"),
        ("The talks opened on 2 April 1921 and ran into the late evening.", "the late evening", "1921-04-02TEV",
         "END"),
    ],
)  # fmt: skip
def test_early_or_late_after_the_article_in_a_history(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("TIME", value, mod)


def test_early_or_late_after_the_article_in_news() -> None:
    t = find("Firefighters were called to the warehouse in the early evening.", "the early evening")
    assert (t.type, t.value, t.mod) == ("TIME", "2024-11-05TEV", "START")


@pytest.mark.parametrize(
    "text",
    [
        # A kind of thing the part of the day qualifies, and "last" with the modifier after it: no time.
        "He stayed up for the late night film.",
        "She chairs the early morning shift at the depot.",
        "They booked the late afternoon slot.",
    ],
)
def test_early_or_late_part_that_qualifies_a_noun_is_no_time(text: str) -> None:
    assert values(text) == []

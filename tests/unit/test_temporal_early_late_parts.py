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

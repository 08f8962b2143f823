"""A season right before the subject of its clause heads its own phrase: "by the summer all shops had shut".

A quantifier or a pronoun can open a clause's subject but cannot be a noun a season modifies, so the season
before it is a time expression; before a noun ("the summer league", "the summer all-stars") it is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, values


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("By the summer most of the shops on the high street had shut.", "the summer"),
        ("In the spring many growers switched to barley.", "the spring"),
        ("During the winter some of the crew deserted.", "the winter"),
        ("By the autumn both sides were exhausted.", "the autumn"),
        ("In the summer few tourists came.", "the summer"),
        ("By the winter nobody believed the promise any more.", "the winter"),
    ],
)
def test_a_season_before_a_quantifier_or_pronoun_is_a_time(text: str, phrase: str) -> None:
    assert [(t.text, t.type) for t in annotate(text, DCT, "news")] == [(phrase, "DATE")]


def test_the_season_follows_the_story_year_in_a_history() -> None:
    text = "The rebels took the port in 1848; by the summer all of their leaders had fled."
    assert values(text, date(2024, 6, 1), "narrative") == [
        ("1848", "DATE", "1848"),
        ("the summer", "DATE", "1848-SU"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The summer all-stars game was called off.",
        "She coached the winter all-comers league.",
        "They played in the summer league as teenagers.",
    ],
)
def test_a_season_before_a_noun_stays_a_modifier(text: str) -> None:
    assert annotate(text, DCT, "news") == []

"""A morning's news story brings back quotes from the night before, the day it tells of: "tonight" in such a
quote is that night, not the night of the day of publication ("beat the Kings on Monday night ... 'Tonight we
finally finished one,' the coach said", published Tuesday at 8 a.m.). Outside a quote, in a story published
later in the day, or in a quote that looks ahead, "tonight" stays the night of publication.

Sentences of our own. Publication is Tuesday 5 November 2024 in the morning (or afternoon where said).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.temporal import annotate

MORNING = datetime(2024, 11, 5, 7, 45)
AFTERNOON = datetime(2024, 11, 5, 15, 30)


def _tonight(text: str, published: datetime) -> str:
    return next(t.value for t in annotate(text, published, "news") if t.text.lower() == "tonight")


@pytest.mark.parametrize(
    "text",
    [
        'The Hawks beat the Rams 3-1 on Monday night. "Tonight we finally played as a team," the captain said.',
        'Lena Ortiz won the mayoral race on Monday. "Tonight the city chose hope," she told supporters.',
        'The band played its last show on Monday. "Tonight was special," the singer said.',
    ],
)
def test_tonight_quoted_in_a_morning_report_of_the_day_before_is_that_night(text: str) -> None:
    assert _tonight(text, MORNING) == "2024-11-04TNI"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # Later in the day, the quote may be today's.
        ('The Hawks beat the Rams 3-1 on Monday night. "Tonight we finally played as a team," he said.', AFTERNOON),
        # Not quoted: the writer's own night.
        ("The Hawks beat the Rams 3-1 on Monday night. The team flies home tonight.", MORNING),
        # A quote that looks ahead.
        ('The Hawks beat the Rams 3-1 on Monday night. "Tonight we will rest," the coach said.', MORNING),
        # The story's last day is not the day before.
        ('The Hawks lost on Saturday. "Tonight we play for pride," the coach said.', MORNING),
    ],
)
def test_tonight_elsewhere_is_the_night_of_publication(text: str, published: datetime) -> None:
    assert _tonight(text, published) == "2024-11-05TNI"

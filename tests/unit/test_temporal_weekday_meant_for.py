"""A bare weekday right after "for" is the day something is meant for: still to come, or today, whatever the tense
of the verb that got it ready ("ferries were cancelled for Friday", "costume needed for thursday"). Not the figures
of a day ("the data for Friday"), nor what a day gone by left ("fined for Friday's outburst"); a plan booked for a
day that came to nothing keeps the nearer day.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import DCT, values


def _value(text: str, phrase: str, document_type: str = "news") -> str:
    return [v for t, _, v in values(text, DCT, document_type) if t == phrase][-1]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("Ferry operators cancelled several sailings for Friday.", "Friday", "2024-11-08", "news"),
        ("The council ordered extra gritters for Thursday as temperatures fell.", "Thursday", "2024-11-07", "news"),
        ("world book day costume needed for thursday and i have nothing", "thursday", "2024-11-07", "colloquial"),
        ("eclipse glasses came in the post for monday", "monday", "2024-11-11", "colloquial"),
        # Today is not behind.
        ("Extra buses were laid on for Tuesday.", "Tuesday", "2024-11-05", "news"),
    ],
)
def test_a_weekday_something_is_meant_for_is_not_behind(text: str, phrase: str, value: str, document_type: str) -> None:
    assert _value(text, phrase, document_type) == value, values(text, DCT, document_type)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The data for Friday showed a fall in sales.", "Friday", "2024-11-01"),
        ("He was fined for Friday's outburst.", "Friday", "2024-11-01"),
        # A plan for a day that came to nothing: the nearer Saturday.
        ("A concert planned for Saturday was cancelled.", "Saturday", "2024-11-02"),
    ],
)
def test_figures_and_what_a_day_left_stay_behind(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value, values(text)

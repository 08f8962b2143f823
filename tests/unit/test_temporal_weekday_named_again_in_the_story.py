"""In news, a weekday named again later in the story is the day it was named as before, where the later
mention's own clause tells no firm tense (a participle, a phrase with no verb, a headline-like line): "The vote
is set for Thursday. Members voting Thursday need their cards." A firm tense of its own still decides ("Fans
rallied on Saturday. They will march again Saturday."), and so does a verb elsewhere in its sentence that puts
the day on the other side of the writing than the day named before.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


def _last(text: str, phrase: str) -> str:
    found = values(text)
    return [v for t, _, v in found if t == phrase][-1]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A participle with no tense of its own.
        ("The vote is set for Thursday. Members voting Thursday need their cards.", "Thursday", "2024-11-07"),
        # A line with no verb, as a list or a headline has it.
        ("The final will be played on Sunday.\n\nSunday's final: kick-off at 3 p.m.", "Sunday", "2024-11-10"),
        (
            "The library will close on Friday for repairs.\n\nOpening hours Friday: none. Saturday: 9 to 5.",
            "Friday",
            "2024-11-08",
        ),
        ("The library will close on Friday for repairs. A sign on the door: no entry Friday.", "Friday", "2024-11-08"),
        # "early", "late" before it still name that day.
        ("The bridge will shut on Monday for inspection. Drivers crossing early Monday face delays.",
         "early Monday", "2024-11-11"),
        # The day told before in the past, repeated where no verb tells a tense.
        ("The storm struck the coast on Saturday. Saturday's damage: three roofs and a pier.",
         "Saturday", "2024-11-02"),
    ],
)  # fmt: skip
def test_a_weekday_named_again_is_the_same_day(text: str, phrase: str, value: str) -> None:
    assert _last(text, phrase) == value, values(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A firm tense of its own, the other way.
        ("Fans rallied on Saturday. They will march again Saturday, organisers said.", "Saturday", "2024-11-09"),
        ("The store will open on Monday. It sold its first goods on Monday, the owner said.", "Monday", "2024-11-04"),
        # Its own "next" or "last" picks the day.
        ("The team lost on Friday. Its next game is next Friday.", "next Friday", "2024-11-08"),
    ],
)
def test_a_weekday_whose_own_tense_decides(text: str, phrase: str, value: str) -> None:
    assert _last(text, phrase) == value, values(text)

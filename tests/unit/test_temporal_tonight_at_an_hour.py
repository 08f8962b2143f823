"""An hour told after "tonight at" is the evening's, as after "this evening at": "the lanes close tonight at
nine o'clock" is 21:00, not 09:00.

Sentences of our own; publication is Tuesday 5 November 2024.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("Crews will start resurfacing the bridge tonight at nine o'clock.", "nine o'clock", "2024-11-05T21:00",
         "news"),
        ("The council meets again tonight at seven o'clock to vote on the budget.", "seven o'clock",
         "2024-11-05T19:00", "news"),
        ("Polls close tonight at 10 o'clock across the state.", "10 o'clock", "2024-11-05T22:00", "news"),
        ("band plays 2nite at eleven o'clock, come down", "eleven o'clock", "2024-11-05T23:00", "colloquial"),
    ],
)  # fmt: skip
def test_an_hour_after_tonight_at_is_the_evening_s(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Small hours after "tonight at" stay as written, after its midnight.
        ("The clocks go back tonight at two o'clock.", "two o'clock", "2024-11-06T02:00"),
        # The morning and the afternoon keep their own halves.
        ("The minister speaks this morning at ten o'clock.", "ten o'clock", "2024-11-05T10:00"),
        ("The funeral is this afternoon at two o'clock.", "two o'clock", "2024-11-05T14:00"),
    ],
)  # fmt: skip
def test_other_parts_of_the_day_before_at_keep_their_half(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)

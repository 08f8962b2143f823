"""The writer's present perfect after a clause with no verb of its own ("school fair on saturday and ive baked
40 cupcakes", "quiz night friday, we've been asked to do a round") tells the writer's state now, not when
the day before it falls: the day is the coming one, as a post's day with no tense is. A clause told in the
past keeps its own tense.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_THURSDAY = datetime(2026, 11, 12, 18, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("school fair on saturday and ive baked 40 cupcakes", "saturday", "2026-11-14"),
        ("quiz night friday, we've been asked to do the music round", "friday", "2026-11-13"),
        ("bake sale at the church on sunday, i have been told to bring flapjacks", "sunday", "2026-11-15"),
        ("carols in the square saturday at 5 and i have promised the kids hot chocolate", "saturday", "2026-11-14"),
        ("parents evening monday and i've already written my questions", "monday", "2026-11-16"),
    ],
)
def test_the_writer_s_perfect_does_not_put_the_day_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _THURSDAY, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the parade was on saturday and i have only just recovered", "saturday", "2026-11-07"),
        ("went to the fireworks on saturday and ive still got a cold", "saturday", "2026-11-07"),
        ("fireworks on saturday, i was so cold", "saturday", "2026-11-07"),
    ],
)
def test_a_clause_told_in_the_past_keeps_its_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _THURSDAY, document_type="colloquial").value == value

"""In a narrative, a later date after a passive verb and "until" ("the charter was suspended until 1466") is
the end of a state the story's time set going: the narration stays at its own date, so a month told next is
still of the story's year. A span told whole ("from 1914 until 1918") still brings the story to its end.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey was seized in 1536, and its lands were leased until 1560. The monks left in June.", "June",
         "1536-06"),
        ("In 1812 the port was blockaded until 1815. In March a convoy slipped through.", "March", "1812-03"),
        ("The guild lost its hall in 1661; its charter was quietly revoked until 1670. In May the masters met.",
         "May", "1661-05"),
    ],
)  # fmt: skip
def test_the_end_of_a_state_set_going_does_not_move_the_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_the_end_of_a_span_told_whole_still_does() -> None:
    text = "The war lasted from 1914 until 1918. In November the guns fell silent."
    assert find(text, "November", document_type="narrative").value == "1918-11"

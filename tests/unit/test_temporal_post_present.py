"""In a post, "the present" is the time only after a preposition ("live in the present"); elsewhere it is a
gift ("wrapped the present"). Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2025, 12, 22, 18, 0)


@pytest.mark.parametrize(
    "text",
    [
        "still havent wrapped the present for my sister",
        "the present arrived broken, amazing customer service as always",
        "he loved the present, cried a bit",
    ],
)
def test_the_present_as_a_thing_given_is_no_time(text: str) -> None:
    assert values(text, _POSTED, document_type="colloquial") == []


@pytest.mark.parametrize(
    "text",
    ["trying to live in the present more", "from 2019 to the present i have moved 5 times"],
)
def test_the_present_after_a_preposition_is_the_time(text: str) -> None:
    assert ("the present", "DATE", "PRESENT_REF") in values(text, _POSTED, document_type="colloquial")

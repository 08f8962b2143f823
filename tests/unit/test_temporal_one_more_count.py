"""A count of time with a determiner of one more ("another two weeks", "an additional three years", "a further
28 days") is one duration with its determiner inside, as "another week" and "a week" are; before a noun it
modifies ("another two-year delay") the determiner stays outside, as "the" does.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Growers will not know the extent of the damage for another two weeks.", "another two weeks", "P2W"),
        ("Another three months passed before the ruling.", "Another three months", "P3M"),
        ("The plant will stay shut for an additional two weeks.", "an additional two weeks", "P2W"),
        ("The court granted him a further 28 days to pay.", "a further 28 days", "P28D"),
        ("Engineers asked for an extra six months to finish the bridge.", "an extra six months", "P6M"),
        ("He served another year in prison.", "another year", "P1Y"),
    ],
)
def test_one_more_count_keeps_its_determiner(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DURATION", value) in values(text)


def test_before_a_noun_the_determiner_stays_outside() -> None:
    assert ("two-year", "DURATION", "P2Y") in values("The line faces another two-year delay.")

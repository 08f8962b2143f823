"""The year a history is already in, told again ("on 16 June of that year", "In the same year, on 3 May"),
leaves the story at its day or month: a count after it is from that day, not from the year's first day.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The exile was recalled in 1460 and landed on 16 June of that year; he died fourteen months later.",
         "fourteen months later", "1461-08"),
        ("The bridge was opened on 2 March 1871. It was the busiest crossing that year, and three weeks later "
         "a second span was begun.", "three weeks later", "1871-W12"),
        ("The abbey burned in May 1102. In the same year the monks moved to the hills; two months later they "
         "returned.", "two months later", "1102-07"),
    ],
)  # fmt: skip
def test_the_same_year_told_again_keeps_the_story_s_day_or_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_another_year_still_moves_the_story() -> None:
    text = "The exile landed on 16 June 1460. The following year he was crowned; fourteen months later he died."
    assert find(text, "fourteen months later", document_type="narrative").value == "1462"

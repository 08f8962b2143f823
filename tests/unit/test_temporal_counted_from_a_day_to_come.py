"""In a history's closing section about the present, a day still to come ("On Monday, 9 December a lecture will
be held") is no anchor of the story, but "the next day" or "the following Saturday" told right after it is
counted from it, not from the day of writing.

Sentences of our own, in narrative mode; written on Saturday 16 November 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

WRITTEN = date(2024, 11, 16)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The expedition sailed in 1874. This week the society put its journal online. On Monday, 9 December "
            "the society will hold a public lecture, and a plaque will be unveiled the following Saturday.",
            "the following Saturday",
            "2024-12-14",
        ),
        (
            "The expedition sailed in 1874. This week the society put its journal online. On Monday, 9 December "
            "the society will hold a public lecture, and a plaque will be unveiled the next day.",
            "the next day",
            "2024-12-10",
        ),
        (
            "The mill closed in 1931. Last month the town bought it. The new museum will open on Friday, 6 "
            "December. The following Monday its first school party will visit.",
            "The following Monday",
            "2024-12-09",
        ),
        (
            "The mill closed in 1931. Last month the town bought it. A festival will be held on Saturday, 21 "
            "December. The day after, the mill wheel will turn again.",
            "The day after",
            "2024-12-22",
        ),
    ],
)
def test_a_count_right_after_a_day_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value

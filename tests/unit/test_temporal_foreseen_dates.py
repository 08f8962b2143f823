"""In a narrative, a date of what the story's people foresaw or planned ("believing the enemy would not
attack before the spring", "set the vote for 2 May") is not a time the story reached: the narration stays at
its own date, and a date without a year after it falls near that one, not near the plan's.

Sentences of our own; publication is 5 November 2024.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find

OPENING = "On 2 October 1790 the rebels took the castle at Drem. "


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # A future told from the story's time.
        ("The governor believed that no relief would come before the summer. On 9 November he surrendered.",
         "9 November", "1790-11-09"),
        ("The council hoped the roads would open again in the spring. The first snow fell in December.",
         "December", "1790-12"),
        ("The admiral said the fleet would sail in March. That winter the harbour froze.", "That winter", "1790-WI"),
        # A plan told in the past.
        ("The new council set the date of the assembly for 3 April 1791. The winter was long and hard.",
         "The winter", "1790-WI"),
        ("The vote was scheduled for 12 May 1791. On 20 November the first delegates arrived.", "20 November",
         "1790-11-20"),
    ],
)  # fmt: skip
def test_a_foreseen_date_leaves_the_story_at_its_own(sentence: str, phrase: str, value: str) -> None:
    assert find(OPENING + sentence, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What happened moves the story on.
        (OPENING + "The garrison surrendered in the spring of 1791. On 9 November the rebels marched south.",
         "9 November", "1791-11-09"),
        # Before the story has a date of its own, a plan's is the best there is.
        ("The assault was planned for May 1791. On the 14th, the guns opened fire.", "the 14th", "1791-05-14"),
    ],
)  # fmt: skip
def test_a_date_that_happened_or_the_only_one_moves_the_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
